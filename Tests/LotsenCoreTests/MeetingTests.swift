import Testing
import LotsenCalendar
@testable import LotsenCore

/// The weekly meeting: each agenda rule fires and does not fire, with its reason, on an
/// injected day; the meeting's life from agenda to closing; who-does-what tasks.
@Suite("The weekly meeting: agenda rules, items, decisions, tasks")
struct MeetingTests: DomainScenario {
    let today = Day(iso: "2026-11-24")!
    /// The meeting the rules are evaluated for, two days ahead; the last one was a week before.
    let meetingDay = Day(iso: "2026-11-26")!
    let lastMeeting = Day(iso: "2026-11-19")!
    var state = LotsenState()
    var seq = 0

    init() throws {
        try run(.caseworker(.addCaseworker(initials: "AB", name: "Anna Bok", organisation: "AME")))
        try run(.caseworker(.addCaseworker(initials: "CD", name: "Carl Dahl", organisation: "AF")))
    }

    /// A generated test personnummer (born 2004) with a valid check digit.
    static func number(_ serial: Int) -> String {
        let body = "040615" + String(format: "%03d", serial)
        let check = (0...9).first { Personnummer.luhnValid(Array((body + String($0)).utf8).map { $0 - 48 }) }!
        return body + String(check)
    }

    mutating func register(_ id: String, registered: String) throws {
        var input = RegistrationInput()
        input.personnummer = Self.number(seq + 100)
        input.firstName = "Person"
        input.lastName = id
        input.registered = registered
        try run(.participant(.register(input)), id: id)
    }

    func reasons(_ id: String) -> [AgendaReason] {
        AgendaRules.reasons(for: state.participant(ParticipantID(id))!, in: state, on: meetingDay, lastMeeting: lastMeeting)
    }

    func codes(_ id: String) -> [String] { reasons(id).map(\.code) }

    @Test("new since the last meeting: registered after it fires, before it does not")
    mutating func newParticipant() throws {
        try register("new", registered: "2026-11-20")
        try register("old", registered: "2026-11-19")
        #expect(reasons("new") == [.newParticipant(registered: Day(iso: "2026-11-20")!)])
        #expect(reasons("old") == [])
    }

    @Test("the 90-day limit: within 14 days of it or past fires; earlier, or an activity started, does not")
    mutating func ninetyDays() throws {
        try register("late", registered: "2026-08-20")
        try register("near", registered: "2026-09-11")
        try register("early", registered: "2026-09-12")
        try register("started", registered: "2026-08-20")
        try run(.programme(.startActivity(ParticipantID("started"), kind: "praktik", organisation: nil, start: "2026-09-01", plannedEnd: nil)))
        #expect(reasons("late").contains(.ninetyDays(days: 98)))
        #expect(reasons("near").contains(.ninetyDays(days: 76)))
        #expect(!codes("early").contains("ninety-days"))
        #expect(!codes("started").contains("ninety-days"))
    }

    @Test("a follow-up within a week or past fires; one further off does not; Havet has none")
    mutating func followUpDue() throws {
        try register("soon", registered: "2026-08-01")
        try run(.plan(.createPlan(ParticipantID("soon"), PlanInput(start: "2026-08-30"))))
        try register("later", registered: "2026-08-01")
        try run(.plan(.createPlan(ParticipantID("later"), PlanInput(start: "2026-09-15"))))
        #expect(reasons("soon").contains(.followUpDue(Day(iso: "2026-11-30")!)))
        #expect(!codes("later").contains("follow-up-due"))
        try register("havet", registered: "2026-08-01")
        try run(.plan(.createPlan(ParticipantID("havet"), PlanInput(start: "2026-08-30"))))
        try run(.programme(.move(ParticipantID("havet"), MoveInput(to: "havet", date: "2026-11-02", income: "studier"))))
        #expect(!codes("havet").contains("follow-up-due") && !codes("havet").contains("no-stage-change"))
    }

