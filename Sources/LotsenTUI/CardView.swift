import LotsenCalendar
import LotsenCore
import LotsenText
import TerminalCore

/// Kort: everything needed on the phone, in one screen.
enum CardView {
    static func draw(_ s: AppState, _ c: CardState, into b: inout ScreenBuffer, _ area: Rect) {
        guard let seen = s.seen(c.id) else { return }
        let p = seen.participant
        let d = s.lang.domain
        let w = s.lang.tui
        var y = area.y
        func line(_ text: String, _ style: Style = .plain) {
            guard y < area.maxY else { return }
            b.put(" " + text, in: area.row(y - area.y), style: style)
            y += 1
        }
        // What the card says is decided by `CallCard`, the same as `lotsen show` prints.
        let card = CallCard(s.lang)
        // A card opened from the meeting is on the group's shared screen: no whole personnummer.
        let header = card.header(p, today: s.today, hidden: seen.hidden, maskNumber: s.tab == .meeting)
        let name = DisplayWidth.truncate(header.name, to: max(12, area.width - DisplayWidth.of(header.details) - 5))
        line("\(name)   \(header.details)", .bold)
        let person = card.person(p, in: s.domain, today: s.today, hidden: seen.hidden)
        let programme = card.programme(p, in: s.domain, today: s.today, hidden: seen.hidden)
        let facts = card.facts(p, hidden: seen.hidden)
        // The notes keep at least a heading and four rows.
        let room = max(0, area.maxY - y - 5)
        // Long lines wrap, indented, rather than being cut.
        func wrapped(_ lines: [CallCard.Line], width: Int) -> [(String, Style)] {
            lines.flatMap { l in
                DisplayWidth.of(l.text) <= width ? [(l.text, style(l))] : DisplayWidth.wrap(l.text, width: width, indent: 2).map { ($0, style(l)) }
            }
        }
        if area.width >= 120 {
            // Wide: who the person is on the left, what the programme does on the right.
            let half = area.width / 2
            let left = wrapped(person + facts, width: half - 2), right = wrapped(programme, width: area.width - half - 1)
            let rows = min(room, max(left.count, right.count))
            for i in 0..<rows {
                if i < left.count { b.put(" " + left[i].0, in: Rect(x: area.x, y: y + i, width: half - 1, height: 1), style: left[i].1) }
                if i < right.count { b.put(right[i].0, in: Rect(x: area.x + half, y: y + i, width: area.width - half - 1, height: 1), style: right[i].1) }
            }
            y += rows
        } else {
            let all = wrapped(person + programme + facts, width: area.width - 2)
            for (i, l) in all.enumerated() where i < room {
                // The last row says there is more rather than cutting silently.
                if i == room - 1 && all.count > room { line("… " + s.lang.tui.text(.moreBelow) + " (p, P)", .dim); break }
                line(l.0, l.1)
            }
        }

        // Notes, newest first; the selected one highlighted when the pane has focus.
        let notes = p.currentNotes
        let heading = "── \(w.text(.notesPane)) (\(notes.count)) "
        b.put(heading + String(repeating: "─", count: max(0, area.width - DisplayWidth.of(heading))), at: Point(x: 0, y: y),
              style: c.pane == .notes ? .bold : .dim)
        y += 1
        if notes.isEmpty { line(w.text(.noNotes), .dim); return }
        if c.showHistory, notes.indices.contains(c.selectedNote) {
            line("\(w.text(.noteHistory)):", .bold)
            for version in p.history(ofNote: notes[c.selectedNote].id) where y < area.maxY {
                line("[\(version.stamp.sequence)] \(s.dayOf(version.stamp.time).iso) \(version.stamp.author): \(version.text.replacingNewlines)")
            }
            return
        }
        let first = max(0, min(c.selectedNote - (area.maxY - y) / 2, notes.count - (area.maxY - y)))
        for (i, n) in notes.enumerated().dropFirst(first) where y < area.maxY {
            let mark = n.corrects != nil ? " (\(d.label(.corrected)))" : ""
            let text = "\(s.dayOf(n.stamp.time).iso) \(d.noteKind(n.kind)) \(n.stamp.author)\(mark): \(n.text.replacingNewlines)"
            let row = area.row(y - area.y)
            b.put(" " + text, in: row)
            if c.pane == .notes && i == c.selectedNote { b.restyle(row) { $0.reverse = true } }
            y += 1
        }
    }

