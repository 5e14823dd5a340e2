import ArgumentParser
import Foundation
import LotsenJournal
import LotsenPostgres
import LotsenText
import LotsenWorkspace

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(words.journalOptionHelp, valueName: words.pathValueName))
    var journal: String?

    @Option(name: .long, help: ArgumentHelp(words.langOptionHelp, valueName: "sv|en"))
    var lang: Language?

    @Option(name: .customLong("as"), help: ArgumentHelp(words.asOptionHelp, valueName: words.initialsValueName))
    var `as`: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    var language: Language { lang ?? Settings.process.language }

    /// `--journal`, else `LOTSEN_JOURNAL`, else `journal=` in a config file (`Settings`).
    var namedJournal: String? { Settings.process.value(.journal, commandLine: journal)?.text }

    /// The database the journal is kept in, when `--journal` (or `LOTSEN_JOURNAL`, or a
    /// config file) names one (`postgresql://…`); nil for a journal file.
    var database: String? {
        // A system journal (the gateway's, or one root names) says it in its configuration.
        if let system = try? systemJournal() { return PostgresLocation.isDatabase(system.journal) ? system.journal : nil }
        if SharedDesk.isGateway { return nil }
        return namedJournal.flatMap { PostgresLocation.isDatabase($0) ? $0 : nil }
    }

    /// The journal file; for a journal in a database, the names of this desk's own files
    /// for it (`DatabaseCache`).
    func journalPaths() throws -> JournalPaths {
        if let database { return try journalPathsFor(database: database) }
        if let system = try systemJournal() { return JournalPaths(journal: system.journal) }
        guard let paths = JournalPaths.resolve(explicit: namedJournal, environment: environment) else {
            throw CommandFailure.usage(language.cli.noJournalLocation)
        }
        return paths
    }

    /// Work on the journal's file itself (backup, restore, repair, rewriting it encrypted):
    /// a journal in a database is the database administrator's to back up and restore.
    func requireFile() throws {
        if database != nil { throw CommandFailure.usage(language.database.fileOnly) }
    }

    /// This desk's own files for the journal in `database` (`DatabaseCache`).
    func journalPathsFor(database: String) throws -> JournalPaths {
        // A shared desk's own files are the service user's, beside its keys (its
        // environment is gone: `SharedDesk.harden`).
        let cacheEnvironment = (try? systemJournal()).map { ["XDG_CACHE_HOME": $0.cache] } ?? environment
        guard let paths = DatabaseCache.paths(for: PostgresLocation.printable(database), environment: cacheEnvironment) else {
            throw CommandFailure.usage(language.database.noCache)
        }
        return paths
    }

    /// The shared desk's journal: always, when running as the gateway (`--journal` may
    /// only name one of `/etc/lotsen`'s, never give a path); for root, when `--journal`
    /// names one (root then acts as the `lotsen` user, so every file stays Lotsen's).
    func systemJournal() throws -> SharedDesk.Config? {
        // Decided once per process: root is no longer root after the first answer.
        if let chosen = SharedDesk.chosen { return chosen }
        let w = language.shared
        if SharedDesk.isGateway {
            switch SharedDesk.config(named: journal) {
            case .success(let c):
                SharedDesk.chosen = c
                return c
            case .failure(let p): throw CommandFailure.journal(w.problem(p))
            }
        }
        guard getuid() == 0, let name = journal, SharedDesk.isName(name), SharedDesk.names().contains(name) else { return nil }
        switch SharedDesk.config(named: name) {
        case .success(let c):
            try SharedDesk.becomeService(language: language)
            SharedDesk.chosen = c
            return c
        case .failure(let p): throw CommandFailure.journal(w.problem(p))
        }
    }
}

extension GlobalOptions {
    /// The snapshot's seal key: a shared desk's own, else the caseworker's.
    var sealKey: [UInt8]? {
        if let system = try? systemJournal() { return SealKey.load(path: system.sealKey) }
        return SealKey.load(environment: environment, create: false)
    }
}

extension GlobalOptions {
    /// How the snapshot of `paths` is read: through its seal when the journal is sealed;
    /// nil when it is and its keys cannot be had.
    func snapshotIO(_ paths: JournalPaths) -> FileIO? {
        guard KeyStore.exists(paths) else { return SystemFileIO() }
        return (try? KeyStore.readJournalKey(paths, master: MasterKeys.forOpening(paths, self))).map { SealedFileIO(journalKey: $0) }
    }
}

extension Language: ExpressibleByArgument {}

extension GlobalOptions {
    var context: CommandContext { CommandContext(global: self) }
}
