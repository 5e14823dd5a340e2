import Glibc
import ArgumentParser
import LotsenCore
import LotsenText
import LotsenWorkspace

extension Lotsen {
    /// `lotsen add`: register a participant.
    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "add", abstract: words.help(.addAbstract)) }
        @OptionGroup var global: GlobalOptions
        @OptionGroup var fields: ParticipantOptions

        func run() throws {
            let ctx = global.context
            let w = try ctx.open(.readWrite)
            defer { w.close() }
            let done = try ctx.perform(w, [.participant(.register(fields.input))])
            if let id = done.first?.subject { Console.out(ctx.lang.cli.say(.registered(label: ctx.label(w, id)))) }
        }
    }
}
