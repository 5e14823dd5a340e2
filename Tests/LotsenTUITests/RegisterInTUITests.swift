import LotsenCore
import Testing
@testable import LotsenTUI

/// A caller who is not in the register yet is written in from the list, and a person's
/// details are changed from the card, with the CLI's checks and words (issue 23, point 5).
@Suite("Register and correct from the TUI")
struct RegisterInTUITests {
    static func fill(_ desk: inout InMemoryDesk, _ values: [String]) {
        for (i, v) in values.enumerated() {
            if i > 0 { desk.send(.nextField) }
            if case .form(let f)? = desk.state.stack.top, !f.fields[f.focus].text.isEmpty { continue }
            desk.send(.type(v))
        }
    }

    @Test("no match for a number: Ctrl-N writes them in with the number kept, and their card opens")
    func register() throws {
        var desk = InMemoryDesk(InMemoryDesk.demo)
        for c in "0603159856" { desk.send(.type(String(c))) }
        #expect(desk.state.list.results.isEmpty)
        #expect(EveryKeyTests.screen(desk.state).contains("Ctrl-N skriver in en ny deltagare."))
        desk.send(.register)
        guard case .form(let f)? = desk.state.stack.top else { Issue.record("a form"); return }
        #expect(f.fields[0].text == "0603159856")
        Self.fill(&desk, ["", "Tove", "Qvist", "070-111 22 33", "", "självanmälan", "AF, IFO"])
        let before = desk.domain.lastSequence
        desk.send(.save)
        guard case .card(let c)? = desk.state.stack.top else { Issue.record("the new person's card: \(desk.state.message?.text ?? "")"); return }
        let p = try #require(desk.domain.participant(c.id))
        #expect(p.profile.fullName == "Tove Qvist" && p.profile.phones == ["070-111 22 33"] && p.profile.referral == .selfReferral)
        // Consent given on the phone is recorded with the registration, in the same append.
        #expect(p.consent?.organisations == [.af, .ifo] && p.consent?.isActive == true)
        #expect(desk.domain.lastSequence == before + 2)
    }

    @Test("a wrong personnummer is refused with the CLI's words, the field marked, nothing written")
    func refused() throws {
        var desk = InMemoryDesk(InMemoryDesk.demo)
        let before = desk.domain.lastSequence
        desk.send(.register)
        Self.fill(&desk, ["0603159857", "Tove", "Qvist"])
        desk.send(.save)
        guard case .form(let f)? = desk.state.stack.top else { Issue.record("the form stays open"); return }
        #expect(f.errorField == .personnummer && f.focus == 0)
        #expect(desk.state.message?.text.contains("kontrollsiffran") == true, "\(desk.state.message?.text ?? "")")
        #expect(desk.domain.lastSequence == before)
    }

    @Test("d on the card changes the phone; only what changed is written, and nothing when nothing did")
    func editDetails() throws {
        var desk = InMemoryDesk(InMemoryDesk.demo)
        desk.follow([.down, .open])
        guard case .card(let c)? = desk.state.stack.top else { Issue.record("a card"); return }
        let before = desk.domain.lastSequence
        desk.follow([.editDetails, .save])
        #expect(desk.domain.lastSequence == before && desk.state.scope == .card, "nothing changed, nothing written")
        desk.follow([.editDetails, .nextField, .nextField, .nextField])
        if case .form(var f)? = desk.state.stack.top { f.fields[3].text = ""; desk.state.stack.replaceTop(.form(f)) }
        desk.send(.type("073-999 00 11"))
        desk.send(.save)
        let p = try #require(desk.domain.participant(c.id))
        #expect(p.profile.phones == ["073-999 00 11"] && desk.domain.lastSequence == before + 1 && desk.state.scope == .card)
    }
}