    @Test("a plan ending within 30 days fires; one ending later does not")
    mutating func planExpiring() throws {
        try register("ending", registered: "2026-06-01")
        try run(.plan(.createPlan(ParticipantID("ending"), PlanInput(start: "2026-06-10", end: "2026-12-10"))))
        try register("valid", registered: "2026-06-01")
        try run(.plan(.createPlan(ParticipantID("valid"), PlanInput(start: "2026-06-10", end: "2027-01-10"))))
        #expect(reasons("ending").contains(.planExpiring(Day(iso: "2026-12-10")!)))
        #expect(!codes("valid").contains("plan-expiring"))
    }

    @Test("60 days in one stage fires; a recent move does not")
    mutating func noStageChange() throws {
        try register("stuck", registered: "2026-09-20")
        try register("moving", registered: "2026-09-20")
        try run(.programme(.move(ParticipantID("moving"), MoveInput(to: "slussen-2", date: "2026-11-01"))))
        #expect(reasons("stuck").contains(.noStageChange(since: Day(iso: "2026-09-20")!)))
        #expect(!codes("moving").contains("no-stage-change"))
    }

    @Test("overdue weekly tasks and meeting tasks fire; tasks not yet due carry over as open")
    mutating func tasks() throws {
        try register("p", registered: "2026-11-02")
        try register("q", registered: "2026-11-02")
        try run(.plan(.addTask(ParticipantID("p"), what: "Skicka två ansökningar", due: "2026-11-20")), on: Day(iso: "2026-11-16")!)
        try run(.meeting(.addMeetingTask(MeetingTaskInput(what: "Ring arbetsgivaren", who: "AB", due: "2026-11-25", participant: ParticipantID("p")))),
                on: lastMeeting)
        try run(.meeting(.addMeetingTask(MeetingTaskInput(what: "Boka studiebesök", who: "deltagaren", due: "2026-12-05", participant: ParticipantID("p")))),
                on: lastMeeting)
        #expect(reasons("p") == [.meetingTasksOverdue(1), .weeklyTasksOverdue(1), .openTasks(1)])
        #expect(reasons("q") == [])
        // Done, the task no longer brings anyone to the table.
        try run(.meeting(.completeMeetingTask(task: state.meetingTaskOrder[0], comment: nil)))
        try run(.meeting(.completeMeetingTask(task: state.meetingTaskOrder[1], comment: "Bokat till 3 dec")))
        try run(.plan(.followUpTask(ParticipantID("p"), task: state.participant(ParticipantID("p"))!.currentPeriod.programme.tasks[0].id,
                              result: "klar", due: nil, comment: nil)))
        #expect(reasons("p") == [])
    }

    @Test("withdrawn consent and intensified support fire; given consent and no support do not")
    mutating func consentAndSupport() throws {
        try register("w", registered: "2026-11-02")
        try run(.participant(.giveConsent(ParticipantID("w"), date: "2026-11-02", organisations: ["AF", "AME"])))
        try register("s", registered: "2026-11-02")
        try run(.participant(.giveConsent(ParticipantID("s"), date: "2026-11-02", organisations: ["AF"])))
        #expect(reasons("w") == [] && reasons("s") == [])
        try run(.participant(.withdrawConsent(ParticipantID("w"), date: "2026-11-10")))
        try run(.programme(.setIntensifiedSupport(ParticipantID("s"), on: true, date: "2026-11-12")))
        #expect(reasons("w") == [.consentWithdrawn(Day(iso: "2026-11-10")!)])
        #expect(reasons("s") == [.intensifiedSupport(since: Day(iso: "2026-11-12")!)])
    }

