import ArgumentParser
import LotsenCore
import LotsenText
import LotsenWorkspace

/// Help for the programme's commands, in the language decided before parsing.
var programmeWords: ProgrammeCLIWords { helpLanguage.programmeCLI }

extension CommandContext {
    /// Performs programme commands and says what was recorded, one line per entry.
    func record(_ workspace: Workspace, _ id: ParticipantID?, _ commands: [Command]) throws {
        let done = try perform(workspace, commands)
        let lines = done.map { entry in
            lang.domain.describe(entry.event, in: workspace.state)
                + (entry.event.carriesNumber ? " [\(entry.stamp.sequence)]" : "")
        }
        // One entry on one line; several under the participant's name.
        switch (id.map { label(workspace, $0) }, lines.count) {
        case (let who?, 1): Console.out(who + ": " + lines[0])
        case (let who?, _): Console.out(who + ":\n" + lines.map { "  " + $0 }.joined(separator: "\n"))
        case (nil, _): Console.out(lines.joined(separator: "\n"))
        }
    }
}

extension CommandContext {
    /// Opens the journal for writing, finds WHO, and records the commands made for them.
    func record(who: String, _ commands: (ParticipantID) -> [Command]) throws {
        let w = try open(.readWrite)
        defer { w.close() }
        let id = try resolve(who, in: w)
        try record(w, id, commands(id))
    }
}

extension Event {
    /// Entries later commands refer to by their journal number.
    var carriesNumber: Bool {
        switch self {
        case .programme(.activityStarted), .programme(.visitRecorded), .programme(.workplaceAdded), .plan(.goalAdded), .plan(.taskAdded),
             .meeting(.meetingCreated), .meeting(.meetingTaskAdded):
            return true
        default: return false
        }
    }
}

