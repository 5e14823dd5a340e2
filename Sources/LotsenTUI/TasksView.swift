import LotsenCalendar
import LotsenCore
import LotsenText
import TerminalCore

/// A participant's weekly tasks, and Uppgifter: everyone's overdue ones.
enum TasksView {
    static func row(_ t: WeeklyTask, _ s: AppState) -> (String, Style) {
        let w = s.lang.plan
        let overdue = t.isOverdue(on: s.today)
        let mark = overdue ? "!" : t.isOpen ? " " : "✓"
        let result = t.followUps.last.map { " · \(w.taskResult($0.result))" + ($0.comment.map { ": \($0)" } ?? "") } ?? ""
        let style: Style = overdue ? Style(bold: true, foreground: .red) : t.isOpen ? .plain : .dim
        return ("[\(mark)] \(t.due.iso) \(t.what)\(result)", style)
    }

    static func draw(_ s: AppState, _ v: TasksViewState, into b: inout ScreenBuffer, _ area: Rect) {
        guard let p = s.domain.participant(v.id) else { return }
        let w = s.lang.plan
        let monday = s.today.monday
        b.put(" \(w.label(.tasks)) \(monday.iso) – \(monday.adding(days: 6).iso)", in: area.row(0), style: .bold)
        let tasks = p.currentPeriod.programme.tasksThisWeek(on: s.today)
        if tasks.isEmpty { b.put("  " + w.label(.noTasks) + " – a = " + s.lang.tui.action(.addTask), in: area.row(2), style: .dim) }
        let first = max(0, min(v.cursor - (area.height - 3) / 2, tasks.count - (area.height - 2)))
        for (i, t) in tasks.enumerated().dropFirst(first).prefix(area.height - 2) {
            let (text, style) = row(t, s)
            let r = area.row(2 + i - first)
            b.put("  " + text, in: r, style: style)
            if i == v.cursor { b.restyle(r) { $0.reverse = true } }
        }
    }

    /// Uppgifter: one row per task, overdue first; who, what, about whom, when.
    static func drawTaskList(_ s: AppState, into b: inout ScreenBuffer, _ area: Rect) {
        let w = s.lang.meeting
        let rows = TasksReducer.taskRows(s)
        let filter = s.taskList.mine ? w.label(.mine) : w.label(.everyone)
        let late = rows.count { $0.isOverdue(on: s.today) }
        b.put(" \(s.lang.tui.text(.taskList)) (\(filter)): \(rows.count) · \(late) \(w.label(.overdue))", in: area.row(0), style: .bold)
        if rows.isEmpty { b.put("  " + w.label(.noTasks), in: area.row(2), style: .dim) }
        let selected = min(s.taskList.selected, max(rows.count - 1, 0))
        let first = max(0, min(selected - (area.height - 3) / 2, rows.count - (area.height - 2)))
        let nameWidth = area.width >= 120 ? 24 : 18
        for (i, row) in rows.enumerated().dropFirst(first).prefix(area.height - 2) {
            let about = row.participant.flatMap { s.domain.participant($0)?.profile.fullName } ?? ""
            let (who, what): (String, String)
            switch row {
            case .meeting(let t): (who, what) = (w.assignee(t.who), t.what)
            case .weekly(_, let t): (who, what) = (w.assignee(.participant), t.what)
            }
            let r = area.row(2 + i - first)
            let overdue = row.isOverdue(on: s.today)
            let columns = [DisplayWidth.fit(row.due.iso, to: 10), DisplayWidth.fit(w.relative(row.due, today: s.today), to: 13),
                           DisplayWidth.fit(who, to: 11), DisplayWidth.fit(about, to: nameWidth), what]
            b.put("  " + columns.joined(separator: " "),
                  in: r, style: overdue ? Style(bold: true, foreground: .red) : .plain)
            if i == selected { b.restyle(r) { $0.reverse = true } }
        }
    }
}
