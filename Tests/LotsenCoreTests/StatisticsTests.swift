import Testing
import LotsenCalendar
@testable import LotsenCore

/// Each report over `StatisticsFixture.programme()` for 2026-01-01…2026-06-30. The
/// expected figures were worked out by hand from the fixture's comments and the
/// definitions in docs/reports.md; each `#expect` lists women, men, annat/okänt, total.
@Suite("Statistics: the six reports, split by gender")
struct StatisticsTests {
    let state = StatisticsFixture.programme().state
    let range = ReportRange(from: Day(iso: "2026-01-01")!, to: Day(iso: "2026-06-30")!)

    func report(_ kind: ReportKind) -> Report { Statistics.report(kind, in: state, range: range) }

    /// A row's figures as numbers: counts as counts, shares as "n/of", medians as days.
    func cells(_ r: Report, _ line: ReportLine, section: Int? = nil) -> [String] {
        let sections = section.map { [r.sections[$0]] } ?? r.sections
        guard let row = sections.lazy.flatMap(\.rows).first(where: { $0.line == line }) else { return ["missing"] }
        let f = row.figures
        return [f.women, f.men, f.otherOrUnknown, f.total].map { figure in
            switch figure {
            case .count(let n), .target(let n), .withheld(let n): return "\(n)"
            case .remaining(let n, _): return "\(n)"
            case .share(let n, let of): return "\(n)/\(of)"
            case .median(let m, _): return m.map { $0 == $0.rounded() ? "\(Int($0))" : "\($0)" } ?? "-"
            }
        }
    }

    @Test("Målgrupp: everyone in the programme in the range, once; age on the last day")
    func targetGroup() {
        let r = report(.targetGroup)
        #expect(cells(r, .inProgramme) == ["4", "3", "1", "8"])
        #expect(cells(r, .newlyRegistered) == ["3", "3", "1", "7"])
        #expect(cells(r, .bornAbroad) == ["1", "1", "0", "2"])
        #expect(cells(r, .disability) == ["0", "1", "0", "1"])
        #expect(cells(r, .withoutGrades) == ["1", "1", "0", "2"])
        #expect(cells(r, .incomeSupport) == ["1", "1", "0", "2"])
        #expect(cells(r, .afCategory(.openUnemployment)) == ["2", "1", "0", "3"])
        #expect(cells(r, .afCategory(.youthGuarantee)) == ["1", "1", "0", "2"])
        #expect(cells(r, .afCategory(.notAvailable)) == ["0", "1", "0", "1"])
        #expect(cells(r, .afCategory(.other)) == ["missing"], "a code nobody has is not a row")
        #expect(cells(r, .afCategory(nil)) == ["1", "0", "1", "2"])
        #expect(cells(r, .ageBand(16...19)) == ["1", "1", "1", "3"])
        #expect(cells(r, .ageBand(20...24)) == ["2", "1", "0", "3"])
        #expect(cells(r, .ageBand(25...29)) == ["0", "1", "0", "1"])
        #expect(cells(r, .ageBand(nil)) == ["1", "0", "0", "1"])
        #expect(r.hasOtherOrUnknown)
    }

    @Test("Målgrupp leaves out empty 'not given' and 'other ages' rows, but never the fixed ones")
    func emptyRows() {
        let r = Statistics.report(.targetGroup, in: LotsenState(), range: range)
        // 11, 69 and 14 in each of the three AF tables, as the programme's table names them.
        #expect(r.sections.map(\.rows.count) == [6, 3, 3, 3, 3])
        #expect(!r.hasOtherOrUnknown)
    }

