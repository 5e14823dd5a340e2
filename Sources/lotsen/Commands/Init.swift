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

        func run() throws {
            let ctx = global.context
            let paths = try global.journalPaths()
            do {
                let w = try Workspace.create(paths, journalID: UUID().uuidString.lowercased(), ctx.workspaceEnvironment)
                w.close()
            } catch let e as JournalError {
                if case .alreadyExists = e { throw CommandFailure.usage(ctx.lang.journal.error(e)) }
                throw CommandFailure.journal(ctx.lang.journal.error(e))
            }
            Console.out(ctx.lang.cli.say(.journalCreated(path: paths.journal)))
        }
    }
}
