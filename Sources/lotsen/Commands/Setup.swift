import ArgumentParser
import Foundation
import Glibc
import LotsenCore
import LotsenJournal
import LotsenText
import LotsenWorkspace

extension Lotsen {
    /// `lotsen setup NAME`: run once by root to make a shared desk (docs/architecture.md,
    /// "The shared desk"): the `lotsen` system user, `/var/lib/lotsen/NAME` (0700, its),
    /// the journal and its seal key, `/etc/lotsen/NAME.conf`, the first caseworkers with
    /// their logins, and the gateway binary installed set-user-ID `lotsen`.
    struct Setup: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "setup", abstract: words.help(.setupAbstract), discussion: words.help(.setupDiscussion))
        }

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(words.help(.setupNameArgument))) var name: String?
        @Option(help: ArgumentHelp(helpLanguage.database.databaseOption, valueName: "postgresql://…")) var database: String?
        @Option(help: ArgumentHelp(words.help(.setupCaseworkerOption), valueName: "AB:NAMN:ORG:LOGIN[:ROLL]"))
        var caseworker: [String] = []
        @Option(help: ArgumentHelp(words.help(.setupInstallOption), valueName: words.pathValueName)) var install: String?
        @Option(name: .customLong("recovery-copy"), help: ArgumentHelp(helpLanguage.keys.recoveryCopyOption, valueName: words.pathValueName))
        var recoveryCopy: String?

        func run() throws {
            let ctx = global.context
            let w = ctx.lang.shared
            if let database { return try setUpDatabase(database, ctx) }
            guard let name else { throw CommandFailure.usage(ctx.lang.database.nameOrDatabase) }
            guard getuid() == 0, !SharedDesk.isGateway else { throw CommandFailure.usage(w.notRoot) }
            guard SharedDesk.isName(name) else { throw CommandFailure.usage(w.unknownJournal(name)) }
            let conf = SharedDesk.configPath(name)
            guard !FileManager.default.fileExists(atPath: conf) else { throw CommandFailure.usage(w.exists(name)) }
            let people = try caseworker.map { text in
                guard let given = GivenCaseworker(text) else { throw CommandFailure.usage(w.badCaseworker(text)) }
                return given.commands(login: given.login)
            }.flatMap { $0 }
            let (uid, gid) = try serviceUser(w)
            let data = SharedDesk.dataDirectory + "/" + name
            for (dir, mode) in [(SharedDesk.configDirectory, 0o755), (SharedDesk.dataDirectory, 0o755)] where !FileManager.default.fileExists(atPath: dir) {
                guard mkdir(dir, mode_t(mode)) == 0 else { throw CommandFailure.journal(w.cannotMake(dir)) }
            }
            guard mkdir(data, 0o700) == 0, chown(data, uid, gid) == 0 else { throw CommandFailure.journal(w.cannotMake(data)) }

            // The journal and the first caseworkers in one batch, sealed with the desk's key.
            let config = SharedDesk.Config(name: name, journal: data + "/journal.jsonl")
            let key = SnapshotSeal.newKey()
            // The master key unlocks the key store: the service user's, outside the journal's
            // directory; a copy for safe keeping where the administrator says.
            let master = MasterKey.newKeyFile()
            for (path, bytes) in [(config.sealKey, key), (config.masterKey, master)] + (recoveryCopy.map { [($0, master)] } ?? []) {
                do {
                    try PrivateFile.write(bytes, to: path, existing: .refuse)
                } catch {
                    throw CommandFailure.journal(w.cannotMake(path))
                }
            }
            var env = ctx.workspaceEnvironment
            env.sealKey = key
            env.master = .file(master)
            if case .caseworker(.addCaseworker(let first, _, _, _))? = people.first { env.author = first.uppercased() }
            do {
                let workspace = try Workspace.create(JournalPaths(journal: config.journal), journalID: UUID().uuidString.lowercased(), env)
                if !people.isEmpty { _ = try ctx.perform(workspace, people) }
                workspace.close()
            } catch let e as JournalError {
                throw CommandFailure.journal(ctx.lang.journal.error(e))
            }
            // Everything made as root becomes the service user's: nobody else opens it.
            for file in [config.sealKey, config.masterKey] + ((try? FileManager.default.contentsOfDirectory(atPath: data)) ?? []).map({ data + "/" + $0 }) {
                guard chown(file, uid, gid) == 0 else { throw CommandFailure.journal(w.cannotMake(file)) }
            }
            do {
                try PrivateFile.write("journal=\(config.journal)\n", to: conf, existing: .refuse)
            } catch {
                throw CommandFailure.journal(w.cannotMake(conf))
            }
            guard chmod(conf, 0o644) == 0 else { throw CommandFailure.journal(w.cannotMake(conf)) }
            if let install { try installGateway(at: install, uid: uid, w) }
            Console.out(w.setUp(name: name, journal: config.journal, caseworkers: caseworker.count, gateway: install))
            Console.out(ctx.lang.keys.keyFileMade(recoveryCopy ?? config.masterKey))
        }

        /// `--caseworker AB:NAMN:ORG:LOGIN[:ROLL]`: on a shared desk the fourth part is the
        /// Unix login, on a database the database role.
        struct GivenCaseworker {
            var initials, name, organisation, login: String
            var role: String?

            init?(_ text: String) {
                let parts = text.split(separator: ":", omittingEmptySubsequences: false).map { String($0).trimmingCharacters(in: .whitespaces) }
                guard parts.count == 4 || parts.count == 5 else { return nil }
                (initials, name, organisation, login) = (parts[0], parts[1], parts[2], parts[3])
                role = parts.count == 5 ? parts[4] : nil
            }

            /// The caseworker added (with `login`, if any) and given the role.
            func commands(login: String?) -> [Command] {
                [.caseworker(.addCaseworker(initials: initials, name: name, organisation: organisation, login: login))]
                    + (role.map { [.caseworker(.setRole(initials: initials, role: $0))] } ?? [])
            }
        }

        /// The `lotsen` system user and group, made if missing (`useradd --system`).
        func serviceUser(_ w: SharedDeskWords) throws -> (uid_t, gid_t) {
            if getpwnam(SharedDesk.serviceUser) == nil {
                let p = Process()
                p.executableURL = URL(fileURLWithPath: "/usr/sbin/useradd")
                p.arguments = ["--system", "--user-group", "--home-dir", SharedDesk.dataDirectory, "--no-create-home",
                               "--shell", "/usr/sbin/nologin", SharedDesk.serviceUser]
                try? p.run()
                p.waitUntilExit()
            }
            guard let pw = getpwnam(SharedDesk.serviceUser) else { throw CommandFailure.journal(w.noServiceUser) }
            return (pw.pointee.pw_uid, pw.pointee.pw_gid)
        }

        /// This very binary, copied to `path` owned by `lotsen`, mode 4755: set-user-ID, so
        /// that it runs as `lotsen` while the kernel keeps the caller's real user id.
        func installGateway(at path: String, uid: uid_t, _ w: SharedDeskWords) throws {
            guard path.hasPrefix("/"), let bytes = FileManager.default.contents(atPath: "/proc/self/exe") else {
                throw CommandFailure.usage(w.cannotMake(path))
            }
            let temporary = path + ".new"
            unlink(temporary)
            guard FileManager.default.createFile(atPath: temporary, contents: bytes, attributes: [.posixPermissions: 0o700]),
                  chown(temporary, uid, 0) == 0,
                  // After chown, which clears the set-user-ID bit.
                  chmod(temporary, 0o4755) == 0,
                  rename(temporary, path) == 0 else {
                unlink(temporary)
                throw CommandFailure.journal(w.cannotMake(path))
            }
        }
    }
}
