import LotsenCalendar
import LotsenCore
import LotsenText
import TerminalCore

/// Draws the whole screen for a state: pure, so tests compare buffers.
public enum AppView {
    public static let minimum = Size(width: 80, height: 24)

    /// The buffer, and where the text cursor should be (nil: hidden).
    public static func render(_ s: AppState) -> (ScreenBuffer, Point?) {
        var b = ScreenBuffer(size: s.size)
        guard s.size.width >= minimum.width, s.size.height >= minimum.height else {
            let text = s.lang.tui.tooSmall(width: s.size.width, height: s.size.height)
            var y = 0
            var rest = Substring(text)
            while !rest.isEmpty && y < s.size.height {
                let take = String(rest.prefix(max(s.size.width, 1)))
                b.put(take, at: Point(x: 0, y: y), style: y == 0 ? .bold : .plain)
                rest = rest.dropFirst(take.count)
                y += 1
            }
            return (b, nil)
        }
        // Left alone, the desk shows nothing of anyone until a key is pressed.
        if s.locked {
            b.put(" Lotsen", in: Rect(x: 0, y: 0, width: s.size.width, height: 1), style: Style(bold: true, reverse: true))
            for (i, line) in DisplayWidth.wrap(s.lang.privacy.locked, width: s.size.width - 4, indent: 0).enumerated() {
                b.put(line, in: Rect(x: 2, y: s.size.height / 2 - 1 + i, width: s.size.width - 4, height: 1), style: .bold)
            }
            return (b, nil)
        }
        var cursor: Point?
        let body = body(s.size)
        cursor = drawScreen(s, s.stack.top, into: &b, body)
        if case .confirm(let c)? = s.stack.top {
            // The question stands over what asked it.
            var under = s
            under.stack.pop()
            _ = drawScreen(under, under.stack.top, into: &b, body)
            ConfirmView.draw(s, c, into: &b, body)
            cursor = nil
        }
        if s.showHelp {
            HelpView.draw(s, into: &b, body)
            cursor = nil
        }
        Chrome.draw(s, into: &b)
        return (b, cursor)
    }
}

extension AppView {
    /// Between the title bar and the message and status lines.
    static func body(_ size: Size) -> Rect { Rect(x: 0, y: 1, width: size.width, height: size.height - 3) }

    static func drawScreen(_ s: AppState, _ screen: Screen?, into b: inout ScreenBuffer, _ body: Rect) -> Point? {
        switch screen {
        case nil:
            switch s.tab {
            case .participants: return ListView.draw(s, into: &b, body)
            case .board: BoardView.draw(s, into: &b, body)
            case .places: PlacesView.draw(s, into: &b, body)
            case .taskList: TasksView.drawTaskList(s, into: &b, body)
            case .meeting: MeetingView.draw(s, into: &b, body)
            case .statistics: StatisticsView.draw(s, into: &b, body)
            }
        case .card(let c)?: CardView.draw(s, c, into: &b, body)
        case .editor(let e)?: return EditorView.draw(s, e, into: &b, body)
        case .note(let v)?: NoteView.draw(s, v, into: &b, body)
        case .choice(let c)?: return ChoiceView.draw(s, c, into: &b, body)
        case .programme(let v)?: ProgrammeView.draw(s, v, into: &b, body)
        case .plan(let v)?: PlanView.draw(s, v, into: &b, body)
        case .followUp(let f)?: return PlanView.drawFollowUp(s, f, into: &b, body)
        case .planHistory(let h)?: PlanView.drawHistory(s, h, into: &b, body)
        case .weeklyTasks(let v)?: TasksView.draw(s, v, into: &b, body)
        case .workplace(let id)?: PlacesView.drawWorkplace(s, id, into: &b, body)
        case .form(let f)?: return FormView.draw(s, f, into: &b, body)
        case .caseload(let v)?: CaseloadOverview.draw(s, v, into: &b, body)
        case .confirm?: break
        }
        return nil
    }
}

