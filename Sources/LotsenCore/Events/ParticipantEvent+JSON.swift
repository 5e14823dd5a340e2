import LotsenCalendar
import LotsenJSON

/// Payloads of the participant's events: short English keys in a fixed order, absent
/// optionals left out, unknown keys ignored on reading, the needed ones required.
extension ParticipantEvent: EventArea {
    func write(into w: inout JSONObjectWriter) {
        switch self {
        case .participantRegistered(let r):
            w.field("pnr", r.personnummer.digits)
            w.field("registered", r.registered.iso)
            var u = ParticipantUpdate(r.profile)
            if u.phones?.isEmpty == true { u.phones = nil }
            Self.write(u, into: &w)
        case .participantUpdated(let u):
            w.field("pnr", u.personnummer?.digits)
            Self.write(u, into: &w)
        case .consentGiven(let date, let orgs):
            w.field("date", date.iso)
            w.field("organisations", orgs.map(\.code))
        case .consentWithdrawn(let date):
            w.field("date", date.iso)
        case .responsibilityAssigned(let org, let cw, let date):
            w.field("organisation", org.code)
            w.field("caseworker", cw)
            w.field("date", date.iso)
        case .noteAdded(let kind, let text, let corrects):
            w.field("kind", kind.rawValue)
            w.field("text", text)
            w.field("corrects", corrects)
        case .participantExited(let date, let reason, let occupation):
            w.field("date", date.iso)
            w.field("reason", reason.rawValue)
            w.field("occupation", occupation)
        case .participantReregistered(let date):
            w.field("date", date.iso)
        case .protectionSet(let on):
            w.field("on", on)
        }
    }

    static func read(_ kind: Kind, _ o: JSONNode) -> Self? {
        func day(_ k: StaticString) -> Day? { o[k]?.day }
        switch kind {
        case .participantRegistered:
            let u = Self.readUpdate(o)
            guard let pnr = u.personnummer, let reg = day("registered"), let first = u.firstName, let last = u.lastName,
                  let gender = u.gender else { return nil }
            var profile = ParticipantProfile(firstName: first, lastName: last, gender: gender)
            profile.apply(u)
            return .participantRegistered(ParticipantRegistered(personnummer: pnr, profile: profile, registered: reg))
        case .participantUpdated:
            return .participantUpdated(Self.readUpdate(o))
        case .consentGiven:
            guard let d = day("date"), let orgs = o["organisations"]?.array?.compactMap(\.string) else { return nil }
            return .consentGiven(date: d, organisations: orgs.map(Organisation.init(storedCode:)))
        case .consentWithdrawn:
            guard let d = day("date") else { return nil }
            return .consentWithdrawn(date: d)
        case .responsibilityAssigned:
            guard let org = o["organisation"]?.string, let cw = o["caseworker"]?.string, let d = day("date") else { return nil }
            return .responsibilityAssigned(organisation: Organisation(storedCode: org), caseworker: cw, date: d)
        case .noteAdded:
            guard let kind = o["kind"]?.string.flatMap(NoteKind.init(rawValue:)), let text = o["text"]?.string else { return nil }
            return .noteAdded(kind: kind, text: text, corrects: o["corrects"]?.int)
        case .participantExited:
            guard let d = day("date"), let r = o["reason"]?.string.flatMap(ExitReason.init(rawValue:)) else { return nil }
            return .participantExited(date: d, reason: r, occupation: o["occupation"]?.string)
        case .participantReregistered:
            guard let d = day("date") else { return nil }
            return .participantReregistered(date: d)
        case .protectionSet:
            guard let on = o["on"]?.bool else { return nil }
            return .protectionSet(on: on)
        }
    }

    /// The profile's keys, shared by a registration (every field) and an update (the
    /// changed ones).
    private static func write(_ u: ParticipantUpdate, into w: inout JSONObjectWriter) {
        w.field("first", u.firstName)
        w.field("last", u.lastName)
        w.field("gender", u.gender?.rawValue)
        w.field("phones", u.phones)
        w.field("email", u.email)
        w.field("referral", u.referral?.code)
        w.field("bornAbroad", u.bornAbroad)
        w.field("disability", u.disability)
        w.field("afCategory", u.afCategory?.rawValue)
        w.field("gradesComplete", u.gradesComplete)
        w.field("incomeSupport", u.incomeSupport)
        w.field("background", u.background)
    }

    private static func readUpdate(_ o: JSONNode) -> ParticipantUpdate {
        var u = ParticipantUpdate()
        u.personnummer = o["pnr"]?.string.flatMap(Personnummer.init(stored:))
        u.firstName = o["first"]?.string
        u.lastName = o["last"]?.string
        u.gender = o["gender"]?.string.flatMap(Gender.init(rawValue:))
        u.phones = o["phones"]?.array?.compactMap(\.string)
        u.email = o["email"]?.string
        u.referral = o["referral"]?.string.flatMap(Referral.init(code:))
        u.bornAbroad = o["bornAbroad"]?.bool
        u.disability = o["disability"]?.bool
        u.afCategory = o["afCategory"]?.string.flatMap(AFCategory.init(rawValue:))
        u.gradesComplete = o["gradesComplete"]?.bool
        u.incomeSupport = o["incomeSupport"]?.bool
        u.background = o["background"]?.string
        return u
    }
}
