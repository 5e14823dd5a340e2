import LotsenCalendar

/// Where one period stands in the programme: everything the stage board, the
/// programme view and the reports read. Folded from the journal by `LotsenState`.
public struct Programme: Equatable, Sendable {
    /// Every move, oldest first. Before the first, the person is in Slussen step 1
    /// since registration.
    public var moves: [StageMove] = []
    /// Ticked checklist items by code.
    public var ticks: [String: ChecklistTick] = [:]
    public var visits: [Visit] = []
    /// Every placement, oldest first; the one without `until` is current.
    public var placements: [Placement] = []
    public var activities: [Activity] = []
    public var kanalen: [KanalenEntry] = []
    /// Flagged for intensified support (förstärkt stöd) from this day; nil when not.
    public var intensifiedSupport: Day?
    public var aKassa: AKassaCheck?
    /// The action plan, from Slussen step 2 on; nil before one is made.
    public var plan: ActionPlan?
    /// Weekly tasks, oldest first.
    public var tasks: [WeeklyTask] = []

    public init() {}

    public var stage: Stage { moves.last?.to ?? .introduction }

    /// The day the current stage began (the registration day before any move).
    public func stageSince(registered: Day) -> Day { moves.last?.date ?? registered }

    public var placement: Placement? { placements.last.flatMap { $0.until == nil ? $0 : nil } }

    /// The income recorded by the last move into Havet, while there.
    public var income: Income? { stage == .havet ? moves.last?.income : nil }

    public var firstActivityStart: Day? { activities.map(\.start).min() }

    public func activity(_ id: Int) -> Activity? { activities.first { $0.id == id } }

    /// Job-search minutes logged in the week (Monday to Sunday) that holds `day`.
    public func jobSearchMinutes(weekOf day: Day) -> Int {
        let monday = day.adding(days: -(day.weekday - 1))
        let sunday = monday.adding(days: 6)
        return kanalen.filter { $0.activity == .jobSearch && $0.date >= monday && $0.date <= sunday }
            .reduce(0) { $0 + ($1.minutes ?? 0) }
    }

    /// The latest entry of a kind.
    public func last(_ activity: KanalenActivity) -> KanalenEntry? { kanalen.last { $0.activity == activity } }

    /// Ends the current placement (leaving Kanalen, an exit, or another workplace).
    mutating func endPlacement(on day: Day) {
        guard let i = placements.indices.last, placements[i].until == nil else { return }
        placements[i].until = max(day, placements[i].from)
    }
}

/// What the board and the list flag about a participant, worst first.
public enum ProgrammeFlag: Hashable, Sendable {
    case ninetyDaysOverdue(Int)
    case ninetyDaysWarning(Int)
    case noConsent
    case intensifiedSupport
    /// The placement ends within `PlacementRules.endingSoonDays` and nobody has flagged
    /// intensified support: someone should decide.
    case placementEndingSoon(Day)
    /// Not a member of an A-kassa, or employed in a form that gives no right to it.
    case aKassa(AKassaStatus)
    /// An instegspraktik past six months.
    case activityOverLimit(ActivityKind)
    /// An aktivitetsgrupp checkpoint within a week.
    case checkpointDue(Day)
    /// The plan's next follow-up is within a week, or past.
    case followUpDue(Day)
    /// Weekly tasks past their day and not followed up.
    case tasksOverdue(Int)
}

public enum PlacementRules {
    /// From this many days before a placement's planned end the board asks about
    /// intensified support.
    public static let endingSoonDays = 30
    /// An aktivitetsgrupp checkpoint is flagged this many days ahead.
    public static let checkpointNoticeDays = 7
}

extension Participant {
    /// The flags of the current period on `day`. Exited people carry none.
    public func flags(on day: Day) -> [ProgrammeFlag] {
        guard isActive else { return [] }
        var out: [ProgrammeFlag] = []
        let period = currentPeriod
        switch NinetyDayClock.status(of: period, on: day) {
        case .overdue(let d): out.append(.ninetyDaysOverdue(d))
        case .warning(let d): out.append(.ninetyDaysWarning(d))
        default: break
        }
        if consent?.isActive != true { out.append(.noConsent) }
        let programme = period.programme
        if programme.intensifiedSupport != nil {
            out.append(.intensifiedSupport)
        } else if let end = programme.placement?.plannedEnd, day.days(until: end) <= PlacementRules.endingSoonDays {
            out.append(.placementEndingSoon(end))
        }
        if let check = programme.aKassa, check.status.needsSupport { out.append(.aKassa(check.status)) }
        for activity in programme.activities {
            switch activity.warning(on: day) {
            case .overLimit?: out.append(.activityOverLimit(activity.kind))
            case .cycle(_, let checkpoint)? where day.days(until: checkpoint) <= PlacementRules.checkpointNoticeDays:
                out.append(.checkpointDue(checkpoint))
            default: break
            }
        }
        // In Havet the person has their own income: the plan is done with.
        if programme.stage != .havet, let next = programme.plan?.nextFollowUp, day.days(until: next) <= ActionPlanRules.followUpNoticeDays {
            out.append(.followUpDue(next))
        }
        let overdue = programme.tasks.count { $0.isOverdue(on: day) }
        if overdue > 0 { out.append(.tasksOverdue(overdue)) }
        return out
    }
}
