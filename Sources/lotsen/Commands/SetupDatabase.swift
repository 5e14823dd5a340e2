import ArgumentParser
import Foundation
import LotsenCore
import LotsenJournal
import LotsenPostgres
import LotsenWorkspace

extension Lotsen.Setup {
    /// `lotsen setup --database URI [--caseworker AB:NAMN:ORG:ROLE[:ROLL]]…`, run by the
    /// database's administrator: Lotsen's schema (created, or found current), each
    /// caseworker's database role allowed to sign as them, and — in an empty database — a
    /// new journal with the caseworkers in its first batch (docs/architecture.md, "The
    /// PostgreSQL store").
    func setUpDatabase(_ uri: String, _ ctx: CommandContext) throws {
        let w = ctx.lang.database
        guard PostgresLocation.isDatabase(uri) else { throw CommandFailure.usage(w.nameOrDatabase) }
        let location = PostgresLocation.printable(uri)
        let people = try caseworker.map { text -> (initials: String, role: String, commands: [Command]) in
            guard let given = GivenCaseworker(text), [given.initials, given.name, given.organisation, given.login].allSatisfy({ !$0.isEmpty }),
                  given.role != "" else {
                throw CommandFailure.usage(w.badCaseworker(text))
            }
            return (given.initials.uppercased(), given.login, given.commands(login: nil))
        }
        do {
            switch try PostgresSetup.install(uri) {
            case .installed(let v): Console.out(w.installed(location, version: v))
            case .upgraded(let from, let to): Console.out(w.upgraded(location, from: from, to: to))
            case .alreadyCurrent(let v): Console.out(w.alreadyCurrent(location, version: v))
            }
            for p in people {
                try PostgresSetup.allow(role: p.role, toWriteAs: p.initials, uri)
                Console.out(w.caseworkerAllowed(role: p.role, initials: p.initials))
            }
            let store = try PostgresJournalStore(uri)
            // A journal is made with its first caseworkers; without them the database
            // waits for one (`lotsen migrate --to`).
            guard try store.size() == 0, let first = people.first else {
                if try store.size() == 0 { Console.out(w.waitsForJournal) }
                store.close()
                return
            }
            let paths = try global.journalPathsFor(database: uri)
            try? DatabaseCache.prepare(paths)
            var env = ctx.workspaceEnvironment
            // Sealed, as every new journal is: the key store in the database, its master
            // key a file the administrator hands to each desk (docs/privacy.md).
            env.master = try MasterKeys.forCreating(global, passphrase: false)
            env.author = first.initials
            let workspace = try Workspace.create(paths, store: store, journalID: UUID().uuidString.lowercased(), env)
            _ = try ctx.perform(workspace, people.flatMap(\.commands))
            workspace.close()
            Console.out(w.journalCreated(location))
            if let key = MasterKeys.keyFilePath(global) { Console.out(ctx.lang.keys.keyFileMade(key)) }
        } catch let e as JournalError {
            throw CommandFailure.journal(ctx.lang.journal.error(e))
        }
    }
}
