import Glibc
import LotsenJournal

/// What the front ends say about the journal file itself. One implementation per
/// language; the protocol makes a missing translation a compile error.
public protocol JournalWords {
    static func damage(_ d: JournalDamage) -> String
    static func tornTail(_ t: TornTail) -> String
    static func readOnly(_ r: ReadOnlyReason) -> String
    static func error(_ e: JournalError) -> String
    /// `lotsen repair`.
    static func repairWritten(path: String, lost: [Int], restored: [Int], relinked: Int) -> String
    static func repairAsk(keptAs: String) -> String
    static func repairApplied(keptAs: String) -> String
    static func repairNotApplied(path: String) -> String
    static var repairSound: String { get }
    static func repairCannot(_ d: JournalDamage) -> String
    static var repairForeignBackup: String { get }
    /// Records left out because of damage; those after them were read.
    static func skipped(first: Int, last: Int) -> String
    /// When the chain a command answered from was last verified from header to end.
    static func checkedWhole(_ when: String) -> String
    static func progress(percent: Int) -> String
    /// What went wrong at the system level, in a few words.
    static func systemProblem(_ p: SystemProblem) -> String
    /// The lines of a verification report: "sound", and the labelled facts.
    static func verificationLine(_ l: VerificationLine) -> String
}

/// The system errors people can act on; anything else is shown as the C library says it.
public enum SystemProblem: Sendable {
    case diskFull, ioError, readOnlyFileSystem, permissionDenied, noSuchFile, notADirectory
    case other(String)

    init(_ e: SystemError) {
        switch e.errno {
        case ENOSPC, EDQUOT: self = .diskFull
        case EIO: self = .ioError
        case EROFS: self = .readOnlyFileSystem
        case EACCES, EPERM: self = .permissionDenied
        case ENOENT: self = .noSuchFile
        case ENOTDIR: self = .notADirectory
        default: self = .other(String(cString: strerror(e.errno)))
        }
    }
}

public enum VerificationLine: Sendable {
    case sound
    case file(String, size: String)
    case journal(String)
    case records(String)
    case headMatches, headBehind(String), headAhead(String), headMissing
    /// The snapshot beside the journal (`lotsen verify`, `--deep`).
    case snapshotMissing, snapshotHolds(String), snapshotEqualsReplay(String)
    case snapshotDamaged, snapshotNotInChain, snapshotDiffers(String), snapshotSealBroken
}

extension JournalWords {
    public static func system(_ e: SystemError) -> String {
        let what = systemProblem(SystemProblem(e))
        return e.path.map { "\(what): \($0)" } ?? what
    }

    /// The report `lotsen verify` prints: the verdict, then the facts.
    public static func verification(_ r: VerificationReport, path: String, _ lang: Language) -> String {
        var lines: [String] = []
        if let d = r.damage { lines.append(damage(d)) }
        else if let t = r.tornTail { lines.append(tornTail(t)) }
        else { lines.append(verificationLine(.sound)) }
        lines.append(verificationLine(.file(path, size: NumberText.bytes(r.bytes, lang))))
        if let id = r.journalID { lines.append(verificationLine(.journal(id))) }
        lines.append(verificationLine(.records(NumberText.integer(max(r.lastSequence, 0), lang))))
        switch r.head {
        case .matches: lines.append(verificationLine(.headMatches))
        case .behind(let s): lines.append(verificationLine(.headBehind(NumberText.integer(s, lang))))
        // After damage the chain stops being counted: the head is then not "past the end".
        case .ahead(let s): if r.damage == nil { lines.append(verificationLine(.headAhead(NumberText.integer(s, lang)))) }
        case .missing: lines.append(verificationLine(.headMissing))
        }
        return lines.joined(separator: "\n")
    }
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
    public static func damage(_ kind: JournalDamage.Kind) -> String { kind.code }
}
