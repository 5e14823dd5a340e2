import LotsenCalendar
import LotsenCore
import LotsenText
import TerminalCore

/// The participant's programme: where they stand, the introduction checklist, study
/// visits, placement and Kanalen's log, activities. One cursor over what can be acted on.
enum ProgrammeView {
    struct Line {
        var text: String
        var style: Style = .plain
        /// The cursor row this line shows, if any.
        var row: Int?
    }

    static func lines(_ s: AppState, _ p: Participant) -> [Line] {
        let l = s.lang.programme
        let period = p.currentPeriod
        let g = period.programme
        func heading(_ text: String) -> Line {
            Line(text: "── \(text) " + String(repeating: "─", count: max(0, s.size.width - DisplayWidth.of(text) - 5)), style: .bold)
        }
        var out: [Line] = []
        var row = 0
        let since = g.stageSince(registered: period.registered)
        var head = "\(l.stage(g.stage)) · \(l.label(.since)) \(since.iso) (\(s.lang.tui.days(period.daysInStage(on: s.today))))"
        if let pl = g.placement {
            head += " · \(s.domain.workplaces[pl.workplace]?.name ?? "") " + (pl.plannedEnd.map { "→ \($0.iso)" } ?? "")
        }
        out.append(Line(text: head, style: .bold))
        let flags = p.flags(on: s.today)
        if !flags.isEmpty { out.append(Line(text: flags.map(l.explain).joined(separator: " · "), style: FlagStyle.of(flags[0]))) }

        let items = s.domain.checklist.items
        out.append(heading("\(l.label(.checklist).capitalizedFirst) \(items.filter { g.ticks[$0.code] != nil }.count)/\(items.count)"))
        for item in items {
            let tick = g.ticks[item.code]
            out.append(Line(text: (tick == nil ? "[ ] " : "[x] ") + l.checklistItem(item) + (tick.map { "  \($0.date.iso) \($0.stamp.author)" } ?? ""),
                            style: tick == nil ? .plain : .dim, row: row))
            row += 1
        }
        out.append(heading("\(l.label(.visits).capitalizedFirst) (\(g.visits.count))"))
        if g.visits.isEmpty { out.append(Line(text: l.label(.noVisits), style: .dim)) }
        for v in g.visits {
            var text = "\(v.date.iso) \(s.domain.workplaces[v.workplace]?.name ?? "") (\(l.label(v.halfDay ? .halfDay : .fullDay)))"
            if let e = v.evaluation { text += " · \(l.label(.evaluation)): \(e.replacingNewlines)" }
            if let sv = v.supervisorView { text += " · \(l.label(.supervisorView)): \(sv.replacingNewlines)" }
            out.append(Line(text: text, row: row))
            row += 1
        }
        out.append(heading(l.label(.kanalenLog).capitalizedFirst))
        var kanalen = ["\(l.label(.jobSearchThisWeek)) \(l.duration(minutes: g.jobSearchMinutes(weekOf: s.today)))",
                       "SYV \(g.last(.counsellor)?.date.iso ?? l.label(.never))",
                       "CV \(g.last(.cvUpdated)?.date.iso ?? l.label(.never))"]
        kanalen.append("\(l.label(.aKassa)) \(g.aKassa.map { l.aKassa($0.status) } ?? l.label(.notChecked))")
        out.append(Line(text: kanalen.joined(separator: " · ")))
        if let i = g.income {
            out.append(Line(text: "\(l.label(.income).capitalizedFirst): \(l.income(i.kind))"
                + i.particulars.map { ", \($0)" }.joined()))
        }
        out.append(heading("\(l.label(.activities).capitalizedFirst) (\(g.activities.count))"))
        if g.activities.isEmpty { out.append(Line(text: l.label(.noActivities), style: .dim)) }
        for a in g.activities {
            var text = "[\(a.id)] \(a.kind.name) (\(a.organisation.label)) \(a.start.iso) → "
            if let end = a.end { text += "\(end.iso) \(a.outcome.map(l.outcome) ?? "")" } else { text += a.plannedEnd?.iso ?? l.label(.running) }
            let warning = a.warning(on: s.today)
            if let warning { text += " · " + l.warning(warning) }
            var style: Style = a.end == nil ? .plain : .dim
            if case .overLimit? = warning { style = Style(bold: true, foreground: .red) }
            out.append(Line(text: text, style: style, row: row))
            row += 1
        }
        return out
    }

    static func draw(_ s: AppState, _ v: ProgrammeViewState, into b: inout ScreenBuffer, _ area: Rect) {
        guard let p = s.domain.participant(v.id) else { return }
        let all = lines(s, p)
        // Scroll so the cursor's line is in view, the header kept when possible.
        let cursorLine = all.firstIndex { $0.row == v.cursor } ?? 0
        let first = max(0, min(cursorLine - area.height / 2, all.count - area.height))
        for (i, line) in all.dropFirst(first).prefix(area.height).enumerated() {
            let r = area.row(i)
            b.put(" " + line.text, in: r, style: line.style)
            if line.row == v.cursor { b.restyle(r) { $0.reverse = true } }
        }
    }
}
