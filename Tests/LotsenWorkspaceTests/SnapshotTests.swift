import Foundation
import Testing
import LotsenCalendar
import LotsenCore
import LotsenJournal
import LotsenTestSupport
@testable import LotsenWorkspace

/// The snapshot may only ever save time: whatever it holds, opening gives exactly the
/// state a full replay of the journal gives.
@Suite("Snapshot")
struct SnapshotTests {
    /// The small demo: every kind of record, 120 people, ~6,000 records.
    final class DemoDesk {
        let dir = TemporaryDirectory("snapshot")
        let paths: JournalPaths
        let desk: Desk

        init(seed: UInt64 = 2015) throws {
            paths = JournalPaths(journal: dir.file("j.jsonl"))
            desk = Desk(dir: dir)
            _ = try DemoJournal(size: .small, today: Desk.today, seed: seed).write(to: paths)
        }

        var snapshot: String { Snapshot.path(paths) }

        func open(snapshots: Bool = true) throws -> Workspace {
            var env = desk.env("AB")
            env.snapshots = snapshots
            return try Workspace.open(paths, access: .readWrite, env).0
        }

        /// The truth: every record folded, no snapshot read or written.
        func replay() throws -> LotsenState {
            let w = try open(snapshots: false)
            defer { w.close() }
            return w.state
        }
    }

