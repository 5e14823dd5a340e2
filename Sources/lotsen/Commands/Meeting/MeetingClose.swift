import ArgumentParser
import LotsenCore
import LotsenJournal
import LotsenText
import LotsenWorkspace

extension Lotsen.MeetingGroup {
    struct Close: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "close", abstract: meetingWords.help(.closeAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(meetingWords.help(.meetingArgument))) var meeting: String?
        @Option(help: ArgumentHelp(words.help(.dateOption))) var date: String?
        @OptionGroup var document: DocumentOptions

        func run() throws {
            let ctx = global.context
            let w = try ctx.open(.readWrite)
            defer { w.close() }
            let id = try ctx.meetingID(meeting, in: w)
            _ = try ctx.perform(w, [.meeting(.closeMeeting(meeting: id, date: date))])
            try document.write(w.state.meetings[id]!, w, ctx)
        }
    }
}
