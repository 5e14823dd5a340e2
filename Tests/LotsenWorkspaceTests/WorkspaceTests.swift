import Testing
import LotsenCalendar
import LotsenCore
import LotsenJournal
import LotsenTestSupport
@testable import LotsenWorkspace

/// Two desks on one journal, with fixed clocks and predictable ids.
final class Desk {
    static let today = Day(iso: "2026-11-24")!
    let dir: TemporaryDirectory
    let paths: JournalPaths
    var counter = 0

    init(dir: TemporaryDirectory = TemporaryDirectory("workspace")) {
        self.dir = dir
        paths = JournalPaths(journal: dir.path + "/j.jsonl")
    }

    func env(_ author: String?, prefix: String = "p") -> Workspace.Environment {
        Workspace.Environment(author: author, clock: { Timestamp(millisecondsSince1970: 1_795_000_000_000) },
                              today: { Desk.today }, newID: { [unowned self] in
                                  self.counter += 1
                                  return ParticipantID("\(prefix)\(self.counter)")
                              })
    }

    func create(_ author: String = "AB") throws -> Workspace {
        let w = try Workspace.create(paths, journalID: "test", env(author))
        try w.perform(.caseworker(.addCaseworker(initials: author, name: "Anna Bok", organisation: "AF")))
        return w
    }

    func open(_ author: String? = "AB", prefix: String = "p") throws -> Workspace {
        try Workspace.open(paths, access: .readWrite, env(author, prefix: prefix)).0
    }

    static func registration(_ pnr: String, _ first: String, _ last: String) -> Command {
        var i = RegistrationInput()
        i.personnummer = pnr
        i.firstName = first
        i.lastName = last
        return .participant(.register(i))
    }
}

@Suite("Workspace")
struct WorkspaceTests {
    @Test("what one desk saves, another folds in; reopening gives the same state")
    func sharedDesk() throws {
        let desk = Desk()
        let a = try desk.create()
        let b = try desk.open(prefix: "q")
        let done = try a.perform(Desk.registration("000101-2384", "Sara", "Lind"))
        let id = try #require(done.first?.subject)
        #expect(b.state.participant(id) == nil)
        let seen = try b.refresh()
        #expect(seen.map(\.subject) == [id])
        #expect(b.state.participant(id)?.profile.fullName == "Sara Lind")
        try b.perform(.participant(.addNote(id, kind: .call, text: "Hej från B", corrects: nil)))
        // A's next write folds in B's note first.
        try a.perform(.participant(.addNote(id, kind: .call, text: "Hej från A", corrects: nil)))
        #expect(a.state.participant(id)?.notes.map(\.text) == ["Hej från B", "Hej från A"])
        a.close()
        b.close()
        let c = try desk.open()
        #expect(c.state == a.state)
    }

    @Test("two desks registering the same person: the second is refused, inside the lock")
    func raceForTheSamePerson() throws {
        let desk = Desk()
        let a = try desk.create()
        let b = try desk.open(prefix: "q")
        try a.perform(Desk.registration("000101-2384", "Sara", "Lind"))
        // B has not refreshed; its check must still see A's registration.
        #expect(throws: DomainError.duplicatePersonnummer(ParticipantID("p1"))) {
            try b.perform(Desk.registration("000101-2384", "Sara", "Lind"))
        }
        #expect(b.state.order.count == 1)
    }

    @Test("a batch of commands is all or nothing")
    func batchAllOrNothing() throws {
        let desk = Desk()
        let a = try desk.create()
        let before = Bytes.read(desk.paths.journal)
        #expect(throws: DomainError.self) {
            try a.perform([Desk.registration("000101-2384", "Sara", "Lind"), Desk.registration("000101-2384", "Sara", "Igen")])
        }
        #expect(Bytes.read(desk.paths.journal) == before)
        #expect(a.state.order.isEmpty)
    }

    @Test("who may write: anyone while there are no caseworkers, then only caseworkers")
    func authors() throws {
        let desk = Desk()
        let a = try desk.create("AB")
        let stranger = try desk.open("ZZ")
        #expect(throws: DomainError.unknownAuthor("ZZ")) { try stranger.perform(Desk.registration("000101-2384", "S", "L")) }
        try stranger.perform(.caseworker(.addCaseworker(initials: "zz", name: "Zara Z", organisation: "SYV")))
        try stranger.perform(Desk.registration("000101-2384", "S", "L"))
        let nobody = try desk.open(nil)
        #expect(throws: DomainError.noAuthor) { try nobody.perform(Desk.registration("811228-9874", "E", "T")) }
        _ = a
    }

    @Test("records of a type this version does not know are kept and counted, not fatal")
    func unknownTypes() throws {
        let desk = Desk()
        let a = try desk.create()
        try a.journal.append([RecordDraft(time: Timestamp(millisecondsSince1970: 0), author: "AB", type: "meeting.future", payloadJSON: "{}")])
        a.close()
        let b = try desk.open()
        #expect(b.state.unknownEvents == 1)
        #expect(b.undecodableRecords.isEmpty)
    }
}

