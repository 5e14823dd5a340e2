import LotsenCalendar
import LotsenCore
import Testing
@testable import LotsenTUI

/// Another desk's gallring purges the person whose card is open here: the card closes
/// and says why, instead of a blank card with keys that do nothing.
@Suite("A purge seen from another desk")
struct PurgedOnScreenTests {
    @Test("the card of a purged person closes down to the list, with a message")
    func cardCloses() throws {
        var desk = InMemoryDesk(InMemoryDesk.demo)
        desk.send(.open)
        guard case .card(let card)? = desk.state.stack.top else { Issue.record("a card opens"); return }
        var other = desk.domain
        let purge = RecordedEvent(event: .gallring(.purged(PurgeRecord(start: .exit, since: Harness.today, years: 1, proposal: nil))),
                                  subject: card.id,
                                  stamp: EntryStamp(sequence: other.lastSequence + 1, time: Timestamp(millisecondsSince1970: 0), author: "JL"))
        other.apply(purge)
        #expect(other.participant(card.id) == nil)
        _ = AppReducer.reduce(&desk.state, .journalChanged(other))
        #expect(desk.state.stack.isEmpty && desk.state.message?.text == desk.state.lang.tui.purgedOnScreen)
        // Another desk's change about someone else leaves the card open.
        desk.send(.open)
        let open = desk.state.stack.top
        _ = AppReducer.reduce(&desk.state, .journalChanged(desk.domain))
        #expect(desk.state.stack.top == open && open != nil)
    }
}
