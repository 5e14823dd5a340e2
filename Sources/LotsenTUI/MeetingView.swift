import LotsenCalendar
import LotsenCore
import LotsenText
import TerminalCore

/// Möte, on the shared screen: one agenda item at a time, large enough to read across a
/// room, with why it is there, the person's summary, the decision and who does what.
/// On a wide screen the decision and tasks stand in a column of their own.
enum MeetingView {
    typealias Line = ProgrammeView.Line

    static func draw(_ s: AppState, into b: inout ScreenBuffer, _ area: Rect) {
        let w = s.lang.meeting
        guard let m = s.domain.currentMeeting else {
            let last = s.domain.meetingList.last.map { "\(w.label(.meeting)) \($0.date.iso): \(w.status($0.status))" } ?? w.label(.noMeetingYet)
            b.put(" " + w.label(.noOpenMeeting), in: area.row(1), style: .bold)
            b.put(" " + last, in: area.row(3), style: .dim)
            return
        }
        let item = MeetingReducer.focused(s, m)
        let position = item.flatMap { m.position(of: $0.id) }.map { $0 + 1 } ?? 0
        let right = (item == nil ? "" : w.itemPosition(position, of: m.items.count) + " · ") + w.progress(handled: m.handledCount, of: m.items.count)
        // The title, then who is there with the progress at the right: at 80 columns the
        // two would not fit on one row.
        b.put(" \(w.title(m.date)) · \(m.group)", in: area.row(0), style: .bold)
        let estimate = w.estimate(m, s.domain.agendaThresholds)
        if DisplayWidth.of(w.title(m.date) + m.group) + DisplayWidth.of(estimate) + 8 <= area.width {
            b.put(estimate + " ", at: Point(x: area.maxX - DisplayWidth.of(estimate) - 1, y: area.y), style: .dim)
        }
        var present = "\(w.label(.attendees)): " + (m.attendees.isEmpty ? "–" : m.attendees.joined(separator: ", "))
        if !m.guests.isEmpty { present += " · \(w.label(.guests)): " + m.guests.joined(separator: ", ") }
        let room = area.width - DisplayWidth.of(right) - 3
        b.put(" " + DisplayWidth.fit(present, to: room), in: area.row(1), style: .dim)
        b.put(right + " ", at: Point(x: area.maxX - DisplayWidth.of(right) - 1, y: area.y + 1), style: .bold)
        b.put(String(repeating: "─", count: area.width), in: area.row(2), style: .dim)
        let body = Rect(x: area.x, y: area.y + 3, width: area.width, height: area.height - 3)
        if s.meeting.showAgenda {
            drawAgenda(s, m, item, into: &b, body)
        } else if let item {
            drawItem(s, m, item, into: &b, body)
        } else {
            b.put("  " + w.label(.noItems) + " i = " + s.lang.tui.action(.addItem) + ", r = " + s.lang.tui.action(.refreshAgenda),
                  in: body.row(1), style: .dim)
        }
    }

    static func drawAgenda(_ s: AppState, _ m: Meeting, _ focused: AgendaItem?, into b: inout ScreenBuffer, _ area: Rect) {
        let w = s.lang.meeting
        let selected = focused.flatMap { m.position(of: $0.id) } ?? 0
        let rows = area.height - 1
        b.put("  " + w.estimate(m, s.domain.agendaThresholds), in: area.row(0), style: .dim)
        let first = max(0, min(selected - rows / 2, m.items.count - rows))
        for (i, item) in m.items.enumerated().dropFirst(first).prefix(rows) {
            let r = area.row(1 + i - first)
            let mark = item.handled ? w.label(.handledMark) : " "
            let name = DisplayWidth.fit(MeetingReducer.heading(item, m, s), to: 26)
            let why = MeetingReducer.masked(item, m, s) ? "" : item.content.reasons.first { $0 != .added }.map(w.reason) ?? ""
            let decision = (item.decision.map { " · \(w.label(.decision)): \($0.replacingNewlines)" } ?? "")
                + (m.isBeyondLimit(item, s.domain.agendaThresholds) ? " · " + w.nextTime : "")
            b.put(" \(String(i + 1).leftPadded(3)). \(mark) \(name) \(why)\(decision)", in: r, style: item.handled ? .dim : .plain)
            if i == selected { b.restyle(r) { $0.reverse = true } }
        }
    }

    static func drawItem(_ s: AppState, _ m: Meeting, _ item: AgendaItem, into b: inout ScreenBuffer, _ area: Rect) {
        let wide = area.width >= 120
        let name = MeetingReducer.heading(item, m, s).uppercased()
        // Spaced capitals on a large screen: the name is what the room reads first.
        let big = wide ? name.map(String.init).joined(separator: " ") : name
        let mark = item.handled ? s.lang.meeting.label(.handledMark) + " " : ""
        b.put("  " + mark + big, in: area.row(1), style: Style(bold: true))
        var y = 2
        if MeetingReducer.masked(item, m, s) {
            // Nothing about the person on the shared screen: the organisation responsible
            // raises them. The decision and tasks are still the group's to write.
            b.put("  " + s.lang.meeting.unnamed(item, in: s.domain), in: area.row(2), style: .dim)
            put(decision(s, item), into: &b, Rect(x: area.x, y: area.y + 4, width: area.width, height: area.height - 4))
            return
        }
        if let summary = summary(s, item) {
            b.put("  " + summary, in: area.row(2))
            y = 3
        }
        let content = Rect(x: area.x, y: area.y + y + 1, width: area.width, height: area.height - y - 1)
        let reasons = why(s, item), about = person(s, item)
        let outcome = decision(s, item) + tasks(s, m, item)
        if wide {
            let half = content.width / 2
            put(reasons + about, into: &b, Rect(x: content.x, y: content.y, width: half - 1, height: content.height))
            put(outcome, into: &b, Rect(x: content.x + half + 1, y: content.y, width: content.width - half - 1, height: content.height))
        } else {
            // At 80×24 what the group must see comes first: why, the decision, the tasks.
            put(reasons + outcome + about, into: &b, content)
        }
    }

