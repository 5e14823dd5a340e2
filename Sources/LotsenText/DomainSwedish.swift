import LotsenCalendar
import LotsenCore

enum DomainSwedish: DomainWords {
    static func field(_ f: Field) -> String {
        switch f {
        case .personnummer: return "personnummer"
        case .firstName: return "förnamn"
        case .lastName: return "efternamn"
        case .gender: return "kön"
        case .phone: return "telefon"
        case .email: return "e-post"
        case .registered: return "inskriven"
        case .referral: return "kom via"
        case .bornAbroad: return "utrikesfödd"
        case .disability: return "funktionsnedsättning"
        case .afCategory: return "AF-kategori"
        case .gradesComplete: return "gymnasiebetyg"
        case .incomeSupport: return "försörjningsstöd"
        case .background: return "bakgrund"
        case .initials: return "initialer"
        case .name: return "namn"
        case .organisation: return "organisation"
        case .organisations: return "organisationer"
        case .caseworker: return "handläggare"
        case .date: return "datum"
        case .reason: return "orsak"
        case .occupation: return "yrke"
        case .text: return "text"
        case .kind: return "typ"
        case .corrects: return "rättar"
        case .who: return "vem"
        case .author: return "författare"
        default: return ProgrammeSwedish.field(f)
        }
    }

    static func gender(_ g: Gender) -> String {
        switch g {
        case .woman: return "kvinna"
        case .man: return "man"
        case .other: return "annat"
        case .unknown: return "okänt"
        }
    }

    static func referral(_ r: Referral) -> String {
        switch r {
        case .outreach: return "uppsökande"
        case .selfReferral: return "självanmälan"
        case .af: return "AF"
        case .ifo: return "IFO"
        case .school: return "skola/KAA"
        case .other(let s): return Quoted.text(s)
        }
    }

    static func afCategory(_ c: AFCategory) -> String {
        switch c {
        case .openUnemployment: return "11 öppet arbetslös"
        case .youthGuarantee: return "69 UGA"
        case .notAvailable: return "14 ej tillgänglig"
        case .other: return "annan"
        }
    }

    static func exitReason(_ r: ExitReason) -> String {
        switch r {
        case .work: return "arbete"
        case .studies: return "studier"
        case .otherMeasure: return "annan insats"
        case .moved: return "flyttat"
        case .sick: return "sjukdom"
        case .parentalLeave: return "föräldraledighet"
        case .unknown: return "okänd"
        case .other: return "annan"
        }
    }

    static func noteKind(_ k: NoteKind) -> String {
        switch k {
        case .call: return "samtal"
        case .meeting: return "möte"
        case .other: return "annat"
        }
    }

    static func yesNo(_ b: Bool?) -> String { b.map { $0 ? "ja" : "nej" } ?? "okänt" }

    static func clock(_ s: NinetyDayClock.Status) -> String {
        switch s {
        case .running(let d): return "dag \(d) av 90"
        case .warning(let d): return "dag \(d) av 90 – varning"
        case .overdue(let d): return "dag \(d) – över 90 dagar"
        case .stopped(let d): return "insats startade efter \(d) dagar"
        case .closed: return "avslutad utan insats"
        }
    }

    static func personnummer(_ e: PersonnummerError) -> String {
        switch e {
        case .format: return "personnumret ska skrivas ÅÅMMDD-NNNN, ÅÅÅÅMMDD-NNNN, ÅÅMMDDNNNN eller ÅÅÅÅMMDDNNNN (+ för den som fyllt 100)"
        case .date: return "födelsedatumet i personnumret finns inte"
        case .checkDigit: return "kontrollsiffran (sista siffran) stämmer inte – kontrollera att siffrorna är rätt"
        case .future: return "födelsedatumet i personnumret har inte inträffat än"
        }
    }

    static func problem(_ p: FieldProblem) -> String {
        switch p {
        case .empty: return "får inte vara tomt"
        case .controlCharacters: return "innehåller styrtecken"
        case .notADate(let t): return "”\(Quoted.text(t))” är inget datum (skriv ÅÅÅÅ-MM-DD)"
        case .inTheFuture(let d): return "\(d.iso) har inte inträffat än"
        case .beforeRegistration(let d): return "får inte vara före \(d.iso)"
        case .notAPhoneNumber(let t): return "”\(Quoted.text(t))” är inget telefonnummer"
        case .notAnEmail(let t): return "”\(Quoted.text(t))” är ingen e-postadress"
        case .notAYesNo(let t): return "”\(Quoted.text(t))” är varken ja eller nej (ja/nej, 1/0, x/tomt)"
        case .notOneOf(let t, let options): return "”\(Quoted.text(t))” är inget av: \(options.joined(separator: ", "))"
        case .tooLong(let n): return "får vara högst \(n) tecken"
        }
    }