/// The title bar, the message line and the status line.
enum Chrome {
    static func title(_ s: AppState) -> String {
        let w = s.lang.tui
        let base: TUIText
        switch s.tab {
        case .participants: base = .participants
        case .board: base = .board
        case .places: base = .places
        case .taskList: base = .taskList
        case .meeting: base = .meeting
        case .statistics: base = .statistics
        }
        var parts = ["Lotsen", w.text(base)]
        func name(_ id: ParticipantID) -> String { s.domain.participant(id)?.profile.fullName ?? "" }
        switch s.stack.top {
        case .card(let c)?: parts = ["Lotsen", w.text(.card), s.domain.participant(c.id)?.profile.fullName ?? ""]
        case .editor(let e)?: parts = ["Lotsen", w.text(.note), s.domain.participant(e.id)?.profile.fullName ?? ""]
        case .note(let v)?: parts = ["Lotsen", w.text(.note), s.domain.participant(v.id)?.profile.fullName ?? ""]
        case .choice(let c)?:
            switch c.options {
            case .consent: parts = ["Lotsen", w.text(.consentTitle), name(c.id)]
            case .exitReason: parts = ["Lotsen", w.text(.exitTitle), name(c.id)]
            case .responsibleOrganisation, .responsibleCaseworker: parts = ["Lotsen", w.text(.responsibleTitle), name(c.id)]
            case .kanalenWorkplace, .income, .activityKind, .activityOutcome, .visitWorkplace, .kanalenActivity, .aKassa, .exportFormat:
                parts = ["Lotsen", w.text(.programme), name(c.id)]
            }
        case .programme(let v)?: parts = ["Lotsen", w.text(.programme), name(v.id)]
        case .plan(let v)?: parts = ["Lotsen", s.lang.plan.label(.plan), name(v.id)]
        case .followUp(let f)?: parts = ["Lotsen", s.lang.plan.label(.followUp), name(f.id)]
        case .planHistory(let h)?: parts = ["Lotsen", s.lang.plan.label(.history), name(h.id)]
        case .weeklyTasks(let v)?: parts = ["Lotsen", s.lang.plan.label(.tasks), name(v.id)]
        case .workplace(let id)?: parts = ["Lotsen", w.text(.places), s.domain.workplaces[id]?.name ?? ""]
        case .form(let f)?: parts = ["Lotsen", f.title]
        case .confirm?: parts = ["Lotsen", w.text(.confirmTitle)]
        case .caseload?: parts = ["Lotsen", s.lang.caseload.overviewTitle]
        case nil: break
        }
        if s.showHelp { parts.append(w.text(.help)) }
        // The banner of a past date, before anything else the title says.
        if let p = s.past { parts.insert(s.lang.past.title(p.day), at: 1) }
        return parts.joined(separator: " · ")
    }

    static func draw(_ s: AppState, into b: inout ScreenBuffer) {
        let width = s.size.width
        let who = s.author.map { a in a + (s.domain.caseworker(a).map { " (\($0.organisation.label))" } ?? "") } ?? "–"
        var right = who
        if s.past != nil { right = s.lang.past.readOnlyMark + " · " + right } else if s.readOnlyReason != nil { right = s.lang.tui.text(.readOnly) + " · " + right }
        let titleRow = Rect(x: 0, y: 0, width: width, height: 1)
        b.put(" " + title(s), in: titleRow, style: Style(bold: true, reverse: true))
        let rightText = right + " "
        b.put(rightText, at: Point(x: width - DisplayWidth.of(rightText), y: 0), style: Style(bold: true, reverse: true))
        if let m = s.message {
            let style: Style = m.kind == .error ? Style(bold: true, foreground: .red) : m.kind == .success ? Style(bold: true, foreground: .green) : .plain
            let mark = m.kind == .error ? "! " : m.kind == .success ? "✓ " : ""
            b.put(mark + m.text, in: Rect(x: 0, y: s.size.height - 2, width: width, height: 1), style: style)
        }
        b.put(" " + hints(s).map(\.text).joined(separator: "  "), in: Rect(x: 0, y: s.size.height - 1, width: width, height: 1),
              style: .reverse)
    }

    /// The status line's hints, each with what it does: a click on one is its key.
    static func hints(_ s: AppState) -> [(text: String, action: Action)] {
        var shown = Keymap.bindings(in: s.scope).filter(\.hint)
        // With no meeting open, the meeting's keys have nothing to act on: offer a new one.
        if [.meeting, .agenda].contains(s.scope), s.domain.currentMeeting == nil {
            shown = Keymap.bindings(in: s.scope).filter { [.newMeeting, .nextView, .toggleHelp].contains($0.action) }
        }
        var hints = shown.map { (text: "\(KeyName.of($0.keys[0], s.lang)) \(s.lang.tui.hint($0.name))", action: $0.action) }
        if s.past != nil { hints.insert((text: "Ctrl-T " + s.lang.past.today, action: .asOf), at: 0) }
        return hints
    }

