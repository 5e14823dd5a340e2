import LotsenCalendar
import LotsenCore
import LotsenText
import LotsenWorkspace
import Testing

/// Suppression that cannot be undone (issue 24, point 5): no hidden figure of a report
/// that leaves the office can be worked out from the others in its table.
@Suite("Suppression that cannot be undone")
struct SuppressionTests {
    static let today = Day(iso: "2026-11-24")!
    static let state = DemoJournal(size: .small, today: today).state()
    static let ranges = [ReportRange.yearToDate(today), ReportRange(from: Day(iso: "2026-10-01")!, to: Day(iso: "2026-10-31")!)]

    @Test("hiding only the small counts gives some away by subtraction on the demo: the checker bites")
    func smallAloneLeaks() {
        var leaked = 0
        for kind in ReportKind.allCases {
            for range in Self.ranges {
                for s in Statistics.report(kind, in: Self.state, range: range).sections {
                    leaked += Suppression.derivable(s, hidden: Suppression.small(s, threshold: 5)).count
                }
            }
        }
        #expect(leaked > 0)
    }

    @Test("with the withheld cells, nothing hidden can be worked out, in any report or period", arguments: ReportKind.allCases)
    func nothingDerivable(_ kind: ReportKind) {
        for range in Self.ranges {
            for s in Statistics.report(kind, in: Self.state, range: range).sections {
                let hidden = Suppression.hidden(s, threshold: 5)
                #expect(Suppression.derivable(s, hidden: hidden).isEmpty, "\(kind) \(s.heading)")
                #expect(hidden.isSuperset(of: Suppression.small(s, threshold: 5)))
            }
        }
    }

    @Test("the example of the issue: Inskrivna 61, 55, <5, 120 no longer gives the 4")
    func example() throws {
        let row = ReportRow(line: .inProgramme, figures: GenderFigures(women: .count(61), men: .count(55), otherOrUnknown: .count(4), total: .count(120)))
        let report = Report(kind: .targetGroup, range: Self.ranges[0], sections: [ReportSection(heading: .targetGroup, rows: [row], chart: .genderSplit)])
        let doc = ReportDocument(report, lang: .sv, threshold: 5)
        let cells = doc.cells(doc.report.sections[0].rows[0])
        #expect(cells.contains("<5") && cells.contains("..") && cells.contains("61") && cells.contains("120"), "\(cells)")
        #expect(!cells.contains("55"), "the next-smallest part is withheld")
        let exact = ReportDocument(report, lang: .sv, threshold: 0)
        #expect(exact.cells(exact.report.sections[0].rows[0]) == ["61", "55", "4", "120"])
    }
}
