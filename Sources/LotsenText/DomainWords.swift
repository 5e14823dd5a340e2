import LotsenCalendar
import LotsenCore

/// Words for the domain: field names, the values of each kind, and why a command was
/// refused. One implementation per language.
public protocol DomainWords {
    static func field(_ f: Field) -> String
    static func gender(_ g: Gender) -> String
    static func referral(_ r: Referral) -> String
    static func afCategory(_ c: AFCategory) -> String
    static func exitReason(_ r: ExitReason) -> String
    static func noteKind(_ k: NoteKind) -> String
    static func yesNo(_ b: Bool?) -> String
    static func clock(_ s: NinetyDayClock.Status) -> String
    static func error(_ e: DomainError, names: (ParticipantID) -> String) -> String
    static func personnummer(_ e: PersonnummerError) -> String
    static func label(_ l: Label) -> String
    /// One line saying what an entry recorded, for the register extract.
    static func describe(_ e: Event) -> String
}

/// Headings and short words on cards and lists.
public enum Label: Sendable, CaseIterable {
    case id, name, age, years, status, active, exited, consent, noConsent, consentWithdrawn, responsible, none
    case notes, ninetyDays, period, corrected, by, caseworkers, participants, organisationsAll
}

extension Language {
    public var domain: any DomainWords.Type {
        switch self {
        case .sv: return DomainSwedish.self
        case .en: return DomainEnglish.self
        }
    }
}

extension Organisation {
    /// Organisations are named by their codes in both languages.
    public var label: String { code }
}
