import LotsenCalendar

/// What happens to a participant as a person: registration, profile, consent,
/// responsibility, notes, leaving and coming back. Payloads: `ParticipantEvent+JSON.swift`.
public enum ParticipantEvent: Equatable, Sendable {
    case participantRegistered(ParticipantRegistered)
    case participantUpdated(ParticipantUpdate)
    case consentGiven(date: Day, organisations: [Organisation])
    case consentWithdrawn(date: Day)
    case responsibilityAssigned(organisation: Organisation, caseworker: String, date: Day)
    case noteAdded(kind: NoteKind, text: String, corrects: Int?)
    case participantExited(date: Day, reason: ExitReason, occupation: String?)
    case participantReregistered(date: Day)
    /// Protected personal data (skyddade personuppgifter) marked or unmarked: the
    /// identity is hidden from all but the responsible caseworkers (docs/privacy.md).
    case protectionSet(on: Bool)

    /// The journal's type names, the only place they are written.
    public enum Kind: String, CaseIterable, Sendable {
        case participantRegistered = "participant.registered"
        case participantUpdated = "participant.updated"
        case consentGiven = "consent.given"
        case consentWithdrawn = "consent.withdrawn"
        case responsibilityAssigned = "responsibility.assigned"
        case noteAdded = "note.added"
        case participantExited = "participant.exited"
        case participantReregistered = "participant.reregistered"
        case protectionSet = "participant.protected"
    }

    public var kind: Kind {
        switch self {
        case .participantRegistered: return .participantRegistered
        case .participantUpdated: return .participantUpdated
        case .consentGiven: return .consentGiven
        case .consentWithdrawn: return .consentWithdrawn
        case .responsibilityAssigned: return .responsibilityAssigned
        case .noteAdded: return .noteAdded
        case .participantExited: return .participantExited
        case .participantReregistered: return .participantReregistered
        case .protectionSet: return .protectionSet
        }
    }
}

public struct ParticipantRegistered: Equatable, Sendable {
    public var personnummer: Personnummer
    public var profile: ParticipantProfile
    public var registered: Day

    public init(personnummer: Personnummer, profile: ParticipantProfile, registered: Day) {
        self.personnummer = personnummer
        self.profile = profile
        self.registered = registered
    }
}

/// Changed fields only; nil leaves a field as it was. An empty e-mail or background
/// clears that field.
public struct ParticipantUpdate: Equatable, Sendable {
    public var personnummer: Personnummer?
    public var firstName: String?
    public var lastName: String?
    public var gender: Gender?
    public var phones: [String]?
    public var email: String?
    public var referral: Referral?
    public var bornAbroad: Bool?
    public var disability: Bool?
    public var afCategory: AFCategory?
    public var gradesComplete: Bool?
    public var incomeSupport: Bool?
    public var background: String?

    public init() {}

    /// Every field of a profile, as an update.
    public init(_ p: ParticipantProfile) {
        firstName = p.firstName
        lastName = p.lastName
        gender = p.gender
        phones = p.phones
        email = p.email
        referral = p.referral
        bornAbroad = p.bornAbroad
        disability = p.disability
        afCategory = p.afCategory
        gradesComplete = p.gradesComplete
        incomeSupport = p.incomeSupport
        background = p.background
    }

    public var isEmpty: Bool { self == ParticipantUpdate() }
}
