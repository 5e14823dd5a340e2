import Testing
import LotsenCalendar
@testable import LotsenCore

/// The programme's rules, with an injected date: moves and what each step needs, the
/// placement bank, activities and their rules, the checklist.
@Suite("The programme: stages, placements, activities")
struct ProgrammeTests: DomainScenario {
    let today = Day(iso: "2026-11-24")!
    var state = LotsenState()
    var seq = 0
    let id = ParticipantID("d1")

    init() throws {
        try registerSara()
        try run(.programme(.addWorkplace(WorkplaceInput(name: "Verkstaden", sector: "Industri", capacity: "1"))))
        try run(.programme(.addWorkplace(WorkplaceInput(name: "Återbruket", sector: "Handel", contact: "Per Ek", phone: "0591-123 45", capacity: "3"))))
    }

    var period: Period { state.participant(id)!.currentPeriod }
    var verkstaden: Int { state.workplaceList[0].id }

    @Test("a person starts in Slussen 1 and walks through every stage as Bilaga 1 describes")
    mutating func walkThrough() throws {
        #expect(period.stage == .introduction)
        #expect(period.daysInStage(on: today) == 176)
        try run(.programme(.tickChecklist(id, items: ["it-policy", "2", "Värdegrund"], date: "2026-06-02", undo: false)))
        #expect(Set(period.programme.ticks.keys) == ["it-policy", "drug-policy", "values"])
        try run(.programme(.move(id, MoveInput(to: "handlingsplan", date: "2026-06-10"))))
        try run(.programme(.move(id, MoveInput(to: "3", date: "2026-06-20"))))
        try run(.programme(.recordVisit(id, workplace: "återbruk", date: "2026-06-22", fullDay: false, evaluation: "Roligt", supervisorView: nil)))
        let visit = try #require(period.programme.visits.first)
        #expect(visit.halfDay && visit.workplace == state.workplaceList[1].id)
        try run(.programme(.evaluateVisit(id, visit: visit.id, evaluation: nil, supervisorView: "Passar bra")))
        #expect(period.programme.visits[0].evaluation == "Roligt" && period.programme.visits[0].supervisorView == "Passar bra")

        try run(.programme(.move(id, MoveInput(to: "kanalen", date: "2026-07-01", placement: "Verkstaden", placementEnd: "2027-01-01"))))
        #expect(period.stage == .kanalen)
        #expect(period.programme.placement?.workplace == verkstaden)
        #expect(state.placed[verkstaden] == [id])
        #expect(state.freePlaces(verkstaden) == 0)
        try run(.programme(.logKanalen(id, activity: "jobbsök", date: "2026-11-23", hours: "2,5")))
        try run(.programme(.logKanalen(id, activity: "jobbsök", date: "2026-11-24", hours: "1:30")))
        try run(.programme(.logKanalen(id, activity: "syv", date: "2026-11-24", hours: nil)))
        #expect(period.programme.jobSearchMinutes(weekOf: today) == 240)
        #expect(period.programme.last(.counsellor)?.date == today)
        try run(.programme(.checkAKassa(id, status: "ingen rätt", date: nil)))

        try run(.programme(.move(id, MoveInput(to: "havet", date: "2026-11-24", income: "arbete", occupation: "Svetsare", employer: "Bruket AB"))))
        #expect(period.stage == .havet)
        #expect(period.programme.income == Income(kind: .work, occupation: "Svetsare", employer: "Bruket AB"))
        #expect(period.programme.placement == nil, "leaving Kanalen ends the placement")
        #expect(state.placed[verkstaden]?.isEmpty == true)
        #expect(period.programme.moves.map(\.to) == [.actionPlan, .studyVisits, .kanalen, .havet])
    }

