import LotsenCalendar

/// The programme's way through, as Bilaga 1 of the Hällefors agreement describes it:
/// Slussen (introduction, action plan, study visits), Kanalen (work at a placement while
/// preparing to leave) and Havet (own income: work, studies or A-kassa).
public enum Stage: String, Sendable, CaseIterable, Comparable {
    case introduction = "slussen-1"
    case actionPlan = "slussen-2"
    case studyVisits = "slussen-3"
    case kanalen
    case havet

    public var index: Int { Stage.allCases.firstIndex(of: self)! }
    public static func < (a: Stage, b: Stage) -> Bool { a.index < b.index }

    /// The three columns of the board; Slussen holds the first three steps.
    public enum Column: Sendable, CaseIterable { case slussen, kanalen, havet }

    public var column: Column {
        switch self {
        case .introduction, .actionPlan, .studyVisits: return .slussen
        case .kanalen: return .kanalen
        case .havet: return .havet
        }
    }

    public var next: Stage? { Stage.allCases.indices.contains(index + 1) ? Stage.allCases[index + 1] : nil }
    public var previous: Stage? { index > 0 ? Stage.allCases[index - 1] : nil }

    /// What people type: the code, a step number, or the Swedish or English name.
    public init?(code: String) {
        switch TextFolding.code(code) {
        case "slussen-1", "1", "slussen", "introduktion", "introduction", "intro": self = .introduction
        case "slussen-2", "2", "handlingsplan", "action-plan", "plan": self = .actionPlan
        case "slussen-3", "3", "studiebesok", "study-visits", "visits": self = .studyVisits
        case "kanalen", "4", "kanal": self = .kanalen
        case "havet", "5", "hav": self = .havet
        default: return nil
        }
    }

    public static let codes = ["slussen-1", "slussen-2", "slussen-3", "kanalen", "havet"]
}

/// What a person lives on after Havet.
public enum IncomeKind: String, Sendable, CaseIterable {
    case work, studies, unemploymentFund = "a-kassa"

    public init?(code: String) {
        switch TextFolding.code(code) {
        case "work", "arbete", "jobb": self = .work
        case "studies", "studier": self = .studies
        case "a-kassa", "akassa", "unemployment-fund": self = .unemploymentFund
        default: return nil
        }
    }

    public static let codes = ["arbete", "studier", "a-kassa"]
}

/// The own income recorded when someone moves into Havet.
public struct Income: Equatable, Sendable {
    public var kind: IncomeKind
    /// For work: the occupation, the employer and the form of employment.
    public var occupation: String?
    public var employer: String?
    public var employmentForm: String?

    public init(kind: IncomeKind, occupation: String? = nil, employer: String? = nil, employmentForm: String? = nil) {
        self.kind = kind
        self.occupation = occupation
        self.employer = employer
        self.employmentForm = employmentForm
    }

    /// The job's particulars that were given: occupation, employer, form of employment.
    public var particulars: [String] { [occupation, employer, employmentForm].compactMap { $0 } }
}

/// Whether the person is a member of an unemployment fund (A-kassa). Some forms of
/// employment in the programme give no right to it; those people need extra support to
/// find another income.
public enum AKassaStatus: String, Sendable, CaseIterable {
    case member, notMember = "not-member", noRight = "no-right"

    public init?(code: String) {
        switch TextFolding.code(code) {
        case "member", "medlem", "ja": self = .member
        case "not-member", "ej-medlem", "inte-medlem", "nej": self = .notMember
        case "no-right", "ingen-ratt", "ej-ratt": self = .noRight
        default: return nil
        }
    }

    public static let codes = ["medlem", "ej-medlem", "ingen-rätt"]

    /// Anything but membership asks for extra support.
    public var needsSupport: Bool { self != .member }
}

/// One move on the board: where to, when, who, and why (a move back needs a reason).
public struct StageMove: Equatable, Sendable {
    public var to: Stage
    public var date: Day
    public var reason: String?
    public var income: Income?
    public var stamp: EntryStamp
    /// Whether the move ended a placement (leaving Kanalen): undoing it resumes that one.
    public var endedPlacement = false
}
