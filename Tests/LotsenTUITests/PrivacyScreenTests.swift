import LotsenCore
import Testing
@testable import LotsenTUI

/// The shared screen (issue 25, point 3): after the idle time nothing personal is on it
/// until a key is pressed; a card opened from the meeting shows no whole personnummer.
@Suite("The privacy screen")
struct PrivacyScreenTests {
    @Test("idle: the card disappears behind the privacy screen; the first key only brings it back")
    func idle() throws {
        var desk = InMemoryDesk(InMemoryDesk.demo)
        desk.follow([.down, .open])
        let card = EveryKeyTests.screen(desk.state)
        guard case .card(let c)? = desk.state.stack.top, let p = desk.domain.participant(c.id) else { Issue.record("a card"); return }
        #expect(card.contains(p.profile.fullName))
        _ = AppReducer.reduce(&desk.state, .idle)
        let locked = EveryKeyTests.screen(desk.state)
        #expect(!locked.contains(p.profile.fullName) && !locked.contains(p.personnummer.formatted) && locked.contains("Tryck en tangent"))
        desk.send(.newNote)
        #expect(!desk.state.locked && desk.state.scope == .card, "the key woke the screen and did nothing else")
    }

    @Test("a card opened from the meeting shows the date of birth, not the whole personnummer")
    func meetingCard() throws {
        var desk = InMemoryDesk(InMemoryDesk.demo)
        desk.follow([.nextView, .nextView, .nextView, .nextView, .newMeeting, .save])
        desk.follow([.agenda, .down, .open, .open])
        let screen = EveryKeyTests.screen(desk.state)
        guard case .card(let c)? = desk.state.stack.top, let p = desk.domain.participant(c.id) else {
            Issue.record("a card from the meeting: \(desk.state.scope)"); return
        }
        #expect(!screen.contains(p.personnummer.formatted) && screen.contains(String(p.personnummer.formatted.prefix(9)) + "****"), "\(screen)")
    }

    @Test("a filter that reads the programme (follow-up due, not moved) lists only people whose programme the caseworker may see")
    func filters() throws {
        var desk = InMemoryDesk(InMemoryDesk.demo, author: "MS")
        var hiddenSomewhere = false
        for _ in CaseloadFilter.allCases.dropFirst() {
            desk.send(.cycleFilter)
            guard desk.state.list.filter.readsProgramme else { continue }
            for id in desk.state.list.results {
                #expect(desk.state.domain.seesProgramme(id, by: "MS"), "\(desk.state.list.filter) lists \(id)")
            }
        }
        desk.send(.cycleFilter)
        for id in desk.state.list.results where !desk.state.domain.seesProgramme(id, by: "MS") { hiddenSomewhere = true }
        #expect(hiddenSomewhere, "the demo has people MS finds but whose programme MS does not see")
    }
}

/// The meeting's "add item" form finds people as the list does: a protected identity
/// the caseworker is not responsible for is not there to be put on an agenda.
@Suite("A protected identity in the TUI meeting")
struct ProtectedAgendaTests {
    @Test("MS (not responsible) cannot put a protected Erik on the agenda by name; his responsible AB can")
    func agenda() throws {
        for (author, found) in [("MS", false), ("AB", true)] {
            let h = try Harness(author: author)
            // p2 is Erik Östlund, AB responsible, new enough not to be on the rules' agenda.
            try h.app.workspace.perform(.participant(.setProtected(ParticipantID("p2"), on: true)))
            for _ in 0..<4 { h.press(.nextView) }
            h.press(.newMeeting)
            h.press(.save)
            let before = h.app.state.domain.currentMeeting?.items.count ?? 0
            h.press(.addItem)
            h.type("Erik Östlund")
            h.press(.save)
            let items = h.app.state.domain.currentMeeting?.items ?? []
            #expect(items.contains { $0.content.participant == ParticipantID("p2") } == found, "\(author): \(h.text)")
            #expect(items.count == before + (found ? 1 : 0), "\(author): nothing written when not found")
            if !found { #expect(h.text.contains("! Vem:") && h.text.contains("Erik Östlund"), "the form stays, the field marked") }
        }
    }
}
