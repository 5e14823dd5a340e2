import LotsenCore
import TerminalCore
import Testing
@testable import LotsenTUI

/// The mouse where people reach for it: a click selects a row or a card, a second click on
/// it opens it, a click on a hint is its key, the wheel scrolls. At 80×24 the list's first
/// row is screen row 3 and the board's first cards are on row 4.
@Suite("Mouse")
struct MouseTests {
    func click(_ h: Harness, x: Int, y: Int) {
        h.backend.type([.mouse(MouseEvent(.press, at: Point(x: x, y: y)))])
        h.drive()
    }

    @Test("a click on a row selects it; a second click opens the card")
    func listRow() throws {
        let h = try Harness()
        click(h, x: 5, y: 5)
        #expect(h.app.state.list.selected == 2)
        #expect(h.app.state.stack.top == nil)
        click(h, x: 5, y: 5)
        guard case .card(let c)? = h.app.state.stack.top else { Issue.record("no card open"); return }
        #expect(c.id == h.app.state.list.results[2])
    }

    @Test("a click below the last row or on the header does nothing")
    func outsideRows() throws {
        let h = try Harness()
        click(h, x: 5, y: 2)
        click(h, x: 5, y: 12)
        #expect(h.app.state.list.selected == 0)
        #expect(h.app.state.stack.top == nil)
    }

    @Test("a click on a hint in the status line is its key: Tab vy goes to the board")
    func hint() throws {
        let h = try Harness()
        let hints = h.text.split(separator: "\n").last!
        let tab = try #require(hints.range(of: "Tab vy"))
        click(h, x: hints.distance(from: hints.startIndex, to: tab.lowerBound) + 1, y: 23)
        #expect(h.app.state.tab == .board)
    }

    @Test("the wheel moves three rows a notch, in the list and on a card")
    func wheel() throws {
        let h = try Harness(demo: .typical)
        h.backend.type([.mouse(MouseEvent(.wheelDown, at: Point(x: 10, y: 10)))])
        h.drive()
        #expect(h.app.state.list.selected == 3)
        h.backend.type([.mouse(MouseEvent(.wheelUp, at: Point(x: 10, y: 10)))])
        h.drive()
        #expect(h.app.state.list.selected == 0)
    }

    @Test("on the board a click focuses a card in another lane; a second opens it")
    func boardCard() throws {
        let h = try Harness(demo: .typical)
        h.press(.nextView)
        #expect(h.app.state.tab == .board)
        let lane = try #require(Stage.allCases.indices.dropFirst().first { h.app.state.board.board.lane(Stage.allCases[$0]).count > 1 && $0 < 3 })
        // Lanes are 26 wide with a rule between them; the second card is rows 6–7.
        click(h, x: lane * 27 + 3, y: 6)
        #expect(h.app.state.board.lane == lane)
        #expect(h.app.state.board.rows[lane] == 1)
        let id = h.app.state.board.selectedID
        click(h, x: lane * 27 + 3, y: 7)
        guard case .card(let c)? = h.app.state.stack.top else { Issue.record("no card open"); return }
        #expect(c.id == id)
    }

    @Test("a click wakes a locked screen and does nothing else")
    func locked() throws {
        let h = try Harness()
        h.app.send(.idle)
        #expect(h.app.state.locked)
        click(h, x: 5, y: 5)
        #expect(!h.app.state.locked)
        #expect(h.app.state.list.selected == 0)
    }
}
