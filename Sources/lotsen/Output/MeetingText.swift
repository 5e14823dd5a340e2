import LotsenCalendar
import LotsenCore
import LotsenText

/// The meeting as plain text for the terminal: the list of meetings, one meeting's
/// agenda with reasons, decisions and tasks, and the task list.
enum MeetingText {
    static func name(_ id: ParticipantID?, _ state: LotsenState) -> String? {
        id.flatMap { state.participant($0)?.profile.fullName }
    }

    static func list(_ meetings: [Meeting], _ lang: Language) -> String {
        let w = lang.meeting
        return TextTable(meetings.map { m in
            ["[\(m.id)]", m.date.iso, m.group, w.status(m.status), w.progress(handled: m.handledCount, of: m.items.count)]
        }).render()
    }

    static func show(_ m: Meeting, _ state: LotsenState, _ lang: Language, today: Day) -> String {
        let w = lang.meeting
        var lines = ["\(w.title(m.date)) · \(m.group) · \(w.status(m.status)) [\(m.id)]"]
        lines.append("\(w.label(.attendees)): " + (m.attendees.isEmpty ? "–" : m.attendees.joined(separator: ", ")))
        if !m.guests.isEmpty { lines.append("\(w.label(.guests)): " + m.guests.joined(separator: ", ")) }
        lines.append("")
        lines.append("\(w.label(.agenda)) (\(w.progress(handled: m.handledCount, of: m.items.count)))")
        if !m.isClosed && !m.items.isEmpty { lines.append(w.estimate(m, state.agendaThresholds)) }
        if m.items.isEmpty { lines.append("  " + w.label(.noItems)) }
        for (i, item) in m.items.enumerated() {
            lines.append(agendaLine(item, position: i + 1, state, lang, meeting: m)
                         + (m.isBeyondLimit(item, state.agendaThresholds) ? "  (\(w.nextTime))" : ""))
            if let id = item.content.participant, !state.mayDiscuss(id, at: m) { continue }
            for r in item.content.reasons where r != .added { lines.append("      " + w.reason(r)) }
            if let d = item.decision { lines.append("      \(w.label(.decision)): \(d.replacingNewlines)") }
            for t in state.meetingTaskList where t.meeting == m.id && t.item == item.id {
                lines.append("      → " + taskLine(t, lang, today: today))
            }
        }
        for c in m.corrections {
            lines.append("\(w.label(.correction)) \(c.date.iso) (\(c.stamp.author))" + (c.item.map { ", \(w.label(.item)) \($0)" } ?? "") + ": \(c.text)")
        }
        return lines.joined(separator: "\n")
    }

    /// "  3. [5] ✓ Sara Lind (d7k2m9xq)": the position, then in brackets the item's own
    /// number, which the commands take.
    static func agendaLine(_ item: AgendaItem, position: Int, _ state: LotsenState, _ lang: Language, meeting: Meeting) -> String {
        let mark = item.handled ? lang.meeting.label(.handledMark) : " "
        let who = item.content.participant.map { id in
            state.mayDiscuss(id, at: meeting) ? name(id, state).map { "\($0) (\(id.value))" } ?? id.value : lang.meeting.unnamed(item, in: state)
        }
        return "  \(position). [\(item.id)] \(mark) \(who ?? item.content.title ?? lang.meeting.label(.groupTasks))"
    }

    static func taskLine(_ t: MeetingTask, _ lang: Language, today: Day) -> String {
        "[\(t.id)] \(lang.meeting.assignee(t.who)): \(t.what) – \(t.due.iso) (\(lang.meeting.relative(t.due, today: today)))"
    }

    static func taskRows(_ rows: [TaskList.Row], _ state: LotsenState, _ lang: Language, today: Day) -> String {
        let w = lang.meeting
        return TextTable(rows.map { row in
            let late = row.isOverdue(on: today) ? "!" : " "
            let about = name(row.participant, state) ?? ""
            switch row {
            case .meeting(let t):
                return ["[\(t.id)]", late, t.due.iso, w.relative(t.due, today: today), w.assignee(t.who), t.what, about]
            case .weekly(_, let t):
                return ["[\(t.id)]", late, t.due.iso, w.relative(t.due, today: today), w.assignee(.participant), t.what, about]
            }
        }).render()
    }
}
