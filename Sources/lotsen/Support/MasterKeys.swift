import Foundation
import Glibc
import LotsenJournal
import LotsenText
import LotsenWorkspace

/// Where the master key of a sealed journal's key store comes from (docs/privacy.md,
/// "Encryption at rest"): a key file kept apart from the journal's directory — the
/// caseworker's config (`$XDG_CONFIG_HOME/lotsen/master.key`), or on a shared desk the
/// gateway's (`/var/lib/lotsen/NAME.master.key`) — or a passphrase, from
/// `LOTSEN_PASSPHRASE` or asked on the terminal.
enum MasterKeys {
    static func personalPath(environment: [String: String]) -> String? {
        Settings.userPath(environment: environment).map { ($0 as NSString).deletingLastPathComponent + "/master.key" }
    }

    /// The key file that belongs with `global`'s journal, whether or not it exists.
    static func keyFilePath(_ global: GlobalOptions) -> String? {
        if let system = try? global.systemJournal() { return system.masterKey }
        return personalPath(environment: global.environment)
    }

    /// What the journal's key store asks for; nil for a journal in the clear, or when
    /// it cannot be had (the store then says what is missing).
    static func forOpening(_ paths: JournalPaths, _ global: GlobalOptions, store: JournalStore? = nil) -> MasterKey? {
        let paths = store == nil ? (try? paths.canonical()) ?? paths : paths
        switch KeyStore.kind(paths, store: store) {
        case nil: return nil
        case "scrypt": return passphrase(global, confirm: false).map(MasterKey.passphrase)
        default: return keyFilePath(global).flatMap(KeyFile.load).map(MasterKey.file)
        }
    }

    /// For a new journal: a passphrase when asked for, else the key file (made if none).
    static func forCreating(_ global: GlobalOptions, passphrase asked: Bool) throws -> MasterKey {
        if asked {
            guard let phrase = passphrase(global, confirm: true) else { throw CommandFailure.usage(global.language.keys.noPassphrase) }
            return .passphrase(phrase)
        }
        guard let path = keyFilePath(global) else { throw CommandFailure.journal(global.language.keys.noKeyFilePlace) }
        if let key = KeyFile.load(path) { return .file(key) }
        guard let key = KeyFile.make(MasterKey.newKeyFile(), at: path, environment: global.environment) else {
            throw CommandFailure.journal(global.language.keys.cannotWriteKeyFile(path))
        }
        return .file(key)
    }

    /// Asked once per process.
    nonisolated(unsafe) private static var asked: String?

    /// - Parameter fresh: a new passphrase (rotating): `LOTSEN_NEW_PASSPHRASE`, or asked.
    static func passphrase(_ global: GlobalOptions, confirm: Bool, fresh: Bool = false) -> String? {
        if fresh {
            if let given = global.environment["LOTSEN_NEW_PASSPHRASE"], !given.isEmpty { return given }
        } else if let asked {
            return asked
        }
        if !fresh, let given = global.environment["LOTSEN_PASSPHRASE"], !given.isEmpty {
            asked = given
            return given
        }
        guard let first = read(prompt: global.language.keys.passphrasePrompt), !first.isEmpty else { return nil }
        if confirm {
            guard read(prompt: global.language.keys.passphraseAgain) == first else {
                FileHandle.standardError.write(Data((global.language.keys.passphrasesDiffer + "\n").utf8))
                return nil
            }
        }
        if !fresh { asked = first }
        return first
    }

    /// A line from the terminal without echo; nil when there is no terminal.
    private static func read(prompt: String) -> String? {
        let fd = open("/dev/tty", O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var old = termios()
        guard tcgetattr(fd, &old) == 0 else { return nil }
        var silent = old
        silent.c_lflag &= ~tcflag_t(ECHO)
        _ = prompt.withCString { write(fd, $0, strlen($0)) }
        tcsetattr(fd, TCSAFLUSH, &silent)
        defer {
            tcsetattr(fd, TCSAFLUSH, &old)
            _ = write(fd, "\n", 1)
        }
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while Glibc.read(fd, &byte, 1) == 1, byte != 0x0A { line.append(byte) }
        return String(decoding: line, as: UTF8.self)
    }
}

