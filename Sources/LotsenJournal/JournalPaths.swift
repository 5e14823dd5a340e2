import LotsenCalendar
/// Where a journal and its companion files live. The lock and head files sit beside the
/// journal so that every process that opens the same path agrees on them.
public struct JournalPaths: Sendable, Equatable {
    public var journal: String

    public init(journal: String) { self.journal = journal }

    public var lock: String { journal + ".lock" }
    public var head: String { journal + ".head" }
    /// A sealed journal's key store (LotsenWorkspace's `KeyStore`).
    public var keys: String { journal + ".keys" }
    public var directory: String {
        guard let slash = journal.lastIndex(of: "/") else { return "." }
        let dir = String(journal[..<slash])
        return dir.isEmpty ? "/" : dir
    }
    /// The journal's own name, without its directory.
    public var fileName: String {
        journal.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? journal
    }

    /// What a torn tail moved aside is named after the journal's name.
    public static let brokenSuffix = ".broken-"

    /// Where a torn tail found at `time` is moved.
    public func broken(at time: Timestamp, attempt: Int) -> String {
        var stamp = time.description.filter { $0 != "-" && $0 != ":" }
        if let dot = stamp.firstIndex(of: ".") { stamp = String(stamp[..<dot]) + "Z" }
        return journal + Self.brokenSuffix + stamp + (attempt > 0 ? "-\(attempt + 1)" : "")
    }

    /// The default journal: `--journal`, then `LOTSEN_JOURNAL`, then
    /// `$XDG_DATA_HOME/lotsen/journal.jsonl`, then `~/.local/share/lotsen/journal.jsonl`.
    /// The environment is passed in so that tests never read the real home.
    public static func resolve(explicit: String?, environment: [String: String]) -> JournalPaths? {
        if let explicit, !explicit.isEmpty { return JournalPaths(journal: explicit) }
        if let fromEnv = environment["LOTSEN_JOURNAL"], !fromEnv.isEmpty { return JournalPaths(journal: fromEnv) }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return JournalPaths(journal: xdg + "/lotsen/journal.jsonl")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return JournalPaths(journal: home + "/.local/share/lotsen/journal.jsonl")
        }
        return nil
    }
}