    @Test("Deltagare och insatser: stages on the last day; activities started, ended, running")
    func activities() {
        let r = report(.activities)
        #expect(cells(r, .stage(.introduction)) == ["1", "0", "1", "2"])
        #expect(cells(r, .stage(.actionPlan)) == ["1", "1", "0", "2"])
        for stage in [Stage.studyVisits, .kanalen, .havet] { #expect(cells(r, .stage(stage)) == ["0", "0", "0", "0"]) }
        #expect(r.sections[1].rows.map(\.line) == [.activity(.praktik), .activity(.traineejobb), .activity(.utbildningskontrakt)])
        #expect(cells(r, .activity(.praktik), section: 1) == ["1", "1", "0", "2"])
        #expect(cells(r, .activity(.traineejobb), section: 1) == ["1", "1", "0", "2"])
        #expect(cells(r, .activity(.utbildningskontrakt), section: 1) == ["1", "0", "0", "1"])
        #expect(cells(r, .activity(.praktik), section: 2) == ["1", "1", "0", "2"])
        #expect(cells(r, .activity(.traineejobb), section: 2) == ["1", "0", "0", "1"])
        #expect(cells(r, .activity(.utbildningskontrakt), section: 2) == ["0", "0", "0", "0"])
        #expect(cells(r, .activity(.praktik), section: 3) == ["0", "0", "0", "0"])
        #expect(cells(r, .activity(.traineejobb), section: 3) == ["0", "1", "0", "1"])
        #expect(cells(r, .activity(.utbildningskontrakt), section: 3) == ["1", "0", "0", "1"])
    }

    @Test("Avslut: by reason, and the occupations of those who left for work")
    func exits() {
        let r = report(.exits)
        #expect(cells(r, .exitReason(.work)) == ["2", "1", "0", "3"])
        #expect(cells(r, .exitReason(.moved)) == ["0", "1", "0", "1"])
        #expect(cells(r, .exitReason(.studies)) == ["0", "0", "0", "0"], "P6's exit was before the range")
        #expect(cells(r, .allExits) == ["2", "2", "0", "4"])
        #expect(r.sections[1].rows.map(\.line) == [.occupation("Undersköterska"), .occupation(nil)])
        #expect(cells(r, .occupation("Undersköterska")) == ["2", "0", "0", "2"])
        #expect(cells(r, .occupation(nil)) == ["0", "1", "0", "1"])
    }

    @Test("Mål: this year's targets, what was started or left by the last day, what remains")
    func targets() {
        let r = report(.targets)
        #expect(r.sections[0].heading == .targets(year: 2026))
        #expect(r.sections[0].rows.map(\.line) == [.target(.started(.traineejobb)), .target(.started(.utbildningskontrakt)),
                                                    .target(.exited(.work))])
        #expect(cells(r, .target(.started(.traineejobb))) == ["1", "1", "0", "2"])
        #expect(cells(r, .target(.started(.utbildningskontrakt))) == ["1", "0", "0", "1"])
        #expect(cells(r, .target(.exited(.work))) == ["2", "1", "0", "3"])
        #expect(r.sections[0].rows.map(\.target) == [.target(4), .target(5), .target(3)])
        #expect(r.sections[0].rows.map(\.remaining) == [.remaining(2, counted: 2), .remaining(4, counted: 1), .remaining(0, counted: 3)])
    }

    @Test("a target set to 0 is gone; a changed one keeps its place; other years are apart")
    func targetRemoved() {
        var f = StatisticsFixture.programme()
        f.target(2026, .started(.traineejobb), 0)
        #expect(f.state.targets(for: 2026).map(\.measure) == [.started(.utbildningskontrakt), .exited(.work)])
        f.target(2026, .exited(.work), 7)
        #expect(f.state.targets(for: 2026).map(\.count) == [5, 7])
        #expect(f.state.targets(for: 2025).map(\.count) == [3])
    }

    @Test("90 dagar: who started within 90 days, the share of those whose outcome is known, the days")
    func ninetyDays() {
        let r = report(.ninetyDays)
        #expect(cells(r, .registeredInRange) == ["3", "3", "1", "7"])
        #expect(cells(r, .startedWithin) == ["1", "2", "0", "3"])
        #expect(cells(r, .startedAfter) == ["1", "0", "0", "1"])
        #expect(cells(r, .overdueWithout) == ["1", "0", "0", "1"])
        #expect(cells(r, .exitedWithout) == ["0", "1", "0", "1"])
        #expect(cells(r, .stillRunning) == ["0", "0", "1", "1"])
        #expect(cells(r, .shareWithin) == ["1/3", "2/2", "0/0", "3/5"])
        #expect(cells(r, .medianDaysToStart) == ["63", "25.5", "-", "26"])
        #expect(cells(r, .daysBand(0, 30)) == ["1", "1", "0", "2"])
        #expect(cells(r, .daysBand(31, 60)) == ["0", "1", "0", "1"])
        #expect(cells(r, .daysBand(61, 90)) == ["0", "0", "0", "0"])
        #expect(cells(r, .daysBand(91, 120)) == ["1", "0", "0", "1"])
        #expect(cells(r, .daysBand(181, nil)) == ["0", "0", "0", "0"])
    }

    @Test("90 dagar: day 90 is within, day 91 is not", arguments: [("2026-04-01", ReportLine.startedWithin), ("2026-04-02", .startedAfter)])
    func dayNinety(_ start: String, _ line: ReportLine) {
        var f = StatisticsFixture()
        f.register("a", .woman, born: "20040101", registered: "2026-01-01")
        f.start("a", .praktik, start)
        let r = Statistics.report(.ninetyDays, in: f.state, range: range)
        #expect(cells(r, line) == ["1", "0", "0", "1"])
    }

    @Test("Flöde: the funnel, median days per stage, the movement in the range")
    func flow() {
        let r = report(.flow)
        #expect(cells(r, .reached(.introduction)) == ["4", "3", "1", "8"])
        #expect(cells(r, .reached(.actionPlan)) == ["3", "1", "0", "4"])
        #expect(cells(r, .reached(.studyVisits)) == ["3", "0", "0", "3"])
        #expect(cells(r, .reached(.kanalen)) == ["2", "0", "0", "2"])
        #expect(cells(r, .reached(.havet)) == ["2", "0", "0", "2"])
        #expect(cells(r, .medianDays(.introduction)) == ["18.5", "50", "-", "28"])
        #expect(cells(r, .medianDays(.actionPlan)) == ["28", "-", "-", "28"])
        #expect(cells(r, .medianDays(.studyVisits)) == ["24", "-", "-", "24"])
        #expect(cells(r, .medianDays(.kanalen)) == ["65", "-", "-", "65"])
        #expect(cells(r, .medianDays(.havet)) == ["27", "-", "-", "27"])
        #expect(cells(r, .movedInto(.actionPlan)) == ["2", "1", "0", "3"])
        #expect(cells(r, .movedInto(.studyVisits)) == ["2", "0", "0", "2"])
        #expect(cells(r, .movedInto(.kanalen)) == ["2", "0", "0", "2"])
        #expect(cells(r, .movedInto(.havet)) == ["2", "0", "0", "2"])
        #expect(cells(r, .movedBack) == ["1", "0", "0", "1"])
        #expect(cells(r, .allExits) == ["2", "2", "0", "4"])
    }

    @Test("suppression: counts 1–4 become '<5', zero stays, shares and medians of fewer than 5 are hidden")
    func suppression() {
        #expect(Figure.count(0).shown(suppressingBelow: 5) == .number(0))
        #expect(Figure.count(4).shown(suppressingBelow: 5) == .fewerThan(5))
        #expect(Figure.count(5).shown(suppressingBelow: 5) == .number(5))
        #expect(Figure.count(4).shown(suppressingBelow: 0) == .number(4))
        #expect(Figure.share(3, of: 4).shown(suppressingBelow: 5) == .hidden)
        #expect(Figure.share(3, of: 6).shown(suppressingBelow: 5) == .percent(50))
        #expect(Figure.share(0, of: 0).shown(suppressingBelow: 5) == .none)
        #expect(Figure.median(12, of: 3).shown(suppressingBelow: 5) == .hidden)
        #expect(Figure.median(nil, of: 0).shown(suppressingBelow: 0) == .none)
        #expect(Figure.target(3).shown(suppressingBelow: 5) == .number(3))
        #expect(Figure.remaining(2, counted: 2).shown(suppressingBelow: 5) == .hidden, "it would give the hidden count away")
        #expect(Figure.remaining(4, counted: 0).shown(suppressingBelow: 5) == .number(4))
    }

    @Test("report names as typed", arguments: [("målgrupp", ReportKind.targetGroup), ("malgrupp", .targetGroup), ("insatser", .activities),
                                               ("Avslut", .exits), ("mål", .targets), ("90dagar", .ninetyDays), ("90-dagar", .ninetyDays),
                                               ("flöde", .flow), ("flode", .flow), ("flow", .flow)])
    func names(_ text: String, _ kind: ReportKind) { #expect(ReportKind(code: text) == kind) }

    @Test("a target round-trips through the journal's JSON; a negative count is refused")
    func targetEvent() {
        let e = Event.report(.targetSet(YearTarget(year: 2026, measure: .exited(.work), count: 3)))
        #expect(Event(type: e.type, payload: e.payload) == e)
        let local = Event.report(.targetSet(YearTarget(year: 2026, measure: .started(.local("Språkcafé")), count: 2)))
        #expect(Event(type: local.type, payload: local.payload) == local)
        #expect(Event(type: "target.set", payload: Array(#"{"year":2026,"measure":"praktik","count":-1}"#.utf8)) == nil)
    }
}
