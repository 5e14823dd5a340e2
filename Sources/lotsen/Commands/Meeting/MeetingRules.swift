import ArgumentParser
import LotsenCore
import LotsenJournal
import LotsenText
import LotsenWorkspace

extension Lotsen.MeetingGroup {
    struct Rules: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "rules", abstract: meetingWords.help(.rulesAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(meetingWords.help(.ninetyOption))) var ninetyDays: String?
        @Option(help: ArgumentHelp(meetingWords.help(.expiryOption))) var planExpiry: String?
        @Option(help: ArgumentHelp(meetingWords.help(.stalledOption))) var stalled: String?
        @Option(help: ArgumentHelp(meetingWords.help(.followUpOption))) var followUp: String?
        @Option(help: ArgumentHelp(meetingWords.help(.minutesPerItemOption))) var minutesPerItem: String?
        @Option(help: ArgumentHelp(meetingWords.help(.limitOption))) var limit: String?

        func run() throws {
            let ctx = global.context
            let change = ninetyDays != nil || planExpiry != nil || stalled != nil || followUp != nil || minutesPerItem != nil || limit != nil
            let w = try ctx.open(change ? .readWrite : .readOnly)
            defer { w.close() }
            if change {
                _ = try ctx.perform(w, [.meeting(.setAgendaRules(ninetyDays: ninetyDays, planExpiry: planExpiry, stalled: stalled, followUp: followUp,
                                                                 minutesPerItem: minutesPerItem, limit: limit))])
            }
            Console.out(ctx.lang.meeting.describe(.agendaRulesSet(w.state.agendaThresholds)))
        }
    }
}
