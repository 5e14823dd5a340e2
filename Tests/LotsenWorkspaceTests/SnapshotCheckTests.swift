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
    /// A demo desk opened and closed once (its snapshot written): the state, the chain
    /// point it was folded to and the journal's id, for writing other snapshots of it.
    static func folded() throws -> (demo: SnapshotTests.DemoDesk, state: LotsenState, point: Journal.ChainPoint, journalID: String) {
        let demo = try SnapshotTests.DemoDesk()
        let w = try demo.open()
        defer { w.close() }
        return (demo, w.state, try #require(w.journal.chainPoint), w.journal.journalID)
    }

    @Test("without a key to check a seal, verify compares the snapshot with a replay: one edited with valid checksums differs")
    func editedSnapshot() throws {
        let (demo, folded, point, journalID) = try Self.folded()
        var state = folded
        let id = state.order[3]
        #expect(SnapshotCheck.run(demo.paths, deep: false) == .equalsReplay(sequence: point.sequence))
        #expect(SnapshotCheck.run(demo.paths, deep: true) == .equalsReplay(sequence: point.sequence))
        // Someone with write access changes a phone number and writes the snapshot again,
        // every checksum correct.
        var u = ParticipantUpdate()
        u.phones = ["070-000 00 00"]
        state.apply(RecordedEvent(event: .participant(.participantUpdated(u)), subject: id,
                                  stamp: EntryStamp(sequence: point.sequence, time: Timestamp(millisecondsSince1970: 0), author: "X")))
        try Snapshot.write(state, journalID: journalID, at: point, demo.paths, io: SystemFileIO())
        #expect(SnapshotCheck.run(demo.paths, deep: false) == .differsFromReplay(sequence: point.sequence))
    }

    @Test("a snapshot another version of Lotsen wrote is not damage: verify passes, and the next open makes it again")
    func otherVersion() throws {
        let (demo, state, point, journalID) = try Self.folded()
        let key = SnapshotSeal.newKey()
        try Snapshot.write(state, journalID: journalID, at: point, demo.paths, io: SystemFileIO(),
                           stateVersion: StateCoding.version + 1, seal: key)
        // Whether the reader's key vouches for it by its seal or not.
        let check = SnapshotCheck.run(demo.paths, deep: false)
        #expect(check == .otherVersion)
        #expect(check.isSound)
        #expect(SnapshotCheck.run(demo.paths, deep: false, key: key) == .otherVersion)
        #expect(SnapshotCheck.run(demo.paths, deep: true, key: key) == .otherVersion)
        #expect(try demo.open().opening.snapshotProblem == .otherVersion)
        #expect(SnapshotCheck.run(demo.paths, deep: false) == .equalsReplay(sequence: point.sequence))
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

    @Test("a sealed snapshot: an edit with valid checksums is caught by the seal without a replay; an unsealed one is rebuilt on open")
    func sealed() throws {
        let demo = try SnapshotTests.DemoDesk()
        let key = SnapshotSeal.newKey()
        var env = demo.desk.env("AB")
        env.sealKey = key
        let w = try Workspace.open(demo.paths, access: .readWrite, env).0
        let point = try #require(w.journal.chainPoint)
        var state = w.state
        w.close()
        #expect((try? Snapshot.read(demo.paths).get())?.sealed == true)
        #expect(SnapshotCheck.run(demo.paths, deep: false, key: key) == .holds(sequence: point.sequence))
        var u = ParticipantUpdate()
        u.phones = ["070-000 00 00"]
        state.apply(RecordedEvent(event: .participant(.participantUpdated(u)), subject: state.order[5],
                                  stamp: EntryStamp(sequence: point.sequence, time: Timestamp(millisecondsSince1970: 0), author: "X")))
        // Written again without a seal, or sealed with another key: the seal cannot
        // vouch, so the contents are compared with a replay, which catches the edit.
        try Snapshot.write(state, journalID: w.journal.journalID, at: point, demo.paths, io: SystemFileIO())
        #expect(SnapshotCheck.run(demo.paths, deep: false, key: key) == .differsFromReplay(sequence: point.sequence))
        try Snapshot.write(state, journalID: w.journal.journalID, at: point, demo.paths, io: SystemFileIO(), seal: SnapshotSeal.newKey())
        #expect(SnapshotCheck.run(demo.paths, deep: false, key: key) == .differsFromReplay(sequence: point.sequence))
        // Sealed with this key's id but not by it (a forged seal): broken.
        var forged = Bytes.read(demo.snapshot)
        try Snapshot.write(state, journalID: w.journal.journalID, at: point, demo.paths, io: SystemFileIO(), seal: key)
        let genuine = Bytes.read(demo.snapshot)
        forged.replaceSubrange((forged.count - 40)..<(forged.count - 32), with: genuine[(genuine.count - 40)..<(genuine.count - 32)])
        Bytes.write(forged, to: demo.snapshot)
        #expect(SnapshotCheck.run(demo.paths, deep: false, key: key) == .sealBroken)
        // An unsealed snapshot opened by a desk with the key is rebuilt from the journal, sealed.
        try Snapshot.write(state, journalID: w.journal.journalID, at: point, demo.paths, io: SystemFileIO())
        let again = try Workspace.open(demo.paths, access: .readWrite, env).0
        #expect(again.state.participant(state.order[5])?.profile.phones != ["070-000 00 00"])
        again.close()
        #expect(SnapshotCheck.run(demo.paths, deep: true, key: key) == .equalsReplay(sequence: point.sequence))
    }
}
