import LotsenCalendar
import LotsenCore
import LotsenText
import TerminalCore

/// Tavla: five lanes (Slussen's three steps, Kanalen, Havet) side by side, as many as
/// fit; the others a key away. A card is two lines and never wider than its lane.
enum BoardView {
    static let minimumLaneWidth = 26
    /// The info line, the column headers and the step headers above the cards.
    static let headerRows = 3

    static func visibleLanes(_ width: Int) -> Int { max(1, min(Stage.allCases.count, width / minimumLaneWidth)) }
    /// Each of `lanes` lanes' width in `width` columns, one column between lanes.
    static func laneWidth(_ width: Int, lanes: Int) -> Int { (width - (lanes - 1)) / lanes }

    /// Cards that fit in a lane, leaving a row for the "more" marker.
    static func cardsPerLane(_ s: AppState) -> Int { max(1, (s.size.height - 3 - headerRows - 1) / 2) }

    /// Keeps the focused lane on screen and each lane's selection in view.
    static func clamp(_ s: inout AppState) {
        let n = visibleLanes(s.size.width)
        var b = s.board
        if b.lane < b.firstLane { b.firstLane = b.lane }
        if b.lane >= b.firstLane + n { b.firstLane = b.lane - n + 1 }
        b.firstLane = max(0, min(b.firstLane, Stage.allCases.count - n))
        let fit = cardsPerLane(s)
        for i in b.rows.indices {
            let count = b.board.lane(Stage.allCases[i]).count
            b.rows[i] = max(0, min(b.rows[i], count - 1))
            if b.rows[i] < b.scrolls[i] { b.scrolls[i] = b.rows[i] }
            if b.rows[i] >= b.scrolls[i] + fit { b.scrolls[i] = b.rows[i] - fit + 1 }
            b.scrolls[i] = max(0, min(b.scrolls[i], max(0, count - fit)))
        }
        s.board = b
    }

    static func filterLabel(_ s: AppState, _ f: ResponsibilityFilter) -> String {
        let w = s.lang.tui
        switch f {
        case .all: return w.text(.filterAll)
        case .caseworker(let c) where s.author.map(Caseworker.key) == Caseworker.key(c): return w.text(.filterMine)
        case .caseworker(let c): return "\(w.text(.filterCaseworker)) \(c)"
        case .organisation(let o) where o == s.authorOrganisation: return w.text(.filterMyOrganisation)
        case .organisation(let o): return o.label
        }
    }

