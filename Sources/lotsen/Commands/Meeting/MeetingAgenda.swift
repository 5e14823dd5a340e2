import ArgumentParser
import LotsenCore
import LotsenJournal
import LotsenText
import LotsenWorkspace

extension Lotsen.MeetingGroup {
    struct Agenda: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "agenda", abstract: meetingWords.help(.agendaAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(meetingWords.help(.meetingArgument))) var meeting: String?
        @Option(help: ArgumentHelp(meetingWords.help(.addOption))) var add: String?
        @Option(help: ArgumentHelp(meetingWords.help(.titleOption))) var title: String?
        @Option(help: ArgumentHelp(meetingWords.help(.removeOption))) var remove: Int?
        @Option(help: ArgumentHelp(meetingWords.help(.strikeReasonOption))) var reason: String?
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
                if let add { commands.append(.meeting(.addAgendaItem(meeting: id, participant: try ctx.resolve(add, in: w), title: nil))) }
                if let title { commands.append(.meeting(.addAgendaItem(meeting: id, participant: nil, title: title))) }
                if let remove { commands.append(.meeting(.removeAgendaItem(meeting: id, item: remove, reason: reason ?? ""))) }
                if let move { commands.append(.meeting(.moveAgendaItem(meeting: id, item: move, position: to ?? ""))) }
                if refresh { commands.append(.meeting(.refreshAgenda(meeting: id))) }
                return commands
            }
        }
    }
}
