import ArgumentParser
import LotsenCore
import LotsenJournal
import LotsenText
import LotsenWorkspace

extension Lotsen.MeetingGroup {
    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "show", abstract: meetingWords.help(.showAbstract)) }
        @OptionGroup var global: GlobalOptions
        @OptionGroup var past: PastOption
        @Argument(help: ArgumentHelp(meetingWords.help(.meetingArgument))) var meeting: String?
        @Flag(help: ArgumentHelp(words.jsonFlagHelp)) var json = false

        func run() throws {
            let ctx = try global.context(past)
            let w = try ctx.open(.readOnly)
            defer { w.close() }
            try ctx.require(.personData, in: w)
            let m = w.state.meetings[try ctx.meetingID(meeting, in: w)]!
            Console.out(json ? try JSONOutput.encode(MeetingJSON(m, w.state, ctx.lang, today: ctx.today))
                             : MeetingText.show(m, w.state, ctx.lang, today: ctx.today))
        }
    }
}
