import ArgumentParser
import LotsenCore
import LotsenJournal
import LotsenText
import LotsenWorkspace

extension Lotsen.MeetingGroup {
    struct Start: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "start", abstract: meetingWords.help(.startAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(meetingWords.help(.meetingArgument))) var meeting: String?

        func run() throws { try global.context.recordForMeeting(meeting) { _, id in [.meeting(.startMeeting(meeting: id))] } }
    }
}
