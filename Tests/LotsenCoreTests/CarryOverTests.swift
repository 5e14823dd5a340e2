import Testing
import LotsenCalendar
@testable import LotsenCore

/// Nothing is dropped between meetings (issue 24, point 1): an item not reached comes
/// back, marked, at the group's next meeting, and the one after, until it is handled or
/// struck with a reason; a struck item is kept with who struck it and why.
@Suite("Carrying unhandled items to the next meeting")
struct CarryOverTests: DomainScenario {
    let today = Day(iso: "2026-12-10")!
    var state = LotsenState()
    var seq = 0

    init() throws {
        try run(.caseworker(.addCaseworker(initials: "AB", name: "Anna Bok", organisation: "AME")))
        for (id, serial) in [("handled", 101), ("reached-not", 102), ("struck", 103)] {
            var input = RegistrationInput()
            // Registered long ago and moved recently: no rule puts them on an agenda by itself.
            input.personnummer = MeetingTests.number(serial)
            input.firstName = "Person"
            input.lastName = id
            input.registered = "2026-01-05"
            try run(.participant(.register(input)), id: id)
            try run(.programme(.startActivity(ParticipantID(id), kind: "praktik", organisation: nil, start: "2026-01-10", plannedEnd: nil)))
            try run(.programme(.move(ParticipantID(id), MoveInput(to: "handlingsplan", date: "2026-11-25"))))
        }
    }

    func items(_ meeting: Int) -> [(String, [AgendaReason])] {
        state.meetings[meeting]!.items.map { ($0.content.participant?.value ?? $0.content.title ?? "-", $0.content.reasons) }
    }

    @Test("not reached comes back marked from that meeting, again and again; handled and struck stay behind")
    mutating func carried() throws {
        let first = Day(iso: "2026-11-26")!
        try run(.meeting(.createMeeting(MeetingInput(date: "2026-11-26", group: "Torsdag", attendees: ["AB"]), agenda: false)), on: first)
        let m1 = state.meetingOrder[0]
        for who in ["handled", "reached-not", "struck"] {
            try run(.meeting(.addAgendaItem(meeting: m1, participant: ParticipantID(who), title: nil)), on: first)
        }
        try run(.meeting(.addAgendaItem(meeting: m1, participant: nil, title: "Nya platser hos kommunen")), on: first)
        try run(.meeting(.handleAgendaItem(meeting: m1, item: 1, decision: "Fortsätter", handled: true)), on: first)
        try run(.meeting(.removeAgendaItem(meeting: m1, item: 3, reason: "Flyttar till Karlstad")), on: first)
        try run(.meeting(.closeMeeting(meeting: m1)), on: first)
        let struck = try #require(state.meetings[m1]!.struck.first)
        #expect(state.meetings[m1]!.struck.count == 1 && struck.item.content.participant == ParticipantID("struck"))
        #expect(struck.reason == "Flyttar till Karlstad" && struck.stamp.author == "AB")

        try run(.meeting(.createMeeting(MeetingInput(date: "2026-12-03"), agenda: true)), on: Day(iso: "2026-12-03")!)
        let m2 = state.meetingOrder[1]
        #expect(items(m2).map(\.0) == ["reached-not", "Nya platser hos kommunen"])
        #expect(items(m2).allSatisfy { $0.1.contains(.carriedOver(from: first)) })
        // Not reached again: carried again, now from the second meeting.
        try run(.meeting(.handleAgendaItem(meeting: m2, item: 2, decision: "Tre nya platser", handled: true)), on: Day(iso: "2026-12-03")!)
        try run(.meeting(.closeMeeting(meeting: m2)), on: Day(iso: "2026-12-03")!)
        try run(.meeting(.createMeeting(MeetingInput(date: "2026-12-10"), agenda: true)))
        let m3 = state.meetingOrder[2]
        #expect(items(m3).map(\.0) == ["reached-not"])
        #expect(items(m3).first?.1 == [.carriedOver(from: Day(iso: "2026-12-03")!)])
    }

    @Test("another group's meeting carries nothing over; a strike needs its reason")
    mutating func otherGroup() throws {
        let first = Day(iso: "2026-11-26")!
        try run(.meeting(.createMeeting(MeetingInput(date: "2026-11-26", group: "Torsdag", attendees: ["AB"]), agenda: false)), on: first)
        let m1 = state.meetingOrder[0]
        try run(.meeting(.addAgendaItem(meeting: m1, participant: ParticipantID("reached-not"), title: nil)), on: first)
        #expect(refusal(.meeting(.removeAgendaItem(meeting: m1, item: 1, reason: ""))) == .invalid(.reason, .empty))
        try run(.meeting(.closeMeeting(meeting: m1)), on: first)
        try run(.meeting(.createMeeting(MeetingInput(date: "2026-12-03", group: "Fredag", attendees: ["AB"]), agenda: true)),
                on: Day(iso: "2026-12-03")!)
        #expect(items(state.meetingOrder[1]).isEmpty)
    }

    @Test("past the 90 days, the one who has waited longest comes first, whatever the name")
    mutating func urgency() throws {
        for (id, serial, day) in [("aaa", 201, "2026-08-01"), ("bbb", 202, "2026-07-01")] {
            var input = RegistrationInput()
            input.personnummer = MeetingTests.number(serial)
            input.firstName = "Person"
            input.lastName = id
            input.registered = day
            try run(.participant(.register(input)), id: id)
        }
        try run(.meeting(.createMeeting(MeetingInput(date: "2026-12-10", group: "Torsdag", attendees: ["AB"]), agenda: true)))
        let order = state.meetings[state.meetingOrder[0]]!.items.compactMap { $0.content.participant?.value }
        #expect(Array(order.prefix(2)) == ["bbb", "aaa"])
    }
}
