import Foundation
import Testing
import LotsenCalendar
import LotsenCore
import LotsenJournal
import LotsenTestSupport
@testable import LotsenWorkspace

/// Gallring on a sealed demo journal: the purged people's keys are destroyed, nothing in
/// any file gives them back, and the chain still verifies (docs/privacy.md, "Gallring").
@Suite("Gallring")
struct GallringTests {
    /// Far enough after the demo that everyone who exited is a year past it.
    static let later = Day(iso: "2028-06-01")!

    final class SealedDemo {
        let desk = Desk()
        let master = MasterKey.file(MasterKey.newKeyFile())

        init() throws {
            _ = try DemoJournal(size: .small, today: Desk.today, seed: 11).write(to: desk.paths, master: master)
        }

        func env(_ author: String = "AB", today: Day = GallringTests.later, snapshots: Bool = true) -> Workspace.Environment {
            var env = desk.env(author)
            env.master = master
            env.today = { today }
            env.snapshots = snapshots
            return env
        }

        func open(_ author: String = "AB", snapshots: Bool = true) throws -> Workspace {
            try Workspace.open(desk.paths, access: .readWrite, env(author, snapshots: snapshots)).0
        }

        /// Every record's payload as this key store opens it, by subject.
        func plainPayloads() throws -> [(subject: String?, type: String, plain: [UInt8]?)] {
            let ring = try KeyStore.read(desk.paths, master: master)
            var out: [(String?, String, [UInt8]?)] = []
            let (journal, _) = try Journal.open(desk.paths, access: .readOnly, clock: Timestamp.now) { batch in
                for r in batch where r.sequence > 0 {
                    out.append((r.subject, r.type, SealedPayload.isSealed(r.payload) ? try SealedPayload.open(r, in: ring) : r.payload))
                }
            }
            journal.close()
            return out
        }
    }

    /// What could give a person back: their name, personnummer and phones.
    static func clues(_ p: Participant) -> [String] {
        [p.profile.fullName, p.personnummer.digits, p.personnummer.formatted] + p.profile.phones
    }

    @Test("a purge destroys the keys: no file gives the people back, the state lets go of them, the chain verifies")
    func purgeForgets() throws {
        let demo = try SealedDemo()
        let w = try demo.open()
        try w.perform(.gallring(.setRules(years: "1", start: "exit", research: false, secondPerson: false)))
        let due = try #require(w.state.gallringReview(on: Self.later)).due
        #expect(due.count > 5)
        let gone = due.compactMap { w.state.participant($0.id) }
        let kept = w.state.order.count - gone.count
        let recorded = try w.perform(.gallring(.purge(by: "AB")))
        #expect(recorded.count == gone.count && recorded.allSatisfy { if case .gallring(.purged) = $0.event { true } else { false } })
        #expect(gone.allSatisfy { w.state.participant($0.id) == nil && w.state.searchIndex[$0.id] == nil })
        #expect(w.state.order.count == kept && w.state.participants.count == kept && w.state.purges.count == gone.count)
        #expect(!ParticipantSearch.search(gone[0].profile.fullName, in: w.state).contains(gone[0].id))
        w.close()

        #expect(try Journal.verify(demo.desk.paths).isSound)
        let ring = try KeyStore.read(demo.desk.paths, master: demo.master)
        #expect(gone.allSatisfy { !ring.holdsKey(for: $0.id.value) && ring.isForgotten($0.id.value) })
        // With the master key at hand: their records do not open, and no other record,
        // the snapshot or any other file says who they were.
        let ids = Set(gone.map(\.id.value))
        let payloads = try demo.plainPayloads()
        let about = payloads.filter { $0.subject.map(ids.contains) == true }
        // Only the purge's own record, which names no one, opens (under the journal's key).
        #expect(about.allSatisfy { $0.plain == nil || $0.type == GallringEvent.Kind.purged.rawValue })
        #expect(about.filter { $0.plain == nil }.count > gone.count * 3)
        let opened = Data(payloads.compactMap(\.plain).joined(separator: [0x0A]))
        let snapshotIO = SealedFileIO(journalKey: ring.journalKey)
        let fd = try snapshotIO.open(Snapshot.path(demo.desk.paths), O_RDONLY, 0)
        let snapshot = Data(try snapshotIO.read(fd, count: try snapshotIO.fileSize(fd), at: 0))
        snapshotIO.close(fd)
        let files = try FileManager.default.contentsOfDirectory(atPath: demo.desk.dir.path).map { Data(Bytes.read(demo.desk.dir.path + "/" + $0)) }
        for p in gone {
            for clue in Self.clues(p).map({ Data($0.utf8) }) {
                #expect(opened.range(of: clue) == nil && snapshot.range(of: clue) == nil, "a purged person's clue is readable")
                #expect(!files.contains { $0.range(of: clue) != nil })
            }
        }
        // The people kept are still there to be read: the clue search itself works.
        let someoneKept = try #require(w.state.order.first.flatMap { w.state.participant($0) })
        #expect(snapshot.range(of: Data(someoneKept.personnummer.digits.utf8)) != nil)
        // From the snapshot the purge rewrote, and from a whole replay: the same people.
        let fromSnapshot = try demo.open()
        #expect(fromSnapshot.opening.snapshotProblem == nil && fromSnapshot.opening.replayed == 0)
        let replayed = try demo.open(snapshots: false)
        #expect(replayed.state.order == fromSnapshot.state.order && replayed.state.searchIndex == fromSnapshot.state.searchIndex)
        #expect(replayed.state.byPersonnummer == fromSnapshot.state.byPersonnummer && replayed.undecodableRecords.isEmpty)
        #expect(replayed.state.purges == fromSnapshot.state.purges && replayed.state.order.count == kept)
        fromSnapshot.close()
        replayed.close()
    }

