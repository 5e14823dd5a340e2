import LotsenCalendar
import LotsenCore
import LotsenTestSupport
import LotsenText
import LotsenWorkspace
import Testing
@testable import LotsenTUI

/// Ctrl-T: any view as the journal stood at the end of a past date, under a banner,
/// read only, and Ctrl-T again back to today (issue 24, point 6).
@Suite("The past in the TUI")
struct PastTUITests {
    static func golden(_ s: AppState, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if let failure = Golden.check(AppView.render(s).0.description, named: name).failure(name) {
            Issue.record(Comment(rawValue: failure), sourceLocation: sourceLocation)
        }
    }

    @Test("a date typed after Ctrl-T shows the list and the board as they stood, under a banner, in Swedish and English")
    func banner() throws {
        for lang in [Language.sv, .en] {
            var desk = InMemoryDesk(InMemoryDesk.demo, lang: lang)
            let today = desk.state.list.results.count
            desk.follow([.asOf, .type("2026-09-30"), .save])
            let past = try #require(desk.state.past)
            #expect(past.day == Day(iso: "2026-09-30") && desk.state.today == past.day)
            #expect(desk.state.list.results.count < today, "fewer people were registered then")
            Self.golden(desk.state, "past-list-\(lang.rawValue)-80x24")
            desk.send(.nextView)
            Self.golden(desk.state, "past-board-\(lang.rawValue)-80x24")
            desk.send(.asOf)
            #expect(desk.state.past == nil && desk.state.today == Harness.today)
            #expect(desk.state.domain == desk.domain, "the present again")
            #expect(!EveryKeyTests.screen(desk.state).contains("2026-09-30"), "no banner")
        }
    }

    @Test("nothing can be written while a past date is shown: every write says why, and nothing is planned")
    func readOnly() throws {
        var desk = InMemoryDesk(InMemoryDesk.demo)
        desk.follow([.asOf, .type("2026-09-30"), .save])
        let sequence = desk.sequence
        for path: [Action] in [[.open, .newNote], [.undo], [.register], [.saveView]] {
            desk.follow(path)
            #expect(desk.state.message?.text == "Visar 2026-09-30: inget kan skrivas där. Ctrl-T går tillbaka till i dag.", "\(path)")
            #expect(desk.state.stack.top.map { if case .form = $0 { return false } else { return true } } ?? true, "no form opened")
            desk.state.stack = ScreenStack()
        }
        #expect(desk.sequence == sequence)
        // Another desk's change and a new day leave the past as it stood.
        let before = desk.state.domain
        _ = AppReducer.reduce(&desk.state, .journalChanged(LotsenState()))
        _ = AppReducer.reduce(&desk.state, .newDay(Day(iso: "2026-11-25")!))
        #expect(desk.state.domain == before && desk.state.today == Day(iso: "2026-09-30"))
    }

    @Test("a date that is not one, or has not come, keeps the form open with the field marked")
    func badDate() throws {
        var desk = InMemoryDesk(InMemoryDesk.demo)
        desk.follow([.asOf, .type("2026-02-30"), .save])
        #expect(desk.state.past == nil && desk.state.message?.text.contains("2026-02-30") == true)
        guard case .form(let f)? = desk.state.stack.top else { Issue.record("the form stays"); return }
        #expect(f.errorField == .date)
        desk.follow([.backspace, .backspace, .backspace, .backspace, .backspace, .type("11-25"), .save])
        #expect(desk.state.past == nil && desk.state.message?.text.contains("2026-11-25") == true, "\(String(describing: desk.state.message))")
    }

    @Test("on a real journal the past is folded on its own handle; the present is followed underneath and comes back")
    func realJournal() throws {
        let h = try Harness(demo: .small)
        h.press(.asOf)
        h.type("2026-09-30")
        h.press(.save)
        var desk = InMemoryDesk(InMemoryDesk.demo)
        desk.follow([.asOf, .type("2026-09-30"), .save])
        desk.state.message = h.app.state.message
        #expect(h.text == AppView.render(desk.state).0.lines.joined(separator: "\n"), "the journal's past equals the demo folded to that day")

        // Another desk writes a note; the past does not move, the present has it.
        let (other, _) = try Workspace.open(h.paths, access: .readWrite, h.env("JL"))
        let id = try #require(h.app.state.list.results.first)
        try other.perform(.participant(.addNote(id, kind: .call, text: "Skrivet i dag från ett annat skrivbord", corrects: nil)))
        other.close()
        h.drive()
        #expect(h.app.state.past != nil && !(h.app.state.domain.participant(id)!.notes.contains { $0.text.hasPrefix("Skrivet i dag") }))
        h.press(.asOf)
        #expect(h.app.state.past == nil && h.app.state.domain.participant(id)!.notes.contains { $0.text.hasPrefix("Skrivet i dag") })
        #expect(h.app.state.today == Harness.today)
    }
}
