import ArgumentParser
import LotsenCore
import LotsenText
import LotsenJournal
import LotsenWorkspace

extension Lotsen.PlanGroup {
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
            try ctx.require(.personData, in: w)
            let id = try ctx.resolveShared(who, in: w)
            guard let doc = PlanDocument(w.state.participant(id)!, in: w.state, lang: ctx.lang) else {
                throw CommandFailure.usage(ctx.lang.domain.error(.programme(.noPlan), names: { $0.value }))
            }
            try ctx.logLook([id], "plan", via: "plan export", in: w)
            let text = doc.render(format)
            try Output.deliver(Array(text.utf8), to: output, force: force, ctx) { ctx.lang.plan.label(.exportWritten) + " " + $0 }
        }
    }
}
