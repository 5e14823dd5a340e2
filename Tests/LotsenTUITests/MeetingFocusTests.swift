import LotsenCalendar
import LotsenCore
import Testing
@testable import LotsenTUI

/// The focus in Möte follows what this desk did, never what another desk did (issue 24,
/// point 1): a new item takes the focus, striking moves to the item after, and a
/// colleague's decision leaves the shared screen where it was.
@Suite("Focus in the meeting")
struct MeetingFocusTests {
    static func openMeeting() -> InMemoryDesk {
        var desk = InMemoryDesk(InMemoryDesk.demo)
        desk.follow([.nextView, .nextView, .nextView, .nextView, .newMeeting, .save])
        return desk
    }

    func focused(_ desk: InMemoryDesk) -> Int? {
        desk.state.domain.currentMeeting.flatMap { MeetingReducer.focused(desk.state, $0)?.id }
    }

    @Test("an item added with i takes the focus, so the next decision lands on it")
    func addedTakesFocus() throws {
        var desk = Self.openMeeting()
        let m = try #require(desk.domain.currentMeeting)
        desk.follow([.addItem, .nextField, .type("Nya platser hos kommunen"), .save])
        let added = try #require(desk.domain.currentMeeting?.items.last)
        #expect(added.content.title == "Nya platser hos kommunen" && added.id != m.items.first?.id)
        #expect(focused(desk) == added.id)
    }

    @Test("striking asks why, keeps the reason, and moves the focus to the item after, not back to the first")
    func strike() throws {
        var desk = Self.openMeeting()
        let m = try #require(desk.domain.currentMeeting)
        try #require(m.items.count >= 4)
        desk.follow([.down, .down])
        let third = m.items[2].id, fourth = m.items[3].id
        #expect(focused(desk) == third)
        desk.send(.remove)
        guard case .form(let f)? = desk.state.stack.top, case .strikeItem = f.purpose else { Issue.record("strike asks why"); return }
        desk.send(.save)
        #expect(desk.state.stack.top != nil, "a strike without a reason is refused")
        desk.follow([.type("Flyttar till Karlstad"), .save])
        #expect(desk.domain.currentMeeting?.struck.first?.reason == "Flyttar till Karlstad")
        #expect(focused(desk) == fourth)
    }

    @Test("another desk's decision does not move this desk's focus")
    func otherDesk() throws {
        var desk = Self.openMeeting()
        let m = try #require(desk.domain.currentMeeting)
        let first = m.items[0].id
        #expect(focused(desk) == first)
        // A colleague's `lotsen meeting decide` on the item in focus, folded in by this desk.
        var other = desk.domain
        let planned = try CommandPlanner(state: other, today: Harness.today) { ParticipantID("x") }
            .plan(.meeting(.handleAgendaItem(meeting: m.id, item: first, decision: "Praktik från måndag", handled: true)))
        for e in planned {
            other.apply(RecordedEvent(event: e.event, subject: e.subject,
                                      stamp: EntryStamp(sequence: other.lastSequence + 1, time: Timestamp(millisecondsSince1970: 0), author: "JL")))
        }
        _ = AppReducer.reduce(&desk.state, .journalChanged(other))
        #expect(focused(desk) == first)
    }
}

/// The board without colour (issue 24, point 3): which lane has the focus shows by
/// reverse video and one marker, never by colour or bold alone.
@Suite("The board in monochrome")
struct MonochromeBoardTests {
    @Test("only the focused lane marks its selected card, and its title is in reverse video; → moves both")
    func focusedLane() throws {
        var desk = InMemoryDesk(InMemoryDesk.demo)
        desk.send(.nextView)
        for lane in 0..<3 {
            let (buffer, _) = AppView.render(desk.state)
            let cards = buffer.lines.dropFirst(4).joined(separator: "\n")
            #expect(cards.components(separatedBy: "▸").count - 1 == 1, "one marked card, in lane \(lane)")
            let titleRow = 3
            let reversed = (0..<buffer.size.width).filter { buffer[$0, titleRow].style.reverse }
            let laneWidth = (buffer.size.width - 2) / 3
            #expect(!reversed.isEmpty && reversed.allSatisfy { $0 / (laneWidth + 1) == lane }, "the title of lane \(lane) alone is reversed")
            desk.send(.right)
        }
    }
}

/// The joint meeting and consent (issue 24, point 2).
@Suite("Consent on the shared screen")
struct MeetingConsentTests {
    @Test("a person whose consent does not cover everyone there is neither named nor described, in the agenda or on their item")
    func masked() throws {
        var desk = MeetingFocusTests.openMeeting()
        let m = try #require(desk.domain.currentMeeting)
        let hidden = m.items.filter { $0.content.participant.map { !desk.domain.mayDiscuss($0, at: m) } ?? false }
        try #require(!hidden.isEmpty, "the demo's meeting has someone without consent for everyone there")
        desk.send(.agenda)
        for _ in m.items { desk.send(.down) }
        desk.send(.agenda)
        for item in hidden {
            let p = try #require(desk.domain.participant(item.content.participant!))
            desk.state.meeting.item = item.id
            for screen in [EveryKeyTests.screen(desk.state), { var s = desk.state; s.meeting.showAgenda = true; return EveryKeyTests.screen(s) }()] {
                #expect(!screen.contains(p.profile.fullName), "\(p.profile.fullName) named")
            }
            #expect(EveryKeyTests.screen(desk.state).contains("Utan samtycke – tas upp av ansvarig organisation"))
            for r in item.content.reasons where r != .added {
                #expect(!EveryKeyTests.screen(desk.state).contains(desk.state.lang.meeting.reason(r)), "why is a detail")
            }
            desk.send(.open)
            #expect(desk.state.stack.top == nil, "Enter does not open the card on the shared screen")
        }
    }
}
