import Glibc
import ArgumentParser
import LotsenCore
import LotsenText
import LotsenWorkspace

extension Lotsen {
    /// `lotsen edit WHO`: change the given fields only.
    struct Edit: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "edit", abstract: words.help(.editAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
        @OptionGroup var fields: ParticipantOptions

        func run() throws {
            let ctx = global.context
            let w = try ctx.open(.readWrite)
            defer { w.close() }
            let id = try ctx.resolve(who, in: w)
            _ = try ctx.perform(w, [.participant(.update(id, fields.input))])
            Console.out(ctx.lang.cli.say(.updated(label: ctx.label(w, id))))
        }
    }
}