    @Test("a desk open during another's purge lets go of the people, writes nothing about them, and never saves them back")
    func otherDeskFollows() throws {
        let demo = try SealedDemo()
        let a = try demo.open("AB")
        try a.perform(.gallring(.setRules(years: "1", start: "exit", research: false, secondPerson: false)))
        let b = try demo.open("JL")
        let c = try demo.open("MS")
        let victim = try #require(b.state.gallringReview(on: Self.later)?.due.first?.id)
        let pnr = try #require(b.state.participant(victim)?.personnummer.digits)
        try a.perform(.gallring(.purge(by: "AB")))
        // C saves a snapshot without having looked: it folds the purge in first.
        c.saveSnapshot()
        #expect(c.state.participant(victim) == nil)
        c.close()
        let ring = try KeyStore.read(demo.desk.paths, master: demo.master)
        let io = SealedFileIO(journalKey: ring.journalKey)
        let fd = try io.open(Snapshot.path(demo.desk.paths), O_RDONLY, 0)
        let snapshot = Data(try io.read(fd, count: try io.fileSize(fd), at: 0))
        io.close(fd)
        #expect(snapshot.range(of: Data(pnr.utf8)) == nil, "a desk that had not looked saved a purged person back")
        // B has not looked yet: its note is checked against the journal as it is now.
        #expect(throws: DomainError.self) {
            try b.perform(.participant(.addNote(victim, kind: .call, text: "Ringde", corrects: nil)))
        }
        #expect(b.state.participant(victim) == nil && b.ring?.isForgotten(victim.value) == true)
        a.close()
        b.close()
        let again = try demo.open()
        #expect(again.state.participant(victim) == nil && again.opening.snapshotProblem == nil)
        again.close()
    }

    @Test("a purge cut off after the keys were destroyed (kill -9): the people are gone from every file, nothing else is")
    func crashAfterKeys() throws {
        let demo = try SealedDemo()
        let w = try demo.open()
        try w.perform(.gallring(.setRules(years: "1", start: "exit", research: false, secondPerson: false)))
        w.close()
        let before = try demo.open()
        #expect(before.opening.snapshotProblem == nil, "a snapshot to be left behind")
        let due = try #require(before.state.gallringReview(on: Self.later)?.due)
        let gone = due.compactMap { before.state.participant($0.id) }
        let count = before.state.order.count
        let oldSnapshot = Bytes.read(Snapshot.path(demo.desk.paths))
        // What a purge does under the lock before its records are written, then nothing more.
        try before.journal.underLock { try before.destroyKeys(of: gone.map(\.id.value), at: Timestamp(millisecondsSince1970: 0)) }
        before.journal.close()
        let after = try demo.open()
        #expect(after.state.order.count == count - gone.count && gone.allSatisfy { after.state.participant($0.id) == nil })
        #expect(after.undecodableRecords.isEmpty && after.state.purges.count == 0, "forgotten, with no record of the purge")
        after.close()
        #expect(try Journal.verify(demo.desk.paths).isSound)
        let ring = try KeyStore.read(demo.desk.paths, master: demo.master)
        let io = SealedFileIO(journalKey: ring.journalKey)
        let fd = try io.open(Snapshot.path(demo.desk.paths), O_RDONLY, 0)
        let snapshot = Data(try io.read(fd, count: try io.fileSize(fd), at: 0))
        io.close(fd)
        for p in gone { #expect(snapshot.range(of: Data(p.personnummer.digits.utf8)) == nil) }
        // A desk that had not seen the purge saves its snapshot over it: the next open
        // finds people whose keys are gone in it, and replays without them.
        try Data(oldSnapshot).write(to: URL(fileURLWithPath: Snapshot.path(demo.desk.paths)))
        let again = try demo.open()
        #expect(again.opening.snapshotProblem == .doesNotMatch && again.state.order.count == count - gone.count)
        again.close()
    }

    @Test("a purge needs an encrypted journal: in the clear it is refused and nothing is written")
    func clearJournalRefused() throws {
        let desk = Desk()
        let w = try desk.create()
        try w.perform(Desk.registration("000101-2384", "Sara", "Lind"))
        try w.perform(.gallring(.setRules(years: "1", start: "last-entry", research: false, secondPerson: false)))
        let size = Bytes.read(desk.paths.journal).count
        #expect(throws: DomainError.gallring(.needsEncryption)) { try w.perform(.gallring(.purge(by: "AB"))) }
        #expect(Bytes.read(desk.paths.journal).count == size)
        w.close()
    }
}
