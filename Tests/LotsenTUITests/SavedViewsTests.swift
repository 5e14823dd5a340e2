import LotsenCore
import LotsenTestSupport
import Testing
@testable import LotsenTUI

/// A caseworker's own saved views and the coordinator's overview (issue 23, point 8).
@Suite("Saved views and the caseload overview")
struct SavedViewsTests {
    @Test("a view saved on one desk is on every desk of the same caseworker, and on no one else's")
    func savedPerCaseworker() throws {
        var desk = InMemoryDesk(InMemoryDesk.demo)
        desk.follow([.cycleFilter, .type("berg"), .saveView])
        guard case .form(var f)? = desk.state.stack.top else { Issue.record("Ctrl-S asks for a name"); return }
        f.fields[0].text = "Mina Berg"
        desk.state.stack.replaceTop(.form(f))
        desk.send(.save)
        #expect(desk.state.list.view == "Mina Berg")
        #expect(desk.domain.savedViews(of: "ab") == [SavedView(name: "Mina Berg", filter: .mine, query: "berg")])
        let shown = desk.state.list.results

        // Another desk of AB's: Ctrl-F goes round the filters, then to the view.
        var other = InMemoryDesk(desk.domain)
        for _ in CaseloadFilter.allCases { other.send(.cycleFilter) }
        #expect(other.state.list.view == "Mina Berg" && other.state.list.query == "berg" && other.state.list.filter == .mine)
        #expect(other.state.list.results == shown)
        #expect(EveryKeyTests.screen(other.state).contains("Mina Berg"))
        other.send(.cycleFilter)
        #expect(other.state.list.view == nil && other.state.list.query.isEmpty && other.state.list.filter == .all, "round again")

        // JL's desk never offers AB's view.
        var colleague = InMemoryDesk(desk.domain, author: "JL")
        for _ in 0...CaseloadFilter.allCases.count { colleague.send(.cycleFilter) }
        #expect(colleague.state.list.view == nil)
    }

    @Test("typing in a view leaves it; Ctrl-D removes the view on screen after asking")
    func leaveAndRemove() throws {
        var desk = InMemoryDesk(InMemoryDesk.demo)
        desk.send(.removeView)
        #expect(desk.state.message?.text.contains("Ingen sparad vy") == true && desk.state.stack.top == nil)
        desk.follow([.type("berg"), .saveView])
        guard case .form(var f)? = desk.state.stack.top else { Issue.record("Ctrl-S asks for a name"); return }
        f.fields[0].text = "Bergarna"
        desk.state.stack.replaceTop(.form(f))
        desk.follow([.save, .type("x")])
        #expect(desk.state.list.view == nil, "a changed search is no longer the view")
        desk.follow([.backspace])
        desk.follow(Array(repeating: .cycleFilter, count: CaseloadFilter.allCases.count))
        #expect(desk.state.list.view == "Bergarna")
        desk.follow([.removeView, .yes])
        #expect(desk.domain.savedViews(of: "AB").isEmpty && desk.state.list.view == nil)
        #expect(desk.state.message?.text == "Vyn ”Bergarna” borttagen.")
    }

    @Test("a name typed with a zero-width space is saved, shown and found without it")
    func invisibleInName() throws {
        var desk = InMemoryDesk(InMemoryDesk.demo)
        desk.follow([.type("berg"), .saveView])
        guard case .form(var f)? = desk.state.stack.top else { Issue.record("Ctrl-S asks for a name"); return }
        f.fields[0].text = "Mina\u{200B}Berg"
        desk.state.stack.replaceTop(.form(f))
        desk.send(.save)
        #expect(desk.domain.savedViews(of: "AB").map(\.name) == ["MinaBerg"])
        #expect(desk.state.list.view == "MinaBerg" && desk.state.message?.text.contains("”MinaBerg”") == true)
    }

    @Test("the overview counts each caseworker's people and overdue ones; Enter shows theirs on the board")
    func overview() throws {
        var desk = InMemoryDesk(InMemoryDesk.demo)
        desk.send(.caseloadOverview)
        #expect(desk.state.scope == .caseload)
        let load = Caseload.overview(desk.domain, today: Harness.today)
        let rows = CaseloadOverview.rows(desk.state)
        #expect(rows.count == desk.domain.caseworkers.count)
        for r in rows { #expect(r.count == (load[r.caseworker.initials] ?? CaseloadCount()), "\(r.caseworker.initials)") }
        #expect(rows.map(\.count.overdue) == rows.map(\.count.overdue).sorted(by: >), "most overdue first")
        if let failure = Golden.check(AppView.render(desk.state).0.description, named: "caseload-80x24").failure("caseload-80x24") {
            Issue.record(Comment(rawValue: failure))
        }
        desk.follow([.down, .open])
        #expect(desk.state.tab == .board && desk.state.stack.top == nil)
        #expect(desk.state.board.filter == .caseworker(rows[1].caseworker.initials))
    }

    @Test("the card's details form holds every field of the profile, and writes only what changed")
    func details() throws {
        var desk = InMemoryDesk(InMemoryDesk.demo, lang: .en)
        desk.follow([.down, .open, .editDetails])
        guard case .form(var f)? = desk.state.stack.top, case .editDetails(let id) = f.purpose else { Issue.record("d edits the details"); return }
        #expect(f.fields.map(\.field) == [.firstName, .lastName, .gender, .phone, .email, .referral, .afCategory, .bornAbroad, .disability,
                                          .gradesComplete, .incomeSupport, .background])
        if let failure = Golden.check(AppView.render(desk.state).0.description, named: "details-form-80x24-en").failure("details-form-80x24-en") {
            Issue.record(Comment(rawValue: failure))
        }
        let before = desk.domain.participant(id)!.profile
        f.fields[f.fields.firstIndex { $0.field == .disability }!].text = before.disability == true ? "no" : "yes"
        f.fields[f.fields.firstIndex { $0.field == .background }!].text = "Moved here in the spring."
        desk.state.stack.replaceTop(.form(f))
        desk.send(.save)
        let after = desk.domain.participant(id)!.profile
        #expect(after.disability == !(before.disability ?? false))
        #expect(after.background == "Moved here in the spring.")
        var unchanged = after
        unchanged.disability = before.disability
        unchanged.background = before.background
        #expect(unchanged == before, "nothing else changed")
    }
}
