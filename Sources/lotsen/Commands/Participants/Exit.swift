import Glibc
import ArgumentParser
import LotsenCore
import LotsenText
import LotsenWorkspace

extension Lotsen {
    /// `lotsen exit WHO --reason R`.
    struct ExitCommand: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "exit", abstract: words.help(.exitAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
        @Option(help: ArgumentHelp(words.help(.exitReasonOption))) var reason: String
        @Option(help: ArgumentHelp(words.help(.exitOccupationOption))) var occupation: String?
        @Option(help: ArgumentHelp(words.help(.dateOption))) var date: String?

        func run() throws {
            let ctx = global.context
            let w = try ctx.open(.readWrite)
            defer { w.close() }
            let id = try ctx.resolve(who, in: w)
            let done = try ctx.perform(w, [.participant(.exit(id, date: date, reason: reason, occupation: occupation))])
            if case .participant(.participantExited(_, let r, _)) = done.first?.event {
                Console.out(ctx.lang.cli.say(.exited(label: ctx.label(w, id), reason: ctx.lang.domain.exitReason(r))))
            }
        }
    }
}
