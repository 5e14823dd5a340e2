import ArgumentParser
import LotsenCore
import LotsenJournal
import LotsenText
import LotsenWorkspace

extension Lotsen.MeetingGroup {
    struct Decide: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "decide", abstract: meetingWords.help(.decideAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(meetingWords.help(.meetingArgument))) var meeting: String?
        @Option(help: ArgumentHelp(meetingWords.help(.itemOption))) var item: Int
        @Option(help: ArgumentHelp(meetingWords.help(.decisionOption))) var decision: String?
        @Flag(help: ArgumentHelp(meetingWords.help(.reopenFlag))) var reopen = false

        func run() throws {
            try global.context.recordForMeeting(meeting) { w, id in
                let old = w.state.meetings[id]?.item(item)?.decision
                return [.meeting(.handleAgendaItem(meeting: id, item: item, decision: decision ?? old, handled: !reopen))]
            }
        }
    }
}
