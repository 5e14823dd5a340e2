import Foundation
import Glibc
import LotsenCalendar
import LotsenCore
import LotsenJournal
import LotsenPostgres
import LotsenText
import LotsenWorkspace

/// What every command needs, built from the real environment: this is where the
/// clock, the time zone, the file system and the random ids come from.
struct CommandContext {
    let global: GlobalOptions
    /// `--as-of`: the day whose end the answer is as of; it is then "today" too.
    var past: Day?
    var lang: Language { global.language }
    var environment: [String: String] { global.environment }

    /// The one source of "now" and "today" for the CLI and the TUI.
    var clock: LocalClock { processClock ?? .system }

    /// `--as`, then `LOTSEN_AS`, then `as=` in `$XDG_CONFIG_HOME/lotsen/config` (`Settings`).
    var author: String? {
        // On a shared desk the login says who it is (`identifyCaller`), nothing else; on a
        // journal in a database, the database role (`identifyDatabaseRole`).
        if SharedDesk.isGateway { return SharedDesk.callerInitials }
        if let signs = DatabaseRole.signs { return signs }
        return Settings.process.value(.as, commandLine: global.as)?.text.uppercased()
    }

    /// `LOTSEN_NO_SNAPSHOT=1` replays the whole journal and leaves the snapshot alone:
    /// for measuring a full replay, and for ruling the snapshot out when in doubt.
    var usesSnapshots: Bool { environment["LOTSEN_NO_SNAPSHOT"].map { $0.isEmpty || $0 == "0" } ?? true }

    var workspaceEnvironment: Workspace.Environment {
        let clock = self.clock
        var env = Workspace.Environment(author: author, clock: clock.now, today: clock.today, snapshots: usesSnapshots)
        if let system = try? global.systemJournal() {
            env.sealKey = SealKey.load(path: system.sealKey)
        } else {
            env.sealKey = SealKey.load(environment: environment, create: true)
        }
        env.before = past.map(LocalClock.start(ofDayAfter:))
        // A journal in a database: its key store is there, asked for once it is open.
        if global.database == nil, let paths = try? global.journalPaths() { env.master = MasterKeys.forOpening(paths, global) }
        return env
    }

    var today: Day { past ?? clock.today() }

    /// Opens the journal; a whole replay (no snapshot yet) says how far it has come on
    /// the terminal, or through `progress` (the TUI's progress screen).
    func open(_ access: Journal.Access, progress: ((Int, Int) -> Void)? = nil) throws -> Workspace {
        let paths = try global.journalPaths()
        let line = progress == nil ? ProgressLine(.open, lang: lang) : nil
        defer { line?.finish() }
        do {
            let store = try openStore(paths)
            var env = workspaceEnvironment
            env.progress = progress ?? line.map { $0.update }
            if let store { env.master = MasterKeys.forOpening(paths, global, store: store) }
            let (workspace, report) = try Workspace.open(paths, store: store, access: access, env)
            line?.finish()
            if SharedDesk.isGateway {
                try identifyCaller(caseworkers: workspace.state.caseworkers)
                workspace.identify(as: SharedDesk.callerInitials!)
            }
            if let store, let signs = try store.signingAuthor() {
                try identifyDatabaseRole(signs: signs, role: store.role)
                workspace.identify(as: signs)
            }
            if let torn = report.tornTail { Console.error(lang.journal.tornTail(torn)) }
            if access == .readWrite, case .readOnly(let reason) = workspace.journal.status {
                throw CommandFailure.journal(lang.journal.readOnly(reason))
            }
            if let damage = report.damage {
                Console.error(lang.journal.damage(damage))
                for s in report.skipped { Console.error(lang.journal.skipped(first: s.first, last: s.last)) }
                // A script sending the answer on must notice: exit 1 however the command ends.
                ProcessLifetime.answeredFromDamage = true
            }
            if let day = past {
                let end = workspace.opening.pastEnd
                Console.error(lang.past.banner(day, lastEntry: end?.sequence, at: end.map { LocalClock.minute(of: $0.time) }))
            }
            ProcessLifetime.keep(workspace)
            return workspace
        } catch let e as JournalError {
            throw CommandFailure.journal(lang.journal.error(e))
        } catch let e as KeyStore.Problem {
            throw CommandFailure.keys(lang.keys.problem(e, keyFile: MasterKeys.keyFilePath(global)))
        }
    }