    static func draw(_ s: AppState, into b: inout ScreenBuffer, _ area: Rect) {
        let w = s.lang.tui
        let pw = s.lang.programme
        let board = s.board
        let n = visibleLanes(area.width)
        let stages = Array(Stage.allCases[board.firstLane..<(board.firstLane + n)])
        let total = Stage.allCases.reduce(0) { $0 + board.board.lane($1).count }
        let exited = pw.label(board.includeExited ? .exitedShown : .exitedHidden)
        let elsewhere = board.board.notShown.isEmpty ? "" : " · " + s.lang.privacy.notOnBoard(board.board.notShown)
        b.put(" \(w.count(shown: total, of: total)) \(s.lang.domain.label(.participants)) · \(filterLabel(s, board.filter)) · \(exited)\(elsewhere)",
              in: area.row(0), style: .dim)
        if n < Stage.allCases.count {
            let more = "\(board.firstLane > 0 ? "◂ " : "  ")\(board.firstLane + 1)–\(board.firstLane + n)/\(Stage.allCases.count)\(board.firstLane + n < Stage.allCases.count ? " ▸" : "  ")"
            b.put(more, at: Point(x: area.maxX - DisplayWidth.of(more) - 1, y: area.y), style: .bold)
        }
        let laneWidth = laneWidth(area.width, lanes: n)
        let fit = cardsPerLane(s)
        for (i, stage) in stages.enumerated() {
            let x = area.x + i * (laneWidth + 1)
            let lane = Rect(x: x, y: area.y + 1, width: laneWidth, height: area.height - 1)
            let focused = stage.index == board.lane
            // The column header: the group name where a group starts (or the screen does).
            if i == 0 || stages[i - 1].column != stage.column {
                let title = "\(Stage.columnName(stage.column)) (\(board.board.count(stage.column))) "
                let span = stages[i...].prefix { $0.column == stage.column }.count
                let width = span * (laneWidth + 1) - 1
                b.put("── " + title + String(repeating: "─", count: max(0, width)), at: Point(x: x, y: lane.y), style: .bold, maxX: x + width)
            }
            let ids = board.board.lane(stage)
            let stepTitle: String
            switch stage {
            case .kanalen: stepTitle = pw.label(.kanalenSubtitle)
            case .havet: stepTitle = pw.label(.havetSubtitle)
            default: stepTitle = "\(stage.index + 1) \(pw.step(stage)) (\(ids.count))"
            }
            // The focused lane shows without colour or bold: its title in reverse video,
            // and only its selected card marked (the others' selection is kept, unmarked).
            b.put(stepTitle, in: lane.row(1), style: focused ? Style(bold: true, reverse: true) : Style(underline: true))
            if ids.isEmpty { b.put("–", at: Point(x: x + 1, y: lane.y + 2), style: .dim) }
            let first = board.scrolls[stage.index]
            for (k, id) in ids.dropFirst(first).prefix(fit).enumerated() {
                guard let p = s.domain.participant(id) else { continue }
                let y = lane.y + 2 + k * 2
                let selected = first + k == board.rows[stage.index]
                drawCard(p, s, Rect(x: x, y: y, width: laneWidth, height: 2), selected: selected, focused: focused, into: &b)
            }
            let below = ids.count - first - fit
            if below > 0 || first > 0 {
                let marker = (first > 0 ? "↑\(first) " : "") + (below > 0 ? "↓\(below)" : "")
                b.put(marker, at: Point(x: x + 1, y: lane.y + 2 + fit * 2), style: .dim, maxX: x + laneWidth)
            }
            if i < n - 1 {
                for y in (lane.y + 1)..<area.maxY { b.put("│", at: Point(x: x + laneWidth, y: y), style: .dim) }
            }
        }
    }

    static func drawCard(_ p: Participant, _ s: AppState, _ r: Rect, selected: Bool, focused: Bool, into b: inout ScreenBuffer) {
        let dim = !p.isActive
        let name = p.profile.lastName + ", " + p.profile.firstName
        b.put((selected && focused ? "▸" : " ") + name, in: r.row(0), style: Style(bold: selected && focused, dim: dim))
        let period = p.currentPeriod
        let days = s.lang.tui.days(period.daysInStage(on: s.today))
        var x = b.put("  " + days, at: Point(x: r.x, y: r.y + 1), style: .dim, maxX: r.maxX) + 1
        for flag in p.flags(on: s.today) {
            let text = s.lang.programme.flag(flag)
            guard x + DisplayWidth.of(text) <= r.maxX else { break }
            x = b.put(text, at: Point(x: x, y: r.y + 1), style: FlagStyle.of(flag), maxX: r.maxX) + 1
        }
        if selected && focused { b.restyle(Rect(x: r.x, y: r.y, width: r.width, height: 2)) { $0.reverse = true } }
    }
}

/// How a flag looks wherever it is shown.
enum FlagStyle {
    static func of(_ f: ProgrammeFlag) -> Style {
        switch f {
        case .ninetyDaysOverdue, .activityOverLimit: return Style(bold: true, foreground: .red)
        case .ninetyDaysWarning, .placementEndingSoon, .checkpointDue, .followUpDue, .tasksOverdue:
            return Style(bold: true, foreground: .yellow)
        case .noConsent, .aKassa: return Style(underline: true)
        case .intensifiedSupport: return Style(bold: true, foreground: .magenta)
        }
    }
}
