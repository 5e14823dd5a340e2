import Glibc
import ArgumentParser
import LotsenCore
import LotsenText
import LotsenWorkspace

extension Lotsen {
    /// `lotsen reregister WHO`: a new period after an exit.
    struct Reregister: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "reregister", abstract: words.help(.reregisterAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
        @Option(help: ArgumentHelp(words.help(.registeredOption))) var date: String?

        func run() throws {
            let ctx = global.context
            let w = try ctx.open(.readWrite)
            defer { w.close() }
            let id = try ctx.resolve(who, in: w)
            let done = try ctx.perform(w, [.participant(.reregister(id, date: date))])
            if case .participant(.participantReregistered(let d)) = done.first?.event {
                Console.out(ctx.lang.cli.say(.reregistered(label: ctx.label(w, id), date: d)))
            }
        }
    }
}