    /// The hint drawn at column `x` of the status line, if any.
    static func hint(at x: Int, _ s: AppState) -> Action? {
        var start = 1
        for h in hints(s) {
            let end = start + DisplayWidth.of(h.text)
            if x >= start && x < end { return h.action }
            start = end + 2
        }
        return nil
    }
}

enum HelpView {
    static func draw(_ s: AppState, into b: inout ScreenBuffer, _ area: Rect) {
        b.fill(area)
        let w = s.lang.tui
        // The keys of whatever is under the help: any view, not just the list.
        let scope = underlyingScope(s)
        let bindings = Keymap.bindings(in: scope)
        var extra: [String] = []
        if scope == .list { extra = [w.text(.typeToSearch)] }
        // Said where the flags are read, so that a missing flag is not taken for a fault.
        if scope == .board { extra = [w.text(.havetNotFollowedUp)] }
        // The short flags of the list and the board, explained.
        let legend = [.list, .search, .board].contains(scope) ? s.lang.programme.flagLegend : []
        let rows = area.height - 2
        // One column when it fits; else two, each entry's words wrapped, never cut.
        func entries(_ width: Int, keyWidth: Int) -> [(String, [String])] {
            bindings.map { binding in
                // Two keys at most when the help is in two columns: the rest are in keys.md.
                let keys = binding.keys.prefix(keyWidth > 20 ? 9 : 2).map { KeyName.of($0, s.lang) }.joined(separator: ", ")
                return (keys, DisplayWidth.wrap(w.action(binding.name), width: max(8, width - keyWidth - 3), indent: 0))
            }
        }
        let single = entries(area.width - 2, keyWidth: 24)
        let legendRows = legend.isEmpty ? 0 : 1 + (legend.count + 1) / 2
        let singleRows = single.reduce(0) { $0 + $1.1.count } + extra.count + legendRows
        let columns = singleRows <= rows ? 1 : 2
        let columnWidth = (area.width - 2) / columns
        let keyWidth = columns == 1 ? 24 : 14
        let list = columns == 1 ? single : entries(columnWidth, keyWidth: keyWidth)
        var x = area.x + 2, y = area.y
        // In two columns the split is where the taller column is lowest, so that what
        // follows fits below.
        let heights = list.map(\.1.count)
        let total = heights.reduce(0, +)
        var split = list.count, above = 0, tallest = Int.max
        if columns == 2 {
            for k in 1...max(1, list.count) {
                above += heights[k - 1]
                let taller = max(above, total - above)
                if taller < tallest { tallest = taller; split = k }
            }
        }
        var lowest = y
        for (index, (keys, text)) in list.enumerated() {
            if index == split, columns == 2 { x += columnWidth; y = area.y }
            guard y + text.count <= area.y + rows else { break }
            b.put(DisplayWidth.fit(keys, to: keyWidth - 2), at: Point(x: x, y: y), style: .bold)
            for (i, t) in text.enumerated() { b.put(t, at: Point(x: x + keyWidth, y: y + i), maxX: min(area.maxX, x + columnWidth)) }
            y += text.count
            lowest = max(lowest, y)
        }
        y = lowest
        for line in extra where y < area.y + rows {
            for part in DisplayWidth.wrap(line, width: area.width - 4, indent: 0) where y < area.y + rows {
                b.put(part, at: Point(x: 2, y: y), style: .dim)
                y += 1
            }
        }
        if !legend.isEmpty && y + legendRows <= area.y + rows {
            // A blank line before the heading when there is room for one.
            if y + legendRows < area.y + rows { y += 1 }
            b.put(w.text(.flagsHeading), at: Point(x: 2, y: y), style: .bold)
            y += 1
            let half = (area.width - 2) / 2
            for (i, entry) in legend.enumerated() {
                let at = Point(x: 2 + (i % 2) * half, y: y + i / 2)
                let end = b.put(entry.flag, at: at, style: .bold, maxX: at.x + 10)
                b.put(entry.meaning, at: Point(x: max(end + 1, at.x + 10), y: at.y), maxX: at.x + half - 1)
            }
        }
        b.put(w.text(.helpFooter), at: Point(x: 2, y: area.maxY - 1), style: .dim)
    }

    static func underlyingScope(_ s: AppState) -> Scope {
        var t = s
        t.showHelp = false
        return t.scope
    }
}
