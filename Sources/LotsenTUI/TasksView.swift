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

    static func drawOverdue(_ s: AppState, into b: inout ScreenBuffer, _ area: Rect) {
        let w = s.lang.plan
        let rows = OverdueTasks.all(in: s.domain, today: s.today)
        b.put(" \(w.label(.overdueTasks)) (\(rows.count))", in: area.row(0), style: .bold)
        if rows.isEmpty { b.put("  " + w.label(.nobodyOverdue), in: area.row(2), style: .dim) }
        let selected = min(s.overdue.selected, max(rows.count - 1, 0))
        let first = max(0, min(selected - (area.height - 3) / 2, rows.count - (area.height - 2)))
        for (i, row) in rows.enumerated().dropFirst(first).prefix(area.height - 2) {
            let name = s.domain.participant(row.participant)?.profile.fullName ?? ""
            let days = row.task.due.days(until: s.today)
            let r = area.row(2 + i - first)
            b.put("  " + DisplayWidth.fit(name, to: 24) + " " + DisplayWidth.fit(s.lang.tui.days(days), to: 6) + " " + row.task.what, in: r)
            if i == selected { b.restyle(r) { $0.reverse = true } }
        }
    }
}
