import LotsenCalendar

/// How long a journal keeps a person's records before gallring (docs/privacy.md,
/// "Gallring"). Municipalities' document plans differ, so the coordinator sets them per
/// journal; until they are set nobody is due.
public struct RetentionRules: Equatable, Sendable {
    /// Whole years kept after the start.
    public var years: Int
    public var start: RetentionStart
    /// The research exception: people born on the 5th, 15th or 25th are kept (the
    /// archives' sample for research, "födda den 5:e, 15:e och 25:e").
    public var researchException: Bool
    /// A purge needs a second person: one proposes, another (an administrator) approves.
    public var secondPerson: Bool
    /// How many days backups are kept: a purge takes full effect only when the backups
    /// made before it are gone, so `lotsen backup --list` marks older ones. Nil: not said.
    public var backupDays: Int?

    public init(years: Int, start: RetentionStart, researchException: Bool, secondPerson: Bool, backupDays: Int? = nil) {
        self.years = years
        self.start = start
        self.researchException = researchException
        self.secondPerson = secondPerson
        self.backupDays = backupDays
    }

    /// The days a coordinator may say backups are kept.
    public static let allowedBackupDays = 1...3650

    /// The years a coordinator may choose.
    public static let allowedYears = 1...100
}

/// What the kept years count from.
public enum RetentionStart: String, Equatable, Sendable, CaseIterable {
    /// The last entry of any kind about the person (social services' documentation:
    /// typically five years after the last entry).
    case lastEntry = "last-entry"
    /// The exit (avslut); people still in the programme are never due.
    case exit

    public init?(code: String) {
        switch code.trimmingSpaces.lowercased() {
        case "last-entry", "senaste-anteckning", "senaste": self = .lastEntry
        case "exit", "avslut": self = .exit
        default: return nil
        }
    }
}

extension Personnummer {
    /// Born on the 5th, 15th or 25th: the research exception keeps them.
    public var bornOnResearchDay: Bool { [5, 15, 25].contains(birthDate.parts.day) }
}

extension Timestamp {
    /// The day in UTC: retention counts whole years, where a time zone is at most a day.
    public var utcDay: Day { Day(daysSince1970: Int((millisecondsSince1970 >= 0 ? millisecondsSince1970 : millisecondsSince1970 - 86_399_999) / 86_400_000)) }
}