    @Test("moving forward asks for what the step needs; back asks for a reason")
    mutating func requiredAnswers() throws {
        #expect(refusal(.programme(.move(id, MoveInput(to: "kanalen")))) == .programme(.needsPlacement))
        #expect(refusal(.programme(.move(id, MoveInput(to: "havet")))) == .programme(.needsIncome))
        #expect(refusal(.programme(.move(id, MoveInput(to: "havet", income: "lotto")))) == .invalid(.income, .notOneOf("lotto", IncomeKind.codes)))
        #expect(refusal(.programme(.move(id, MoveInput(to: "slussen-1")))) == .programme(.alreadyInStage(.introduction)))
        #expect(refusal(.programme(.move(id, MoveInput(to: "sjön")))) == .invalid(.stage, .notOneOf("sjön", Stage.codes)))
        #expect(refusal(.programme(.move(id, MoveInput(to: "kanalen", placement: "Bageriet")))) == .programme(.workplaceNotFound("Bageriet")))
        try run(.programme(.move(id, MoveInput(to: "2", date: "2026-07-01"))))
        #expect(refusal(.programme(.move(id, MoveInput(to: "1")))) == .programme(.needsReason))
        #expect(refusal(.programme(.move(id, MoveInput(to: "3", date: "2026-06-30")))) == .invalid(.date, .beforeRegistration(Day(iso: "2026-07-01")!)))
        try run(.programme(.move(id, MoveInput(to: "1", reason: "Behöver göra om introduktionen"))))
        #expect(period.programme.moves.last?.reason == "Behöver göra om introduktionen")
        #expect(period.stage == .introduction)
    }

    @Test("a full workplace takes nobody more; an exit frees the place")
    mutating func placementBank() throws {
        try run(.programme(.move(id, MoveInput(to: "kanalen", date: "2026-07-01", placement: "verkstaden"))))
        var other = RegistrationInput()
        other.personnummer = "010203-2380"
        other.firstName = "Ali"
        other.lastName = "Berg"
        other.registered = "2026-06-01"
        let second = ParticipantID("d2")
        let planned = try CommandPlanner(state: state, today: today) { second }.plan(.participant(.register(other)))
        seq += 1
        state.apply(RecordedEvent(event: planned[0].event, subject: second, stamp: EntryStamp(sequence: seq, time: Timestamp(millisecondsSince1970: 0), author: "AB")))
        #expect(refusal(.programme(.move(second, MoveInput(to: "kanalen", placement: "Verkstaden")))) == .programme(.workplaceFull("Verkstaden")))
        try run(.participant(.exit(id, date: "2026-11-01", reason: "flyttat", occupation: nil)))
        #expect(state.freePlaces(verkstaden) == 1)
        #expect(state.participant(id)?.currentPeriod.programme.placements.last?.until == Day(iso: "2026-11-01"))
        #expect(refusal(.programme(.move(id, MoveInput(to: "2")))) == .alreadyExited(id))
        #expect(refusal(.programme(.addWorkplace(WorkplaceInput(name: "verkstaden", sector: "x")))) == .programme(.duplicateWorkplace("verkstaden")))
        #expect(refusal(.programme(.addWorkplace(WorkplaceInput(name: "Bageriet", sector: "Livs", capacity: "noll")))) == .invalid(.capacity, .notOneOf("noll", ["1–500"])))
        try run(.programme(.updateWorkplace("verkst", WorkplaceInput(capacity: "2", notes: "Skyddsskor behövs"))))
        #expect(state.workplaces[verkstaden]?.capacity == 2 && state.workplaces[verkstaden]?.notes == "Skyddsskor behövs")
        #expect(refusal(.programme(.updateWorkplace("verkst", WorkplaceInput(capacity: "2")))) == .nothingToDo)
    }

