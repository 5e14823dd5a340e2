import LotsenCalendar

/// Folding the meetings and their tasks: shared by the whole journal, like the
/// placement bank.
extension LotsenState {
    /// Meetings by date, the earliest first.
    public var meetingList: [Meeting] {
        meetingOrder.compactMap { meetings[$0] }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    }

    public var meetingTaskList: [MeetingTask] { meetingTaskOrder.compactMap { meetingTasks[$0] } }

    /// The meeting to work on: the earliest one not closed, else nil.
    public var currentMeeting: Meeting? { meetingList.first { !$0.isClosed } }

    /// The last meeting held before `day` (for "new since the last meeting").
    public func meeting(before day: Day) -> Meeting? { meetingList.last { $0.date < day } }

    /// Open tasks, the overdue first, then by day.
    public func openTasks(on day: Day) -> [MeetingTask] {
        meetingTaskList.filter(\.isOpen).sorted { a, b in
            let la = a.isOverdue(on: day), lb = b.isOverdue(on: day)
            return la != lb ? la : (a.due, a.id) < (b.due, b.id)
        }
    }

    mutating func applyMeeting(_ event: MeetingEvent, _ stamp: EntryStamp) -> Bool {
        switch event {
        case .meetingCreated(let m):
            meetings[stamp.sequence] = Meeting(id: stamp.sequence, date: m.date, group: m.group, attendees: m.attendees,
                                               guests: m.guests, items: m.items, stamp: stamp)
            meetingOrder.append(stamp.sequence)
        case .meetingUpdated(let id, let m):
            guard var meeting = meetings[id], !meeting.isClosed else { return false }
            meeting.date = m.date
            meeting.group = m.group
            meeting.attendees = m.attendees
            meeting.guests = m.guests
            meetings[id] = meeting
        case .agendaItemAdded(let id, let content):
            guard var meeting = meetings[id], !meeting.isClosed else { return false }
            meeting.add(content, stamp: stamp)
            if let p = content.participant { meeting.removed.remove(p) }
            meetings[id] = meeting
        case .agendaItemRemoved(let id, let item, let reason):
            guard var meeting = meetings[id], !meeting.isClosed, let i = meeting.position(of: item) else { return false }
            if let p = meeting.items[i].content.participant { meeting.removed.insert(p) }
            meeting.struck.append(StruckItem(item: meeting.items.remove(at: i), reason: reason, stamp: stamp))
            meetings[id] = meeting
        case .agendaItemMoved(let id, let item, let position):
            guard var meeting = meetings[id], !meeting.isClosed, let i = meeting.position(of: item) else { return false }
            let moved = meeting.items.remove(at: i)
            meeting.items.insert(moved, at: min(max(position - 1, 0), meeting.items.count))
            meetings[id] = meeting
        case .agendaItemHandled(let id, let item, let handled, let decision):
            guard var meeting = meetings[id], !meeting.isClosed, let i = meeting.position(of: item) else { return false }
            meeting.items[i].handled = handled
            meeting.items[i].decision = decision
            meetings[id] = meeting
        case .meetingStarted(let id, let date):
            guard var meeting = meetings[id], meeting.started == nil else { return false }
            meeting.started = date
            meetings[id] = meeting
        case .meetingClosed(let id, let date):
            guard var meeting = meetings[id], !meeting.isClosed else { return false }
            meeting.closed = date
            meeting.closedStamp = stamp
            meetings[id] = meeting
        case .meetingCorrected(let id, let item, let date, let text):
            guard var meeting = meetings[id] else { return false }
            meeting.corrections.append(MeetingCorrection(item: item, date: date, text: text, stamp: stamp))
            meetings[id] = meeting
        case .meetingTaskAdded(let t):
            meetingTasks[stamp.sequence] = MeetingTask(id: stamp.sequence, what: t.what, who: t.who, due: t.due,
                                                       participant: t.participant, meeting: t.meeting, item: t.item,
                                                       added: t.date, done: nil, doneStamp: nil, comment: nil, stamp: stamp)
            meetingTaskOrder.append(stamp.sequence)
        case .meetingTaskDone(let task, let date, let comment):
            guard meetingTasks[task] != nil else { return false }
            meetingTasks[task]!.done = date
            meetingTasks[task]!.doneStamp = stamp
            meetingTasks[task]!.comment = comment
        case .agendaRulesSet(let t):
            agendaThresholds = t
        }
        return true
    }
}

extension LotsenState {
    /// Whether a journal-wide entry (a meeting's) is about this participant: the
    /// register extract (registerutdrag) must show what the group said and agreed
    /// about a person, not only the entries filed under them.
    public func isAbout(_ event: Event, _ id: ParticipantID) -> Bool {
        func item(_ meeting: Int, _ n: Int?) -> Bool {
            n.flatMap { meetings[meeting]?.item($0) }?.content.participant == id
        }
        guard case .meeting(let event) = event else { return false }
        switch event {
        case .meetingCreated(let m): return m.items.contains { $0.participant == id }
        case .agendaItemAdded(_, let content): return content.participant == id
        case .agendaItemHandled(let m, let n, _, _): return item(m, n)
        case .meetingCorrected(let m, let n, _, _): return item(m, n)
        case .meetingTaskAdded(let t): return t.participant == id
        case .meetingTaskDone(let task, _, _): return meetingTasks[task]?.participant == id
        case .meetingUpdated, .agendaItemRemoved, .agendaItemMoved, .meetingStarted, .meetingClosed, .agendaRulesSet:
            return false
        }
    }
}
