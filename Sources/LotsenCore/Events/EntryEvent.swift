import LotsenJSON

/// Entries about other entries. The journal never changes what it holds: a mistake is
/// taken back by a new entry that names it, and the history shows both.
public enum EntryEvent: Equatable, Sendable {
    case entryUndone(Undo)

    public enum Kind: String, CaseIterable, Sendable {
        case entryUndone = "entry.undone"
    }
}

/// Taking back one entry. The undone entry's kind travels with it so that folding needs
/// nothing but the state: the kind says where to look for what the entry made.
public struct Undo: Equatable, Sendable {
    public var entry: Int
    public var kind: UndoableKind

    public init(entry: Int, kind: UndoableKind) {
        self.entry = entry
        self.kind = kind
    }
}

/// The entries that can be taken back: each made one thing the state can find by the
/// entry's sequence number and remove without guessing what was there before. Others
/// are corrected by a new entry of their own kind (see `UndoRefusal`).
public enum UndoableKind: CaseIterable, Sendable {
    case note, consent, responsibility, stageMove, checklistTick, visit, activity, kanalenLog, taskFollowUp, meetingTaskDone

    /// The journal type of the entries of this kind.
    public var type: String {
        switch self {
        case .note: return ParticipantEvent.Kind.noteAdded.rawValue
        case .consent: return ParticipantEvent.Kind.consentGiven.rawValue
        case .responsibility: return ParticipantEvent.Kind.responsibilityAssigned.rawValue
        case .stageMove: return ProgrammeEvent.Kind.stageMoved.rawValue
        case .checklistTick: return ProgrammeEvent.Kind.checklistTicked.rawValue
        case .visit: return ProgrammeEvent.Kind.visitRecorded.rawValue
        case .activity: return ProgrammeEvent.Kind.activityStarted.rawValue
        case .kanalenLog: return ProgrammeEvent.Kind.kanalenLogged.rawValue
        case .taskFollowUp: return PlanEvent.Kind.taskFollowedUp.rawValue
        case .meetingTaskDone: return MeetingEvent.Kind.meetingTaskDone.rawValue
        }
    }

    public init?(type: String) {
        guard let k = UndoableKind.allCases.first(where: { $0.type == type }) else { return nil }
        self = k
    }
}

extension EntryEvent: EventArea {
    public var kind: Kind {
        switch self {
        case .entryUndone: return .entryUndone
        }
    }

    func write(into w: inout JSONObjectWriter) {
        switch self {
        case .entryUndone(let u):
            w.field("entry", u.entry)
            w.field("type", u.kind.type)
        }
    }

    static func read(_ kind: Kind, _ o: JSONNode) -> Self? {
        switch kind {
        case .entryUndone:
            guard let entry = o["entry"]?.int, entry > 0, let kind = o["type"]?.string.flatMap(UndoableKind.init(type:)) else { return nil }
            return .entryUndone(Undo(entry: entry, kind: kind))
        }
    }
}
