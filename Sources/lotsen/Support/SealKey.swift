import Foundation
import LotsenJournal
import LotsenWorkspace

/// The key this caseworker's snapshots are sealed with (`SnapshotSeal`): 32 random
/// bytes in `$XDG_CONFIG_HOME/lotsen/seal.key` (or `~/.config/lotsen/seal.key`), 0600 in
/// a 0700 directory — outside the journal's directory, so that whoever can write there
/// cannot also make a seal. Made on first use; none when there is no config directory.
enum SealKey {
    static func path(environment: [String: String]) -> String? {
        Settings.userPath(environment: environment).map { ($0 as NSString).deletingLastPathComponent + "/seal.key" }
    }

    static func load(environment: [String: String], create: Bool) -> [UInt8]? {
        guard let path = path(environment: environment) else { return nil }
        return load(path: path, create: create, environment: environment)
    }

    /// A shared desk's key: `/var/lib/lotsen/NAME.seal.key`, the service user's, made by `setup`.
    static func load(path: String) -> [UInt8]? { KeyFile.load(path) }

    private static func load(path: String, create: Bool, environment: [String: String]) -> [UInt8]? {
        if let key = KeyFile.load(path) { return key }
        return create ? KeyFile.make(SnapshotSeal.newKey(), at: path, environment: environment) : nil
    }
}
