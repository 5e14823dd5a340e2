import LotsenCore
import Testing
@testable import LotsenTUI

/// My caseload, as caseworkers ask for it (issue 23, point 8): Ctrl-F goes round the
/// filters, each showing exactly the people it says.
@Suite("My caseload")
struct CaseloadTests {
    @Test("each filter shows exactly whom it names, and Ctrl-F comes back to all")
    func filters() throws {
        var desk = InMemoryDesk(InMemoryDesk.demo)
        let domain = desk.domain
        let today = Harness.today
        let everyone = Set(desk.state.list.results)
        func mine(_ p: Participant) -> Bool { p.responsible.values.contains("AB") }
        let expected: [CaseloadFilter: (Participant) -> Bool] = [
            .mine: mine,
            .newToMe: { p in p.responsibilities.contains { $0.until == nil && $0.caseworker == "AB" && today.days(until: $0.from) >= -14 } },
            .followUpDue: { p in mine(p) && p.flags(on: today).contains { if case .followUpDue = $0 { true } else { false } } },
            .noConsent: { p in !(p.consent?.isActive ?? false) },
            // Only people whose programme AB may see: a filter must not tell what a row hides.
            .stalled: { p in p.currentPeriod.daysInStage(on: today) >= domain.agendaThresholds.stalledDays
                && domain.seesProgramme(p.id, by: "AB") },
        ]
        var seen: [CaseloadFilter] = []
        for _ in CaseloadFilter.allCases {
            desk.send(.cycleFilter)
            let filter = desk.state.list.filter
            seen.append(filter)
            guard let rule = expected[filter] else { continue }
            let shown = Set(desk.state.list.results)
            let want = Set(everyone.filter { rule(domain.participant($0)!) })
            #expect(shown == want, "\(filter)")
            #expect(!want.isEmpty || filter == .newToMe, "the demo has someone for \(filter)")
        }
        #expect(seen.last == .all && Set(seen) == Set(CaseloadFilter.allCases))
    }
}
