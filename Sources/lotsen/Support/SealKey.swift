import Foundation
import LotsenJournal
import LotsenWorkspace

/// The key this caseworker's snapshots are sealed with (`SnapshotSeal`): 32 random
/// bytes in `$XDG_CONFIG_HOME/lotsen/seal.key` (or `~/.config/lotsen/seal.key`), 0600 in
/// a 0700 directory — outside the journal's directory, so that whoever can write there
/// cannot also make a seal. Made on first use; none when there is no config directory.
enum SealKey {
    static func path(environment: [String: String]) -> String? {
        AuthorConfig.path(environment: environment).map { ($0 as NSString).deletingLastPathComponent + "/seal.key" }
    }

    static func load(environment: [String: String], create: Bool) -> [UInt8]? {
        guard let path = path(environment: environment) else { return nil }
        return load(path: path, create: create, environment: environment)
    }

    /// A shared desk's key: `/var/lib/lotsen/NAME.seal.key`, the service user's, made by `setup`.
    static func load(path: String) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: path), data.count == 32 else { return nil }
        return [UInt8](data)
    }

    private static func load(path: String, create: Bool, environment: [String: String]) -> [UInt8]? {
        if let key = load(path: path) { return key }
        guard create else { return nil }
        let key = SnapshotSeal.newKey()
        let dir = (path as NSString).deletingLastPathComponent
        // Only inside a config directory that exists (or was named by XDG_CONFIG_HOME):
        // never a home directory made up out of a HOME that is not there.
        var isDirectory: ObjCBool = false
        let base = (dir as NSString).deletingLastPathComponent
        guard environment["XDG_CONFIG_HOME"]?.hasPrefix("/") == true
                || (FileManager.default.fileExists(atPath: base, isDirectory: &isDirectory) && isDirectory.boolValue)
        else { return nil }
        do {
            try PrivateFile.ensureDirectory(dir)
            // Refuse, never replace: two processes making a key at once keep the first.
            try PrivateFile.write(key, to: path, existing: .refuse)
        } catch {
            return load(path: path)
        }
        return key
    }
}
