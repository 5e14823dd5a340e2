import Foundation
import LotsenCalendar

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

    /// `path + suffix + stamp`, free.
    static func beside(_ path: String, _ suffix: String, at now: Timestamp) -> String {
        path + suffix + free(at: now) { FileManager.default.fileExists(atPath: path + suffix + $0) }
    }
}
