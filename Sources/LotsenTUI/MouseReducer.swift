import LotsenCore
import TerminalCore

/// Clicks and the wheel, turned into what the keys do (lazygit's and htop's way): a click
/// on a hint in the status line is that key; on a row of the list, or a card on the board,
/// it selects, and a second click on the selected one opens it; the wheel is the arrows,
/// three rows a notch. The keyboard stays complete: nothing is only the mouse's.
enum MouseReducer {
    static let wheelRows = 3

    static func reduce(_ s: inout AppState, _ m: MouseEvent) -> [Effect] {
        switch m.kind {
        case .wheelUp, .wheelDown:
            guard let action = Keymap.action(for: m.kind == .wheelUp ? .up : .down, in: s.scope) else { return [] }
            return (0..<wheelRows).flatMap { _ in AppReducer.reduce(&s, .action(action)) }
        case .press:
            if m.at.y == s.size.height - 1, let action = Chrome.hint(at: m.at.x, s) {
                return AppReducer.reduce(&s, .action(action))
            }
            // The help is over the screen: a click anywhere closes it, as a key does.
            if s.showHelp { return AppReducer.reduce(&s, .action(.toggleHelp)) }
            guard s.stack.top == nil, s.past == nil || s.tab == .participants || s.tab == .board else { return [] }
            switch s.tab {
            case .participants: return clickList(&s, m.at)
            case .board: return clickBoard(&s, m.at)
            default: return []
            }
        }
    }

    /// The list's rows start under the search line and the column header.
    static func clickList(_ s: inout AppState, _ at: Point) -> [Effect] {
        let row = at.y - (AppView.body(s.size).y + 2)
        guard row >= 0, row < AppReducer.listRows(s) else { return [] }
        let index = s.list.scroll + row
        guard index < s.list.results.count else { return [] }
        if index == s.list.selected { return AppReducer.reduce(&s, .action(.open)) }
        s.list.selected = index
        AppReducer.clampList(&s)
        return []
    }

    /// A card is two rows in its lane, under the lane's two header rows.
    static func clickBoard(_ s: inout AppState, _ at: Point) -> [Effect] {
        let area = AppView.body(s.size)
        let n = BoardView.visibleLanes(area.width)
        let laneWidth = BoardView.laneWidth(area.width, lanes: n)
        let column = (at.x - area.x) / (laneWidth + 1)
        let cardRow = at.y - (area.y + BoardView.headerRows)
        guard column >= 0, column < n, (at.x - area.x) % (laneWidth + 1) < laneWidth, cardRow >= 0 else { return [] }
        let lane = s.board.firstLane + column
        let k = cardRow / 2
        guard k < BoardView.cardsPerLane(s) else { return [] }
        let index = s.board.scrolls[lane] + k
        guard index < s.board.board.lane(Stage.allCases[lane]).count else { return [] }
        if lane == s.board.lane, index == s.board.rows[lane] { return AppReducer.reduce(&s, .action(.open)) }
        s.board.lane = lane
        s.board.rows[lane] = index
        BoardView.clamp(&s)
        return []
    }
}