    @Test("what a killed writer left beside the journal is removed when a snapshot is written; a live writer's stays")
    func deadTemporaries() throws {
        let d = try DemoDesk()
        // Beyond any pid_max: no such process. The parent of this test runner is alive.
        let dead = [".snapshot.tmp-4194311", ".keys.tmp-4194311", ".snapshot.parts-4194311", ".head.tmp-4194311w"]
        let alive = ".keys.tmp-\(getppid())"
        for suffix in dead + [alive] { Bytes.write(Array("copy".utf8), to: d.paths.journal + suffix) }
        try d.open().close()
        for suffix in dead { #expect(!FileManager.default.fileExists(atPath: d.paths.journal + suffix), "\(suffix)") }
        #expect(FileManager.default.fileExists(atPath: d.paths.journal + alive))
    }

    @Test("the first open replays everything and writes the snapshot; the next reads it and replays nothing")
    func openFromSnapshot() throws {
        let d = try DemoDesk()
        let first = try d.open()
        #expect(first.opening.snapshotProblem == .missing)
        #expect(first.opening.replayed > 6_000)
        first.close()
        #expect(Bytes.permissions(d.snapshot) == 0o600)

        let second = try d.open()
        #expect(second.opening == Workspace.Opening(snapshotProblem: nil, replayed: 0))
        let truth = try d.replay()
        #expect(second.state == truth)
        #expect(second.state.order.count == 120 && second.state.meetings.count == 4)
        second.close()
    }

    @Test("a lookup lists everyone in the order the search index of the replayed state does, and finds the same")
    func lookupOrder() throws {
        let d = try DemoDesk()
        try d.open().close()
        let lookup = try #require(Snapshot.lookup(d.paths))
        let truth = SearchIndex(try d.replay())
        #expect(lookup.index.ids == truth.ids && lookup.index.ids.count == 120)
        for text in ["a", "berg", "19"] {
            let q = ParticipantSearch.Query(text)
            #expect(lookup.index.search(q) == truth.search(q))
        }
    }

    @Test("a lookup part whose listing order names a position twice or out of range is refused")
    func lookupOrderChecked() throws {
        let d = try DemoDesk()
        let state = try d.replay()
        let good = StateCoding.encode(state).lookup
        #expect(try good.withUnsafeBytes { try StateCoding.decodeLookup($0) }.listed.count == 120)
        // The positions are the last 120 bytes (each below 128, one byte each).
        for bad: UInt8 in [0, 200] {
            var bytes = good
            bytes[bytes.count - 1] = bad == 0 ? bytes[bytes.count - 2] : bad
            #expect(throws: BinaryDecodingError.self) { try bytes.withUnsafeBytes { try StateCoding.decodeLookup($0) } }
        }
    }

    @Test("records appended after the snapshot are replayed on top of it")
    func staleSnapshot() throws {
        let d = try DemoDesk()
        try d.open().close()
        let old = Bytes.read(d.snapshot)
        let w = try d.open()
        let id = w.state.order[3]
        try w.perform(.participant(.addNote(id, kind: .call, text: "Ringde om praktiken.", corrects: nil)))
        try w.perform(.participant(.addNote(id, kind: .call, text: "Ringde igen.", corrects: nil)))
        w.close()
        Bytes.write(old, to: d.snapshot)

        let reopened = try d.open()
        #expect(reopened.opening == Workspace.Opening(snapshotProblem: nil, replayed: 2))
        #expect(reopened.state == (try d.replay()))
        #expect(reopened.state.participant(id)!.notes.last?.text == "Ringde igen.")
    }

    @Test("undone entries read back from the snapshot as a replay folds them")
    func undone() throws {
        let d = try DemoDesk()
        let w = try d.open()
        let id = w.state.order.first { w.state.participant($0)!.isActive && w.state.participant($0)!.currentPeriod.stage == .kanalen }!
        try w.perform(.participant(.addNote(id, kind: .call, text: "Fel person.", corrects: nil)))
        try w.perform(.programme(.move(id, MoveInput(to: "havet", income: "studier"))))
        try w.perform(.entry(.undo(by: w.author!, entry: nil)))
        try w.perform(.entry(.undo(by: w.author!, entry: nil)))
        #expect(w.state.undoneEntries.count == 2)
        #expect(w.state.participant(id)!.currentPeriod.stage == .kanalen)
        w.close()
        let reopened = try d.open()
        #expect(reopened.opening.snapshotProblem == nil)
        #expect(reopened.state == (try d.replay()))
        #expect(reopened.state.entries(by: w.author!).prefix(2).allSatisfy { $0.undone != nil })
    }

    @Test("a damaged snapshot is ignored, and rebuilt", arguments: [0, 9, 100, 5_000, -9, -1])
    func damaged(at position: Int) throws {
        let d = try DemoDesk()
        try d.open().close()
        var bytes = Bytes.read(d.snapshot)
        let i = position >= 0 ? position : bytes.count + position
        bytes[i] ^= 0x20
        Bytes.write(bytes, to: d.snapshot)

        let w = try d.open()
        #expect(w.opening.snapshotProblem == .damaged)
        #expect(w.state == (try d.replay()))
        w.close()
        #expect(try d.open().opening.snapshotProblem == nil)
    }

    @Test("a snapshot cut short is ignored")
    func truncated() throws {
        let d = try DemoDesk()
        try d.open().close()
        let bytes = Bytes.read(d.snapshot)
        Bytes.write(Array(bytes.prefix(bytes.count / 2)), to: d.snapshot)
        #expect(try d.open().opening.snapshotProblem == .damaged)
        Bytes.write([], to: d.snapshot)
        #expect(try d.open().opening.snapshotProblem == .damaged)
    }

    @Test("another journal's snapshot is ignored, and so is one naming records this journal does not hold")
    func foreign() throws {
        let d = try DemoDesk(), other = try DemoDesk(seed: 7)
        try other.open().close()
        Bytes.write(Bytes.read(other.snapshot), to: d.snapshot)
        let w = try d.open()
        #expect(w.opening.snapshotProblem == .doesNotMatch)
        #expect(w.state == (try d.replay()))
        w.close()

        // The journal restored from a backup taken before the snapshot's last records.
        let journal = Bytes.read(d.paths.journal)
        let head = Bytes.read(d.paths.head)
        let more = try d.open()
        try more.perform(.participant(.addNote(more.state.order[0], kind: .call, text: "Efter kopian.", corrects: nil)))
        more.close()
        Bytes.write(journal, to: d.paths.journal)
        Bytes.write(head, to: d.paths.head)
        let restored = try d.open()
        #expect(restored.opening.snapshotProblem == .doesNotMatch)
        #expect(restored.state == (try d.replay()))
    }

    @Test("a snapshot written by another version of the state's layout is ignored")
    func otherVersion() throws {
        let d = try DemoDesk()
        let w = try d.open()
        try Snapshot.write(w.state, journalID: w.journal.journalID, at: w.journal.chainPoint!, d.paths,
                           io: SystemFileIO(), stateVersion: StateCoding.version + 1)
        w.journal.close()
        let reopened = try d.open()
        #expect(reopened.opening.snapshotProblem == .otherVersion)
        #expect(reopened.state == (try d.replay()))
    }

    @Test("no snapshot is written while the journal holds records this version cannot fold")
    func unknownRecords() throws {
        let d = try DemoDesk()
        let w = try d.open(snapshots: false)
        try w.journal.append([RecordDraft(time: Timestamp(millisecondsSince1970: 0), author: "AB", type: "future.event", payloadJSON: "{}")])
        w.close()
        let again = try d.open()
        #expect(again.state.unknownEvents == 1)
        again.close()
        #expect(Bytes.read(d.snapshot).isEmpty)
    }
}

/// The work spread over every core must give what one thread, record by record, gives.
@Suite("Reading on every core")
struct ParallelReadingTests {
    @Test("a replay decoding events in runs on every core folds exactly what one record at a time folds")
    func replayInRuns() throws {
        let d = try SnapshotTests.DemoDesk()
        var records: [JournalRecord] = []
        let (journal, _) = try Journal.open(d.paths, access: .readOnly, clock: { Timestamp(millisecondsSince1970: 1_795_000_000_000) }, onRecords: { records += $0 })
        journal.close()
        #expect(records.count > EventDecoding.run)
        var oneByOne = LotsenState()
        var undecodable: [Int] = []
        for r in records { Workspace.fold(r, ring: nil, into: &oneByOne, undecodable: &undecodable) }
        #expect(undecodable.isEmpty)
        #expect(try d.replay() == oneByOne)
    }

