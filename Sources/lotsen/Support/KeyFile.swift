import Foundation
import LotsenJournal

/// A 32-byte key kept in a file of its own outside the journal's directory (the seal key,
/// the master key), 0600 in a 0700 directory.
enum KeyFile {
    static func load(_ path: String) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: path), data.count == 32 else { return nil }
        return [UInt8](data)
    }

    /// Writes `key` to `path` unless a key is there: refuse, never replace (a key written
    /// over loses what it opened), and two processes making one at once keep the first.
    /// Only inside a home directory that exists (or a config directory named by
    /// XDG_CONFIG_HOME): never a home made up out of a HOME that is not there. A new login's
    /// `~/.config` is made (0700), as a new caseworker's first `lotsen demo` needs. The key
    /// the file holds; nil when it cannot be written.
    static func make(_ key: [UInt8], at path: String, environment: [String: String]) -> [UInt8]? {
        let dir = (path as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        let base = (dir as NSString).deletingLastPathComponent
        let home = (base as NSString).deletingLastPathComponent
        guard environment["XDG_CONFIG_HOME"]?.hasPrefix("/") == true
                || (FileManager.default.fileExists(atPath: home, isDirectory: &isDirectory) && isDirectory.boolValue)
        else { return nil }
        do {
            if !FileManager.default.fileExists(atPath: base) { try PrivateFile.ensureDirectory(base) }
            try PrivateFile.ensureDirectory(dir)
            try PrivateFile.write(key, to: path, existing: .refuse)
        } catch {
            return load(path)
        }
        return key
    }
}
