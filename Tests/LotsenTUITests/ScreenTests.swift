import LotsenCore
import LotsenJournal
import LotsenTestSupport
import LotsenWorkspace
import TerminalCore
import LotsenText
import Testing
@testable import LotsenTUI

@Suite("Screens at 80×24 and larger (goldens)", .serialized)
struct ScreenTests {
    @Test("the participant list")
    func list() throws {
        let h = try Harness()
        #expect(h.text.contains("Lind, Sara"))
        h.expectGolden("list-80x24")
    }

    @Test("the list on a large screen")
    func listLarge() throws {
        let h = try Harness(size: Size(width: 120, height: 40))
        h.expectGolden("list-120x40")
    }

    @Test("search as you type, with åäö, narrows the list on every keystroke")
    func search() throws {
        let h = try Harness()
        h.type("ö")
        // ö folds to o: Östlund, Öberg, and Hoa.
        #expect(h.app.state.list.results.count == 3)
        h.type("st")
        #expect(h.app.state.list.results.map(\.value) == ["p2"])
        h.expectGolden("list-search-ost")
        h.press(.clearSearch)
        #expect(h.app.state.list.results.count == 4 && h.app.state.list.query.isEmpty)
    }

    @Test("the call card")
    func card() throws {
        let h = try Harness()
        h.type("öberg")
        h.press(.open)
        #expect(h.app.state.scope == .card)
        h.expectGolden("card-80x24")
    }

    @Test("a card with hidden parts, in Swedish and English: AME sees that Hoa is registered with AF and whom to ask, not the rest", arguments: [
        (Language.sv, "card-hidden-sv-80x24"), (Language.en, "card-hidden-en-80x24"),
    ])
    func hiddenCard(_ lang: Language, _ golden: String) throws {
        // Hoa was registered by AB (AF) and has given no consent; MS is AME's.
        let h = try Harness(author: "MS", lang: lang)
        h.type("hoa")
        h.press(.open)
        #expect(h.app.state.scope == .card)
        #expect(!h.text.contains("08-123 456"), "the phone is AF's to show")
        h.expectGolden(golden)
    }

    @Test("the note editor, and the help generated from the keymap")
    func editorAndHelp() throws {
        let h = try Harness()
        h.type("lind")
        h.press(.open)
        h.press(.newNote)
        h.type("Samtal med Sara – hon börjar på måndag.")
        h.expectGolden("editor-80x24")
        h.press(.toggleHelp)
        h.expectGolden("help-editor-80x24")
    }

    @Test("too small: a clear message, no crash; back to normal when it grows")
    func tooSmall() throws {
        let h = try Harness()
        h.resize(Size(width: 40, height: 10))
        #expect(h.screen.line(0).hasPrefix("Fönstret är för litet: minst 80×24 beh"))
        h.resize(Size(width: 80, height: 24))
        #expect(h.text.contains("Lind, Sara"))
    }

    @Test("English on request")
    func english() throws {
        let h = try Harness(lang: .en)
        #expect(h.screen.line(0).contains("Participants"))
        #expect(h.screen.line(23).contains("quit"))
    }
}
