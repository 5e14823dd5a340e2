import ArgumentParser
import LotsenCore
import LotsenJournal
import LotsenText
import LotsenWorkspace

extension Lotsen.MeetingGroup {
    struct Edit: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "edit", abstract: meetingWords.help(.editAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(meetingWords.help(.meetingArgument))) var meeting: String?
        @OptionGroup var options: MeetingOptions

        func run() throws {
            try global.context.recordForMeeting(meeting) { _, id in [.meeting(.updateMeeting(id, options.input(keepGuests: true)))] }
        }
    }
}
