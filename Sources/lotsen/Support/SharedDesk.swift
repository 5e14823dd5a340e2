import CProcessGuard
import Foundation
import Glibc
import LotsenPostgres
import LotsenText

/// The shared desk (docs/architecture.md, "The shared desk"): one host, a login per
/// caseworker, and a system journal that only Lotsen opens. `lotsen` is installed
/// set-user-ID to the `lotsen` system user; the journal's directory is that user's, 0700.
/// The kernel says who runs it (the real user id), so identity comes from the login, not
/// from a flag, and nobody reads or writes the files but through Lotsen's rules.
enum SharedDesk {
    /// Compiled in, never taken from the environment or the command line: a caller must
    /// not be able to point the gateway at another configuration.
    static let configDirectory = "/etc/lotsen"
    static let dataDirectory = "/var/lib/lotsen"
    static let serviceUser = "lotsen"

    /// Running set-user-ID (or set-group-ID): the real user is the caseworker at the
    /// keyboard, the effective one is Lotsen's.
    static var isGateway: Bool { getuid() != geteuid() || getgid() != getegid() }

    /// The environment a gateway keeps: the language, the terminal and colour. Everything
    /// else — `LOTSEN_*` (a journal, an author, a pinned day), `XDG_*`, `HOME`, `TZ`
    /// (a zone file path) — is removed before anything reads it.
    static let keptVariables: Set<String> = ["LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "TERM", "NO_COLOR",
                                             "COLUMNS", "LINES"]

    /// First thing in `main`: as a gateway, no core dump and no ptrace by the caller (the
    /// kernel already makes a set-ID process undumpable; this says so), files private by
    /// default, and the environment cut down to `keptVariables`.
    static func harden() {
        guard isGateway else { return }
        _ = lotsen_undumpable()
        var none = rlimit(rlim_cur: 0, rlim_max: 0)
        _ = setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &none)
        umask(0o077)
        var names: [String] = []
        var p = environ
        while let entry = p.pointee {
            let text = String(cString: entry)
            if let eq = text.firstIndex(of: "=") { names.append(String(text[..<eq])) }
            p += 1
        }
        for name in names where !keptVariables.contains(name) { unsetenv(name) }
    }

    /// The login of the real user, from the password database: who is at the keyboard.
    static func callerLogin() -> String? {
        guard let pw = getpwuid(getuid()) else { return nil }
        return String(cString: pw.pointee.pw_name)
    }

    /// The caller's home directory, from the password database (never `HOME`).
    static func callerHome() -> String? {
        guard let pw = getpwuid(getuid()) else { return nil }
        return String(cString: pw.pointee.pw_dir)
    }

    /// A system journal, named by `/etc/lotsen/NAME.conf` (`journal=/var/lib/lotsen/NAME/journal.jsonl`,
    /// or `journal=postgresql://…` for one kept in a database: the gateway connects as the
    /// `lotsen` user's role, a Lotsen administrator's, and the login says who signs).
    struct Config: Equatable {
        var name: String
        var journal: String
        /// The key the snapshot is sealed with: beside the journal's directory, the service user's.
        var sealKey: String { SharedDesk.dataDirectory + "/" + name + ".seal.key" }
        /// The key file that unlocks the journal's key store: the service user's, outside
        /// the journal's directory (so not in its backups).
        var masterKey: String { SharedDesk.dataDirectory + "/" + name + ".master.key" }
        /// Where the desk keeps its own files for a journal in a database (the snapshot):
        /// in its own directory, the service user's.
        var cache: String { SharedDesk.dataDirectory + "/" + name + "/cache" }
    }

    enum Problem: Error, Equatable {
        /// No journal is configured on this host.
        case noneConfigured
        /// Several are: the caller must name one.
        case chooseOne([String])
        /// No such name; or a path was given where a name is asked for.
        case unknown(String)
        /// The configuration file could be changed by someone other than root.
        case unsafe(String)
    }

    /// A name is letters, digits, `-` and `_`: never a path.
    static func isName(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 64 && text.utf8.allSatisfy { c in
            (0x61...0x7A).contains(c) || (0x41...0x5A).contains(c) || (0x30...0x39).contains(c) || c == 0x2D || c == 0x5F
        }
    }

    static func configPath(_ name: String) -> String { configDirectory + "/" + name + ".conf" }

    /// Every configured journal's name.
    static func names() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: configDirectory)) ?? []
        return files.filter { $0.hasSuffix(".conf") }.map { String($0.dropLast(5)) }.filter(isName).sorted()
    }

    /// The journal `name` names, or the only one configured. The file must be root's and
    /// writable by nobody else, in a directory that is root's and writable by nobody else.
    static func config(named name: String?) -> Result<Config, Problem> {
        let chosen: String
        if let name {
            guard isName(name) else { return .failure(.unknown(name)) }
            chosen = name
        } else {
            let all = names()
            guard !all.isEmpty else { return .failure(.noneConfigured) }
            guard all.count == 1 else { return .failure(.chooseOne(all)) }
            chosen = all[0]
        }
        let path = configPath(chosen)
        for checked in [configDirectory, path] {
            var st = stat()
            guard lstat(checked, &st) == 0 else { return .failure(.unknown(chosen)) }
            guard st.st_uid == 0, st.st_mode & 0o022 == 0, (st.st_mode & S_IFMT) != S_IFLNK else { return .failure(.unsafe(checked)) }
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return .failure(.unknown(chosen)) }
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            // A file's path, or the database the desk's journal is kept in (libpq URI).
            if parts.count == 2, parts[0] == "journal", parts[1].hasPrefix("/") || PostgresLocation.isDatabase(parts[1]) {
                return .success(Config(name: chosen, journal: parts[1]))
            }
        }
        return .failure(.unknown(chosen))
    }

    /// The system journal this process works on, once chosen.
    nonisolated(unsafe) static var chosen: Config?

    /// The caseworker the caller's login is mapped to, once the journal has said.
    nonisolated(unsafe) static var callerInitials: String?

    /// Root working on a system journal becomes the service user for good, so that every
    /// file it makes there is Lotsen's and nothing else it does has root's rights.
    static func becomeService(language: Language) throws {
        guard geteuid() == 0 else { return }
        guard let pw = getpwnam(serviceUser) else { throw CommandFailure.journal(language.shared.noServiceUser) }
        let (uid, gid) = (pw.pointee.pw_uid, pw.pointee.pw_gid)
        guard setgroups(0, nil) == 0, setgid(gid) == 0, setuid(uid) == 0 else {
            throw CommandFailure.journal(language.shared.noServiceUser)
        }
    }

    /// Runs `body` with the caller's own rights, so that a file written for them (an
    /// export, `--output`) is theirs, in a place they may write — never Lotsen's.
    static func asCaller<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        guard isGateway else { return try body() }
        let (uid, gid) = (geteuid(), getegid())
        guard setegid(getgid()) == 0, seteuid(getuid()) == 0 else { fatalError("cannot take the caller's rights") }
        defer {
            // The saved set-user-ID lets the gateway take its own rights back.
            _ = seteuid(uid)
            _ = setegid(gid)
        }
        return try body()
    }
}

extension SharedDeskWords {
    func problem(_ p: SharedDesk.Problem) -> String {
        switch p {
        case .noneConfigured: return noneConfigured
        case .chooseOne(let names): return chooseOne(names)
        case .unknown(let name): return unknownJournal(name)
        case .unsafe(let path): return unsafe(path)
        }
    }
}
