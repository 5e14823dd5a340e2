import ArgumentParser
import LotsenCore
import LotsenJournal
import LotsenText
import LotsenWorkspace

/// Help for the meeting commands, in the language decided before parsing.
var meetingWords: MeetingCLIWords { helpLanguage.meetingCLI }

extension CommandContext {
    func meetingID(_ text: String?, in workspace: Workspace) throws -> Int {
        do { return try MeetingResolver.resolve(text, in: workspace.state) } catch {
            throw CommandFailure.usage(lang.domain.error(error, names: { label(workspace, $0) }))
        }
    }

    /// Records the commands for a meeting, then shows the meeting as it now stands.
    func recordForMeeting(_ meeting: String?, show: Bool = true, _ commands: (Workspace, Int) throws -> [Command]) throws {
        let w = try open(.readWrite)
        defer { w.close() }
        let id = try meetingID(meeting, in: w)
        let list = try commands(w, id)
        if !list.isEmpty { _ = try perform(w, list) }
        if show, let m = w.state.meetings[id] { Console.out(MeetingText.show(m, w.state, lang, today: today)) }
    }
}

extension Lotsen {
    /// `lotsen meeting list|new|edit|agenda|show|start|decide|task|close|minutes|correct|rules`.
    struct MeetingGroup: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "meeting", abstract: meetingWords.help(.meetingAbstract),
                                 discussion: meetingWords.help(.meetingDiscussion),
                                 subcommands: [List.self, New.self, Edit.self, Agenda.self, Show.self, Start.self, Decide.self,
                                               TaskCommand.self, Close.self, Minutes.self, Correct.self, Rules.self],
                                 defaultSubcommand: Show.self)
        }

        struct MeetingOptions: ParsableArguments {
            @Option(help: ArgumentHelp(meetingWords.help(.dateOption))) var date: String?
            @Option(help: ArgumentHelp(meetingWords.help(.groupOption))) var group: String?
            @Option(help: ArgumentHelp(meetingWords.help(.attendeesOption))) var attendees: String?
            @Option(name: .customLong("guest"), help: ArgumentHelp(meetingWords.help(.guestOption))) var guests: [String] = []

            func input(keepGuests: Bool) -> MeetingInput {
                MeetingInput(date: date, group: group, attendees: attendees.map { [$0] },
                             guests: guests.isEmpty && keepGuests ? nil : guests)
            }
        }

        struct DocumentOptions: ParsableArguments {
            @Option(help: ArgumentHelp(planWords.help(.formatOption))) var format: DocumentFormat = .txt
            @Option(help: ArgumentHelp(planWords.help(.outputOption))) var output: String?
            @Flag(help: ArgumentHelp(words.help(.forceOption))) var force = false

            func write(_ m: Meeting, _ w: Workspace, _ ctx: CommandContext) throws {
                let text = MinutesDocument(m, in: w.state, lang: ctx.lang).render(format)
                try Output.deliver(Array(text.utf8), to: output, force: force, ctx) { ctx.lang.meeting.label(.minutesWritten) + ": " + $0 }
            }
        }
    }
}

extension DocumentFormat: ExpressibleByArgument {}
