import ArgumentParser
import Foundation
import LotsenJournal
import LotsenText
import LotsenWorkspace

extension DemoJournal.Size: ExpressibleByArgument {}

extension Lotsen {
    /// `lotsen demo [--size small|typical|large]`: a journal of made-up participants.
    struct Demo: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "demo", abstract: words.help(.demoAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(words.help(.demoSizeOption))) var size: DemoJournal.Size = .small
        @Flag(name: .customLong("if-missing"), help: ArgumentHelp(words.help(.demoIfMissingFlag))) var ifMissing = false
        @Option(help: ArgumentHelp(words.help(.demoSeedOption))) var seed: UInt64 = 2015

        func run() throws {
            let ctx = global.context
            if global.database != nil { throw CommandFailure.usage(ctx.lang.database.demoIsAFile) }
            let paths = try global.journalPaths()
            if ifMissing, FileManager.default.fileExists(atPath: paths.journal) {
                Console.out(ctx.lang.cli.say(.demoKept(path: paths.journal)))
                return
            }
            do {
                let master = try MasterKeys.forCreating(global, passphrase: false)
                let (people, records) = try DemoJournal(size: size, today: ctx.today, seed: seed).write(to: paths, master: master, clock: ctx.clock.now)
                Console.out(ctx.lang.cli.say(.demoCreated(path: paths.journal, participants: people, records: records)))
            } catch let e as JournalError {
                if case .alreadyExists = e { throw CommandFailure.usage(ctx.lang.journal.error(e)) }
                throw CommandFailure.journal(ctx.lang.journal.error(e))
            }
        }
    }
}
