import ArgumentParser
import LotsenCalendar
import LotsenText

var pastWords: PastWords { helpLanguage.past }

/// `--as-of DATE`: a read command answers as the journal stood at the end of that day
/// (docs/architecture.md, "The past").
struct PastOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: ArgumentHelp(pastWords.optionHelp, valueName: pastWords.dateValueName))
    var asOf: String?
}

extension GlobalOptions {
    /// The context of a read command: today is the `--as-of` date when one is given.
    func context(_ past: PastOption) throws -> CommandContext {
        var ctx = context
        guard let text = past.asOf else { return ctx }
        guard let day = Day(iso: text.trimmingCharacters(in: .whitespaces)) else {
            throw CommandFailure.usage(language.past.notADate(text))
        }
        let today = ctx.today
        if day > today { throw CommandFailure.usage(language.past.inTheFuture(day, today: today)) }
        ctx.past = day
        return ctx
    }
}
