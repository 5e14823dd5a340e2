import ArgumentParser
import LotsenCore
import LotsenJournal
import LotsenText
import LotsenWorkspace

extension Lotsen.MeetingGroup {
    struct List: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: meetingWords.help(.listAbstract)) }
        @OptionGroup var global: GlobalOptions
        @OptionGroup var past: PastOption
        @Flag(help: ArgumentHelp(words.jsonFlagHelp)) var json = false

        func run() throws {
            let ctx = try global.context(past)
            let w = try ctx.open(.readOnly)
            defer { w.close() }
            let meetings = w.state.meetingList
            if json {
                Console.out(try JSONOutput.encode(meetings.map { MeetingJSON($0, w.state, ctx.lang, today: ctx.today) }))
            } else {
                Console.out(meetings.isEmpty ? ctx.lang.meeting.label(.noMeetings) : MeetingText.list(meetings, ctx.lang))
            }
        }
    }
}
