import LotsenCore

/// What the card says about what a viewer may not see, and why (docs/privacy.md).
public struct PrivacyWords: Spoken {
    public let language: Language

    /// "hos AME · kontakta MS Maria Sand 0591-641 20", after "inskriven": all a viewer outside the
    /// consent learns, so that nobody registers the person twice.
    public func registeredBy(_ p: Participant, in state: LotsenState) -> String {
        let home = state.organisation(ofAuthor: p.registeredBy.author)
        let responsible = home.flatMap { p.responsible[$0] } ?? p.registeredBy.author
        let who = state.caseworker(responsible).map { "\($0.initials) \($0.name)" + ($0.phone.map { " \($0)" } ?? "") } ?? responsible
        let org = home?.label ?? "–"
        return say("hos \(org) · kontakta \(who)", "with \(org) · contact \(who)")
    }

    public func protected(_ on: Bool, id: String) -> String {
        on ? say("Skyddade personuppgifter markerade för \(id): bara de ansvariga handläggarna ser vem det är.",
                 "Protected personal data marked for \(id): only the responsible caseworkers see who it is.")
           : say("Markeringen borttagen för \(id).", "The mark removed for \(id).")
    }

    public var locked: String {
        say("Skärmen är dold efter en stund utan tangent, så att ingen ser vem det gäller. Tryck en tangent för att fortsätta.",
            "The screen is hidden after a while without a key, so nobody sees whom it is about. Press a key to go on.")
    }

    /// Instead of the name of someone with protected personal data.
    public var protectedName: String { say("Skyddad identitet", "Protected identity") }

    /// The list's flag for a person the viewer may not see the programme of: "hos AME".
    public func elsewhere(_ home: Organisation?) -> String { say("hos ", "with ") + (home?.label ?? "–") }

    /// Beside the board's count: "+23 utan samtycke för dig"; `long` names the organisations too.
    public func notOnBoard(_ counts: [Organisation?: Int], long: Bool = false) -> String {
        let n = counts.values.reduce(0, +)
        let orgs = counts.keys.map { $0?.label ?? "–" }.sorted().joined(separator: ", ")
        return long ? say("\(n) till hos \(orgs): samtycket omfattar inte dig", "\(n) more with \(orgs): the consent does not cover you")
                    : say("+\(n) utan samtycke för dig", "+\(n) without consent for you")
    }

    /// "Dolt för AF: 3 anteckningar från IFO, försörjningsstöd – samtycket omfattar inte AF".
    public func hidden(_ h: HiddenParts, _ p: Participant, in state: LotsenState) -> String {
        let d = language.domain
        var parts: [String] = []
        if h.identity { parts.append(say("namn och personnummer (skyddade personuppgifter)", "name and personal number (protected personal data)")) }
        if h.programme { parts.append(say("steg, insatser, plan och kontaktuppgifter", "stage, activities, plan and contact details")) }
        for (org, count) in h.notes.sorted(by: { ($0.key?.code ?? "") < ($1.key?.code ?? "") }) {
            let from = org?.label ?? say("okänd organisation", "an unknown organisation")
            parts.append(say("\(count) \(count == 1 ? "anteckning" : "anteckningar") från \(from)",
                             "\(count) \(count == 1 ? "note" : "notes") from \(from)"))
        }
        parts += h.fields.map { d.field($0) }
        let viewer = h.viewer.map { $0 == Disclosure.nobody ? say("dig", "you") : $0.label } ?? ""
        let why: String
        if let c = p.consent, let withdrawn = c.withdrawn {
            why = say("samtycket återkallades \(withdrawn.iso)", "consent was withdrawn on \(withdrawn.iso)")
        } else if let c = p.consent {
            // Consent names the viewer: what it leaves out is the organisations that wrote.
            let missing = c.organisations.contains(where: { $0 == h.viewer }) ? h.notes.keys.compactMap { $0?.label }.sorted() : [viewer]
            let names = missing.isEmpty ? say("dem", "them") : missing.joined(separator: say(" och ", " and "))
            why = say("samtycket omfattar inte \(names)", "the consent does not cover \(names)")
        } else {
            why = say("inget samtycke", "no consent")
        }
        return say("Dolt för \(viewer): ", "Hidden from \(viewer): ") + parts.joined(separator: ", ") + " – " + why
    }
}

extension PrivacyWords {
    /// Under the extract: "12 poster från IFO är utelämnade: samtycket omfattar dem inte."
    public func entriesLeftOut(_ left: [Organisation?: Int]) -> String {
        let parts = left.sorted { ($0.key?.code ?? "") < ($1.key?.code ?? "") }.map { org, n in
            say("\(n) från \(org?.label ?? "okänd organisation")", "\(n) from \(org?.label ?? "an unknown organisation")")
        }.joined(separator: ", ")
        return say("Utelämnade poster: \(parts) – samtycket omfattar dem inte för dig.",
                   "Entries left out: \(parts) – the consent does not cover them for you.")
    }
}

extension Language {
    public var privacy: PrivacyWords { PrivacyWords(language: self) }
}
