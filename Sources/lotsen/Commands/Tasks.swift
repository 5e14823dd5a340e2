import ArgumentParser
import LotsenCore
import LotsenText
import LotsenWorkspace

extension Lotsen {
    /// `lotsen tasks [WHO [list|add|done|not-done|move] …]`: weekly tasks.
    struct TasksCommand: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "tasks", abstract: planWords.help(.tasksAbstract), discussion: planWords.help(.tasksDiscussion))
        }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(planWords.help(.tasksWhoArgument))) var who: String?
        @Argument(help: ArgumentHelp(planWords.help(.tasksActionArgument))) var action: String = "list"
        @Argument(help: ArgumentHelp(planWords.help(.tasksValueArgument))) var value: String?
        @Option(help: ArgumentHelp(planWords.help(.taskDueOption))) var due: String?
        @Option(help: ArgumentHelp(planWords.help(.commentOption))) var comment: String?
        @Flag(help: ArgumentHelp(planWords.help(.overdueFlag))) var overdue = false
        @Flag(help: ArgumentHelp(meetingWords.help(.mineFlag))) var mine = false
        @Flag(help: ArgumentHelp(words.jsonFlagHelp)) var json = false

        func run() throws {
            let ctx = global.context
            let d = ctx.lang.domain
            guard let who else { return try listAll(ctx) }
            func number() throws -> Int {
                guard let value, let n = Int(value) else {
                    throw CommandFailure.usage(d.error(.invalid(.task, .notAChoice(value ?? "", .number)), names: { $0.value }))
                }
                return n
            }
            switch TextFolding.code(action) {
            case "list", "lista":
                let w = try ctx.open(.readOnly)
                defer { w.close() }
                try ctx.require(.personData, in: w)
                let id = try ctx.resolveShared(who, in: w)
                try ctx.logLook([id], "tasks", via: "tasks", in: w)
                let g = w.state.participant(id)!.currentPeriod.programme
                let tasks = overdue ? g.overdueTasks(on: ctx.today) : g.tasksThisWeek(on: ctx.today)
                if json {
                    Console.out(try JSONOutput.encode(tasks.map { TaskJSON($0, participant: id, today: ctx.today) }))
                } else {
                    Console.out(ctx.label(w, id) + ": " + ctx.lang.plan.label(overdue ? .overdueTasks : .tasks))
                    Console.out(tasks.isEmpty ? "  " + ctx.lang.plan.label(.noTasks) : TextTable(tasks.map { PlanText.taskRow($0, ctx.lang, today: ctx.today) }).render())
                }
            case "add", "ny", "lagg-till":
                try ctx.record(who: who) { id in [.plan(.addTask(id, what: value ?? "", due: due))] }
            case "done", "klar":
                let n = try number()
                try ctx.record(who: who) { id in [.plan(.followUpTask(id, task: n, result: TaskResult.done.rawValue, due: nil, comment: comment))] }
            case "not-done", "inte-klar":
                let n = try number()
                try ctx.record(who: who) { id in [.plan(.followUpTask(id, task: n, result: TaskResult.notDone.rawValue, due: nil, comment: comment))] }
            case "move", "flytta":
                let n = try number()
                try ctx.record(who: who) { id in [.plan(.followUpTask(id, task: n, result: TaskResult.moved.rawValue, due: due, comment: comment))] }
            default:
                throw CommandFailure.usage(d.error(.invalid(.task, .notOneOf(action, ["list", "add", "done", "not-done", "move"])), names: { $0.value }))
            }
        }

        /// Uppgifter: every open who-does-what task and every overdue weekly task (or only
        /// mine, or only the overdue), overdue first.
        func listAll(_ ctx: CommandContext) throws {
            let w = try ctx.open(.readOnly)
            defer { w.close() }
            if mine && ctx.author == nil { throw CommandFailure.usage(ctx.lang.domain.error(.noAuthor, names: { $0.value })) }
            try ctx.require(.personData, in: w)
            let rows = TaskList.rows(in: w.state, today: ctx.today, mine: mine ? ctx.author : nil, overdueOnly: overdue, viewer: ctx.author)
            if json {
                Console.out(try JSONOutput.encode(rows.map { MeetingTaskJSON($0, today: ctx.today) }))
            } else if rows.isEmpty {
                Console.out(overdue ? ctx.lang.plan.label(.nobodyOverdue) : ctx.lang.meeting.label(.noTasks))
            } else {
                Console.out(MeetingText.taskRows(rows, w.state, ctx.lang, today: ctx.today))
            }
        }
    }
}