    @Test("the thresholds are the journal's: changed, the rules follow them")
    mutating func thresholds() throws {
        try register("p", registered: "2026-09-25")
        #expect(reasons("p") == [.noStageChange(since: Day(iso: "2026-09-25")!)])
        try run(.meeting(.setAgendaRules(ninetyDays: "30", planExpiry: nil, stalled: "90", followUp: nil)))
        #expect(state.agendaThresholds.ninetyDayNotice == 30 && state.agendaThresholds.stalledDays == 90)
        #expect(reasons("p") == [.ninetyDays(days: 62)])
        #expect(refusal(.meeting(.setAgendaRules(ninetyDays: "ett år", planExpiry: nil, stalled: nil, followUp: nil)))
                == .invalid(.threshold, .notOneOf("ett år", ["0–365"])))
        #expect(refusal(.meeting(.setAgendaRules(ninetyDays: "30", planExpiry: nil, stalled: nil, followUp: nil))) == .nothingToDo)
    }

    /// Three people the rules pick up, one they do not, and a meeting held a week ago.
    mutating func group() throws -> Int {
        try register("late", registered: "2026-08-20")
        try register("new", registered: "2026-11-20")
        try register("quiet", registered: "2026-11-10")
        try register("support", registered: "2026-11-02")
        try run(.programme(.setIntensifiedSupport(ParticipantID("support"), on: true, date: "2026-11-12")))
        try run(.meeting(.createMeeting(MeetingInput(date: "2026-11-19", group: "Torsdagsgruppen", attendees: ["AB"]), agenda: false)), on: lastMeeting)
        try run(.meeting(.closeMeeting(meeting: state.meetingOrder[0])), on: lastMeeting)
        try run(.meeting(.createMeeting(MeetingInput(date: "2026-11-26", attendees: ["AB, CD"], guests: ["Eva Ek (Vux)"]), agenda: true)))
        return state.meetingOrder[1]
    }

    @Test("a new meeting takes the last one's group and builds its agenda, worst first, with reasons")
    mutating func agenda() throws {
        let id = try group()
        let m = try #require(state.meetings[id])
        #expect(m.group == "Torsdagsgruppen" && m.attendees == ["AB", "CD"] && m.guests == ["Eva Ek (Vux)"])
        #expect(m.status == .planned)
        #expect(m.items.map(\.content.participant) == [ParticipantID("late"), ParticipantID("support"), ParticipantID("new")])
        #expect(m.items.map(\.id) == [1, 2, 3])
        #expect(m.items[2].content.reasons == [.newParticipant(registered: Day(iso: "2026-11-20")!)])
        #expect(refusal(.meeting(.createMeeting(MeetingInput(date: "2026-11-26"), agenda: true))) == .meeting(.duplicate(meetingDay)))
        #expect(refusal(.meeting(.createMeeting(MeetingInput(date: "2026-11-26", group: "Fredag", attendees: ["XY"]), agenda: false)))
                == .unknownCaseworker("XY"))
    }

    @Test("items are added, struck, reordered; a refresh adds only who is new and not struck")
    mutating func items() throws {
        let id = try group()
        try run(.meeting(.addAgendaItem(meeting: id, participant: ParticipantID("quiet"), title: nil)))
        try run(.meeting(.addAgendaItem(meeting: id, participant: nil, title: "Nya platser hos kommunen")))
        #expect(state.meetings[id]!.items.map(\.id) == [1, 2, 3, 4, 5])
        #expect(state.meetings[id]!.items[3].content.reasons == [.added])
        #expect(refusal(.meeting(.addAgendaItem(meeting: id, participant: ParticipantID("late"), title: nil))) == .meeting(.alreadyOnAgenda(1)))
        try run(.meeting(.moveAgendaItem(meeting: id, item: 5, position: "först")))
        try run(.meeting(.moveAgendaItem(meeting: id, item: 1, position: "ner")))
        #expect(state.meetings[id]!.items.map(\.id) == [5, 2, 1, 3, 4])
        #expect(refusal(.meeting(.removeAgendaItem(meeting: id, item: 3, reason: " "))) == .invalid(.reason, .empty))
        try run(.meeting(.removeAgendaItem(meeting: id, item: 3, reason: "Flyttar till Karlstad")))
        #expect(state.meetings[id]!.struck.map(\.item.id) == [3] && state.meetings[id]!.struck[0].reason == "Flyttar till Karlstad")
        #expect(refusal(.meeting(.refreshAgenda(meeting: id))) == .nothingToDo)
        try register("newer", registered: "2026-11-23")
        try run(.meeting(.refreshAgenda(meeting: id)))
        #expect(state.meetings[id]!.items.map(\.id) == [5, 2, 1, 4, 6])
        #expect(state.meetings[id]!.item(6)?.content.participant == ParticipantID("newer"))
        #expect(refusal(.meeting(.moveAgendaItem(meeting: id, item: 2, position: "9"))) == .invalid(.position, .notAChoice("9", .position(count: 5))))
    }

    @Test("a decision starts the meeting; closed, it refuses every change but a correction, and its tasks can still be done")
    mutating func decideAndClose() throws {
        let id = try group()
        try run(.meeting(.handleAgendaItem(meeting: id, item: 1, decision: "Praktik på lagret från 1 dec.", handled: true)))
        #expect(state.meetings[id]!.status == .inProgress && state.meetings[id]!.started == today)
        try run(.meeting(.addMeetingTask(MeetingTaskInput(what: "Ring lagret om startdag", who: "CD", meeting: id, item: 1))))
        let task = try #require(state.meetingTaskList.last)
        #expect(task.participant == ParticipantID("late") && task.meeting == id && task.item == 1)
        #expect(task.due == meetingDay.adding(days: 7) && task.who == .caseworker("CD"))
        #expect(refusal(.meeting(.addMeetingTask(MeetingTaskInput(what: "Söka tre jobb", who: "deltagaren", meeting: id)))) == .meeting(.noParticipant))
        #expect(refusal(.meeting(.correctMeeting(meeting: id, item: 1, text: "Fel datum"))) == .meeting(.notClosed))
        try run(.meeting(.closeMeeting(meeting: id)))
        #expect(state.meetings[id]!.status == .closed && state.meetings[id]!.closed == today)
        #expect(state.currentMeeting == nil)
        #expect(refusal(.meeting(.handleAgendaItem(meeting: id, item: 2, decision: "x", handled: true))) == .meeting(.closed(today)))
        #expect(refusal(.meeting(.addAgendaItem(meeting: id, participant: nil, title: "x"))) == .meeting(.closed(today)))
        #expect(refusal(.meeting(.addMeetingTask(MeetingTaskInput(what: "x", who: "AB", meeting: id)))) == .meeting(.closed(today)))
        try run(.meeting(.correctMeeting(meeting: id, item: 1, text: "Praktiken börjar 2 dec, inte 1 dec.")))
        #expect(state.meetings[id]!.corrections.map(\.text) == ["Praktiken börjar 2 dec, inte 1 dec."])
        try run(.meeting(.completeMeetingTask(task: task.id, comment: nil)))
        #expect(refusal(.meeting(.completeMeetingTask(task: task.id, comment: nil))) == .meeting(.taskDone(task.id)))
        #expect(state.openTasks(on: today).isEmpty)
    }

    @Test("a meeting is found by nothing (the open one), its number, its date, or 'senaste'")
    mutating func resolver() throws {
        let id = try group()
        let first = state.meetingOrder[0]
        #expect(try MeetingResolver.resolve(nil, in: state) == id)
        #expect(try MeetingResolver.resolve("2026-11-19", in: state) == first)
        #expect(try MeetingResolver.resolve(String(first), in: state) == first)
        #expect(try MeetingResolver.resolve("senaste", in: state) == id)
        #expect(throws: DomainError.meeting(.notFound("2025-01-01"))) { try MeetingResolver.resolve("2025-01-01", in: state) }
    }
}
