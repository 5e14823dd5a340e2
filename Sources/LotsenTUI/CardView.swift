import LotsenCalendar
import LotsenCore
import LotsenText
import TerminalCore

/// Kort: everything needed on the phone, in one screen.
enum CardView {
    static func draw(_ s: AppState, _ c: CardState, into b: inout ScreenBuffer, _ area: Rect) {
        guard let p = s.domain.participant(c.id) else { return }
        let d = s.lang.domain
        let w = s.lang.tui
        var y = area.y
        func line(_ text: String, _ style: Style = .plain) {
            guard y < area.maxY else { return }
            b.put(" " + text, in: area.row(y - area.y), style: style)
            y += 1
        }
        func label(_ l: Label) -> String { d.label(l).capitalizedFirst }
        func field(_ f: Field) -> String { d.field(f).capitalizedFirst }

        line("\(p.profile.fullName)   \(p.personnummer.formatted)   \(p.personnummer.age(on: s.today)) \(d.label(.years))   \(d.gender(p.profile.gender))   \(d.label(.id)) \(p.id.value)", .bold)
        var contact = "\(field(.phone)): \(p.profile.phones.isEmpty ? "–" : p.profile.phones.joined(separator: ", "))"
        if let e = p.profile.email { contact += "   \(field(.email)): \(e)" }
        line(contact)
        let period = p.currentPeriod
        let status = period.exit.map { "\(d.label(.exited)) \($0.date.iso), \(d.exitReason($0.reason))\($0.occupation.map { " (\($0))" } ?? "")" }
            ?? "\(d.label(.active)) \(period.registered.iso)"
        let clock = NinetyDayClock.status(of: period, on: s.today)
        line("\(label(.status)): \(status)   \(w.text(.columnStage)): \(s.lang.programme.stage(period.stage)) (\(w.days(period.daysInStage(on: s.today))))")
        line("\(label(.ninetyDays)): \(d.clock(clock))", clock.isFlagged ? Style(bold: true, foreground: .red) : .plain)
        if let consent = p.consent, consent.isActive {
            line("\(label(.consent)): \(consent.date.iso)  \(consent.organisations.map(\.label).joined(separator: ", "))")
        } else if let consent = p.consent, let withdrawn = consent.withdrawn {
            line("\(label(.consent)): \(d.label(.consentWithdrawn)) \(withdrawn.iso)", Style(bold: true, underline: true))
        } else {
            line("\(label(.consent)): \(d.label(.noConsent))", Style(bold: true, underline: true))
        }
        let responsible = p.responsible.sorted { $0.key < $1.key }.map { org, initials in
            "\(org.label) \(initials)" + (s.domain.caseworker(initials).map { " \($0.name)" } ?? "")
        }
        line("\(label(.responsible)): \(responsible.isEmpty ? "–" : responsible.joined(separator: " · "))")
        let programme = p.currentPeriod.programme
        var followUp = programme.plan.map { plan in
            (plan.nextFollowUp?.iso ?? s.lang.plan.label(.allFollowedUp)) + " (\(s.lang.plan.label(.plan).lowercased()) v\(plan.current.number))"
        } ?? s.lang.plan.label(.noPlan).lowercased()
        let open = programme.tasks.count { $0.isOpen }
        if open > 0 { followUp += " · " + s.lang.plan.tasks(open) }
        // What needs doing about the plan and the week's tasks, said on the card.
        let due = p.flags(on: s.today).filter { f in
            switch f {
            case .followUpDue, .tasksOverdue: return true
            default: return false
            }
        }
        followUp += due.map { " · " + s.lang.programme.explain($0) }.joined()
        line("\(w.text(.columnFollowUp)): \(followUp)", due.isEmpty ? .plain : Style(bold: true, foreground: .yellow))
        var facts: [String] = []
        if let cat = p.profile.afCategory { facts.append(d.afCategory(cat)) }
        facts.append("\(d.field(.bornAbroad)) \(d.yesNo(p.profile.bornAbroad))")
        facts.append("\(d.field(.gradesComplete)) \(d.yesNo(p.profile.gradesComplete))")
        facts.append("\(d.field(.incomeSupport)) \(d.yesNo(p.profile.incomeSupport))")
        line(facts.joined(separator: " · "), .dim)

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