    static func style(_ l: CallCard.Line) -> Style {
        switch l.emphasis {
        case .plain: return .plain
        case .strong: return Style(bold: true, underline: true)
        case .warning: return Style(bold: true, foreground: .yellow)
        case .alert: return Style(bold: true, foreground: .red)
        case .quiet: return .dim
        }
    }
}

/// The note editor.
enum EditorView {
    static func draw(_ s: AppState, _ e: EditorState, into b: inout ScreenBuffer, _ area: Rect) -> Point? {
        let w = s.lang.tui
        let d = s.lang.domain
        let name = s.domain.participant(e.id)?.profile.fullName ?? ""
        var head = "\(w.text(.newNoteFor)) \(name) · \(d.field(.kind)): \(d.noteKind(e.kind))"
        if let c = e.corrects { head = "\(w.text(.correctingNote)) \(c) · \(name) · \(d.noteKind(e.kind))" }
        b.put(" " + head, in: area.row(0), style: .bold)
        let box = Rect(x: 1, y: area.y + 1, width: area.width - 2, height: area.height - 1)
        let (lines, cursor) = e.text.wrapped(width: box.width)
        let first = max(0, cursor.y - box.height + 1)
        for (i, text) in lines.dropFirst(first).prefix(box.height).enumerated() {
            b.put(text, at: Point(x: box.x, y: box.y + i), maxX: box.maxX)
        }
        if e.confirmingDiscard {
            b.put(" " + w.text(.discardQuestion), in: Rect(x: 0, y: area.maxY, width: area.width, height: 1), style: Style(bold: true, reverse: true))
            return nil
        }
        return e.saving ? nil : Point(x: box.x + cursor.x, y: box.y + cursor.y - first)
    }
}

/// A short list to choose from.
enum ChoiceView {
    static func draw(_ s: AppState, _ c: ChoiceState, into b: inout ScreenBuffer, _ area: Rect) -> Point? {
        let w = s.lang.tui
        let prompt: String
        switch c.options {
        case .consent: prompt = w.text(.chooseOrganisations)
        case .responsibleOrganisation: prompt = w.text(.chooseOrganisation)
        case .responsibleCaseworker: prompt = w.text(.chooseCaseworker)
        case .exitReason: prompt = w.text(.reason)
        case .kanalenWorkplace, .income, .activityKind, .activityOutcome, .visitWorkplace, .kanalenActivity, .aKassa, .exportFormat:
            prompt = c.title ?? ""
        }
        b.put(" " + prompt, in: area.row(0), style: .bold)
        // Long lists (the activity catalogue) scroll with the cursor.
        let rows = area.height - 4
        let first = max(0, min(c.cursor - rows + 1, c.labels.count - rows))
        for (i, label) in c.labels.enumerated().dropFirst(first) where i - first < rows {
            let box = c.marksSeveral ? (c.marked.contains(i) ? "[x] " : "[ ] ") : ""
            let row = area.row(2 + i - first)
            b.put("  " + box + label, in: row)
            if i == c.cursor { b.restyle(row) { $0.reverse = true } }
        }
        if case .exitReason = c.options, c.typing {
            let y = area.y + 3 + c.labels.count
            let label = w.text(.occupation) + ": "
            b.put(" " + label, at: Point(x: 0, y: y), style: .bold)
            let end = b.put(c.text, at: Point(x: 1 + DisplayWidth.of(label), y: y), style: .underline)
            return Point(x: end, y: y)
        }
        return nil
    }
}