    @Test("a read that fails half-way through a replay is an I/O error; the runs being decoded are let go of")
    func readFailsMidReplay() throws {
        // The typical demo: megabytes, read a megabyte at a time, so that runs of records
        // are being decoded and folded when a later read fails.
        let dir = TemporaryDirectory("failing-read")
        let paths = JournalPaths(journal: dir.file("j.jsonl"))
        let desk = Desk(dir: dir)
        _ = try DemoJournal(size: .typical, today: Desk.today, seed: 5).write(to: paths)
        var env = desk.env("AB")
        env.snapshots = false
        let counting = FaultInjectingFileIO()
        env.io = counting
        let truth = try Workspace.open(paths, access: .readOnly, env).0
        let reads = counting.calls(.read)
        #expect(reads >= 10)
        let failing = FaultInjectingFileIO(faults: [.init(.read, after: reads / 2, errno: EIO)])
        env.io = failing
        #expect(throws: JournalError.self) { try Workspace.open(paths, access: .readOnly, env) }
        #expect(failing.fired == 1)
        env.io = SystemFileIO()
        let again = try Workspace.open(paths, access: .readOnly, env).0
        #expect(again.state == truth.state)
        again.close()
        truth.close()
    }

    @Test("a snapshot read a few participants at a time gives the same state", arguments: [1, 2_048, 1 << 20])
    func snapshotInWindows(_ window: Int) throws {
        let d = try SnapshotTests.DemoDesk()
        try d.open().close()
        let truth = try d.replay()
        guard case .success(let read) = Snapshot.read(d.paths, window: window) else {
            Issue.record("the snapshot was not read")
            return
        }
        #expect(read.state == truth)
    }
}
