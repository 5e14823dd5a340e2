import LotsenCalendar

/// A participant's action plan, its SMART goals and follow-ups, and their weekly
/// tasks. Payloads: `PlanEvent+JSON.swift`.
public enum PlanEvent: Equatable, Sendable {
    case planCreated(start: Day, PlanDetails)
    case planUpdated(PlanDetails)
    case planRevised(date: Day, end: Day)
    case goalAdded(GoalContent)
    case goalUpdated(goal: Int, GoalContent, status: GoalStatus)
    case goalRemoved(goal: Int)
    case planFollowedUp(date: Day, results: [GoalResult], comment: String?)
    case taskAdded(what: String, due: Day, date: Day)
    case taskFollowedUp(task: Int, date: Day, result: TaskResult, due: Day?, comment: String?)

    /// The journal's type names, the only place they are written.
    public enum Kind: String, CaseIterable, Sendable {
        case planCreated = "plan.created"
        case planUpdated = "plan.updated"
        case planRevised = "plan.revised"
        case goalAdded = "plan.goal.added"
        case goalUpdated = "plan.goal.updated"
        case goalRemoved = "plan.goal.removed"
        case planFollowedUp = "plan.followup.recorded"
        case taskAdded = "task.added"
        case taskFollowedUp = "task.followup.recorded"
    }

    public var kind: Kind {
        switch self {
        case .planCreated: return .planCreated
        case .planUpdated: return .planUpdated
        case .planRevised: return .planRevised
        case .goalAdded: return .goalAdded
        case .goalUpdated: return .goalUpdated
        case .goalRemoved: return .goalRemoved
        case .planFollowedUp: return .planFollowedUp
        case .taskAdded: return .taskAdded
        case .taskFollowedUp: return .taskFollowedUp
        }
    }
}