extension Lotsen {
    /// `lotsen move WHO STAGE`.
    struct Move: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "move", abstract: programmeWords.help(.moveAbstract), discussion: programmeWords.help(.moveDiscussion))
        }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
        @Argument(help: ArgumentHelp(programmeWords.help(.stageArgument)), completion: Completions.stages) var stage: String
        @Option(help: ArgumentHelp(programmeWords.help(.placementOption))) var placement: String?
        @Option(name: .customLong("until"), help: ArgumentHelp(programmeWords.help(.placementEndOption))) var placementEnd: String?
        @Option(help: ArgumentHelp(programmeWords.help(.incomeOption))) var income: String?
        @Option(help: ArgumentHelp(programmeWords.help(.occupationOption))) var occupation: String?
        @Option(help: ArgumentHelp(programmeWords.help(.employerOption))) var employer: String?
        @Option(name: .customLong("form"), help: ArgumentHelp(programmeWords.help(.employmentFormOption))) var employmentForm: String?
        @Option(help: ArgumentHelp(programmeWords.help(.reasonOption))) var reason: String?
        @Option(help: ArgumentHelp(words.help(.dateOption))) var date: String?

        func run() throws {
            let ctx = global.context
            let input = MoveInput(to: stage, date: date, reason: reason, placement: placement, placementEnd: placementEnd,
                                  income: income, occupation: occupation, employer: employer, employmentForm: employmentForm)
            try ctx.record(who: who) { id in [.programme(.move(id, input))] }
        }
    }

    /// `lotsen activity WHO start KIND | end NUMBER --outcome O | list`.
    struct ActivityCommand: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "activity", abstract: programmeWords.help(.activityAbstract),
                                 discussion: programmeWords.help(.activityDiscussion))
        }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
        @Argument(help: ArgumentHelp(programmeWords.help(.activityActionArgument))) var action: String = "list"
        @Argument(help: ArgumentHelp(programmeWords.help(.activityValueArgument))) var value: String?
        @Option(help: ArgumentHelp(programmeWords.help(.activityOrgOption)), completion: Completions.organisations) var organisation: String?
        @Option(help: ArgumentHelp(programmeWords.help(.activityStartOption))) var start: String?
        @Option(help: ArgumentHelp(programmeWords.help(.plannedEndOption))) var plannedEnd: String?
        @Option(help: ArgumentHelp(programmeWords.help(.outcomeOption))) var outcome: String?
        @Option(help: ArgumentHelp(words.help(.dateOption))) var date: String?
        @Flag(help: ArgumentHelp(words.jsonFlagHelp)) var json = false

        func run() throws {
            let ctx = global.context
            let d = ctx.lang.domain
            switch action.lowercased() {
            case "start", "starta":
                guard let kind = value else { throw CommandFailure.usage(d.error(.invalid(.kind, .empty), names: { $0.value })) }
                try ctx.record(who: who) { id in [.programme(.startActivity(id, kind: kind, organisation: organisation, start: start, plannedEnd: plannedEnd))] }
            case "end", "avsluta":
                guard let text = value, let number = Int(text) else {
                    throw CommandFailure.usage(d.error(.invalid(.activity, .notAChoice(value ?? "", .number)), names: { $0.value }))
                }
                guard let outcome else { throw CommandFailure.usage(d.error(.invalid(.outcome, .empty), names: { $0.value })) }
                try ctx.record(who: who) { id in [.programme(.endActivity(id, activity: number, date: date, outcome: outcome))] }
            case "list", "lista":
                let w = try ctx.open(.readOnly)
                defer { w.close() }
                let id = try ctx.resolveShared(who, in: w)
                let p = w.state.participant(id)!
                let activities = p.currentPeriod.programme.activities
                if json {
                    Console.out(try JSONOutput.encode(activities.map(ActivityJSON.init)))
                } else if activities.isEmpty {
                    Console.out(ctx.lang.programme.label(.noActivities).capitalizedFirst)
                } else {
                    Console.out(TextTable(activities.map { ProgrammeText.activityRow($0, ctx.lang, today: ctx.today) }).render())
                }
            default:
                throw CommandFailure.usage(d.error(.invalid(.activity, .notOneOf(action, ["start", "end", "list"])), names: { $0.value }))
            }
        }
    }

    /// `lotsen checklist WHO [ITEM …]`; without items it shows the list.
    struct ChecklistCommand: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "checklist", abstract: programmeWords.help(.checklistAbstract))
        }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String?
        @Argument(help: ArgumentHelp(programmeWords.help(.checklistItemsArgument))) var items: [String] = []
        @Flag(help: ArgumentHelp(programmeWords.help(.undoFlag))) var undo = false
        @Option(help: ArgumentHelp(programmeWords.help(.addItemOption))) var addItem: String?
        @Option(help: ArgumentHelp(programmeWords.help(.removeItemOption))) var removeItem: String?
        @Option(help: ArgumentHelp(words.help(.dateOption))) var date: String?

        func run() throws {
            let ctx = global.context
            let changing = addItem != nil || removeItem != nil || !items.isEmpty
            let w = try ctx.open(changing ? .readWrite : .readOnly)
            defer { w.close() }
            var commands: [Command] = []
            if let addItem { commands.append(.programme(.addChecklistItem(label: addItem))) }
            if let removeItem { commands.append(.programme(.removeChecklistItem(removeItem))) }
            if !commands.isEmpty { try ctx.record(w, nil, commands) }
            guard let who else {
                if commands.isEmpty {
                    for (i, item) in w.state.checklist.items.enumerated() { Console.out("\(i + 1). \(ctx.lang.programme.checklistItem(item))  (\(item.code))") }
                }
                return
            }
            let id = try ctx.resolveShared(who, in: w)
            if !items.isEmpty {
                try ctx.record(w, id, [.programme(.tickChecklist(id, items: items, date: date, undo: undo))])
            } else {
                let ticks = w.state.participant(id)!.currentPeriod.programme.ticks
                for (i, item) in w.state.checklist.items.enumerated() {
                    let mark = ticks[item.code].map { "[x] \($0.date.iso) \($0.stamp.author)" } ?? "[ ]"
                    Console.out("\(i + 1). \(mark)  \(ctx.lang.programme.checklistItem(item))")
                }
            }
        }
    }

    /// `lotsen visit WHO WORKPLACE` or `lotsen visit WHO --evaluate N`.
    struct VisitCommand: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "visit", abstract: programmeWords.help(.visitAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
        @Argument(help: ArgumentHelp(programmeWords.help(.visitWorkplaceArgument))) var workplace: String?
        @Flag(help: ArgumentHelp(programmeWords.help(.fullDayFlag))) var fullDay = false
        @Option(help: ArgumentHelp(programmeWords.help(.evaluationOption))) var evaluation: String?
        @Option(help: ArgumentHelp(programmeWords.help(.supervisorOption))) var supervisor: String?
        @Option(help: ArgumentHelp(programmeWords.help(.evaluateOption))) var evaluate: Int?
        @Option(help: ArgumentHelp(words.help(.dateOption))) var date: String?

        func run() throws {
            let ctx = global.context
            try ctx.record(who: who) { id in
                if let evaluate { return [.programme(.evaluateVisit(id, visit: evaluate, evaluation: evaluation, supervisorView: supervisor))] }
                return [.programme(.recordVisit(id, workplace: workplace ?? "", date: date, fullDay: fullDay, evaluation: evaluation, supervisorView: supervisor))]
            }
        }
    }

    /// `lotsen kanalen WHO jobbsök --hours 3`.
    struct KanalenCommand: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "kanalen", abstract: programmeWords.help(.kanalenAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
        @Argument(help: ArgumentHelp(programmeWords.help(.kanalenActivityArgument))) var activity: String
        @Option(help: ArgumentHelp(programmeWords.help(.hoursOption))) var hours: String?
        @Option(help: ArgumentHelp(words.help(.dateOption))) var date: String?

        func run() throws {
            let ctx = global.context
            try ctx.record(who: who) { id in [.programme(.logKanalen(id, activity: activity, date: date, hours: hours))] }
        }
    }

    /// `lotsen support WHO på|av`: intensified support.
    struct SupportCommand: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "support", abstract: programmeWords.help(.supportAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
        @Argument(help: ArgumentHelp(programmeWords.help(.supportArgument))) var state: String
        @Option(help: ArgumentHelp(words.help(.dateOption))) var date: String?

        func run() throws {
            let ctx = global.context
            let on = try ctx.onOff(state, .status)
            try ctx.record(who: who) { id in [.programme(.setIntensifiedSupport(id, on: on, date: date))] }
        }
    }

    /// `lotsen akassa WHO medlem|ej-medlem|ingen-rätt`.
    struct AKassaCommand: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "akassa", abstract: programmeWords.help(.akassaAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
        @Argument(help: ArgumentHelp(programmeWords.help(.akassaArgument))) var status: String
        @Option(help: ArgumentHelp(words.help(.dateOption))) var date: String?

        func run() throws {
            let ctx = global.context
            try ctx.record(who: who) { id in [.programme(.checkAKassa(id, status: status, date: date))] }
        }
    }
}
