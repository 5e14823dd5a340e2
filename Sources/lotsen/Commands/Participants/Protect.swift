import ArgumentParser
import LotsenCore
import LotsenText
import LotsenWorkspace

extension Lotsen {
    /// `lotsen protect WHO [--off]`: protected personal data (skyddade personuppgifter):
    /// the identity is then shown only to the responsible caseworkers (docs/privacy.md).
    struct Protect: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "protect", abstract: words.help(.protectAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
        @Flag(help: ArgumentHelp(words.help(.protectOffFlag))) var off = false

        func run() throws {
            let ctx = global.context
            let w = try ctx.open(.readWrite)
            defer { w.close() }
            let id = try ctx.resolve(who, in: w)
            _ = try ctx.perform(w, [.participant(.setProtected(id, on: !off))])
            Console.out(ctx.lang.privacy.protected(!off, id: id.value))
        }
    }
}
