import ArgumentParser
import LotsenCore
import LotsenJournal
import LotsenText
import LotsenWorkspace

extension Lotsen.MeetingGroup {
    struct Correct: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "correct", abstract: meetingWords.help(.correctAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(meetingWords.help(.meetingArgument))) var meeting: String = "last"
        @Option(help: ArgumentHelp(meetingWords.help(.itemOption))) var item: Int?
        @Option(help: ArgumentHelp(meetingWords.help(.textOption))) var text: String
        @Option(help: ArgumentHelp(words.help(.dateOption))) var date: String?

        func run() throws {
            try global.context.recordForMeeting(meeting) { _, id in [.meeting(.correctMeeting(meeting: id, item: item, text: text, date: date))] }
        }
    }
}
