import Foundation
import LotsenCalendar
import LotsenJournal

/// Names of files kept beside the journal (`.repaired-`, `.damaged-`, `.before-restore-`,
/// `.before-encryption-`): the moment to the second, and a suffix when a second try in the
/// same second would take a name that is in use.
enum FileStamp {
    /// `20261203113000`, or `20261203113000-2` … while `taken` says the stamp is in use.
    static func free(at now: Timestamp, taken: (String) -> Bool) -> String {
        let second = String(now.description.filter(\.isNumber).prefix(14))
        var stamp = second
        var attempt = 1
        while taken(stamp) {
            attempt += 1
            stamp = second + "-\(attempt)"
        }
        return stamp
    }

    /// What each command that keeps an old journal beside the new one names it.
    static let repaired = ".repaired-", damaged = ".damaged-", beforeRestore = ".before-restore-",
               beforeEncryption = ".before-encryption-"
    static let setAsideSuffixes = [repaired, damaged, JournalPaths.brokenSuffix, beforeRestore, beforeEncryption]

    /// The journals kept beside `path`: what a purge does not reach (an unencrypted one
    /// before `migrate --encrypt` holds everyone in the clear).
    static func setAside(beside path: String) -> [String] {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        let base = url.lastPathComponent
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { name in setAsideSuffixes.contains { name.hasPrefix(base + $0) } }.sorted().map { dir + "/" + $0 }
    }

    /// `path + suffix + stamp`, free.
    static func beside(_ path: String, _ suffix: String, at now: Timestamp) -> String {
        path + suffix + free(at: now) { FileManager.default.fileExists(atPath: path + suffix + $0) }
    }
}
