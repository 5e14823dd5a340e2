import LotsenCalendar
import LotsenCore

/// Words for action plans, the SMART check, follow-ups and weekly tasks. One
/// implementation per language.
public protocol PlanWords {
    static func field(_ f: Field) -> String
    static func term(_ t: GoalTerm) -> String
    static func status(_ s: GoalStatus) -> String
    static func result(_ r: FollowUpResult) -> String
    static func taskResult(_ r: TaskResult) -> String
    static func document(_ d: DocumentStatus) -> String
    /// What the SMART check found, in a short sentence.
    static func finding(_ f: SmartFinding) -> String
    /// What to do about it.
    static func suggestion(_ f: SmartFinding) -> String
    static func problem(_ p: ProgrammeProblem) -> String?
    static func label(_ l: PlanLabel) -> String
    /// One line per change between two versions.
    static func change(_ c: PlanChange) -> String
    static func describe(_ e: Event) -> String?
    /// "24 februari 2027": the take-home plan is read by the participant.
    static func longDate(_ d: Day) -> String
    /// "2 uppgifter".
    static func tasks(_ n: Int) -> String
    /// The yes/no before a follow-up is written.
    static func followUpQuestion(name: String, results: [FollowUpResult], missing: Bool) -> String
}

public enum PlanLabel: Sendable, CaseIterable {
    case plan, version, valid, nextFollowUp, allFollowedUp, background, skills, labourMarket, cv, coverLetter
    case goals, noGoals, noPlan, measure, why, steps, due, owner, status, followUp, followUps, history, noChanges
    case tasks, noTasks, overdueTasks, nobodyOverdue, comment, smartOK, newPlan, editPlan, newGoal, editGoal
    case revise, goalOf, firstVersion, addedBy, comparedWith, export, exportWritten, task, added
    // The plan the participant takes home.
    case homeTitle, homeIntro, homeGoal, homeHow, homeWhy, homeSteps, homeBy, homeResponsible, homeNextMeeting
    case homeContact, homeAbout, homeDone, homeFor
}

extension Language {
    public var plan: any PlanWords.Type {
        switch self {
        case .sv: return PlanSwedish.self
        case .en: return PlanEnglish.self
        }
    }
}