@Suite("Demo journal")
struct DemoTests {
    @Test("the same seed and day give the same bytes; the journal is sound and folds cleanly")
    func deterministic() throws {
        let one = TemporaryDirectory(), two = TemporaryDirectory()
        let demo = DemoJournal(size: .small, today: Desk.today, seed: 7)
        let (people, records) = try demo.write(to: JournalPaths(journal: one.file("j.jsonl")))
        _ = try demo.write(to: JournalPaths(journal: two.file("j.jsonl")))
        #expect(Bytes.read(one.file("j.jsonl")) == Bytes.read(two.file("j.jsonl")))
        #expect(people == 120 && records > 600)
        #expect(try Journal.verify(JournalPaths(journal: one.file("j.jsonl"))).isSound)
        let (w, _) = try Workspace.open(JournalPaths(journal: one.file("j.jsonl")), access: .readOnly, Desk().env("AB"))
        #expect(w.state.order.count == 120)
        #expect(w.state.unappliedEvents == 0 && w.undecodableRecords.isEmpty)
        #expect(w.state.caseworkers.count == 9)
        let all = w.state.order.compactMap { w.state.participant($0) }
        #expect(all.contains { !$0.isActive })
        #expect(all.allSatisfy { (960...999).contains(Int($0.personnummer.digits.dropFirst(8).prefix(3))!) })
        #expect(all.contains { $0.notes.contains { $0.corrects != nil } })
    }
}

@Suite("The workspace's search index")
struct WorkspaceSearchIndexTests {
    @Test("made once per state: a saved change, and another desk's change folded in, are found at once")
    func followsTheState() throws {
        let desk = Desk()
        let a = try desk.create()
        let b = try desk.open(prefix: "q")
        let id = try #require(try a.perform(Desk.registration("000101-2384", "Sara", "Lind")).first?.subject)
        #expect(a.searchIndex.search(ParticipantSearch.Query("Lind")) == [id])
        var rename = RegistrationInput()
        rename.lastName = "Berg"
        try a.perform(.participant(.update(id, rename)))
        #expect(a.searchIndex.search(ParticipantSearch.Query("Lind")).isEmpty)
        #expect(a.searchIndex.search(ParticipantSearch.Query("Berg")) == [id])
        #expect(b.searchIndex.search(ParticipantSearch.Query("Berg")).isEmpty)
        _ = try b.refresh()
        #expect(b.searchIndex.search(ParticipantSearch.Query("Berg")) == [id])
    }

    @Test("a snapshot written with the workspace's list order is byte for byte the one sorted anew; the index made from it lists as one sorted")
    func snapshotOrder() throws {
        let demo = try SnapshotTests.DemoDesk()
        let w = try demo.open(snapshots: false)
        defer { w.close() }
        let point = try #require(w.journal.chainPoint)
        try Snapshot.write(w.state, journalID: w.journal.journalID, at: point, demo.paths, io: SystemFileIO())
        let sorted = Bytes.read(demo.snapshot)
        // The order kept for the index to come, and the index's own.
        try Snapshot.write(w.state, journalID: w.journal.journalID, at: point, demo.paths, io: SystemFileIO(), listed: { w.listOrder })
        #expect(Bytes.read(demo.snapshot) == sorted)
        let index = w.searchIndex
        #expect(index.listOrder(of: w.state) == w.listOrder)
        #expect(index.ids == SearchIndex(w.state).ids)
        // An index of another state is not used for this one.
        var other = w.state
        var u = ParticipantUpdate()
        u.lastName = "Öst"
        other.apply(RecordedEvent(event: .participant(.participantUpdated(u)), subject: other.order[0],
                                  stamp: EntryStamp(sequence: point.sequence + 1, time: Timestamp(millisecondsSince1970: 0), author: "X")))
        #expect(index.listOrder(of: other) == nil)
    }
}
