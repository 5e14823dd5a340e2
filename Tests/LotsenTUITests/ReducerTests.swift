import LotsenCalendar
import LotsenCore
import LotsenJournal
import LotsenTestSupport
import LotsenWorkspace
import TerminalCore
import Testing
@testable import LotsenTUI

@Suite("Keys, by name, through the reducer")
struct ReducerTests {
    @Test("every key reaches its own binding: none is shadowed by an earlier one in the same screen")
    func keymapIsComplete() {
        for scope in Scope.allCases {
            for binding in Keymap.bindings(in: scope) {
                // The key reaches this binding, not an earlier one in the same screen.
                for key in binding.keys { #expect(Keymap.action(for: key, in: scope) == binding.action, "\(key) in \(scope)") }
            }
        }
    }

    @Test("Tab goes round the views in one order, from every view, and back to the list")
    func tabOrder() throws {
        let h = try Harness()
        var seen: [Tab] = []
        for _ in Tab.allCases {
            seen.append(h.app.state.tab)
            h.press(.nextView)
        }
        #expect(seen == Tab.allCases)
        #expect(h.app.state.tab == .participants)
    }

    @Test("moving, paging and jumping stay inside the list")
    func navigation() throws {
        let h = try Harness()
        h.press(.down)
        h.press(.down)
        #expect(h.app.state.list.selected == 2)
        h.press(.bottom)
        #expect(h.app.state.list.selected == 3)
        h.press(.down)
        #expect(h.app.state.list.selected == 3)
        h.press(.top)
        h.press(.up)
        #expect(h.app.state.list.selected == 0)
        h.press(.pageDown)
        #expect(h.app.state.list.selected == 3)
    }

    @Test("a note is saved only when the journal acknowledged it, and says so")
    func writeNote() throws {
        let h = try Harness()
        h.type("lind")
        h.press(.open)
        h.press(.newNote)
        h.type("Ringde. Kommer på måndag.")
        h.press(.lineBreak)
        h.type("Rad två med åäö")
        h.press(.save)
        #expect(h.app.state.scope == .card)
        #expect(h.app.state.message?.text.hasPrefix("Sparad (anteckning") == true)
        #expect(h.text.contains("✓ Sparad"))
        var stored: [JournalRecord] = []
        _ = try Journal.open(h.paths, access: .readOnly, clock: { .now() }) { stored += $0 }
        #expect(stored.last?.payloadText.contains("Ringde. Kommer på måndag.\\nRad två med åäö") == true)
    }

    @Test("Esc with unsaved text asks first; n keeps writing, j throws it away")
    func discard() throws {
        let h = try Harness()
        h.press(.open)
        h.press(.newNote)
        h.type("utkast")
        h.press(.cancel)
        #expect(h.text.contains("Kasta den osparade texten?"))
        h.type("n")
        #expect(h.app.state.scope == .editor)
        h.press(.cancel)
        h.type("j")
        #expect(h.app.state.scope == .card)
    }

    @Test("consent, responsibility and exit from the card, each saved")
    func cardActions() throws {
        let h = try Harness()
        h.type("hoa")
        h.press(.open)
        #expect(h.text.contains("inget samtycke"))
        h.press(.consent)
        h.press(.toggle)
        h.press(.down)
        h.press(.toggle)
        h.press(.confirm)
        #expect(h.text.contains("Samtycke: 2026-11-24  AF, AME"))
        h.press(.responsible)
        h.press(.down)          // AME
        h.press(.confirm)
        h.press(.down)          // second caseworker in the list (AME's come first)
        h.press(.confirm)
        let id = try #require(h.app.state.domain.byPersonnummer["200802299933"])
        #expect(h.app.state.domain.participant(id)?.responsible[.ame] != nil)
        h.press(.exit)
        h.press(.confirm)           // arbete, the first reason: asks for the occupation
        #expect(h.app.state.scope == .field)
        h.type("Kock")
        h.press(.confirm)
        // Then the date, today unless changed, and a yes/no before anything is saved.
        #expect(h.app.state.scope == .form && h.text.contains("2026-11-24"))
        h.press(.save)
        #expect(h.app.state.scope == .confirm && h.text.contains("Avsluta Nguyễn Thị Hoa 2026-11-24: arbete (Kock)? j = ja, n = nej"), "\(h.text)")
        #expect(h.app.state.domain.participant(id)?.isActive == true, "nothing saved before the yes")
        h.press(.yes)
        #expect(h.app.state.domain.participant(id)?.isActive == false)
        #expect(h.app.state.domain.participant(id)?.currentPeriod.exit?.occupation == "Kock")
        #expect(h.app.state.scope == .card)
        // And back again: x on someone who has left registers them again, after a yes.
        h.press(.exit)
        #expect(h.text.contains("Skriv in Nguyễn Thị Hoa igen från 2026-11-24? j = ja, n = nej"), "\(h.text)")
        h.press(.yes)
        #expect(h.app.state.domain.participant(id)?.isActive == true && h.app.state.domain.participant(id)?.periods.count == 2)
    }

    @Test("editing keys move by character and word; paste keeps åäö and drops control characters")
    func textEditing() {
        var t = TextEditing("Åsa gick hem")
        t.wordLeft()
        t.insert("snabbt ")
        #expect(t.text == "Åsa gick snabbt hem")
        t.home()
        t.wordRight()
        t.insert("!")
        #expect(t.text == "Åsa! gick snabbt hem")
        t.end()
        t.insert("\r\nrad\u{1B}[2J två\tslut")
        #expect(t.text == "Åsa! gick snabbt hem\nrad[2J två slut")
        t.backspace()
        #expect(t.text.hasSuffix("slu"))
        t.up()
        #expect(t.row == 0)
        let long = TextEditing(String(repeating: "ord ", count: 100))
        #expect(long.wrapped(width: 40).lines.count >= 10)
    }

    @Test("another desk's note appears on the next tick, keeping the selection and the text being written")
    func sharedDesk() throws {
        let h = try Harness()
        h.press(.down)
        let selected = h.app.state.list.selectedID
        h.press(.open)
        h.press(.newNote)
        h.type("halvfärdig")
        let other = try Workspace.open(h.paths, access: .readWrite, h.env("MS")).0
        try other.perform(.participant(.addNote(selected!, kind: .meeting, text: "Från skrivbordet bredvid", corrects: nil)))
        h.drive()
        guard case .editor(let e) = h.app.state.stack.top else { Issue.record("editor gone"); return }
        #expect(e.text.text == "halvfärdig")
        #expect(h.app.state.domain.participant(selected!)?.notes.last?.text == "Från skrivbordet bredvid")
        h.press(.cancel)
        h.type("j")
        #expect(h.text.contains("Från skrivbordet bredvid"))
    }

    @Test("a read-only journal is shown in the status line and edits are refused")
    func readOnly() throws {
        let h = try Harness()
        let (ro, _) = try Workspace.open(h.paths, access: .readOnly, h.env("AB"))
        let backend = MemoryBackend()
        let app = TUIApp(backend: backend, workspace: ro, lang: .sv, today: { Harness.today }, dayOf: { _ in Harness.today })
        app.render()
        #expect(backend.screen.line(0).contains("SKRIVSKYDDAD"))
        backend.type(.enter, .char("n"))
        while let e = backend.nextEvent(timeoutMilliseconds: 0) { app.handle(e) }
        app.render()
        #expect(app.state.scope == .card)
        #expect(app.state.message?.kind == .error)
    }

    @Test("without an author, writing is refused with a hint")
    func noAuthor() throws {
        let h = try Harness(author: nil)
        h.press(.open)
        h.press(.newNote)
        #expect(h.app.state.scope == .card)
        #expect(h.text.contains("Ange vem du är"))
    }
}
