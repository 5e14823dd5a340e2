import LotsenCalendar

/// What a caseworker asks for, as typed. `CommandPlanner` checks it against the state
/// and turns it into events; nothing is written unless every check passes.
public enum Command: Equatable, Sendable {
    case addCaseworker(initials: String, name: String, organisation: String)
    case register(RegistrationInput)
    case update(ParticipantID, RegistrationInput)
    case giveConsent(ParticipantID, date: String?, organisations: [String])
    case withdrawConsent(ParticipantID, date: String?)
    case assignResponsibility(ParticipantID, organisation: String, caseworker: String, date: String?)
    case addNote(ParticipantID, kind: String?, text: String, corrects: Int?)
    case exit(ParticipantID, date: String?, reason: String, occupation: String?)
    case reregister(ParticipantID, date: String?)
    // The programme: `CommandPlanner+Programme.swift`.
    case move(ParticipantID, MoveInput)
    case changePlacement(ParticipantID, workplace: String, date: String?, plannedEnd: String?)
    case tickChecklist(ParticipantID, items: [String], date: String?, undo: Bool)
    case addChecklistItem(label: String)
    case removeChecklistItem(String)
    case recordVisit(ParticipantID, workplace: String, date: String?, fullDay: Bool, evaluation: String?, supervisorView: String?)
    case evaluateVisit(ParticipantID, visit: Int, evaluation: String?, supervisorView: String?)
    case startActivity(ParticipantID, kind: String, organisation: String?, start: String?, plannedEnd: String?)
    case endActivity(ParticipantID, activity: Int, date: String?, outcome: String)
    case addWorkplace(WorkplaceInput)
    case updateWorkplace(String, WorkplaceInput)
    case logKanalen(ParticipantID, activity: String, date: String?, hours: String?)
    case setIntensifiedSupport(ParticipantID, on: Bool, date: String?)
    case checkAKassa(ParticipantID, status: String, date: String?)
}

/// A move on the stage board as typed.
public struct MoveInput: Equatable, Sendable {
    public var to: String
    public var date: String?
    /// Required for a move back.
    public var reason: String?
    /// Into Kanalen: the workplace (its number or name), and optionally the planned end.
    public var placement: String?
    public var placementEnd: String?
    /// Into Havet: the kind of income and, for work, the job.
    public var income: String?
    public var occupation: String?
    public var employer: String?
    public var employmentForm: String?

    public init(to: String, date: String? = nil, reason: String? = nil, placement: String? = nil, placementEnd: String? = nil,
                income: String? = nil, occupation: String? = nil, employer: String? = nil, employmentForm: String? = nil) {
        self.to = to
        self.date = date
        self.reason = reason
        self.placement = placement
        self.placementEnd = placementEnd
        self.income = income
        self.occupation = occupation
        self.employer = employer
        self.employmentForm = employmentForm
    }
}

/// A registration (or, for `update`, the changed fields) as text. Unset means "not given".
public struct RegistrationInput: Equatable, Sendable {
    public var personnummer: String?
    public var firstName: String?
    public var lastName: String?
    public var gender: String?
    public var phones: [String] = []
    public var email: String?
    public var registered: String?
    public var referral: String?
    public var bornAbroad: String?
    public var disability: String?
    public var afCategory: String?
    public var gradesComplete: String?
    public var incomeSupport: String?
    public var background: String?

    public init() {}
}

/// An event ready to append: what, and about whom.
public struct PlannedEvent: Equatable, Sendable {
    public var event: Event
    public var subject: ParticipantID?
}
