import LotsenCalendar
import LotsenJSON

/// Event payloads as JSON objects. Keys are short English words, written in a fixed
/// order; absent optionals are left out. Reading is lenient about unknown keys (a newer
/// Lotsen may add some) and strict about the ones it needs.
extension Event {
    public var payload: [UInt8] {
        var w = JSONObjectWriter()
        switch self {
        case .caseworkerAdded(let c):
            w.field("initials", c.initials)
            w.field("name", c.name)
            w.field("organisation", c.organisation.code)
        case .participantRegistered(let r):
            w.field("pnr", r.personnummer.digits)
            w.field("registered", r.registered.iso)
            var u = ParticipantUpdate(r.profile)
            if u.phones?.isEmpty == true { u.phones = nil }
            Event.write(u, into: &w)
        case .participantUpdated(let u):
            w.field("pnr", u.personnummer?.digits)
            Event.write(u, into: &w)
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
        default:
            if !writeProgrammePayload(into: &w), !writePlanPayload(into: &w) { _ = writeMeetingPayload(into: &w) }
        }
        return w.finished()
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

    private static func readUpdate(_ o: JSONValue) -> ParticipantUpdate {
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

    /// Reads an event; nil when a known type's payload lacks what it needs.
    public init?(type: String, payload: UnsafeRawBufferPointer) {
        guard Event.knownTypes.contains(type) else { self = .unknown(type: type); return }
        guard let o = JSONValue.parse(payload) else { return nil }
        func day(_ k: String) -> Day? { o[k]?.string.flatMap { Day(iso: $0) } }
        func strings(_ k: String) -> [String]? { o[k]?.array?.compactMap(\.string) }
        switch type {
        case "caseworker.added":
            guard let i = o["initials"]?.string, let n = o["name"]?.string, let org = o["organisation"]?.string else { return nil }
            self = .caseworkerAdded(Caseworker(initials: i, name: n, organisation: Organisation(storedCode: org)))
        case "participant.registered":
            let u = Event.readUpdate(o)
            guard let pnr = u.personnummer, let reg = day("registered"), let first = u.firstName, let last = u.lastName,
                  let gender = u.gender else { return nil }
            var profile = ParticipantProfile(firstName: first, lastName: last, gender: gender)
            profile.apply(u)
            self = .participantRegistered(ParticipantRegistered(personnummer: pnr, profile: profile, registered: reg))
        case "participant.updated":
            self = .participantUpdated(Event.readUpdate(o))
        case "consent.given":
            guard let d = day("date"), let orgs = strings("organisations") else { return nil }
            self = .consentGiven(date: d, organisations: orgs.map(Organisation.init(storedCode:)))
        case "consent.withdrawn":
            guard let d = day("date") else { return nil }
            self = .consentWithdrawn(date: d)
        case "responsibility.assigned":
            guard let org = o["organisation"]?.string, let cw = o["caseworker"]?.string, let d = day("date") else { return nil }
            self = .responsibilityAssigned(organisation: Organisation(storedCode: org), caseworker: cw, date: d)
        case "note.added":
            guard let kind = o["kind"]?.string.flatMap(NoteKind.init(rawValue:)), let text = o["text"]?.string else { return nil }
            self = .noteAdded(kind: kind, text: text, corrects: o["corrects"]?.int)
        case "participant.exited":
            guard let d = day("date"), let r = o["reason"]?.string.flatMap(ExitReason.init(rawValue:)) else { return nil }
            self = .participantExited(date: d, reason: r, occupation: o["occupation"]?.string)
        case "participant.reregistered":
            guard let d = day("date") else { return nil }
            self = .participantReregistered(date: d)
        default:
            let e: Event?
            if Event.planTypes.contains(type) {
                e = Event.plan(type: type, o)
            } else if Event.meetingTypes.contains(type) {
                e = Event.meeting(type: type, o)
            } else {
                e = Event.programme(type: type, o)
            }
            guard let e else { return nil }
            self = e
        }
    }

    public init?(type: String, payload: [UInt8]) {
        guard let e = payload.withUnsafeBytes({ Event(type: type, payload: $0) }) else { return nil }
        self = e
    }

    static let knownTypes: Set<String> = Set<String>([
        "caseworker.added", "participant.registered", "participant.updated", "consent.given", "consent.withdrawn",
        "responsibility.assigned", "note.added", "participant.exited", "participant.reregistered",
    ]).union(programmeTypes).union(planTypes).union(meetingTypes)
}

extension Event {
    /// Every journal type name this Lotsen reads as a known event.
    public static var knownTypeNames: Set<String> { knownTypes }
}
