import ArgumentParser
import LotsenCore
import LotsenText
import LotsenJournal
import LotsenWorkspace

extension Lotsen.PlanGroup {
    struct Revise: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "revise", abstract: planWords.help(.reviseAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
        @Option(help: ArgumentHelp(planWords.help(.endOption))) var end: String?
        @Option(help: ArgumentHelp(words.help(.dateOption))) var date: String?

        func run() throws {
            try global.context.record(who: who) { id in [.plan(.revisePlan(id, date: date, end: end))] }
        }
    }
}