    static func error(_ e: DomainError, names: (ParticipantID) -> String) -> String {
        switch e {
        case .invalid(let f, let p): return "\(field(f).capitalizedFirst): \(problem(p))."
        case .personnummer(let p): return "Personnummer: \(personnummer(p))."
        case .duplicatePersonnummer(let id): return "Personnumret är redan inskrivet: \(names(id))."
        case .notFound(let t): return "Ingen deltagare hittades för ”\(Quoted.text(t))”."
        case .ambiguous(let t, let ids):
            return "”\(Quoted.text(t))” passar flera deltagare; skriv mer av namnet, personnumret eller id:\n" + ids.map { "  \(names($0))" }.joined(separator: "\n")
        case .unknownCaseworker(let i): return "Ingen handläggare med initialerna \(Quoted.text(i)). Lägg till med `lotsen caseworker add`."
        case .duplicateCaseworker(let i): return "Det finns redan en handläggare med initialerna \(Quoted.text(i))."
        case .unknownOrganisation(let o):
            return "Okänd organisation ”\(Quoted.text(o))”. Kända: AF, AME, IFO, Vux, SYV, KAA och de andra organisationer handläggarna tillhör."
        case .alreadyExited(let id): return "\(names(id)) är redan avslutad. Skriv in igen med `lotsen reregister`."
        case .notExited(let id): return "\(names(id)) är inskriven nu; bara den som avslutats kan skrivas in igen."
        case .noConsent(let id): return "\(names(id)) har inget gällande samtycke att återkalla."
        case .noteNotFound(let n): return "Det finns ingen anteckning nummer \(n) för deltagaren."
        case .unknownAuthor(let a): return "”\(Quoted.text(a))” är ingen handläggare i journalen. Lägg till dig med `lotsen caseworker add --initials \(Quoted.text(a)) …`."
        case .noAuthor:
            return "Ange vem du är: --as INITIALER, miljövariabeln LOTSEN_AS, eller spara det en gång för alla med `lotsen caseworker me INITIALER`."
        case .nothingToDo: return "Inget att ändra."
        case .programme(let p): return ProgrammeSwedish.problem(p)
        case .meeting(let p): return MeetingSwedish.problem(p)
        }
    }

    static func describe(_ e: Event) -> String {
        switch e {
        case .caseworker(.caseworkerAdded(let c)): return "Handläggare tillagd: \(c.initials) \(c.name), \(c.organisation.label)"
        case .participant(.participantRegistered(let r)):
            return "Inskriven \(r.registered.iso): \(r.profile.fullName), \(r.personnummer.formatted), \(gender(r.profile.gender))"
                + (r.profile.phones.isEmpty ? "" : ", telefon \(r.profile.phones.joined(separator: ", "))")
                + (r.profile.email.map { ", e-post \($0)" } ?? "")
        case .participant(.participantUpdated(let u)):
            var parts: [String] = []
            if let v = u.personnummer { parts.append("personnummer \(v.formatted)") }
            if let v = u.firstName { parts.append("förnamn \(v)") }
            if let v = u.lastName { parts.append("efternamn \(v)") }
            if let v = u.gender { parts.append("kön \(gender(v))") }
            if let v = u.phones { parts.append("telefon \(v.joined(separator: ", "))") }
            if let v = u.email { parts.append("e-post \(v)") }
            if let v = u.referral { parts.append("kom via \(referral(v))") }
            if let v = u.bornAbroad { parts.append("utrikesfödd \(yesNo(v))") }
            if let v = u.disability { parts.append("funktionsnedsättning \(yesNo(v))") }
            if let v = u.afCategory { parts.append("AF-kategori \(afCategory(v))") }
            if let v = u.gradesComplete { parts.append("gymnasiebetyg \(yesNo(v))") }
            if let v = u.incomeSupport { parts.append("försörjningsstöd \(yesNo(v))") }
            if let v = u.background { parts.append("bakgrund \(v)") }
            return "Uppgifter ändrade: " + parts.joined(separator: "; ")
        case .participant(.consentGiven(let d, let orgs)): return "Samtycke \(d.iso): \(orgs.map(\.label).joined(separator: ", "))"
        case .participant(.consentWithdrawn(let d)): return "Samtycke återkallat \(d.iso)"
        case .participant(.responsibilityAssigned(let o, let c, let d)): return "Ansvarig i \(o.label) från \(d.iso): \(c)"
        case .participant(.noteAdded(let k, let t, let c)): return "Anteckning (\(noteKind(k)))" + (c.map { ", rättar \($0)" } ?? "") + ": \(t)"
        case .participant(.participantExited(let d, let r, let o)): return "Avslutad \(d.iso): \(exitReason(r))" + (o.map { ", \($0)" } ?? "")
        case .participant(.participantReregistered(let d)): return "Inskriven igen \(d.iso)"
        case .unknown(let t): return "Post av okänd typ \(t) (skriven av en nyare Lotsen)"
        default: return ProgrammeSwedish.describe(e, in: nil) ?? e.type
        }
    }

    static func label(_ l: Label) -> String {
        switch l {
        case .id: return "id"
        case .name: return "namn"
        case .age: return "ålder"
        case .years: return "år"
        case .status: return "status"
        case .active: return "inskriven"
        case .exited: return "avslutad"
        case .consent: return "samtycke"
        case .noConsent: return "inget samtycke"
        case .consentWithdrawn: return "samtycke återkallat"
        case .responsible: return "ansvariga"
        case .none: return "–"
        case .notes: return "anteckningar"
        case .ninetyDays: return "90 dagar"
        case .period: return "period"
        case .corrected: return "rättad"
        case .by: return "av"
        case .caseworkers: return "handläggare"
        case .participants: return "deltagare"
        case .organisationsAll: return "alla organisationer"
        }
    }
}

extension String {
    /// "förnamn" → "Förnamn": labels start a line or a message.
    public var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }

    /// A multi-line text on one line, its line breaks shown as ⏎.
    public var replacingNewlines: String { split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ⏎ ") }
}
