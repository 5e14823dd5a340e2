import Glibc
import ArgumentParser
import LotsenCore
import LotsenText
import LotsenWorkspace

extension Lotsen {
    /// `lotsen responsible WHO --org ORG --caseworker INITIALS`.
    struct Responsible: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "responsible", abstract: words.help(.responsibleAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
        @Option(help: ArgumentHelp(words.help(.orgOption)), completion: Completions.organisations) var org: String
        @Option(help: ArgumentHelp(words.help(.responsibleCaseworkerOption))) var caseworker: String
        @Option(help: ArgumentHelp(words.help(.dateOption))) var date: String?

        func run() throws {
            let ctx = global.context
            let w = try ctx.open(.readWrite)
            defer { w.close() }
            let id = try ctx.resolve(who, in: w)
            let done = try ctx.perform(w, [.participant(.assignResponsibility(id, organisation: org, caseworker: caseworker, date: date))])
            if case .participant(.responsibilityAssigned(let o, let c, _)) = done.first?.event {
                Console.out(ctx.lang.cli.say(.responsibleSet(label: ctx.label(w, id), organisation: o.label, caseworker: c)))
            }
        }
    }
}