    /// The journal's database, when it is in one; its desk's cache directory made ready.
    func openStore(_ paths: JournalPaths) throws -> PostgresJournalStore? {
        guard let database = global.database else { return nil }
        do throws(PrivateFile.Failure) { try DatabaseCache.prepare(paths) } catch {
            let reason = lang.journal.system(error.systemError ?? SystemError(call: "mkdir", path: nil, errno: EIO))
            throw CommandFailure.journal(lang.cli.say(.cannotWrite(path: Quoted.path(error.path), reason: reason)))
        }
        return try PostgresJournalStore(database)
    }

    /// A journal in a database: the database role says who signs (`lotsen.authors`), as a
    /// login does on a shared desk; `--as` may only name the same caseworker.
    func identifyDatabaseRole(signs initials: String, role: String) throws {
        if let claimed = author, Caseworker.key(claimed) != Caseworker.key(initials) {
            throw CommandFailure.usage(lang.database.notYou(claimed: claimed, role: role, initials: initials))
        }
        DatabaseRole.signs = initials
    }

    /// A journal in a database: who the connected role signs as, once it is known. Set once
    /// per process, as `SharedDesk.callerInitials` is.
    enum DatabaseRole {
        nonisolated(unsafe) static var signs: String?
    }

    /// On a shared desk: the caseworker the caller's login is mapped to. An unknown login
    /// gets a message and no data; `--as` may only name the caller.
    func identifyCaller(caseworkers: [String: Caseworker]) throws {
        let w = lang.shared
        let login = SharedDesk.callerLogin() ?? "?"
        guard let me = caseworkers.values.first(where: { $0.login == login }) else {
            throw CommandFailure.journal(w.unknownLogin(login))
        }
        if let claimed = global.as, !claimed.isEmpty, Caseworker.key(claimed) != Caseworker.key(me.initials) {
            throw CommandFailure.usage(w.notYou(claimed: claimed, login: login, initials: me.initials))
        }
        SharedDesk.callerInitials = me.initials
    }

    /// Before a lookup from the snapshot answers: on a shared desk, who the caller is.
    func identified(by lookup: Snapshot.Lookup) throws -> Bool {
        if SharedDesk.isGateway { try identifyCaller(caseworkers: lookup.caseworkers) }
        return true
    }

    /// Runs a command; every refusal becomes a message in the user's language.
    func perform(_ workspace: Workspace, _ commands: [Command],
                 progress: ((_ done: Int, _ total: Int) -> Void)? = nil) throws -> [RecordedEvent] {
        do {
            return try workspace.perform(commands, progress: progress)
        } catch let e as DomainError {
            throw CommandFailure.usage(lang.domain.error(e, names: { label(workspace, $0) }))
        } catch let e as JournalError {
            throw CommandFailure.journal(lang.journal.error(e))
        } catch let e as KeyStore.Problem {
            // The key store could not be written (a full disk): nothing was appended.
            throw CommandFailure.keys(lang.keys.problem(e, keyFile: MasterKeys.keyFilePath(global)))
        }
    }

    func resolve(_ who: String, in workspace: Workspace) throws -> ParticipantID {
        do {
            // Someone with protected personal data is not found by anyone else.
            return try WhoResolver.resolve(who, in: workspace.state, today: today, viewer: author)
        } catch {
            throw CommandFailure.usage(lang.domain.error(error, names: { label(workspace, $0) }))
        }
    }

    /// Refuses work the caller's role does not open (`Role`), before anything is read out.
    func require(_ p: Permission, caseworkers: [String: Caseworker]) throws {
        guard !p.isGranted(to: author, among: caseworkers) else { return }
        let role = author.flatMap { caseworkers[Caseworker.key($0)]?.role } ?? .caseworker
        throw CommandFailure.usage(lang.domain.error(.notPermitted(p, role: role), names: { $0.value }))
    }

