import ArgumentParser
import LotsenCore
import LotsenJournal
import LotsenText
import LotsenWorkspace

extension Lotsen.MeetingGroup {
    struct New: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "new", abstract: meetingWords.help(.newAbstract)) }
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: MeetingOptions
        @Flag(help: ArgumentHelp(meetingWords.help(.emptyFlag))) var empty = false

        func run() throws {
            let ctx = global.context
            let w = try ctx.open(.readWrite)
            defer { w.close() }
            var input = options.input(keepGuests: false)
            // The first meeting of a journal: a group name and its author present.
            if w.state.meetingList.isEmpty {
                input.group = input.group ?? ctx.lang.meeting.label(.defaultGroup)
                input.attendees = input.attendees ?? ctx.author.map { [$0] }
            }
            let done = try ctx.perform(w, [.meeting(.createMeeting(input, agenda: !empty))])
            guard let id = done.first(where: { if case .meeting(.meetingCreated) = $0.event { true } else { false } })?.stamp.sequence,
                  let m = w.state.meetings[id] else { return }
            Console.out(MeetingText.show(m, w.state, ctx.lang, today: ctx.today))
        }
    }
}
