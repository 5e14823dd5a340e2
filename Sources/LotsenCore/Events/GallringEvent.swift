import LotsenCalendar
import LotsenJSON

/// Gallring: the retention rules, a proposal of whom to purge, and the purge itself
/// (docs/privacy.md, "Gallring"). A purge's record has the person's id as its subject
/// and names no one; it is sealed under the journal's key, because the person's key is
/// destroyed with it.
public enum GallringEvent: Equatable, Sendable {
    case rulesSet(RetentionRules)
    case proposed(subjects: [ParticipantID])
    case purged(PurgeRecord)

    public enum Kind: String, CaseIterable, Sendable {
        case rulesSet = "gallring.rules.set"
        case proposed = "gallring.proposed"
        case purged = "participant.purged"
    }
}

/// Why a person was purged: the rule that made them due, from when, and the proposal
/// the purge approved (nil: approved without one).
public struct PurgeRecord: Equatable, Sendable {
    public var start: RetentionStart
    public var since: Day
    public var years: Int
    public var proposal: Int?

    public init(start: RetentionStart, since: Day, years: Int, proposal: Int?) {
        self.start = start
        self.since = since
        self.years = years
        self.proposal = proposal
    }
}

extension GallringEvent: EventArea {
    public var kind: Kind {
        switch self {
        case .rulesSet: return .rulesSet
        case .proposed: return .proposed
        case .purged: return .purged
        }
    }

    func write(into w: inout JSONObjectWriter) {
        switch self {
        case .rulesSet(let r):
            w.field("years", r.years)
            w.field("start", r.start.rawValue)
            w.field("research", r.researchException)
            w.field("secondPerson", r.secondPerson)
            if let d = r.backupDays { w.field("backupDays", d) }
        case .proposed(let subjects):
            w.field("subjects", subjects.map(\.value))
        case .purged(let p):
            w.field("start", p.start.rawValue)
            w.field("since", p.since.iso)
            w.field("years", p.years)
            if let n = p.proposal { w.field("proposal", n) }
        }
    }

    static func read(_ kind: Kind, _ o: JSONNode) -> Self? {
        switch kind {
        case .rulesSet:
            guard let years = o["years"]?.int, RetentionRules.allowedYears.contains(years),
                  let start = o["start"]?.string.flatMap(RetentionStart.init(rawValue:)),
                  let research = o["research"]?.bool, let second = o["secondPerson"]?.bool else { return nil }
            let backupDays = o["backupDays"]?.int
            if let d = backupDays, !RetentionRules.allowedBackupDays.contains(d) { return nil }
            return .rulesSet(RetentionRules(years: years, start: start, researchException: research, secondPerson: second, backupDays: backupDays))
        case .proposed:
            guard let list = o["subjects"]?.array else { return nil }
            let subjects = list.compactMap { $0.string.map(ParticipantID.init) }
            guard subjects.count == list.count else { return nil }
            return .proposed(subjects: subjects)
        case .purged:
            guard let start = o["start"]?.string.flatMap(RetentionStart.init(rawValue:)),
                  let since = o["since"]?.day, let years = o["years"]?.int else { return nil }
            return .purged(PurgeRecord(start: start, since: since, years: years, proposal: o["proposal"]?.int))
        }
    }
}