    /// "Kanalen sedan 2026-10-01 · 98 dagar i programmet · AF: AB · AME: MS".
    static func summary(_ s: AppState, _ item: AgendaItem) -> String? {
        guard let id = item.content.participant, let p = s.domain.participant(id) else { return nil }
        let period = p.currentPeriod
        let stage = s.lang.programme.stage(period.programme.stage)
        let since = period.programme.stageSince(registered: period.registered)
        let days = period.registered.days(until: s.today)
        let who = p.responsible.sorted { $0.key < $1.key }.map { "\($0.key.label): \($0.value)" }
        return ([stage + " " + s.lang.meeting.label(.since) + " " + since.iso, "\(s.lang.meeting.label(.days)): \(days)"] + who).joined(separator: " · ")
    }

    static func heading(_ text: String) -> Line { Line(text: text, style: .bold) }

    static func why(_ s: AppState, _ item: AgendaItem) -> [Line] {
        let reasons = item.content.reasons.filter { $0 != .added }
        guard !reasons.isEmpty else { return [] }
        return [heading(s.lang.meeting.label(.reasons))] + reasons.map { Line(text: "  • " + s.lang.meeting.reason($0)) } + [Line(text: "")]
    }

    static func decision(_ s: AppState, _ item: AgendaItem) -> [Line] {
        let w = s.lang.meeting
        let text = item.decision.map { Line(text: "  " + $0.replacingNewlines) }
            ?? Line(text: "  " + w.label(.noDecision) + " b = " + s.lang.tui.action(.decide), style: .dim)
        return [heading(w.label(.decision)), text, Line(text: "")]
    }

    /// Tasks from this item, then the person's other open tasks (from any desk).
    static func tasks(_ s: AppState, _ m: Meeting, _ item: AgendaItem) -> [Line] {
        let w = s.lang.meeting
        let about = item.content.participant
        let list = s.domain.meetingTaskList.filter { t in
            (t.meeting == m.id && t.item == item.id) || (t.isOpen && about != nil && t.participant == about)
                || (about == nil && item.content.title == nil && t.isOpen && t.participant == nil)
        }
        guard !list.isEmpty else { return [] }
        return [heading(w.label(.tasks))] + list.map { t in
            let mark = t.isOpen ? (t.isOverdue(on: s.today) ? "!" : "•") : w.label(.handledMark)
            let style: Style = !t.isOpen ? .dim : t.isOverdue(on: s.today) ? Style(bold: true, foreground: .red) : .plain
            return Line(text: "  \(mark) \(w.assignee(t.who)): \(t.what) – \(t.due.iso)", style: style)
        } + [Line(text: "")]
    }

    /// The person: goals being worked on, flags, the latest notes.
    static func person(_ s: AppState, _ item: AgendaItem) -> [Line] {
        guard let id = item.content.participant, let p = s.domain.participant(id) else { return [] }
        let w = s.lang.meeting
        var out: [Line] = []
        let goals = p.currentPeriod.programme.plan?.current.goals.filter { $0.status == .active } ?? []
        if !goals.isEmpty {
            out.append(heading(w.label(.goals)))
            out += goals.prefix(3).map { g in Line(text: "  • \(g.content.what)" + (g.content.due.map { " (\($0.iso))" } ?? "")) }
        }
        // The flags in words, less what the reasons already say.
        let said = Set(item.content.reasons.map(w.reason))
        let flags = p.flags(on: s.today).map(s.lang.programme.explain).filter { !said.contains($0) }
        if !flags.isEmpty { out += [heading(w.label(.flags))] + flags.map { Line(text: "  • " + $0) } }
        let notes = p.notes.suffix(2).reversed()
        if !notes.isEmpty {
            out.append(heading(w.label(.lastNotes)))
            out += notes.map { n in Line(text: "  \(s.dayOf(n.stamp.time).iso) \(n.stamp.author): \(n.text.replacingNewlines)", style: .dim) }
        }
        return out
    }

    static func put(_ lines: [Line], into b: inout ScreenBuffer, _ area: Rect) {
        var y = 0
        for line in lines {
            guard y < area.height else { return }
            // Headings and short lines as they are; long text wrapped, never cut mid-word.
            let wrapped = DisplayWidth.wrap(line.text, width: area.width - 1, indent: 4)
            for part in wrapped.prefix(line.style.bold ? 1 : 2) where y < area.height {
                b.put(" " + part, in: area.row(y), style: line.style)
                y += 1
            }
        }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
