import LotsenCalendar

/// The joint planning meetings, their agenda and the tasks agreed, and the rules that
/// put people on the agenda. They belong to the whole journal. Payloads:
/// `MeetingEvent+JSON.swift`.
public enum MeetingEvent: Equatable, Sendable {
    case meetingCreated(MeetingRecord)
    case meetingUpdated(meeting: Int, MeetingRecord)
    case agendaItemAdded(meeting: Int, AgendaItemContent)
    /// Struck from the agenda, with why (older entries have none).
    case agendaItemRemoved(meeting: Int, item: Int, reason: String?)
    case agendaItemMoved(meeting: Int, item: Int, position: Int)
    case agendaItemHandled(meeting: Int, item: Int, handled: Bool, decision: String?)
    case meetingStarted(meeting: Int, date: Day)
    case meetingClosed(meeting: Int, date: Day)
    case meetingCorrected(meeting: Int, item: Int?, date: Day, text: String)
    case meetingTaskAdded(MeetingTaskRecord)
    case meetingTaskDone(task: Int, date: Day, comment: String?)
    case agendaRulesSet(AgendaThresholds)

    /// The journal's type names, the only place they are written.
    public enum Kind: String, CaseIterable, Sendable {
        case meetingCreated = "meeting.created"
        case meetingUpdated = "meeting.updated"
        case agendaItemAdded = "meeting.item.added"
        case agendaItemRemoved = "meeting.item.removed"
        case agendaItemMoved = "meeting.item.moved"
        case agendaItemHandled = "meeting.item.handled"
        case meetingStarted = "meeting.started"
        case meetingClosed = "meeting.closed"
        case meetingCorrected = "meeting.corrected"
        case meetingTaskAdded = "meeting.task.added"
        case meetingTaskDone = "meeting.task.done"
        case agendaRulesSet = "agenda.rules.set"
    }

    public var kind: Kind {
        switch self {
        case .meetingCreated: return .meetingCreated
        case .meetingUpdated: return .meetingUpdated
        case .agendaItemAdded: return .agendaItemAdded
        case .agendaItemRemoved: return .agendaItemRemoved
        case .agendaItemMoved: return .agendaItemMoved
        case .agendaItemHandled: return .agendaItemHandled
        case .meetingStarted: return .meetingStarted
        case .meetingClosed: return .meetingClosed
        case .meetingCorrected: return .meetingCorrected
        case .meetingTaskAdded: return .meetingTaskAdded
        case .meetingTaskDone: return .meetingTaskDone
        case .agendaRulesSet: return .agendaRulesSet
        }
    }
}

/// A meeting as created or edited. An edit carries the whole record; its items are
/// only read at creation (later items come one by one).
public struct MeetingRecord: Equatable, Sendable {
    public var date: Day
    public var group: String
    public var attendees: [String]
    public var guests: [String]
    public var items: [AgendaItemContent]

    public init(date: Day, group: String, attendees: [String], guests: [String], items: [AgendaItemContent] = []) {
        self.date = date
        self.group = group
        self.attendees = attendees
        self.guests = guests
        self.items = items
    }
}

/// A task as agreed: what, who, by when, and where it came from.
public struct MeetingTaskRecord: Equatable, Sendable {
    public var what: String
    public var who: TaskAssignee
    public var due: Day
    public var date: Day
    public var participant: ParticipantID?
    public var meeting: Int?
    public var item: Int?

    public init(what: String, who: TaskAssignee, due: Day, date: Day, participant: ParticipantID?, meeting: Int?, item: Int?) {
        self.what = what
        self.who = who
        self.due = due
        self.date = date
        self.participant = participant
        self.meeting = meeting
        self.item = item
    }
}