    @Test("the first started activity stops the 90-day clock; one booked ahead does not yet")
    mutating func clockStops() throws {
        let p0 = try #require(state.participant(id))
        #expect(NinetyDayClock.status(of: p0.currentPeriod, on: today) == .overdue(days: 176))
        try run(.programme(.startActivity(id, kind: "Arbetsträning", organisation: nil, start: "2026-12-01", plannedEnd: nil)))
        #expect(NinetyDayClock.status(of: period, on: today) == .overdue(days: 176))
        try run(.programme(.startActivity(id, kind: "praktik", organisation: "AME", start: "2026-08-15", plannedEnd: "2026-10-15")))
        #expect(NinetyDayClock.status(of: period, on: today) == .stopped(days: 75))
        #expect(period.programme.activities[1].organisation == .ame)
        #expect(period.programme.activities[0].organisation == .af)
        let a = period.programme.activities[1].id
        try run(.programme(.endActivity(id, activity: a, date: "2026-10-15", outcome: "fullföljd")))
        #expect(period.programme.activity(a)?.outcome == .completed)
        #expect(refusal(.programme(.endActivity(id, activity: a, date: nil, outcome: "fullföljd"))) == .programme(.activityEnded(a)))
        #expect(refusal(.programme(.startActivity(id, kind: "lokal:", organisation: nil, start: nil, plannedEnd: nil)))
            == .invalid(.kind, .notOneOf("lokal:", ActivityKind.catalogue.map(\.code) + ["local:NAMN"])))
        try run(.programme(.startActivity(id, kind: "lokal:Cykelverkstan", organisation: nil, start: nil, plannedEnd: nil)))
        #expect(period.programme.activities.last?.kind == .local("Cykelverkstan"))
    }

    @Test("instegspraktik warns past six months", arguments: [("2026-11-30", false), ("2026-12-01", true)])
    func instegspraktik(_ day: String, _ flagged: Bool) {
        let a = Activity(id: 1, kind: .instegspraktik, organisation: .af, start: Day(iso: "2026-06-01")!,
                         stamp: EntryStamp(sequence: 1, time: Timestamp(millisecondsSince1970: 0), author: "AB"))
        #expect((a.warning(on: Day(iso: day)!) != nil) == flagged)
    }

    @Test("aktivitetsgrupp runs in 12-week cycles with a checkpoint at each end")
    func cycles() {
        let start = Day(iso: "2026-01-05")!
        let a = Activity(id: 1, kind: .aktivitetsgrupp, organisation: .ame, start: start,
                         stamp: EntryStamp(sequence: 1, time: Timestamp(millisecondsSince1970: 0), author: "AB"))
        #expect(a.warning(on: start) == .cycle(number: 1, checkpoint: start.adding(days: 84)))
        #expect(a.warning(on: start.adding(days: 83)) == .cycle(number: 1, checkpoint: start.adding(days: 84)))
        #expect(a.warning(on: start.adding(days: 84)) == .cycle(number: 1, checkpoint: start.adding(days: 84)))
        #expect(a.warning(on: start.adding(days: 85)) == .cycle(number: 2, checkpoint: start.adding(days: 168)))
        var ended = a
        ended.end = start.adding(days: 100)
        #expect(ended.warning(on: start.adding(days: 120)) == nil)
    }

    @Test("flags: intensified support, a placement ending, A-kassa, a checkpoint")
    mutating func flags() throws {
        try run(.participant(.giveConsent(id, date: nil, organisations: ["AME"])))
        try run(.programme(.startActivity(id, kind: "aktivitetsgrupp", organisation: nil, start: "2026-09-01", plannedEnd: nil)))
        try run(.programme(.move(id, MoveInput(to: "kanalen", date: "2026-09-01", placement: "Verkstaden", placementEnd: "2026-12-20"))))
        let p = try #require(state.participant(id))
        #expect(p.flags(on: today) == [.placementEndingSoon(Day(iso: "2026-12-20")!), .checkpointDue(Day(iso: "2026-11-24")!)])
        try run(.programme(.setIntensifiedSupport(id, on: true, date: nil)))
        try run(.programme(.checkAKassa(id, status: "ej medlem", date: nil)))
        #expect(state.participant(id)!.flags(on: today).prefix(2) == [.intensifiedSupport, .aKassa(.notMember)])
        #expect(refusal(.programme(.setIntensifiedSupport(id, on: true, date: nil))) == .nothingToDo)
    }

    @Test("the checklist: untick, a local item, removing one")
    mutating func checklist() throws {
        try run(.programme(.tickChecklist(id, items: ["lön"], date: nil, undo: false)))
        #expect(refusal(.programme(.tickChecklist(id, items: ["lön"], date: nil, undo: false))) == .nothingToDo)
        try run(.programme(.tickChecklist(id, items: ["pay"], date: nil, undo: true)))
        #expect(period.programme.ticks.isEmpty)
        try run(.programme(.addChecklistItem(label: "Nyckelkvittens")))
        #expect(state.checklist.items.count == 9)
        try run(.programme(.tickChecklist(id, items: ["nyckelkvittens"], date: nil, undo: false)))
        #expect(period.programme.ticks["local:nyckelkvittens"] != nil)
        try run(.programme(.removeChecklistItem("semester")))
        #expect(state.checklist.find("semester") == nil)
        #expect(refusal(.programme(.tickChecklist(id, items: ["semester"], date: nil, undo: false))) == .programme(.checklistItemNotFound("semester")))
    }
}
