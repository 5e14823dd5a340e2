import ArgumentParser
import LotsenCore
import LotsenText
import LotsenJournal
import LotsenWorkspace

/// Help for the plan and task commands, in the language decided before parsing.
var planWords: any PlanCLIWords.Type { helpLanguage.planCLI }

extension Lotsen {
    /// `lotsen plan show|new|edit|goal|followup|revise|export WHO …`.
    struct PlanGroup: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "plan", abstract: planWords.help(.planAbstract),
                                 subcommands: [Show.self, New.self, Edit.self, GoalCommand.self, FollowUp.self, Revise.self, Export.self],
                                 defaultSubcommand: Show.self)
        }

        struct DetailOptions: ParsableArguments {
            @Option(help: ArgumentHelp(planWords.help(.endOption))) var end: String?
            @Option(help: ArgumentHelp(planWords.help(.backgroundOption))) var background: String?
            @Option(help: ArgumentHelp(planWords.help(.skillsOption))) var skills: String?
            @Option(help: ArgumentHelp(planWords.help(.marketOption))) var market: String?
            @Option(help: ArgumentHelp(planWords.help(.cvOption))) var cv: String?
            @Option(help: ArgumentHelp(planWords.help(.letterOption))) var letter: String?

            func input(start: String? = nil) -> PlanInput {
                PlanInput(start: start, end: end, background: background, skills: skills, labourMarket: market, cv: cv, coverLetter: letter)
            }
        }

        struct Show: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(commandName: "show", abstract: planWords.help(.showAbstract)) }
            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
            @Option(help: ArgumentHelp(planWords.help(.versionOption))) var version: Int?
            @Flag(help: ArgumentHelp(planWords.help(.historyFlag))) var history = false
            @Flag(help: ArgumentHelp(words.jsonFlagHelp)) var json = false

            func run() throws {
                let ctx = global.context
                let w = try ctx.open(.readOnly)
                defer { w.close() }
                let id = try ctx.resolve(who, in: w)
                let p = w.state.participant(id)!
                guard let plan = p.currentPeriod.programme.plan else {
                    throw CommandFailure.usage(ctx.lang.domain.error(.programme(.noPlan), names: { $0.value }))
                }
                let shown = try version.map { n in
                    guard let v = plan.version(n) else {
                        throw CommandFailure.usage(ctx.lang.domain.error(.invalid(.status, .notOneOf(String(n), ["1–\(plan.versions.count)"])), names: { $0.value }))
                    }
                    return v
                } ?? plan.current
                if json {
                    Console.out(try JSONOutput.encode(PlanJSON(plan, version: shown)))
                } else if history {
                    Console.out(ctx.label(w, id) + "\n" + PlanText.history(plan, ctx.lang))
                } else {
                    Console.out(ctx.label(w, id) + "\n" + PlanText.plan(plan, version: shown, ctx.lang))
                }
            }
        }

        struct New: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(commandName: "new", abstract: planWords.help(.newAbstract)) }
            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
            @Option(help: ArgumentHelp(planWords.help(.startOption))) var start: String?
            @OptionGroup var details: DetailOptions

            func run() throws {
                try global.context.record(who: who) { id in [.createPlan(id, details.input(start: start))] }
            }
        }

        struct Edit: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(commandName: "edit", abstract: planWords.help(.editAbstract)) }
            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
            @OptionGroup var details: DetailOptions

            func run() throws {
                try global.context.record(who: who) { id in [.updatePlan(id, details.input())] }
            }
        }

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
                    try ctx.record(who: who) { id in [.addGoal(id, input)] }
                case "edit", "andra":
                    let n = try goalNumber()
                    try ctx.record(who: who) { id in [.updateGoal(id, goal: n, input)] }
                case "remove", "ta-bort":
                    let n = try goalNumber()
                    try ctx.record(who: who) { id in [.removeGoal(id, goal: n)] }
                default:
                    throw CommandFailure.usage(d.error(.invalid(.goal, .notOneOf(action, ["add", "edit", "remove"])), names: { $0.value }))
                }
            }
        }

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
                        throw CommandFailure.usage(ctx.lang.domain.error(.invalid(.goal, .notOneOf(g, ["NUMMER=RESULTAT[:kommentar]"])), names: { $0.value }))
                    }
                    let rest = parts[1].split(separator: ":", maxSplits: 1).map(String.init)
                    results.append(GoalResultInput(goal: n, result: rest[0], comment: rest.count > 1 ? rest[1] : nil))
                }
                try ctx.record(who: who) { id in [.followUpPlan(id, date: date, results: results, comment: comment)] }
            }
        }

        struct Revise: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(commandName: "revise", abstract: planWords.help(.reviseAbstract)) }
            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
            @Option(help: ArgumentHelp(planWords.help(.endOption))) var end: String?
            @Option(help: ArgumentHelp(words.help(.dateOption))) var date: String?

            func run() throws {
                try global.context.record(who: who) { id in [.revisePlan(id, date: date, end: end)] }
            }
        }

        struct Export: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(commandName: "export", abstract: planWords.help(.exportAbstract)) }
            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
            @Option(help: ArgumentHelp(planWords.help(.formatOption))) var format: PlanDocument.Format = .txt
            @Option(help: ArgumentHelp(planWords.help(.outputOption))) var output: String?
            @Flag(help: ArgumentHelp(words.help(.forceOption))) var force = false

            func run() throws {
                let ctx = global.context
                let w = try ctx.open(.readOnly)
                defer { w.close() }
                let id = try ctx.resolve(who, in: w)
                guard let doc = PlanDocument(w.state.participant(id)!, in: w.state, lang: ctx.lang) else {
                    throw CommandFailure.usage(ctx.lang.domain.error(.programme(.noPlan), names: { $0.value }))
                }
                let text = doc.render(format)
                try Output.deliver(Array(text.utf8), to: output, force: force, ctx) { ctx.lang.plan.label(.exportWritten) + " " + $0 }
            }
        }
    }
}

