import ArgumentParser
import LotsenCore
import LotsenText
import LotsenJournal
import LotsenWorkspace

extension Lotsen.PlanGroup {
    struct GoalCommand: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "goal", abstract: planWords.help(.goalAbstract), discussion: planWords.help(.goalDiscussion))
        }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
        @Argument(help: ArgumentHelp(planWords.help(.goalActionArgument))) var action: String
        @Argument(help: ArgumentHelp(planWords.help(.goalNumberArgument))) var number: Int?
        @Option(help: ArgumentHelp(planWords.help(.termOption))) var term: String?
        @Option(help: ArgumentHelp(planWords.help(.whatOption))) var what: String?
        @Option(help: ArgumentHelp(planWords.help(.measureOption))) var measure: String?
        @Option(help: ArgumentHelp(planWords.help(.whyOption))) var why: String?
        @Option(name: .customLong("step"), help: ArgumentHelp(planWords.help(.stepOption))) var steps: [String] = []
        @Option(help: ArgumentHelp(planWords.help(.dueOption))) var due: String?
        @Option(help: ArgumentHelp(planWords.help(.ownerOption))) var owner: String?
        @Option(help: ArgumentHelp(planWords.help(.statusOption))) var status: String?

        func run() throws {
            let ctx = global.context
            let input = GoalInput(term: term, what: what, measure: measure, why: why, steps: steps.isEmpty ? nil : steps,
                                  due: due, owner: owner, status: status)
            let d = ctx.lang.domain
            func goalNumber() throws -> Int {
                guard let number else { throw CommandFailure.usage(d.error(.invalid(.goal, .empty), names: { $0.value })) }
                return number
            }
            switch TextFolding.code(action) {
            case "add", "ny", "lagg-till":
                try ctx.record(who: who) { id in [.plan(.addGoal(id, input))] }
            case "edit", "andra":
                let n = try goalNumber()
                try ctx.record(who: who) { id in [.plan(.updateGoal(id, goal: n, input))] }
            case "remove", "ta-bort":
                let n = try goalNumber()
                try ctx.record(who: who) { id in [.plan(.removeGoal(id, goal: n))] }
            default:
                throw CommandFailure.usage(d.error(.invalid(.goal, .notOneOf(action, ["add", "edit", "remove"])), names: { $0.value }))
            }
        }
    }
}
