import ArgumentParser
import LotsenCore
import LotsenText
import LotsenJournal
import LotsenWorkspace

extension Lotsen.PlanGroup {
    struct Edit: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "edit", abstract: planWords.help(.editAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
        @OptionGroup var details: DetailOptions

        func run() throws {
            try global.context.record(who: who) { id in [.plan(.updatePlan(id, details.input()))] }
        }
    }
}
