import ArgumentParser
import LotsenCore
import LotsenJournal
import LotsenText
import LotsenWorkspace

/// Help for the meeting commands, in the language decided before parsing.
var meetingWords: any MeetingCLIWords.Type { helpLanguage.meetingCLI }

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

        struct List: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: meetingWords.help(.listAbstract)) }
            @OptionGroup var global: GlobalOptions
            @Flag(help: ArgumentHelp(words.jsonFlagHelp)) var json = false

            func run() throws {
                let ctx = global.context
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
                let done = try ctx.perform(w, [.createMeeting(input, agenda: !empty)])
                guard let id = done.first(where: { if case .meetingCreated = $0.event { true } else { false } })?.stamp.sequence,
                      let m = w.state.meetings[id] else { return }
                Console.out(MeetingText.show(m, w.state, ctx.lang, today: ctx.today))
            }
        }

        struct Edit: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(commandName: "edit", abstract: meetingWords.help(.editAbstract)) }
            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp(meetingWords.help(.meetingArgument))) var meeting: String?
            @OptionGroup var options: MeetingOptions

            func run() throws {
                try global.context.recordForMeeting(meeting) { _, id in [.updateMeeting(id, options.input(keepGuests: true))] }
            }
        }

        struct Agenda: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(commandName: "agenda", abstract: meetingWords.help(.agendaAbstract)) }
            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp(meetingWords.help(.meetingArgument))) var meeting: String?
            @Option(help: ArgumentHelp(meetingWords.help(.addOption))) var add: String?
            @Option(help: ArgumentHelp(meetingWords.help(.titleOption))) var title: String?
            @Option(help: ArgumentHelp(meetingWords.help(.removeOption))) var remove: Int?
            @Option(help: ArgumentHelp(meetingWords.help(.moveOption))) var move: Int?
            @Option(help: ArgumentHelp(meetingWords.help(.toOption))) var to: String?
            @Flag(help: ArgumentHelp(meetingWords.help(.refreshFlag))) var refresh = false

            func run() throws {
                let ctx = global.context
                guard add != nil || title != nil || remove != nil || move != nil || refresh else {
                    let w = try ctx.open(.readOnly)
                    defer { w.close() }
                    let id = try ctx.meetingID(meeting, in: w)
                    return Console.out(MeetingText.show(w.state.meetings[id]!, w.state, ctx.lang, today: ctx.today))
                }
                try ctx.recordForMeeting(meeting) { w, id in
                    var commands: [Command] = []
                    if let add { commands.append(.addAgendaItem(meeting: id, participant: try ctx.resolve(add, in: w), title: nil)) }
                    if let title { commands.append(.addAgendaItem(meeting: id, participant: nil, title: title)) }
                    if let remove { commands.append(.removeAgendaItem(meeting: id, item: remove)) }
                    if let move { commands.append(.moveAgendaItem(meeting: id, item: move, position: to ?? "")) }
                    if refresh { commands.append(.refreshAgenda(meeting: id)) }
                    return commands
                }
            }
        }

        struct Show: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(commandName: "show", abstract: meetingWords.help(.showAbstract)) }
            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp(meetingWords.help(.meetingArgument))) var meeting: String?
            @Flag(help: ArgumentHelp(words.jsonFlagHelp)) var json = false

            func run() throws {
                let ctx = global.context
                let w = try ctx.open(.readOnly)
                defer { w.close() }
                let m = w.state.meetings[try ctx.meetingID(meeting, in: w)]!
                Console.out(json ? try JSONOutput.encode(MeetingJSON(m, w.state, ctx.lang, today: ctx.today))
                                 : MeetingText.show(m, w.state, ctx.lang, today: ctx.today))
            }
        }

        struct Start: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(commandName: "start", abstract: meetingWords.help(.startAbstract)) }
            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp(meetingWords.help(.meetingArgument))) var meeting: String?

            func run() throws { try global.context.recordForMeeting(meeting) { _, id in [.startMeeting(meeting: id)] } }
        }

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
                    return [.handleAgendaItem(meeting: id, item: item, decision: decision ?? old, handled: !reopen)]
                }
            }
        }

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
                    command = .addMeetingTask(MeetingTaskInput(what: what ?? "", who: who ?? ctx.author ?? "", due: due,
                                                               participant: try about.map { try ctx.resolve($0, in: w) },
                                                               meeting: m, item: item))
                case "done", "klar":
                    guard let number else { throw CommandFailure.usage(d.error(.invalid(.task, .empty), names: { $0.value })) }
                    command = .completeMeetingTask(task: number, comment: comment)
                default:
                    throw CommandFailure.usage(d.error(.invalid(.task, .notOneOf(action, ["add", "done"])), names: { $0.value }))
                }
                try ctx.record(w, nil, [command])
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
                _ = try ctx.perform(w, [.closeMeeting(meeting: id, date: date)])
                try document.write(w.state.meetings[id]!, w, ctx)
            }
        }

        struct Minutes: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(commandName: "minutes", abstract: meetingWords.help(.minutesAbstract)) }
            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp(meetingWords.help(.meetingArgument))) var meeting: String?
            @OptionGroup var document: DocumentOptions

            func run() throws {
                let ctx = global.context
                let w = try ctx.open(.readOnly)
                defer { w.close() }
                // Without a meeting named: the open one, else the last one held.
                let id = try meeting == nil && w.state.currentMeeting == nil ? ctx.meetingID("last", in: w) : ctx.meetingID(meeting, in: w)
                try document.write(w.state.meetings[id]!, w, ctx)
            }
        }

        struct Correct: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(commandName: "correct", abstract: meetingWords.help(.correctAbstract)) }
            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp(meetingWords.help(.meetingArgument))) var meeting: String = "last"
            @Option(help: ArgumentHelp(meetingWords.help(.itemOption))) var item: Int?
            @Option(help: ArgumentHelp(meetingWords.help(.textOption))) var text: String
            @Option(help: ArgumentHelp(words.help(.dateOption))) var date: String?

            func run() throws {
                try global.context.recordForMeeting(meeting) { _, id in [.correctMeeting(meeting: id, item: item, text: text, date: date)] }
            }
        }

        struct Rules: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(commandName: "rules", abstract: meetingWords.help(.rulesAbstract)) }
            @OptionGroup var global: GlobalOptions
            @Option(help: ArgumentHelp(meetingWords.help(.ninetyOption))) var ninetyDays: String?
            @Option(help: ArgumentHelp(meetingWords.help(.expiryOption))) var planExpiry: String?
            @Option(help: ArgumentHelp(meetingWords.help(.stalledOption))) var stalled: String?
            @Option(help: ArgumentHelp(meetingWords.help(.followUpOption))) var followUp: String?

            func run() throws {
                let ctx = global.context
                let change = ninetyDays != nil || planExpiry != nil || stalled != nil || followUp != nil
                let w = try ctx.open(change ? .readWrite : .readOnly)
                defer { w.close() }
                if change {
                    _ = try ctx.perform(w, [.setAgendaRules(ninetyDays: ninetyDays, planExpiry: planExpiry, stalled: stalled, followUp: followUp)])
                }
                Console.out(ctx.lang.meeting.describe(.agendaRulesSet(w.state.agendaThresholds)) ?? "")
            }
        }
    }
}

extension DocumentFormat: ExpressibleByArgument {}
