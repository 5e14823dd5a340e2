import ArgumentParser
import LotsenCore
import LotsenText
import LotsenJournal
import LotsenWorkspace

extension Lotsen.PlanGroup {
    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "show", abstract: planWords.help(.showAbstract)) }
        @OptionGroup var global: GlobalOptions
        @OptionGroup var past: PastOption
        @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
        @Option(help: ArgumentHelp(planWords.help(.versionOption))) var version: Int?
        @Flag(help: ArgumentHelp(planWords.help(.historyFlag))) var history = false
        @Flag(help: ArgumentHelp(words.jsonFlagHelp)) var json = false

        func run() throws {
            let ctx = try global.context(past)
            let w = try ctx.open(.readOnly)
            defer { w.close() }
            try ctx.require(.personData, in: w)
            let id = try ctx.resolveShared(who, in: w)
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
            try ctx.logLook([id], "plan", via: "plan show", in: w)
            if json {
                Console.out(try JSONOutput.encode(PlanJSON(plan, version: shown)))
            } else if history {
                Console.out(ctx.label(w, id) + "\n" + PlanText.history(plan, ctx.lang))
            } else {
                Console.out(ctx.label(w, id) + "\n" + PlanText.plan(plan, version: shown, ctx.lang))
            }
        }
    }
}
