import Glibc
import Testing
import LotsenTestSupport
@testable import LotsenJournal

@Suite("Failed writes acknowledge nothing")
struct FaultTests {
    @Test("a failed write or sync: nothing acknowledged, the file unchanged, the handle read-only", arguments: [
        FaultInjectingFileIO.Fault(.write, errno: ENOSPC),
        FaultInjectingFileIO.Fault(.write, errno: ENOSPC, bytesBeforeFailure: 100),
        FaultInjectingFileIO.Fault(.write, errno: EIO, bytesBeforeFailure: 250),
        FaultInjectingFileIO.Fault(.fdatasync, errno: EIO),
        FaultInjectingFileIO.Fault(.fdatasync, errno: ENOSPC),
        FaultInjectingFileIO.Fault(.write, errno: EROFS),
    ])
    func failedAppend(_ fault: FaultInjectingFileIO.Fault) throws {
        let f = JournalFixture()
        try f.make(records: 2)
        let before = f.bytes
        let io = FaultInjectingFileIO()
        let (j, _, _) = try f.open(io: io)
        io.inject(fault)
        var acknowledged: [JournalRecord]?
        #expect(throws: JournalError.self) { acknowledged = try j.append([f.draft(3), f.draft(4)]) }
        #expect(acknowledged == nil)
        #expect(io.fired == 1)
        guard case .readOnly(.failedWrite(let e)) = j.status else { Issue.record("status \(j.status)"); return }
        #expect(e.errno == fault.errno)
        #expect(f.bytes == before)
        // No blind retry: the next append is refused outright, and writes nothing.
        #expect(throws: JournalError.readOnly(.failedWrite(e))) { try j.append([f.draft(5)]) }
        #expect(f.bytes == before)
        j.close()
        // A fresh open sees the journal exactly as it was, sound.
        let (again, report, records) = try f.open()
        #expect(report.damage == nil && report.tornTail == nil)
        #expect(records.last?.sequence == 2)
        #expect(again.isWritable)
    }

    @Test("a failed sync is never retried")
    func syncNotRetried() throws {
        let f = JournalFixture()
        try f.make(records: 1)
        let io = FaultInjectingFileIO()
        let (j, _, _) = try f.open(io: io)
        io.inject(.init(.fdatasync, errno: EIO))
        #expect(throws: JournalError.syncFailed(SystemError(call: "fdatasync", path: nil, errno: EIO))) {
            try j.append([f.draft(2)])
        }
        #expect(io.fired == 1)
        #expect(throws: JournalError.self) { try j.append([f.draft(2)]) }
        #expect(io.fired == 1)
    }

    @Test("a read-only file system opens the journal read-only, with the reason")
    func readOnlyFileSystem() throws {
        let f = JournalFixture()
        try f.make(records: 2)
        let io = FaultInjectingFileIO(faults: [.init(.open, errno: EROFS, sticky: true)])
        let (j, report, records) = try f.open(io: io)
        #expect(records.count == 3 && report.damage == nil)
        #expect(j.status == .readOnly(.cannotWrite(SystemError(call: "open", path: f.paths.lock, errno: EROFS))))
        #expect(throws: JournalError.self) { try j.append([f.draft(3)]) }
    }

    @Test("a full disk while creating leaves no journal behind")
    func createOnFullDisk() throws {
        let f = JournalFixture()
        let io = FaultInjectingFileIO(faults: [.init(.write, errno: ENOSPC)])
        #expect(throws: JournalError.self) { try f.create(io: io) }
        #expect(Bytes.read(f.paths.journal).isEmpty)
        #expect(try SystemFileIO().stat(f.paths.journal) == nil)
    }

    @Test("a failing head write does not un-acknowledge durable records")
    func headWriteFails() throws {
        let f = JournalFixture()
        let j = try f.create()
        j.headInterval = 1
        let io = FaultInjectingFileIO(faults: [.init(.rename, errno: ENOSPC, sticky: true)])
        let (h, _, _) = try f.open(io: io)
        h.headInterval = 1
        let written = try h.append([f.draft(1)])
        #expect(written[0].sequence == 1)
        #expect(h.isWritable)
        h.close()
        j.close()
        let (_, _, records) = try f.open()
        #expect(records.last?.sequence == 1)
    }
}
