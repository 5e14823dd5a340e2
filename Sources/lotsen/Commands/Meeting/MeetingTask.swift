import ArgumentParser
import LotsenCore
import LotsenJournal
import LotsenText
import LotsenWorkspace

extension Lotsen.MeetingGroup {
    struct TaskCommand: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "task", abstract: meetingWords.help(.taskAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(meetingWords.help(.taskActionArgument))) var action: String
        @Argument(help: ArgumentHelp(meetingWords.help(.taskNumberArgument))) var number: Int?
        @Option(help: ArgumentHelp(meetingWords.help(.whoOption))) var who: String?
        @Option(help: ArgumentHelp(meetingWords.help(.whatOption))) var what: String?
        @Option(help: ArgumentHelp(meetingWords.help(.aboutOption))) var about: String?
        @Option(help: ArgumentHelp(meetingWords.help(.dueOption))) var due: String?
        @Option(help: ArgumentHelp(meetingWords.help(.meetingArgument))) var meeting: String?
        @Option(help: ArgumentHelp(meetingWords.help(.itemOption))) var item: Int?
        @Option(help: ArgumentHelp(meetingWords.help(.commentOption))) var comment: String?

        func run() throws {
            let ctx = global.context
            let d = ctx.lang.domain
            let w = try ctx.open(.readWrite)
            defer { w.close() }
            let command: Command
            switch TextFolding.code(action) {
            case "add", "ny", "lagg-till":
                // At a meeting (or about one of its items) the task belongs to it.
                let m = try (meeting != nil || item != nil) ? ctx.meetingID(meeting, in: w) : nil
                command = .meeting(.addMeetingTask(MeetingTaskInput(what: what ?? "", who: who ?? ctx.author ?? "", due: due,
                                                           participant: try about.map { try ctx.resolve($0, in: w) },
                                                           meeting: m, item: item)))
            case "done", "klar":
                guard let number else { throw CommandFailure.usage(d.error(.invalid(.task, .empty), names: { $0.value })) }
                command = .meeting(.completeMeetingTask(task: number, comment: comment))
            default:
                throw CommandFailure.usage(d.error(.invalid(.task, .notOneOf(action, ["add", "done"])), names: { $0.value }))
            }
            try ctx.record(w, nil, [command])
        }
    }
}
