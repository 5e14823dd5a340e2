import LotsenJournal

/// What the front ends say about the journal file itself. One implementation per
/// language; the protocol makes a missing translation a compile error.
public protocol JournalWords {
    static func damage(_ d: JournalDamage) -> String
    static func tornTail(_ t: TornTail) -> String
    static func readOnly(_ r: ReadOnlyReason) -> String
    static func error(_ e: JournalError) -> String
    static func system(_ e: SystemError) -> String
    static func verification(_ r: VerificationReport, path: String) -> String
    static func progress(percent: Int) -> String
}

extension Language {
    public var journal: any JournalWords.Type {
        switch self {
        case .sv: return JournalSwedish.self
        case .en: return JournalEnglish.self
        }
    }
}

/// Stable, language-free names for `--json`.
public enum JournalCodes {
    public static func damage(_ kind: JournalDamage.Kind) -> String {
        switch kind {
        case .unreadable: return "unreadable"
        case .unsupportedVersion: return "unsupported-version"
        case .notAJournal: return "not-a-journal"
        case .outOfOrder: return "out-of-order"
        case .changed: return "changed"
        case .brokenLink: return "broken-link"
        case .batchBroken: return "batch-broken"
        case .missingAtEnd: return "missing-at-end"
        case .damagedLastRecord: return "damaged-last-record"
        case .foreignHead: return "foreign-head"
        case .unreadableHead: return "unreadable-head"
        case .shrank: return "shrank"
        }
    }
}
