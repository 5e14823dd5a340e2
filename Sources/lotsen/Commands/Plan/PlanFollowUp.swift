import ArgumentParser
import LotsenCore
import LotsenText
import LotsenJournal
import LotsenWorkspace

extension Lotsen.PlanGroup {
    struct FollowUp: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "followup", abstract: planWords.help(.followUpAbstract), discussion: planWords.help(.followUpDiscussion))
        }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
        @Option(name: .customLong("goal"), help: ArgumentHelp(planWords.help(.goalResultOption))) var goals: [String] = []
        @Option(help: ArgumentHelp(planWords.help(.commentOption))) var comment: String?
        @Option(help: ArgumentHelp(words.help(.dateOption))) var date: String?

        func run() throws {
            let ctx = global.context
            var results: [GoalResultInput] = []
            for g in goals {
                let parts = g.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, let n = Int(parts[0].trimmingSpaces) else {
                    throw CommandFailure.usage(ctx.lang.domain.error(.invalid(.goal, .notAChoice(g, .goalResult)), names: { $0.value }))
                }
                let rest = parts[1].split(separator: ":", maxSplits: 1).map(String.init)
                results.append(GoalResultInput(goal: n, result: rest[0], comment: rest.count > 1 ? rest[1] : nil))
            }
            try ctx.record(who: who) { id in [.plan(.followUpPlan(id, date: date, results: results, comment: comment))] }
        }
    }
}
