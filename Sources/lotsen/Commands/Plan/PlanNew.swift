import ArgumentParser
import LotsenCore
import LotsenText
import LotsenJournal
import LotsenWorkspace

extension Lotsen.PlanGroup {
    struct New: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "new", abstract: planWords.help(.newAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
        @Option(help: ArgumentHelp(planWords.help(.startOption))) var start: String?
        @OptionGroup var details: DetailOptions

        func run() throws {
            try global.context.record(who: who) { id in [.plan(.createPlan(id, details.input(start: start)))] }
        }
    }
}
