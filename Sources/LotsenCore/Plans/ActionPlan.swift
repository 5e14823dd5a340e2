import LotsenCalendar

/// The action plan (handlingsplan) of one period: every version, oldest first, and the
/// follow-ups recorded against them. Slussen step 2 writes it; Kanalen follows it up.
public struct ActionPlan: Equatable, Sendable {
    public var versions: [PlanVersion]
    public var followUps: [PlanFollowUp] = []

    public init(first: PlanVersion) { versions = [first] }

    public var current: PlanVersion { versions[versions.count - 1] }

    public func version(_ number: Int) -> PlanVersion? {
        versions.indices.contains(number - 1) ? versions[number - 1] : nil
    }

    /// Follow-ups recorded against a version.
    public func followUps(of version: Int) -> [PlanFollowUp] { followUps.filter { $0.version == version } }

    /// The next follow-up of the current version: three months after the last one (after
    /// the start before any), or the plan's end if that comes sooner. Nil once a
    /// follow-up was made on or after the end: the plan is then revised or closed.
    public var nextFollowUp: Day? { nextFollowUpAndWhy?.day }

    /// Why the next follow-up falls when it does.
    public enum FollowUpBasis: Equatable, Sendable {
        /// Three months after the plan's start.
        case planStart(Day)
        /// Three months after the last follow-up.
        case lastFollowUp(Day)
        /// The plan ends first.
        case planEnd
    }

    public var nextFollowUpAndWhy: (day: Day, basis: FollowUpBasis)? {
        let v = current
        let basis: FollowUpBasis
        let from: Day
        if let last = followUps(of: v.number).map(\.date).max() {
            guard last < v.end else { return nil }
            (from, basis) = (last, .lastFollowUp(last))
        } else {
            (from, basis) = (v.start, .planStart(v.start))
        }
        let due = from.adding(months: ActionPlanRules.followUpMonths)
        return due < v.end ? (due, basis) : (v.end, .planEnd)
    }

    public func goal(_ id: Int) -> Goal? { current.goals.first { $0.id == id } }
}

/// One version of the plan: what was agreed from `start` to `end`.
public struct PlanVersion: Equatable, Sendable {
    /// 1, 2, … in the order made.
    public var number: Int
    public var start: Day
    public var details: PlanDetails
    public var goals: [Goal] = []
    /// The entry that made this version (creation or revision).
    public var stamp: EntryStamp

    public init(number: Int, start: Day, details: PlanDetails, goals: [Goal] = [], stamp: EntryStamp) {
        self.number = number
        self.start = start
        self.details = details
        self.goals = goals
        self.stamp = stamp
    }

    public var end: Day { details.end }

    /// Three months into the plan and at its end (Hällefors Bilaga 1); only the end
    /// when the plan is three months or shorter.
    public var followUpSchedule: [Day] {
        let mid = start.adding(months: ActionPlanRules.followUpMonths)
        return mid < end ? [mid, end] : [end]
    }
}

/// What a plan says besides its goals. Every field of a version; edits replace it whole.
public struct PlanDetails: Equatable, Sendable {
    public var end: Day
    /// The person's background in their own words.
    public var background: String?
    /// Kompetensinventering: what the person can and has done.
    public var skills: String?
    /// Arbetsmarknadsinventering: the person's picture of the labour market.
    public var labourMarket: String?
    public var cv: DocumentStatus
    public var coverLetter: DocumentStatus

    public init(end: Day, background: String? = nil, skills: String? = nil, labourMarket: String? = nil,
                cv: DocumentStatus = .missing, coverLetter: DocumentStatus = .missing) {
        self.end = end
        self.background = background
        self.skills = skills
        self.labourMarket = labourMarket
        self.cv = cv
        self.coverLetter = coverLetter
    }
}

public enum DocumentStatus: String, CaseIterable, Sendable {
    case missing, started, ready
}

public enum ActionPlanRules {
    /// A plan is valid this long unless another end is given.
    public static let validMonths = 6
    /// The first follow-up, this many months into the plan.
    public static let followUpMonths = 3
    /// A follow-up is flagged from this many days before it is due.
    public static let followUpNoticeDays = 7
}

/// What was agreed at a follow-up, per goal.
public struct PlanFollowUp: Equatable, Sendable {
    public var date: Day
    /// The version it followed up.
    public var version: Int
    public var results: [GoalResult]
    public var comment: String?
    public var stamp: EntryStamp
}

public struct GoalResult: Equatable, Sendable {
    public var goal: Int
    public var result: FollowUpResult
    public var comment: String?

    public init(goal: Int, result: FollowUpResult, comment: String? = nil) {
        self.goal = goal
        self.result = result
        self.comment = comment
    }
}

public enum FollowUpResult: String, CaseIterable, Sendable {
    case achieved, onTheWay = "on-the-way", notAchieved = "not-achieved", changed
}
