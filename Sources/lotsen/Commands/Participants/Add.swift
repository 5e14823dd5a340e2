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
        @Option(help: ArgumentHelp(words.help(.addConsentOption))) var consent: String?

        func run() throws {
            let ctx = global.context
            let w = try ctx.open(.readWrite)
            defer { w.close() }
            var input = fields.input
            input.consentOrganisations = consent.map { [$0] } ?? []
            let done = try ctx.perform(w, [.participant(.register(input))])
            if let id = done.first?.subject { Console.out(ctx.lang.cli.say(.registered(label: ctx.label(w, id)))) }
        }
    }
}
