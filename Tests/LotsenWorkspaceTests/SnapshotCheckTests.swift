import Testing
import LotsenCalendar
import LotsenCore
import LotsenJournal
import LotsenTestSupport
@testable import LotsenWorkspace

/// `verify` checks the snapshot that `find` and `show` answer from; `--deep` compares it
/// with a replay, which no re-computed checksum can fool.
@Suite("Checking the snapshot")
struct SnapshotCheckTests {
    @Test("a sound snapshot holds and equals the replay; one edited and written with valid checksums differs")
    func editedSnapshot() throws {
        let demo = try SnapshotTests.DemoDesk()
        let w = try demo.open()
        let point = try #require(w.journal.chainPoint)
        var state = w.state
        let id = state.order[3]
        w.close()
        #expect(SnapshotCheck.run(demo.paths, deep: false) == .holds(sequence: point.sequence))
        #expect(SnapshotCheck.run(demo.paths, deep: true) == .equalsReplay(sequence: point.sequence))
        // Someone with write access changes a phone number and writes the snapshot again,
        // every checksum correct.
        var u = ParticipantUpdate()
        u.phones = ["070-000 00 00"]
        state.apply(RecordedEvent(event: .participantUpdated(u), subject: id,
                                  stamp: EntryStamp(sequence: point.sequence, time: Timestamp(millisecondsSince1970: 0), author: "X")))
        try Snapshot.write(state, journalID: w.journal.journalID, at: point, demo.paths, io: SystemFileIO())
        #expect(SnapshotCheck.run(demo.paths, deep: false) == .holds(sequence: point.sequence))
        #expect(SnapshotCheck.run(demo.paths, deep: true) == .differsFromReplay(sequence: point.sequence))
    }

    @Test("a snapshot of a point the journal does not hold, or with a flipped byte, is reported")
    func foreignOrDamaged() throws {
        let demo = try SnapshotTests.DemoDesk()
        try demo.open().close()
        var bytes = Bytes.read(demo.snapshot)
        bytes[bytes.count / 2] ^= 0x10
        Bytes.write(bytes, to: demo.snapshot)
        #expect(SnapshotCheck.run(demo.paths, deep: false) == .damaged)
        let other = try SnapshotTests.DemoDesk(seed: 7)
        try other.open().close()
        Bytes.write(Bytes.read(other.snapshot), to: demo.snapshot)
        #expect(SnapshotCheck.run(demo.paths, deep: false) == .notInChain)
    }
}
