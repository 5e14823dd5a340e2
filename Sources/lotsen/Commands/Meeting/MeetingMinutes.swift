import ArgumentParser
import LotsenCore
import LotsenJournal
import LotsenText
import LotsenWorkspace

extension Lotsen.MeetingGroup {
    struct Minutes: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "minutes", abstract: meetingWords.help(.minutesAbstract)) }
        @OptionGroup var global: GlobalOptions
        @OptionGroup var past: PastOption
        @Argument(help: ArgumentHelp(meetingWords.help(.meetingArgument))) var meeting: String?
        @OptionGroup var document: DocumentOptions

        func run() throws {
            let ctx = try global.context(past)
            let w = try ctx.open(.readOnly)
            defer { w.close() }
            try ctx.require(.personData, in: w)
            // Without a meeting named: the open one, else the last one held.
            let id = try meeting == nil && w.state.currentMeeting == nil ? ctx.meetingID("last", in: w) : ctx.meetingID(meeting, in: w)
            try document.write(w.state.meetings[id]!, w, ctx)
        }
    }
}
