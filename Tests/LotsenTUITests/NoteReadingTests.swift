import LotsenCore
import Testing
@testable import LotsenTUI

/// A note reads whole, and leaving an editor that was not changed asks nothing
/// (issue 23, point 4).
@Suite("Notes that read whole")
struct NoteReadingTests {
    static let long = (1...30).map { "Rad \($0): deltagaren berättade om praktiken på bageriet, om bussen dit och om handledaren som" +
        " lovade fler timmar efter jul." }.joined(separator: "\n")

    @Test("Enter on a note opens it whole, wrapped and scrollable, read-only; e corrects it")
    func readWhole() throws {
        var desk = InMemoryDesk(InMemoryDesk.demo)
        desk.follow([.down, .open, .newNote])
        for (i, line) in Self.long.split(separator: "\n").enumerated() {
            if i > 0 { desk.send(.lineBreak) }
            desk.send(.type(String(line)))
        }
        desk.follow([.save, .open])
        #expect(desk.state.scope == .note)
        let first = EveryKeyTests.screen(desk.state)
        #expect(first.contains("Rad 1: deltagaren") && first.contains("lovade fler timmar efter jul."), "wrapped, not cut")
        #expect(!first.contains("Rad 30:"))
        for _ in 0..<60 { desk.send(.down) }
        let last = EveryKeyTests.screen(desk.state)
        #expect(last.contains("Rad 30:") && !last.contains("↓"), "scrolls to the end and no further")
        desk.send(.correctNote)
        guard case .editor(let e)? = desk.state.stack.top else { Issue.record("e opens the editor"); return }
        #expect(e.text.text == Self.long && e.corrects != nil)
    }

    @Test("Esc on an unchanged correction leaves without asking; a changed one asks; Ctrl-C is Esc there")
    func unchangedEditor() throws {
        var desk = InMemoryDesk(InMemoryDesk.demo)
        desk.follow([.down, .open, .nextPane, .correctNote])
        #expect(desk.state.scope == .editor)
        desk.send(.cancel)
        #expect(desk.state.scope == .card, "nothing changed, nothing asked")
        desk.follow([.correctNote, .type("x"), .cancel])
        guard case .editor(let e)? = desk.state.stack.top else { Issue.record("a changed text asks first"); return }
        #expect(e.confirmingDiscard)
        #expect(Keymap.action(for: .ctrl("c"), in: .editor) == .cancel)
    }

    @Test("the note at 80×24 (golden)")
    func golden() throws {
        let h = try Harness()
        h.type("lind")
        h.press(.open)
        h.press(.newNote)
        h.type(String(Self.long.split(separator: "\n")[0]))
        h.press(.save)
        h.press(.open)
        h.expectGolden("note-80x24")
    }
}
