import LotsenCalendar

/// A task the participant takes on for the week (Lysekil's weekly plan), followed up
/// weekly. Its id is the sequence number of the entry that added it.
public struct WeeklyTask: Equatable, Sendable, Identifiable {
    public var id: Int
    public var what: String
    /// The day it is due; a "moved" follow-up sets a new one.
    public var due: Day
    public var added: Day
    public var followUps: [TaskFollowUp] = []
    public var stamp: EntryStamp

    public init(id: Int, what: String, due: Day, added: Day, stamp: EntryStamp) {
        self.id = id
        self.what = what
        self.due = due
        self.added = added
        self.stamp = stamp
    }

    /// Done or not done closes a task; moved keeps it open with the new day.
    public var result: TaskResult? { followUps.last?.result }

    public var isOpen: Bool { result == nil || result == .moved }

    public func isOverdue(on day: Day) -> Bool { isOpen && due < day }
}

public struct TaskFollowUp: Equatable, Sendable {
    public var date: Day
    public var result: TaskResult
    public var comment: String?
    public var stamp: EntryStamp
}

public enum TaskResult: String, CaseIterable, Sendable {
    case done, notDone = "not-done", moved
}

extension Day {
    /// The Monday of this day's week.
    public var monday: Day { adding(days: -(weekday - 1)) }
}

extension Programme {
    /// The tasks the weekly follow-up goes through on `day`: every open task, and the
    /// ones closed or due this week.
    public func tasksThisWeek(on day: Day) -> [WeeklyTask] {
        let monday = day.monday
        let sunday = monday.adding(days: 6)
        return tasks.filter { t in
            t.isOpen || (t.due >= monday && t.due <= sunday) || (t.followUps.last.map { $0.date >= monday } ?? false)
        }.sorted { ($0.due, $0.id) < ($1.due, $1.id) }
    }

    public func overdueTasks(on day: Day) -> [WeeklyTask] { tasks.filter { $0.isOverdue(on: day) } }
}

/// Everyone's overdue weekly tasks, the longest overdue first: for the weekly follow-up
/// and the planning meeting.
public enum OverdueTasks {
    public struct Row: Equatable, Sendable {
        public var participant: ParticipantID
        public var task: WeeklyTask
    }

    public static func all(in state: LotsenState, today: Day) -> [Row] {
        var rows: [Row] = []
        for id in state.order {
            guard let p = state.participant(id), p.isActive else { continue }
            for t in p.currentPeriod.programme.tasks where t.isOverdue(on: today) { rows.append(Row(participant: id, task: t)) }
        }
        return rows.sorted { ($0.task.due, $0.task.id) < ($1.task.due, $1.task.id) }
    }
}