    /// `require` in an `if` condition: true, or thrown.
    func permitted(_ p: Permission, caseworkers: [String: Caseworker]) throws -> Bool {
        try require(p, caseworkers: caseworkers)
        return true
    }

    func require(_ p: Permission, in workspace: Workspace) throws { try require(p, caseworkers: workspace.state.caseworkers) }

    /// Records that the caller is shown these people's details (`AccessLog`), before they
    /// are shown: when the look cannot be written, nothing is shown (fail closed).
    func logLook(_ ids: [ParticipantID], _ what: String, via: String, in workspace: Workspace) throws {
        let now = clock.now()
        let entries = ids.map {
            AccessEntry(time: now, login: SharedDesk.callerLogin() ?? "?", caseworker: author, what: what, subject: $0.value, via: via)
        }
        do {
            try AccessLog.append(entries, workspace.journal.paths, store: workspace.journal.store)
        } catch {
            throw CommandFailure.journal(lang.access.cannotLog(lang.journal.system(error)))
        }
    }

    /// A person whose joint programme (stage, activities, plan, tasks) is read: refused
    /// when it is not the caller's to see (docs/privacy.md).
    func resolveShared(_ who: String, in workspace: Workspace) throws -> ParticipantID {
        let id = try resolve(who, in: workspace)
        let d = workspace.state.disclosure(of: workspace.state.participant(id)!, to: author)
        if !d.joint, let viewer = d.viewer {
            throw CommandFailure.usage(lang.domain.error(.notShared(id, home: d.home, viewer: viewer), names: { label(workspace, $0) }))
        }
        return id
    }

    /// A switch as typed (på/av, on/off, ja/nej, yes/no); anything else refused by name.
    func onOff(_ text: String, _ field: Field) throws -> Bool {
        guard let on = Settings.onOff(text) else {
            throw CommandFailure.usage(lang.domain.error(.invalid(field, .notAChoice(text, .onOff)), names: { $0.value }))
        }
        return on
    }

    /// "Anna Berg (20000101-2384, d7k2m9xq)".
    func label(_ workspace: Workspace, _ id: ParticipantID) -> String {
        guard let p = workspace.state.participant(id) else { return id.value }
        // Even a refusal ("already registered") never names a protected identity to others.
        guard workspace.state.findable(id, by: author) else { return "\(lang.privacy.protectedName) (\(id.value))" }
        return "\(p.profile.fullName) (\(p.personnummer.formatted), \(id.value))"
    }
}

/// The per-user file that remembers who is writing (`Settings` reads it).
enum AuthorConfig {
    /// Sets `as=` and keeps every other line of the file as it was.
    static func write(_ initials: String, environment: [String: String]) throws {
        guard let path = Settings.userPath(environment: environment) else { throw CocoaError(.fileNoSuchFile) }
        let dir = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let old = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        var lines = old.split(separator: "\n").map(String.init).filter {
            $0.split(separator: "=", maxSplits: 1).first?.trimmingCharacters(in: .whitespaces).lowercased() != "as"
        }
        lines.append("as=\(initials.uppercased())")
        let data = Data((lines.joined(separator: "\n") + "\n").utf8)
        guard FileManager.default.createFile(atPath: path, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown)
        }
    }
}

/// A value kept by `ProcessLifetime`.
final class Kept<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Objects the process keeps until it exits. A command's workspace is closed by the
/// command, but its state is not torn down one object at a time: the process exits
/// right after, and freeing half a million values one by one cost a tenth of a command
/// on a large journal (docs/performance.md).
enum ProcessLifetime {
    nonisolated(unsafe) private static var kept: [AnyObject] = []
    /// A command answered from a journal with damage in it (docs/cli.md: exit 1).
    nonisolated(unsafe) static var answeredFromDamage = false

    /// Called from the command's one thread only.
    static func keep(_ object: AnyObject) { kept.append(object) }
}
