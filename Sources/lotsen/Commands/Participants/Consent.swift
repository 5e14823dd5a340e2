import Glibc
import ArgumentParser
import LotsenCore
import LotsenText
import LotsenWorkspace

extension Lotsen {
    /// `lotsen consent WHO --orgs … | --withdraw`.
    struct ConsentCommand: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "consent", abstract: words.help(.consentAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
        @Option(help: ArgumentHelp(words.help(.consentOrgsOption))) var orgs: String?
        @Flag(help: ArgumentHelp(words.help(.consentWithdrawFlag))) var withdraw = false
        @Option(help: ArgumentHelp(words.help(.dateOption))) var date: String?

        func validate() throws {
            if (orgs == nil) == !withdraw { throw ValidationError(words.help(.consentOrgsOption) + " / --withdraw") }
        }

        func run() throws {
            let ctx = global.context
            let w = try ctx.open(.readWrite)
            defer { w.close() }
            let id = try ctx.resolve(who, in: w)
            if withdraw {
                _ = try ctx.perform(w, [.participant(.withdrawConsent(id, date: date))])
                Console.out(ctx.lang.cli.say(.consentWithdrawn(label: ctx.label(w, id))))
            } else {
                _ = try ctx.perform(w, [.participant(.giveConsent(id, date: date, organisations: [orgs ?? ""]))])
                let given = w.state.participant(id)?.consent?.organisations.map(\.label).joined(separator: ", ") ?? ""
                Console.out(ctx.lang.cli.say(.consentGiven(label: ctx.label(w, id), organisations: given)))
            }
        }
    }
}
