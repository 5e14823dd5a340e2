import LotsenCalendar
import LotsenCore
import LotsenText

/// Keys on a participant's weekly tasks and on everyone's overdue ones.
enum TasksReducer {
    static func rows(_ s: AppState, _ id: ParticipantID) -> [WeeklyTask] {
        s.domain.participant(id)?.currentPeriod.programme.tasksThisWeek(on: s.today) ?? []
    }

    static func reduce(_ s: inout AppState, _ state: TasksViewState, _ action: Action) -> [Effect] {
        var v = state
        guard let p = s.domain.participant(v.id) else { s.stack.pop(); return [] }
        let tasks = rows(s, v.id)
        let task = tasks.indices.contains(v.cursor) ? tasks[v.cursor] : nil
        let words = s.lang.plan
        defer { if case .weeklyTasks = s.stack.top { s.stack.replaceTop(.weeklyTasks(v)) } }
        func form(_ purpose: FormState.Purpose, _ title: String, _ fields: [FormState.Entry]) {
            s.stack.replaceTop(.weeklyTasks(v))
            s.stack.push(.form(FormState(purpose: purpose, title: "\(title): \(p.profile.fullName)", fields: fields)))
        }
        switch action {
        case .up: v.cursor = max(0, v.cursor - 1); return []
        case .down: v.cursor = min(max(tasks.count - 1, 0), v.cursor + 1); return []
        case .back: s.stack.pop(); return []
        case .quit: return [.quit]
        default: break
        }
        if AppReducer.writeBlocked(&s) { return [] }
        guard p.isActive else {
            s.message = StatusMessage(text: s.lang.domain.error(.alreadyExited(v.id)) { _ in p.profile.fullName }, kind: .error)
            return []
        }
        if action == .add {
            form(.newTask(v.id), words.label(.tasks), [.init(field: .what, text: ""),
                                                       .init(field: .due, text: FieldParsing.defaultTaskDue(s.today).iso)])
            return []
        }
        guard let task, task.isOpen else {
            s.message = StatusMessage(text: s.lang.tui.text(.nothingSelected), kind: .error)
            return []
        }
        let title = "\(words.label(.task).capitalizedFirst) \(task.what)"
        switch action {
        case .done:
            s.stack.replaceTop(.weeklyTasks(v))
            return [.perform([.plan(.followUpTask(v.id, task: task.id, result: TaskResult.done.rawValue, due: nil, comment: nil))], .programme)]
        case .notDone:
            form(.taskNotDone(v.id, task: task.id), title, [.init(field: .comment, text: "")])
        case .moveTask:
            form(.moveTask(v.id, task: task.id), title, [.init(field: .due, text: FieldParsing.defaultTaskDue(s.today.adding(days: 7)).iso),
                                                         .init(field: .comment, text: "")])
        default:
            break
        }
        return []
    }

    static func taskRows(_ s: AppState) -> [TaskList.Row] {
        TaskList.rows(in: s.domain, today: s.today, mine: s.taskList.mine ? s.author : nil, viewer: s.author)
    }

    /// Uppgifter: open, overdue first; Enter opens the person, d marks the task done.
    static func reduceTaskList(_ s: inout AppState, _ action: Action) -> [Effect] {
        let rows = taskRows(s)
        let row = rows.indices.contains(s.taskList.selected) ? rows[s.taskList.selected] : nil
        switch action {
        case .up: s.taskList.selected = max(0, s.taskList.selected - 1)
        case .down: s.taskList.selected = min(max(rows.count - 1, 0), s.taskList.selected + 1)
        case .cycleFilter:
            s.taskList.mine.toggle()
            s.taskList.selected = 0
        case .open:
            switch row {
            case .weekly(let id, _)?: s.stack.push(.weeklyTasks(TasksViewState(id: id)))
            case .meeting(let t)?: if let id = t.participant { s.stack.push(.card(CardState(id: id))) }
            case nil: break
            }
        case .done:
            guard let row, !AppReducer.writeBlocked(&s) else { return [] }
            switch row {
            case .weekly(let id, let t):
                return [.perform([.plan(.followUpTask(id, task: t.id, result: TaskResult.done.rawValue, due: nil, comment: nil))], .programme)]
            case .meeting(let t):
                return [.perform([.meeting(.completeMeetingTask(task: t.id, comment: nil))], .programme)]
            }
        case .quit: return [.quit]
        default: break
        }
        return []
    }
}
