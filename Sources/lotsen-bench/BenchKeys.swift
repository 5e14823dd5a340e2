import Foundation
import LotsenJournal
import LotsenWorkspace

/// A sealed journal's master key as `lotsen` finds it for a personal journal: the key file
/// in `$XDG_CONFIG_HOME/lotsen/` (else `~/.config/lotsen/`), or `LOTSEN_PASSPHRASE`.
enum BenchKeys {
    static var master: MasterKey? {
        let env = ProcessInfo.processInfo.environment
        if let phrase = env["LOTSEN_PASSPHRASE"], !phrase.isEmpty { return .passphrase(phrase) }
        let config = env["XDG_CONFIG_HOME"] ?? (env["HOME"].map { $0 + "/.config" } ?? "")
        guard let data = FileManager.default.contents(atPath: config + "/lotsen/master.key"), data.count == 32 else { return nil }
        return .file([UInt8](data))
    }

    static func environment(_ env: Workspace.Environment) -> Workspace.Environment {
        var env = env
        env.master = master
        return env
    }

    /// The journal's data keys, for decoding records outside a workspace.
    static func ring(_ path: String) -> KeyRing? {
        let paths = JournalPaths(journal: path)
        guard KeyStore.exists(paths) else { return nil }
        return try? KeyStore.read(paths, master: master)
    }
}
