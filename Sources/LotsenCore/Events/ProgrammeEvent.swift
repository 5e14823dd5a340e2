import LotsenCalendar

/// The programme: the stage board, the checklist, activities, visits and the placement
/// bank. The checklist's items and the workplaces belong to the whole journal (no
/// subject); the rest to one participant. Payloads: `ProgrammeEvent+JSON.swift`.
public enum ProgrammeEvent: Equatable, Sendable {
    case stageMoved(StageMoveRecord)
    case placementChanged(workplace: Int, date: Day, plannedEnd: Day?)
    case checklistTicked(item: String, date: Day)
    case checklistUnticked(item: String)
    case checklistItemAdded(code: String, label: String)
    case checklistItemRemoved(code: String)
    case visitRecorded(workplace: Int, date: Day, halfDay: Bool, evaluation: String?, supervisorView: String?)
    case visitEvaluated(visit: Int, evaluation: String?, supervisorView: String?)
    case activityStarted(kind: ActivityKind, organisation: Organisation, start: Day, plannedEnd: Day?)
    case activityEnded(activity: Int, date: Day, outcome: ActivityOutcome)
    case workplaceAdded(WorkplaceChange)
    case workplaceUpdated(workplace: Int, WorkplaceChange)
    case kanalenLogged(activity: KanalenActivity, date: Day, minutes: Int?)
    case intensifiedSupport(date: Day, on: Bool)
    case aKassaChecked(status: AKassaStatus, date: Day)

    /// The journal's type names, the only place they are written.
    public enum Kind: String, CaseIterable, Sendable {
        case stageMoved = "stage.moved"
        case placementChanged = "placement.changed"
        case checklistTicked = "checklist.ticked"
        case checklistUnticked = "checklist.unticked"
        case checklistItemAdded = "checklist.item.added"
        case checklistItemRemoved = "checklist.item.removed"
        case visitRecorded = "visit.recorded"
        case visitEvaluated = "visit.evaluated"
        case activityStarted = "activity.started"
        case activityEnded = "activity.ended"
        case workplaceAdded = "workplace.added"
        case workplaceUpdated = "workplace.updated"
        case kanalenLogged = "kanalen.logged"
        case intensifiedSupport = "support.intensified"
        case aKassaChecked = "akassa.checked"
    }

    public var kind: Kind {
        switch self {
        case .stageMoved: return .stageMoved
        case .placementChanged: return .placementChanged
        case .checklistTicked: return .checklistTicked
        case .checklistUnticked: return .checklistUnticked
        case .checklistItemAdded: return .checklistItemAdded
        case .checklistItemRemoved: return .checklistItemRemoved
        case .visitRecorded: return .visitRecorded
        case .visitEvaluated: return .visitEvaluated
        case .activityStarted: return .activityStarted
        case .activityEnded: return .activityEnded
        case .workplaceAdded: return .workplaceAdded
        case .workplaceUpdated: return .workplaceUpdated
        case .kanalenLogged: return .kanalenLogged
        case .intensifiedSupport: return .intensifiedSupport
        case .aKassaChecked: return .aKassaChecked
        }
    }
}

/// A move on the stage board. Into Kanalen it names the placement; into Havet, the income.
public struct StageMoveRecord: Equatable, Sendable {
    public var to: Stage
    public var date: Day
    public var reason: String?
    public var income: Income?
    public var placement: Int?
    public var placementEnd: Day?

    public init(to: Stage, date: Day, reason: String? = nil, income: Income? = nil, placement: Int? = nil, placementEnd: Day? = nil) {
        self.to = to
        self.date = date
        self.reason = reason
        self.income = income
        self.placement = placement
        self.placementEnd = placementEnd
    }
}
