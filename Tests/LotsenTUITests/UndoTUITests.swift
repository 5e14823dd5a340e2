import LotsenCore
import LotsenTestSupport
import LotsenText
import Testing
@testable import LotsenTUI

/// Ctrl-Z takes back the caseworker's last entry after asking, from any screen that is
/// not taking text (issue 23, point 6).
@Suite("Undo in the TUI")
struct UndoTUITests {
    static func golden(_ s: AppState, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if let failure = Golden.check(AppView.render(s).0.description, named: name).failure(name) {
            Issue.record(Comment(rawValue: failure), sourceLocation: sourceLocation)
        }
    }

    @Test("a note on the wrong person: Ctrl-Z names it, asks, and the card no longer shows it")
    func noteOnTheWrongPerson() throws {
        var desk = InMemoryDesk(InMemoryDesk.demo)
        desk.follow([.down, .open, .newNote, .type("Fel person, skulle till Nora"), .save])
        guard case .card(let card)? = desk.state.stack.top else { Issue.record("the card is open"); return }
        let id = card.id
        let name = try #require(desk.domain.participant(id)).profile.fullName
        #expect(desk.domain.participant(id)!.currentNotes.first?.text == "Fel person, skulle till Nora")
        desk.send(.undo)
        guard case .confirm(let c)? = desk.state.stack.top else { Issue.record("Ctrl-Z asks first"); return }
        #expect(c.question.contains("anteckningen om \(name)"))
        Self.golden(desk.state, "undo-confirm-80x24")
        desk.send(.yes)
        #expect(desk.domain.participant(id)!.currentNotes.first?.text != "Fel person, skulle till Nora")
        #expect(desk.domain.participant(id)!.notes.last?.undone != nil, "the history keeps it")
        #expect(desk.state.message?.text == "Ångrat: anteckningen om \(name) (#\(desk.sequence - 1)).")
        #expect(desk.state.scope == .card, "back where the caseworker was")
        #expect(!EveryKeyTests.screen(desk.state).contains("Fel person"))
    }

    @Test("no answers yes by itself: n leaves everything as it was")
    func declined() throws {
        var desk = InMemoryDesk(InMemoryDesk.demo)
        desk.follow([.down, .open, .newNote, .type("Ringde"), .save])
        let before = desk.domain
        desk.follow([.undo, .no])
        #expect(desk.domain == before)
        #expect(desk.state.scope == .card)
    }

    @Test("what cannot be undone says so and why, in the caseworker's language")
    func refused() throws {
        var desk = InMemoryDesk(InMemoryDesk.demo, author: "ZZ", lang: .en)
        desk.send(.undo)
        #expect(desk.state.stack.top == nil)
        #expect(desk.state.message?.text == "You have nothing to undo.")
        var mover = InMemoryDesk(InMemoryDesk.demo)
        mover.follow([.down, .open, .editDetails])
        guard case .form(var f)? = mover.state.stack.top else { Issue.record("d edits the details"); return }
        f.fields[f.fields.firstIndex { $0.field == .email }!].text = "ny@example.se"
        mover.state.stack.replaceTop(.form(f))
        mover.follow([.save, .undo])
        #expect(mover.state.message?.text.hasPrefix("Din senaste post, ändringen av uppgifterna") == true)
        #expect(mover.state.message?.text.contains("Ändra tillbaka uppgifterna (d på kortet") == true)
    }
}
