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

@Suite("A purged person on the agenda")
struct PurgedOnAgendaTests {
    @Test("an agenda item about someone purged stays, and says the person was purged instead of naming them")
    func itemSaysPurged() throws {
        var desk = InMemoryDesk(InMemoryDesk.demo)
        let (m, item) = try #require(desk.domain.meetingOrder.lazy.compactMap { desk.domain.meetings[$0] }
            .compactMap { m in m.items.first { $0.content.participant != nil }.map { (m, $0) } }.first)
        let id = try #require(item.content.participant)
        #expect(MeetingReducer.heading(item, m, desk.state) != desk.state.lang.meeting.label(.purgedParticipant))
        var other = desk.domain
        other.apply(RecordedEvent(event: .gallring(.purged(PurgeRecord(start: .exit, since: Harness.today, years: 1, proposal: nil))),
                                  subject: id,
                                  stamp: EntryStamp(sequence: other.lastSequence + 1, time: Timestamp(millisecondsSince1970: 0), author: "JL")))
        _ = AppReducer.reduce(&desk.state, .journalChanged(other))
        #expect(MeetingReducer.heading(item, m, desk.state) == "Gallrad deltagare")
        #expect(desk.state.lang.meeting.unnamed(item, in: other) == "Gallrad deltagare")
    }
}
