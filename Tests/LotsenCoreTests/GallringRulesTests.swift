import Testing
import LotsenCalendar
@testable import LotsenCore

/// Who is due for gallring, and who may purge (docs/privacy.md, "Gallring"), planned and
/// folded with entries stamped on the days given.
@Suite("Gallring rules")
struct GallringRulesTests {
    var state = LotsenState()
    var seq = 0

    static func day(_ iso: String) -> Day { Day(iso: iso)! }
    static func noon(_ iso: String) -> Timestamp { Timestamp(millisecondsSince1970: Int64(day(iso).daysSince1970) * 86_400_000 + 43_200_000) }

    /// A generated test number born on `yymmdd` (day + 60 for a samordningsnummer).
    static func number(_ yymmdd: String, _ serial: String = "238") -> String {
        let digits = Array(yymmdd + serial).map { Int(String($0))! }
        let sum = digits.enumerated().reduce(0) { s, e in
            let v = e.element * (e.offset % 2 == 0 ? 2 : 1)
            return s + v / 10 + v % 10
        }
        return yymmdd + "-" + serial + String((10 - sum % 10) % 10)
    }

    mutating func run(_ command: Command, by author: String = "AB", on iso: String, id: String = "x") throws -> [PlannedEvent] {
        let planned = try CommandPlanner(state: state, today: Self.day(iso)) { ParticipantID(id) }.plan(command)
        for e in planned {
            seq += 1
            let read = try #require(Event(type: e.event.type, payload: e.event.payload))
            #expect(read == e.event)
            state.apply(RecordedEvent(event: read, subject: e.subject, stamp: EntryStamp(sequence: seq, time: Self.noon(iso), author: author)))
        }
        return planned
    }

    mutating func register(_ id: String, _ yymmdd: String, on iso: String) throws {
        var input = RegistrationInput()
        input.personnummer = Self.number(yymmdd)
        input.firstName = "Test"
        input.lastName = id
        input.registered = iso
        _ = try run(.participant(.register(input)), on: iso, id: id)
    }

    func dueIDs(on iso: String) -> [String] { state.gallringReview(on: Self.day(iso))?.due.map(\.id.value) ?? [] }

    @Test("years count from the last entry, or from the exit; the research exception keeps the 5th, 15th and 25th")
    mutating func dueDates() throws {
        _ = try run(.caseworker(.addCaseworker(initials: "AB", name: "Anna Bok", organisation: "AME")), on: "2019-01-01")
        try register("sara", "000101", on: "2020-01-10")
        try register("olle", "000105", on: "2020-01-10")
        try register("sam", "000175", on: "2020-01-10")  // samordningsnummer, born the 15th
        #expect(state.gallringReview(on: Self.day("2030-01-01")) == nil, "no rules, nobody due")
        _ = try run(.gallring(.setRules(years: "5", start: "senaste", research: true, secondPerson: false)), on: "2020-02-01")
        #expect(dueIDs(on: "2025-01-09").isEmpty)
        #expect(dueIDs(on: "2025-01-10") == ["sara"])
        #expect(state.gallringReview(on: Self.day("2025-01-10"))?.keptForResearch.map(\.id.value).sorted() == ["olle", "sam"])
        // A note starts the years again.
        _ = try run(.participant(.addNote(ParticipantID("sara"), kind: .call, text: "Ringde", corrects: nil)), on: "2021-06-01")
        #expect(dueIDs(on: "2025-01-10").isEmpty && dueIDs(on: "2026-06-01") == ["sara"])
        // From the exit: nobody in the programme is ever due.
        _ = try run(.gallring(.setRules(years: "2", start: "avslut", research: false, secondPerson: false)), on: "2021-07-01")
        #expect(dueIDs(on: "2090-01-01").isEmpty)
        _ = try run(.participant(.exit(ParticipantID("olle"), date: "2022-03-01", reason: "arbete", occupation: nil)), on: "2022-03-01")
        #expect(dueIDs(on: "2024-02-29").isEmpty && dueIDs(on: "2024-03-01") == ["olle"])
        #expect(throws: DomainError.invalid(.backupDays, .notOneOf("0", ["1–3650"]))) {
            _ = try CommandPlanner(state: state, today: Self.day("2024-01-01")) { ParticipantID("x") }
                .plan(.gallring(.setRules(years: "5", start: "exit", research: false, secondPerson: false, backupDays: "0")))
        }
        #expect(throws: DomainError.invalid(.retentionYears, .notOneOf("0", ["1–100"]))) {
            _ = try CommandPlanner(state: state, today: Self.day("2024-01-01")) { ParticipantID("x") }
                .plan(.gallring(.setRules(years: "0", start: "exit", research: false, secondPerson: false)))
        }
    }

    @Test("an administrator approves a purge; with a second person, someone else than the one who proposed")
    mutating func approval() throws {
        for (i, role) in [("AB", "caseworker"), ("KL", "coordinator"), ("AD", "administrator"), ("AE", "administrator")] {
            _ = try run(.caseworker(.addCaseworker(initials: i, name: "Namn \(i)", organisation: "AME")), on: "2019-01-01")
            if role != "caseworker" { _ = try run(.caseworker(.setRole(initials: i, role: role)), on: "2019-01-01") }
        }
        #expect(Permission.purge.isGranted(to: "AD", among: state.caseworkers))
        #expect(!Permission.purge.isGranted(to: "KL", among: state.caseworkers) && !Permission.purge.isGranted(to: "AB", among: state.caseworkers))
        #expect(Permission.gallringProposal.isGranted(to: "KL", among: state.caseworkers))
        #expect(!Permission.gallringProposal.isGranted(to: "AB", among: state.caseworkers))
        try register("sara", "000101", on: "2020-01-10")
        try register("nils", "000102", on: "2020-01-10")
        _ = try run(.gallring(.setRules(years: "1", start: "last-entry", research: false, secondPerson: true)), by: "KL", on: "2020-02-01")
        let purge = Command.gallring(.purge(by: "AD"))
        #expect(throws: DomainError.gallring(.needsProposal)) { _ = try run(purge, by: "AD", on: "2023-01-01") }
        _ = try run(.gallring(.propose(by: "AD")), by: "AD", on: "2023-01-01")
        #expect(state.gallringProposal?.subjects.count == 2)
        #expect(throws: DomainError.gallring(.sameProposer("AD"))) { _ = try run(purge, by: "AD", on: "2023-01-02") }
        // Someone written about since the proposal is no longer due: they stay.
        _ = try run(.participant(.addNote(ParticipantID("nils"), kind: .call, text: "Hörde av sig", corrects: nil)), on: "2023-01-02")
        let purged = try run(.gallring(.purge(by: "AE")), by: "AE", on: "2023-01-03")
        #expect(purged.map(\.subject?.value) == ["sara"])
        #expect(state.gallringProposal == nil && state.participant(ParticipantID("sara")) == nil && state.order.map(\.value) == ["nils"])
        #expect(state.byPersonnummer.count == 1 && state.purges.count == 1)
        #expect(throws: DomainError.gallring(.needsProposal)) { _ = try run(.gallring(.purge(by: "AE")), by: "AE", on: "2030-01-01") }
    }
}
