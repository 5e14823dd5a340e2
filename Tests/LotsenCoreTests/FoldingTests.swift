import Testing
import LotsenCalendar
@testable import LotsenCore

@Suite("Folding the journal into state")
struct FoldingTests {
    let today = Day(iso: "2026-11-24")!
    var seq = 0

    mutating func apply(_ planned: [PlannedEvent], to state: inout LotsenState, author: String = "AB") {
        for e in planned {
            seq += 1
            state.apply(RecordedEvent(event: e.event, subject: e.subject,
                                      stamp: EntryStamp(sequence: seq, time: Timestamp(millisecondsSince1970: Int64(seq) * 1000), author: author)))
        }
    }

    mutating func registered() throws -> (LotsenState, ParticipantID) {
        var state = LotsenState()
        let planner = CommandPlanner(state: state, today: today) { ParticipantID("d1") }
        apply(try planner.plan(.caseworker(.addCaseworker(initials: "ab", name: "Anna Bok", organisation: "AF"))), to: &state)
        apply(try planner.plan(.caseworker(.addCaseworker(initials: "CD", name: "Cem Dag", organisation: "Ungdomsmottagningen"))), to: &state)
        var input = RegistrationInput()
        input.personnummer = "000101-2384"
        input.firstName = "Sara"
        input.lastName = "Lind"
        input.registered = "2026-09-01"
        apply(try CommandPlanner(state: state, today: today) { ParticipantID("d1") }.plan(.participant(.register(input))), to: &state)
        return (state, ParticipantID("d1"))
    }

    @Test("register, consent, responsibility, notes with corrections, exit and a new period")
    mutating func lifecycle() throws {
        var (state, id) = try registered()
        func plan(_ c: Command) throws -> [PlannedEvent] { try CommandPlanner(state: state, today: today) { ParticipantID("x") }.plan(c) }

        #expect(state.caseworker("AB")?.organisation == .af)
        #expect(state.caseworker("cd")?.organisation == .other("Ungdomsmottagningen"))
        #expect(state.participant(id)?.profile.gender == .woman)

        apply(try plan(.participant(.giveConsent(id, date: "2026-09-01", organisations: ["af,AME", "ungdomsmottagningen"]))), to: &state)
        #expect(state.participant(id)?.consent?.organisations == [.af, .ame, .other("Ungdomsmottagningen")])

        apply(try plan(.participant(.assignResponsibility(id, organisation: "AF", caseworker: "ab", date: "2026-09-02"))), to: &state)
        // Only AF's own caseworkers can be responsible in AF.
        #expect(throws: DomainError.caseworkerNotInOrganisation("CD", .af)) {
            try plan(.participant(.assignResponsibility(id, organisation: "AF", caseworker: "CD", date: "2026-10-01")))
        }
        apply(try plan(.caseworker(.addCaseworker(initials: "EF", name: "Eva Fors", organisation: "AF"))), to: &state)
        apply(try plan(.participant(.assignResponsibility(id, organisation: "AF", caseworker: "EF", date: "2026-10-01"))), to: &state)
        let p1 = try #require(state.participant(id))
        #expect(p1.responsible == [.af: "EF"])
        #expect(p1.responsibilities.count == 2 && p1.responsibilities[0].until == Day(iso: "2026-10-01"))

        apply(try plan(.participant(.addNote(id, kind: .call, text: "Ringde, mår bra.\r\nÅterkommer.\u{1B}[31m", corrects: nil))), to: &state)
        let noteID = try #require(state.participant(id)?.notes.first?.id)
        #expect(state.participant(id)?.notes.first?.text == "Ringde, mår bra.\nÅterkommer.[31m")
        apply(try plan(.participant(.addNote(id, kind: .call, text: "Ringde, mår bättre.", corrects: noteID))), to: &state)
        let p2 = try #require(state.participant(id))
        #expect(p2.currentNotes.count == 1)
        #expect(p2.currentNotes[0].text == "Ringde, mår bättre.")
        #expect(p2.history(ofNote: noteID).count == 2)

