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
