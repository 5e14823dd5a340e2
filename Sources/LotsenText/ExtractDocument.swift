import LotsenCalendar
import LotsenCore

/// The register extract (*registerutdrag*) as a document to hand to the person: what is
/// recorded about them, which organisations hold it and under which consent, every entry
/// the caseworker may show, and who has looked (issue 26, point 3). Text, Markdown or
/// printable HTML, in the reader's language.
public struct ExtractDocument {
    public struct Entry: Sendable {
        public var sequence: Int, time: String, author: String, organisation: String?, description: String
        public init(sequence: Int, time: String, author: String, organisation: String?, description: String) {
            (self.sequence, self.time, self.author, self.organisation, self.description) = (sequence, time, author, organisation, description)
        }
    }

    public struct Look: Sendable {
        public var time: String, who: String, what: String
        public init(time: String, who: String, what: String) { (self.time, self.who, self.what) = (time, who, what) }
    }

    let seen: DisclosedParticipant
    /// The card as the caseworker sees it, line by line.
    let card: [String]
    let today: Day
    let entries: [Entry]
    let leftOut: [Organisation?: Int]
    let looks: [Look]?
    /// The journal's retention rules, nil when none are set: when this person is purged.
    let rules: RetentionRules?
    let lang: Language

    public init(_ seen: DisclosedParticipant, card: [String], today: Day, entries: [Entry], leftOut: [Organisation?: Int],
                looks: [Look]?, rules: RetentionRules?, lang: Language) {
        (self.seen, self.card, self.today, self.entries, self.leftOut, self.looks, self.lang) = (seen, card, today, entries, leftOut, looks, lang)
        self.rules = rules
    }

    public func render(_ format: DocumentFormat) -> String {
        let w = lang.extract
        let p = seen.participant
        var blocks: [DocumentBlock] = [.title(w.title), .subtitle(w.about(p.profile.fullName, p.personnummer.formatted, made: today.iso))]
        blocks.append(.heading(w.recorded))
        blocks.append(.list(card.map(\.trimmingSpaces).filter { !$0.isEmpty }))
        blocks.append(.heading(w.holders))
        var counts: [String: Int] = [:]
        for e in entries { counts[e.organisation ?? "–", default: 0] += 1 }
        for (o, n) in leftOut { counts[o?.code ?? "–", default: 0] += n }
        blocks.append(.list(counts.sorted { $0.key < $1.key }.map { w.holder($0.key, entries: $0.value) }))
        blocks.append(.paragraph(w.consent(p.consent.map { c in (c.date.iso, c.organisations.map(\.code), c.isActive) })))
        blocks.append(.heading(w.entries))
        if !leftOut.isEmpty { blocks.append(.paragraph(lang.privacy.entriesLeftOut(leftOut))) }
        blocks.append(.list(entries.map { "\($0.time) \($0.author)\($0.organisation.map { " (\($0))" } ?? ""): \($0.description)" }))
        blocks.append(.heading(lang.access.heading))
        if let looks {
            blocks.append(looks.isEmpty ? .paragraph(lang.access.none) : .list(looks.map { "\($0.time) \($0.who): \($0.what)" }))
        } else {
            blocks.append(.paragraph(w.noAccessLog))
        }
        blocks.append(.heading(w.gallring))
        blocks.append(.paragraph(gallring(p)))
        return DocumentRenderer(title: "\(w.title) – \(p.profile.fullName)", blocks: blocks, lang: lang).render(format)
    }

    /// When what is recorded about the person is purged, by the journal's rules.
    private func gallring(_ p: Participant) -> String {
        let w = lang.extract
        guard let rules else { return w.noRules }
        if rules.researchException && p.personnummer.bornOnResearchDay { return w.keptForResearch }
        guard let c = p.gallringCase(rules) else { return w.purgedAfterExit(rules.years) }
        return w.purgedFrom(c.due.iso, years: rules.years, since: c.since.iso, afterExit: rules.start == .exit)
    }
}

/// The register extract's words.
public struct ExtractWords: Spoken {
    public let language: Language
    public var title: String { say("Registerutdrag", "Register extract") }
    public func about(_ name: String, _ pnr: String, made: String) -> String {
        say("\(name), \(pnr) – utdraget gjort \(made)", "\(name), \(pnr) – extract made on \(made)")
    }
    public var recorded: String { say("Det här finns registrerat om dig", "What is recorded about you") }
    public var holders: String { say("Organisationer som har uppgifter om dig", "Organisations that hold data about you") }
    public func holder(_ org: String, entries: Int) -> String {
        say("\(org): \(entries) \(entries == 1 ? "post" : "poster")", "\(org): \(entries) \(entries == 1 ? "entry" : "entries")")
    }
    public func consent(_ c: (date: String, organisations: [String], active: Bool)?) -> String {
        guard let c else {
            return say("Du har inte lämnat något samtycke: varje organisation ser bara sina egna uppgifter.",
                       "You have given no consent: each organisation sees only its own entries.")
        }
        let orgs = c.organisations.joined(separator: ", ")
        return c.active
            ? say("Samtycke sedan \(c.date): \(orgs) får dela uppgifter om dig med varandra.",
                  "Consent since \(c.date): \(orgs) may share data about you with each other.")
            : say("Samtycket från \(c.date) (\(orgs)) är återkallat: varje organisation ser bara sina egna uppgifter.",
                  "The consent of \(c.date) (\(orgs)) is withdrawn: each organisation sees only its own entries.")
    }
    public var entries: String { say("Alla poster", "Every entry") }
    public var noAccessLog: String { say("Åtkomstloggen kunde inte läsas.", "The access log could not be read.") }
    public var gallring: String { say("Gallring", "Purging (gallring)") }
    public var noRules: String {
        say("Journalen har inga gallringsregler ännu: uppgifterna sparas tills regler är satta.",
            "The journal has no retention rules yet: the records are kept until rules are set.")
    }
    public var keptForResearch: String {
        say("Du är född den 5:e, 15:e eller 25:e: uppgifterna sparas för forskning enligt arkivreglerna och gallras inte.",
            "You were born on the 5th, 15th or 25th: the records are kept for research under the archive rules and not purged.")
    }
    public func purgedAfterExit(_ years: Int) -> String {
        say("Uppgifterna gallras \(years) år efter avslutet i programmet.", "The records are purged \(years) years after leaving the programme.")
    }
    public func purgedFrom(_ due: String, years: Int, since: String, afterExit: Bool) -> String {
        afterExit ? say("Uppgifterna gallras tidigast \(due), \(years) år efter avslutet \(since).",
                        "The records are purged at the earliest on \(due), \(years) years after leaving on \(since).")
                  : say("Uppgifterna gallras tidigast \(due), \(years) år efter den senaste anteckningen (\(since)).",
                        "The records are purged at the earliest on \(due), \(years) years after the last entry (\(since)).")
    }
    public func saved(_ path: String) -> String { say("Registerutdraget är sparat i \(path)", "The register extract is saved in \(path)") }
    public var formatOption: String {
        say("Som dokument att lämna till personen: txt, md eller html (utskrivbar).", "As a document to hand to the person: txt, md or html (printable).")
    }
}

extension Language {
    public var extract: ExtractWords { ExtractWords(language: self) }
}
