import LotsenCalendar

/// The weekly joint planning session (samverkansmöte): the group goes through its
/// young people one agenda item at a time, records a decision and who does what, and
/// closes the meeting with minutes. Identified by the sequence number of
/// `meeting.created`. A closed meeting is never changed; a correction is a new entry.
public struct Meeting: Equatable, Sendable {
    public var id: Int
    public var date: Day
    public var group: String
    /// Caseworkers present, by initials.
    public var attendees: [String]
    /// Others present, by name (a teacher from Vux, a guest from Försäkringskassan).
    public var guests: [String]
    /// The agenda in the order the group goes through it.
    public var items: [AgendaItem]
    public var started: Day?
    public var closed: Day?
    /// The closing entry: what was open "when the meeting closed" is decided by journal
    /// order, not by dates typed.
    public var closedStamp: EntryStamp?
    public var corrections: [MeetingCorrection] = []
    /// Participants taken off the agenda: a refresh does not put them back.
    public var removed: Set<ParticipantID> = []
    /// Items struck from the agenda, with who struck them and why: the minutes list them.
    public var struck: [StruckItem] = []
    /// The number the next agenda item gets: items are numbered within their meeting.
    public var nextItem: Int
    public var stamp: EntryStamp

    public init(id: Int, date: Day, group: String, attendees: [String], guests: [String], items: [AgendaItemContent], stamp: EntryStamp) {
        self.id = id
        self.date = date
        self.group = group
        self.attendees = attendees
        self.guests = guests
        self.items = []
        self.nextItem = 1
        self.stamp = stamp
        for content in items { add(content, stamp: stamp) }
    }

    /// Planned until started, in progress until closed.
    public var status: MeetingStatus { closed != nil ? .closed : started != nil ? .inProgress : .planned }

    public var isClosed: Bool { closed != nil }

    public func item(_ number: Int) -> AgendaItem? { items.first { $0.id == number } }

    public func position(of number: Int) -> Int? { items.firstIndex { $0.id == number } }

    public func item(for participant: ParticipantID) -> AgendaItem? { items.first { $0.content.participant == participant } }

    public var handledCount: Int { items.count { $0.handled } }

    mutating func add(_ content: AgendaItemContent, stamp: EntryStamp) {
        items.append(AgendaItem(id: nextItem, content: content, handled: false, decision: nil, stamp: stamp))
        nextItem += 1
    }
}

public enum MeetingStatus: String, Sendable, CaseIterable {
    case planned
    case inProgress = "in-progress"
    case closed
}

/// What an agenda item is about: a participant, with the rules' reasons, or a free
/// item with a title ("Nya platser hos kommunen").
public struct AgendaItemContent: Equatable, Sendable {
    public var participant: ParticipantID?
    public var title: String?
    public var reasons: [AgendaReason]

    public init(participant: ParticipantID? = nil, title: String? = nil, reasons: [AgendaReason] = []) {
        self.participant = participant
        self.title = title
        self.reasons = reasons
    }
}

public struct AgendaItem: Equatable, Sendable {
    /// Numbered within the meeting, from 1, in the order added; never reused.
    public var id: Int
    public var content: AgendaItemContent
    public var handled: Bool
    public var decision: String?
    public var stamp: EntryStamp
}

/// An agenda item struck off, kept for the minutes.
public struct StruckItem: Equatable, Sendable {
    public var item: AgendaItem
    public var reason: String?
    public var stamp: EntryStamp
}

/// A correction to a closed meeting's minutes, kept beside them.
public struct MeetingCorrection: Equatable, Sendable {
    public var item: Int?
    public var date: Day
    public var text: String
    public var stamp: EntryStamp
}

/// Who does a task: a caseworker, or the young person themself.
public enum TaskAssignee: Hashable, Sendable {
    case caseworker(String)
    case participant

    /// The journal's spelling: initials, or `participant` (longer than any initials).
    public var code: String {
        switch self {
        case .caseworker(let initials): return initials
        case .participant: return "participant"
        }
    }

    public init(code: String) {
        self = code == "participant" ? .participant : .caseworker(code)
    }
}

/// Vem gör vad: a task the group agreed on, usually at a meeting, usually about one
/// participant. Open until done; open tasks come back on every agenda.
public struct MeetingTask: Equatable, Sendable {
    public var id: Int
    public var what: String
    public var who: TaskAssignee
    public var due: Day
    public var participant: ParticipantID?
    public var meeting: Int?
    public var item: Int?
    public var added: Day
    public var done: Day?
    public var doneStamp: EntryStamp?
    public var comment: String?
    public var stamp: EntryStamp

    public var isOpen: Bool { done == nil }

    public func isOverdue(on day: Day) -> Bool { isOpen && due < day }
}

/// The agenda rules' thresholds, set for the whole journal by `agenda.rules.set`.
public struct AgendaThresholds: Equatable, Sendable {
    /// On the agenda from this many days before the 90-day limit.
    public var ninetyDayNotice = 14
    /// A plan ending within this many days.
    public var planExpiryDays = 30
    /// No stage change for this many days.
    public var stalledDays = 60
    /// A plan follow-up within this many days.
    public var followUpNoticeDays = ActionPlanRules.followUpNoticeDays
    /// How long an item takes, for the agenda's estimate.
    public var minutesPerItem = 4
    /// How many items the group goes through; the rest are listed as "nästa gång" (they
    /// carry over when not reached). 0: no limit.
    public var itemLimit = 0

    public init() {}

    public init(ninetyDayNotice: Int, planExpiryDays: Int, stalledDays: Int, followUpNoticeDays: Int) {
        self.ninetyDayNotice = ninetyDayNotice
        self.planExpiryDays = planExpiryDays
        self.stalledDays = stalledDays
        self.followUpNoticeDays = followUpNoticeDays
    }
}

extension LotsenState {
    /// The organisations at a meeting: those of the caseworkers attending. (Guests are
    /// named as written and belong to no organisation Lotsen knows.)
    public func organisations(at m: Meeting) -> Set<Organisation> {
        Set(m.attendees.compactMap { caseworker($0)?.organisation })
    }

    /// Whether the group may talk about `id` by name at `m`: their consent in force covers
    /// every organisation there. AF and the municipality's units are separate under secrecy
    /// law; without consent the person is raised by the organisation responsible for
    /// them, and is not named on the joint agenda or in the minutes.
    public func mayDiscuss(_ id: ParticipantID, at m: Meeting) -> Bool {
        // Someone with protected personal data is never named before a group.
        guard let p = participant(id), !p.isProtected, let c = p.consent, c.isActive else { return false }
        return organisations(at: m).isSubset(of: Set(c.organisations))
    }
}
