import LotsenCalendar
import LotsenCore
import LotsenTestSupport
import LotsenText
import LotsenWorkspace
import TerminalCore
import Testing
@testable import LotsenTUI

/// Statistik on the small demo journal at 80×24: each report, the outgoing view, the
/// text bars, scrolling.
@Suite("The Statistik screen (goldens)", .serialized)
struct StatisticsScreenTests {
    func statistics(lang: Language = .sv) throws -> Harness {
        let h = try Harness(size: Size(width: 80, height: 24), lang: lang, demo: .small)
        for _ in 0..<5 { h.press(.nextView) }
        #expect(h.app.state.tab == .statistics)
        return h
    }

    @Test("each report at 80×24, exact; Tab goes on to the participants")
    func reports() throws {
        let h = try statistics()
        for kind in ReportKind.allCases {
            #expect(h.app.state.statistics.kind == kind)
            h.expectGolden("statistics-\(kind)-80x24")
            h.press(.nextReport)
        }
        #expect(h.app.state.statistics.kind == .targetGroup)
        h.press(.nextView)
        #expect(h.app.state.tab == .participants)
    }

    @Test("as sent out: counts under 5 become <5 and their rows lose the bar")
    func outgoing() throws {
        let h = try statistics()
        h.press(.toggleOutgoing)
        h.expectGolden("statistics-outgoing-80x24")
        #expect(h.text.contains("<5"))
        h.press(.toggleOutgoing)
        #expect(!h.text.contains("<5"))
    }

    @Test("bars as text, another period, scrolling to the end and back")
    func textBarsPeriodScroll() throws {
        let h = try statistics()
        h.press(.previousReport)
        h.press(.previousReport)
        #expect(h.app.state.statistics.kind == .ninetyDays)
        h.press(.toggleChartStyle)
        h.press(.nextPeriod)
        #expect(h.app.state.statistics.period == .lastYear)
        #expect(h.app.state.statistics.report?.range == ReportRange(from: Day(iso: "2025-01-01")!, to: Day(iso: "2025-12-31")!))
        h.expectGolden("statistics-90dagar-text-last-year-80x24")
        #expect(!h.text.contains("█"))
        h.press(.bottom)
        #expect(h.text.contains("Exakta tal"))
        h.press(.top)
        #expect(h.app.state.statistics.scroll == 0)
    }

    @Test("in English")
    func english() throws {
        let h = try statistics(lang: .en)
        h.expectGolden("statistics-en-80x24")
    }

    @Test("another desk's change shows at once: the report is worked out again")
    func refreshes() throws {
        let h = try statistics()
        let before = h.app.state.statistics.report
        let other = try Workspace.open(h.paths, access: .readWrite, h.env("MS")).0
        var input = RegistrationInput()
        input.personnummer = "000101-2384"
        input.firstName = "Ny"
        input.lastName = "Person"
        input.gender = "kvinna"
        input.registered = "2026-11-20"
        _ = try other.perform(.participant(.register(input)))
        other.close()
        h.drive()
        let after = h.app.state.statistics.report
        #expect(before != after)
        func registered(_ r: Report?) -> Figure? { r?.sections[0].rows[0].figures.women }
        guard case .count(let a)? = registered(before), case .count(let b)? = registered(after) else {
            Issue.record("no count")
            return
        }
        #expect(b == a + 1)
    }
}
