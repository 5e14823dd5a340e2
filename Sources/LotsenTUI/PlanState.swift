import LotsenCalendar
import LotsenCore

/// Handlingsplan: one cursor over the goals of the current version.
public struct PlanViewState: Equatable, Sendable {
    public var id: ParticipantID
    public var cursor = 0
}

/// Following the plan up, one goal at a time: a result and a comment for each, saved
/// together as one entry at the end.
public struct FollowUpState: Equatable, Sendable {
    public var id: ParticipantID
    /// The goals walked, in the plan's order (active goals only).
    public var goals: [Int]
    public var index = 0
    public var results: [Int: FollowUpResult] = [:]
    public var comments: [Int: String] = [:]
    /// The follow-up's own comment, typed when no goal is active (all met or ended).
    public var comment = ""

    public var goal: Int? { goals.indices.contains(index) ? goals[index] : nil }
}

/// The version history: one version and what changed from the one before.
public struct PlanHistoryState: Equatable, Sendable {
    public var id: ParticipantID
    public var version: Int
    public var scroll = 0
}

/// A participant's weekly tasks.
public struct TasksViewState: Equatable, Sendable {
    public var id: ParticipantID
    public var cursor = 0
}

/// Uppgifter: every open who-does-what task and every overdue weekly task.
public struct TaskListState: Equatable, Sendable {
    public var selected = 0
    /// Only the caseworker's own tasks (and those of the people they are responsible for).
    public var mine = false
}
