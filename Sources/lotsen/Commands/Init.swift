import ArgumentParser
import Foundation
import LotsenCalendar
import LotsenJournal
import LotsenText
import LotsenWorkspace

extension Lotsen {
    /// `lotsen init`: a new, empty journal (directory 0700, files 0600).
    struct Init: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "init", abstract: words.help(.initAbstract)) }

        @OptionGroup var global: GlobalOptions
        @Flag(help: ArgumentHelp(helpLanguage.keys.passphraseFlag)) var passphrase = false

        func run() throws {
            let ctx = global.context
            let paths = try global.journalPaths()
            do {
                // Sealed from the first record: under the caseworker's key file, or a passphrase.
                var env = ctx.workspaceEnvironment
                env.master = try MasterKeys.forCreating(global, passphrase: passphrase)
                // In a database set up for Lotsen and holding none yet, the journal goes there.
                let store = try ctx.openStore(paths)
                let w = try Workspace.create(paths, store: store, journalID: UUID().uuidString.lowercased(), env)
                Console.out(ctx.lang.cli.say(.journalCreated(path: w.journal.location)))
                w.close()
                if passphrase { Console.error(ctx.lang.keys.passphraseWarning) }
            } catch let e as JournalError {
                if case .alreadyExists = e { throw CommandFailure.usage(ctx.lang.journal.error(e)) }
                throw CommandFailure.journal(ctx.lang.journal.error(e))
            }
        }
    }
}
