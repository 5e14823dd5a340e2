import Testing
import LotsenCalendar
@testable import LotsenCore

/// A domain test that plans commands on an injected day and folds the events into its
/// own state, as the workspace would, with every event written and read back first.
protocol DomainScenario {
    var today: Day { get }
    var state: LotsenState { get set }
    var seq: Int { get set }
}

extension DomainScenario {
    /// - Parameter id: the id a registration gets.
    mutating func run(_ command: Command, id: String = "d1", on day: Day? = nil) throws {
        let planned = try CommandPlanner(state: state, today: day ?? today) { ParticipantID(id) }.plan(command)
        for e in planned {
            seq += 1
            // Every event must survive the journal: write its payload and read it back.
            let read = try #require(Event(type: e.event.type, payload: e.event.payload))
            #expect(read == e.event)
            state.apply(RecordedEvent(event: read, subject: e.subject,
                                      stamp: EntryStamp(sequence: seq, time: Timestamp(millisecondsSince1970: Int64(seq) * 1000), author: "AB")))
        }
        #expect(state.unappliedEvents == 0)
    }

    func refusal(_ command: Command) -> DomainError? {
        do { _ = try CommandPlanner(state: state, today: today) { ParticipantID("x") }.plan(command); return nil }
        catch { return error }
    }

    /// Anna Bok (AB, AME) and Sara Lind, registered 2026-06-01.
    mutating func registerSara() throws {
        try run(.caseworker(.addCaseworker(initials: "AB", name: "Anna Bok", organisation: "AME")))
        var input = RegistrationInput()
        input.personnummer = "000101-2384"
        input.firstName = "Sara"
        input.lastName = "Lind"
        input.registered = "2026-06-01"
        try run(.participant(.register(input)))
    }
}
