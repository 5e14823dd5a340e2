import LotsenCore
import LotsenTestSupport
import LotsenWorkspace
import TerminalCore
import Testing
@testable import LotsenTUI

/// Tavla, the programme view and Platser, on the demo journal and on a small one.
@Suite("The stage board, the programme and the placement bank (goldens)", .serialized)
struct BoardScreenTests {
    func board(_ size: Size) throws -> Harness {
        let h = try Harness(size: size, demo: .small)
        h.press(.nextView)
        #expect(h.app.state.view == .board)
        return h
    }

    @Test("the board at 80×24: three lanes, the rest a key away, no card spilling")
    func board80() throws {
        let h = try board(Size(width: 80, height: 24))
        h.expectGolden("board-80x24")
        for _ in 0..<4 { h.press(.right) }
        #expect(h.app.state.board.stage == .havet)
        #expect(h.app.state.board.firstLane == 2)
        h.expectGolden("board-80x24-havet")
    }

    @Test("the board at 160×48 shows all five lanes")
    func board160() throws {
        let h = try board(Size(width: 160, height: 48))
        h.expectGolden("board-160x48")
    }

    @Test("filters: mine, my organisation, each caseworker; exited on request")
    func filters() throws {
        let h = try board(Size(width: 80, height: 24))
        let all = Stage.allCases.reduce(0) { $0 + h.app.state.board.board.lane($1).count }
        h.press(.cycleFilter)
        #expect(h.app.state.board.filter == .caseworker("AB"))
        let mine = Stage.allCases.reduce(0) { $0 + h.app.state.board.board.lane($1).count }
        #expect(mine > 0 && mine < all)
        h.press(.cycleFilter)
        #expect(h.app.state.board.filter == .organisation(.af))
        h.press(.cycleFilter)
        guard case .caseworker(let other) = h.app.state.board.filter else { Issue.record("no caseworker filter"); return }
        #expect(other != "AB")
        h.press(.toggleExited)
        #expect(h.text.contains("även avslutade"))
    }

    @Test("the placement bank at 80×24")
    func places() throws {
        let h = try board(Size(width: 80, height: 24))
        h.press(.nextView)
        #expect(h.app.state.view == .places)
        h.expectGolden("places-80x24")
    }
}
