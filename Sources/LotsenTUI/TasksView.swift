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
        // The selected task whole, below the list: a task's text is cut in its row at 80
        // columns, and what is to be done is what the caseworker reads.
        let detailRows = rows.isEmpty ? 0 : 2
        let listRows = max(1, area.height - 2 - detailRows - (detailRows > 0 ? 1 : 0))
        let first = max(0, min(selected - (listRows - 1) / 2, rows.count - listRows))
        let nameWidth = area.width >= 120 ? 24 : 18
        // Narrow: the date is said by "n dagar sen" alone, and the text gets the room.
        let compact = area.width < 100
        func parts(_ row: TaskList.Row) -> (who: String, about: String, what: String) {
            let about = row.participant.flatMap { s.domain.participant($0)?.profile.fullName } ?? ""
            switch row {
            case .meeting(let t): return (w.assignee(t.who), about, t.what)
            case .weekly(_, let t): return (w.assignee(.participant), about, t.what)
            }
        }
        for (i, row) in rows.enumerated().dropFirst(first).prefix(listRows) {
            let (who, about, what) = parts(row)
            let r = area.row(2 + i - first)
            let overdue = row.isOverdue(on: s.today)
            let when = compact ? [] : [DisplayWidth.fit(row.due.iso, to: 10)]
            let columns = when + [DisplayWidth.fit(w.relative(row.due, today: s.today), to: 13),
                                  DisplayWidth.fit(who, to: 11), DisplayWidth.fit(about, to: nameWidth), what]
            b.put("  " + columns.joined(separator: " "),
                  in: r, style: overdue ? Style(bold: true, foreground: .red) : .plain)
            if i == selected { b.restyle(r) { $0.reverse = true } }
        }
        guard detailRows > 0, rows.indices.contains(selected) else { return }
        let (who, about, what) = parts(rows[selected])
        let detail = "\(rows[selected].due.iso) · \(who)\(about.isEmpty ? "" : " · " + about): \(what.replacingNewlines)"
        for (i, line) in DisplayWidth.wrap(detail, width: area.width - 4, indent: 2).prefix(detailRows).enumerated() {
            b.put("  " + line, in: area.row(area.height - detailRows + i), style: .bold)
        }
    }
}