        apply(try plan(.participant(.exit(id, date: "2026-11-20", reason: "arbete", occupation: "Lagerarbetare"))), to: &state)
        #expect(state.participant(id)?.isActive == false)
        #expect(throws: DomainError.alreadyExited(id)) { try plan(.participant(.exit(id, date: nil, reason: "arbete", occupation: nil))) }
        apply(try plan(.participant(.reregister(id, date: "2026-11-24"))), to: &state)
        let p3 = try #require(state.participant(id))
        #expect(p3.isActive && p3.periods.count == 2)
        #expect(p3.periods[0].exit?.occupation == "Lagerarbetare")
    }

    @Test("refused commands name the field and plan nothing")
    mutating func refused() throws {
        let (state, id) = try registered()
        let planner = CommandPlanner(state: state, today: today) { ParticipantID("d2") }
        var input = RegistrationInput()
        input.personnummer = "000101-2384"
        input.firstName = "Ny"
        input.lastName = "Person"
        #expect(throws: DomainError.duplicatePersonnummer(id)) { try planner.plan(.participant(.register(input))) }
        input.personnummer = "811228-9874"
        input.firstName = "Ev\u{1B}[2Jil"
        #expect(throws: DomainError.invalid(.firstName, .controlCharacters)) { try planner.plan(.participant(.register(input))) }
        input.firstName = "Eva"
        input.registered = "2026-02-30"
        #expect(throws: DomainError.invalid(.registered, .notADate("2026-02-30"))) { try planner.plan(.participant(.register(input))) }
        input.registered = "2027-01-01"
        #expect(throws: DomainError.invalid(.registered, .inTheFuture(Day(iso: "2027-01-01")!))) { try planner.plan(.participant(.register(input))) }
        #expect(throws: DomainError.unknownOrganisation("FK")) { try planner.plan(.participant(.giveConsent(id, date: nil, organisations: ["AF", "FK"]))) }
        #expect(throws: DomainError.unknownCaseworker("ZZ")) {
            try planner.plan(.participant(.assignResponsibility(id, organisation: "AF", caseworker: "ZZ", date: nil)))
        }
        #expect(throws: DomainError.noteNotFound(999)) { try planner.plan(.participant(.addNote(id, kind: .call, text: "x", corrects: 999))) }
        #expect(throws: DomainError.noConsent(id)) { try planner.plan(.participant(.withdrawConsent(id, date: nil))) }
    }

    @Test("events round-trip through their JSON payloads")
    mutating func roundTrip() throws {
        var state = LotsenState()
        var input = RegistrationInput()
        input.personnummer = "0603159856"
        input.firstName = "Erik \"Ecke\""
        input.lastName = "Östlund"
        input.phones = ["070-1234567", "08-123 456"]
        input.email = "erik@example.se"
        input.bornAbroad = "ja"
        input.afCategory = "69"
        input.referral = "uppsökande"
        input.background = "Rad ett\nRad två"
        let planned = try CommandPlanner(state: state, today: today) { ParticipantID("d9") }.plan(.participant(.register(input)))
        apply(planned, to: &state)
        let events: [Event] = planned.map(\.event) + [
            .participant(.consentGiven(date: today, organisations: [.af, .other("Ungdomsmottagningen")])),
            .participant(.consentWithdrawn(date: today)),
            .participant(.responsibilityAssigned(organisation: .ifo, caseworker: "AB", date: today)),
            .participant(.noteAdded(kind: .meeting, text: "å\nä", corrects: 3)),
            .participant(.participantExited(date: today, reason: .parentalLeave, occupation: nil)),
            .participant(.participantReregistered(date: today)),
            .caseworker(.caseworkerAdded(Caseworker(initials: "AB", name: "Anna", organisation: .syv))),
        ]
        for e in events {
            let back = Event(type: e.type, payload: e.payload)
            #expect(back == e, "\(e.type)")
        }
        #expect(Event(type: "future.thing", payload: Array("{}".utf8)) == .unknown(type: "future.thing"))
        #expect(Event(type: "note.added", payload: Array(#"{"kind":"call"}"#.utf8)) == nil)
    }
}

@Suite("The 90-day clock")
struct NinetyDayClockTests {
    let registered = Day(iso: "2026-08-01")!

    @Test("runs, warns from day 60, is overdue from day 90", arguments: [
        (0, NinetyDayClock.Status.running(days: 0)), (59, .running(days: 59)), (60, .warning(days: 60)),
        (89, .warning(days: 89)), (90, .overdue(days: 90)), (200, .overdue(days: 200)),
    ])
    func runs(_ days: Int, _ expected: NinetyDayClock.Status) {
        #expect(NinetyDayClock.status(of: Period(registered: registered), on: registered.adding(days: days)) == expected)
    }

    @Test("the first started activity stops it; a future start does not yet")
    func stops() {
        var period = Period(registered: registered)
        period.programme.activities.append(Activity(id: 1, kind: .praktik, organisation: .af, start: registered.adding(days: 45),
                                                    stamp: EntryStamp(sequence: 1, time: Timestamp(millisecondsSince1970: 0), author: "AB")))
        #expect(NinetyDayClock.status(of: period, on: registered.adding(days: 100)) == .stopped(days: 45))
        #expect(NinetyDayClock.status(of: period, on: registered.adding(days: 30)) == .running(days: 30))
    }

    @Test("an exit before any activity closes it")
    func closed() {
        let exit = Exit(date: registered.adding(days: 10), reason: .moved, occupation: nil,
                        stamp: EntryStamp(sequence: 1, time: Timestamp(millisecondsSince1970: 0), author: "AB"))
        #expect(NinetyDayClock.status(of: Period(registered: registered, exit: exit), on: registered.adding(days: 100)) == .closed)
    }
}
