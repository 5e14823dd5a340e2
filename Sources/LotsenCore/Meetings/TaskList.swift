import LotsenCalendar

/// Uppgifter: what the group has to do. Every open who-does-what task and every overdue
/// weekly task, overdue first, then by day. The CLI's `tasks` and the TUI's task view
/// read the same list.
public enum TaskList {
    public enum Row: Equatable, Sendable {
        case meeting(MeetingTask)
        case weekly(ParticipantID, WeeklyTask)

        public var due: Day {
            switch self {
            case .meeting(let t): return t.due
            case .weekly(_, let t): return t.due
            }
        }

        public var participant: ParticipantID? {
            switch self {
            case .meeting(let t): return t.participant
            case .weekly(let id, _): return id
            }
        }

        public var id: Int {
            switch self {
            case .meeting(let t): return t.id
            case .weekly(_, let t): return t.id
            }
        }

        public func isOverdue(on day: Day) -> Bool { due < day }
    }

    /// With `mine` (initials), only the tasks that caseworker does, and the tasks of the
    /// people they are responsible for. A weekly task is part of the person's programme:
    /// listed only for a `viewer` who may see it (docs/privacy.md); the meeting's tasks
    /// are the joint meeting's, masked there.
    public static func rows(in state: LotsenState, today: Day, mine: String? = nil, overdueOnly: Bool = false,
                            viewer: String?) -> [Row] {
        let me = mine.map(Caseworker.key)
        func responsible(_ id: ParticipantID?) -> Bool {
            guard let me, let id, let p = state.participant(id) else { return false }
            return p.responsible.values.contains { Caseworker.key($0) == me }
        }
        var rows: [Row] = []
        for t in state.meetingTaskList where t.isOpen && t.participant.map({ state.findable($0, by: viewer) }) ?? true {
            if let me {
                let assigned = t.who == .caseworker(me) || (t.who == .participant && responsible(t.participant))
                if !assigned { continue }
            }
            rows.append(.meeting(t))
        }
        func shared(_ id: ParticipantID) -> Bool { state.participant(id).map { state.disclosure(of: $0, to: viewer).joint } ?? false }
        for row in OverdueTasks.all(in: state, today: today) where (me == nil || responsible(row.participant)) && shared(row.participant) {
            rows.append(.weekly(row.participant, row.task))
        }
        if overdueOnly { rows.removeAll { !$0.isOverdue(on: today) } }
        return rows.sorted { a, b in
            let la = a.isOverdue(on: today), lb = b.isOverdue(on: today)
            return la != lb ? la : (a.due, a.id) < (b.due, b.id)
        }
    }
}
