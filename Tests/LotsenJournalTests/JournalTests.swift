import Glibc
import Testing
import LotsenTestSupport
import LotsenCalendar
@testable import LotsenJournal

@Suite("Journal basics")
struct JournalTests {
    @Test("a new journal holds a header naming its id, then contiguous records")
    func createAppendReopen() throws {
        let f = JournalFixture()
        let j = try f.create()
        let first = try j.append([f.draft(1)])
        let batch = try j.append([f.draft(2), f.draft(3), f.draft(4)])
        #expect(first.map(\.sequence) == [1])
        #expect(batch.map(\.sequence) == [2, 3, 4])
        #expect(batch.map(\.remainingInBatch) == [2, 1, 0])
        j.close()

        let (reopened, report, records) = try f.open()
        #expect(report.damage == nil && report.tornTail == nil)
        #expect(records.map(\.sequence) == [0, 1, 2, 3, 4])
        #expect(records[0].type == JournalHeader.type)
        #expect(reopened.journalID == "test-journal")
        #expect(records[2].payloadText == #"{"n":2,"text":"Anteckning nr 2 – åäö"}"#)
        #expect(records[1].author == "AB" && records[1].subject == "p-1")
        for i in 1..<records.count { #expect(records[i].previous == records[i - 1].hash) }
        #expect(reopened.lastSequence == 4)
    }

    @Test("files are 0600 in a directory created 0700")
    func privacyOnDisk() throws {
        let f = JournalFixture()
        let j = try f.create()
        try j.append([f.draft(1)])
        j.close()
        #expect(Bytes.permissions(f.paths.directory) == 0o700)
        for path in [f.paths.journal, f.paths.lock, f.paths.head] { #expect(Bytes.permissions(path) == 0o600, "\(path)") }
    }

    @Test("creating over an existing journal is refused and changes nothing")
    func createTwice() throws {
        let f = JournalFixture()
        try f.make(records: 2)
        let before = f.bytes
        #expect(throws: JournalError.alreadyExists(path: f.paths.journal)) { try f.create() }
        #expect(f.bytes == before)
    }

    @Test("opening a missing journal says so")
    func missing() {
        let f = JournalFixture()
        #expect(throws: JournalError.notFound(path: f.paths.journal)) { try f.open() }
    }

    @Test("a draft whose payload is not one JSON object is refused and nothing is written", arguments: [
        "[1]", "{", "{\"a\":1}\n", "{} {}", "",
    ])
    func invalidPayload(_ payload: String) throws {
        let f = JournalFixture()
        let j = try f.create()
        let before = f.bytes
        var d = f.draft(1)
        d.payload = Array(payload.utf8)
        #expect(throws: JournalError.self) { try j.append([f.draft(2), d]) }
        #expect(f.bytes == before)
        #expect(j.isWritable)
    }

    @Test("a second handle sees the first one's appends without re-reading the file")
    func follow() throws {
        let f = JournalFixture()
        let writer = try f.create()
        let (reader, _, _) = try f.open()
        #expect(try reader.readNew().isEmpty)
        try writer.append([f.draft(1)])
        try writer.append([f.draft(2), f.draft(3)])
        #expect(reader.hasUnreadData())
        let seen = try reader.readNew()
        #expect(seen.map(\.sequence) == [1, 2, 3])
        #expect(try reader.readNew().isEmpty)
        #expect(!reader.hasUnreadData())
        // And the reader appends after them, continuing the chain.
        let own = try reader.append([f.draft(4)])
        #expect(own[0].sequence == 4 && own[0].previous == seen[2].hash)
        var others: [JournalRecord] = []
        let next = try writer.append([f.draft(5)]) { others += $0 }
        #expect(others.map(\.sequence) == [4])
        #expect(next[0].sequence == 5)
    }

    @Test("a follower holds back a batch until all of it is there")
    func followWholeBatches() throws {
        let f = JournalFixture()
        let writer = try f.create()
        let (reader, _, _) = try f.open()
        try writer.append([f.draft(1), f.draft(2), f.draft(3)])
        // Cut the file inside the batch, as a reader racing a crashed writer would see it.
        let full = f.bytes
        let starts = f.lineStarts
        f.bytes = Array(full[0..<starts[3]])
        #expect(try reader.readNew().isEmpty)
        f.bytes = full
        #expect(try reader.readNew().map(\.sequence) == [1, 2, 3])
    }

    @Test("the head names the last record after close")
    func headAfterClose() throws {
        let f = JournalFixture()
        let j = try f.create()
        j.headInterval = 1000
        try j.append([f.draft(1)])
        try j.append([f.draft(2)])
        let last = j.lastHash
        j.close()
        let head = try #require(try HeadFile.read(f.paths, io: SystemFileIO()))
        #expect(head.sequence == 2 && head.hash == last && head.journalID == "test-journal")
    }

    @Test("a read-only handle reads but refuses to write")
    func readOnly() throws {
        let f = JournalFixture()
        try f.make(records: 2)
        let (j, _, records) = try f.open(.readOnly)
        #expect(records.count == 3)
        #expect(throws: JournalError.readOnly(.requested)) { try j.append([f.draft(3)]) }
    }

    @Test("the default place follows --journal, LOTSEN_JOURNAL, XDG_DATA_HOME, then HOME")
    func defaultLocation() {
        let env = ["HOME": "/home/k", "XDG_DATA_HOME": "/x/data", "LOTSEN_JOURNAL": "/env/j.jsonl"]
        #expect(JournalPaths.resolve(explicit: "/cli/j.jsonl", environment: env)?.journal == "/cli/j.jsonl")
        #expect(JournalPaths.resolve(explicit: nil, environment: env)?.journal == "/env/j.jsonl")
        #expect(JournalPaths.resolve(explicit: nil, environment: ["HOME": "/home/k", "XDG_DATA_HOME": "/x/data"])?.journal
            == "/x/data/lotsen/journal.jsonl")
        #expect(JournalPaths.resolve(explicit: nil, environment: ["HOME": "/home/k", "XDG_DATA_HOME": "relative"])?.journal
            == "/home/k/.local/share/lotsen/journal.jsonl")
        #expect(JournalPaths.resolve(explicit: nil, environment: [:]) == nil)
    }

    @Test("the v1 fixture journal, committed once and never regenerated, still reads")
    func formatVersion1Fixture() throws {
        let fixture = FixturePaths.directory + "/v1/journal.jsonl"
        let report = try Journal.verify(JournalPaths(journal: fixture))
        #expect(report.isSound)
        #expect(report.head == .matches)
        #expect(report.lastSequence == 6)
        var records: [JournalRecord] = []
        let (j, _) = try Journal.open(JournalPaths(journal: fixture), access: .readOnly, clock: { .now() }) { records += $0 }
        #expect(j.journalID == "fixture-v1")
        #expect(records.map(\.type) == ["journal.header", "test.note", "test.note", "test.note", "test.note", "test.note", "test.note"])
        #expect(records[4].remainingInBatch == 1)
        #expect(records[3].author == "Åsa Öberg")
    }
}

enum FixturePaths {
    static var directory: String {
        let here = #filePath
        return String(here[..<here.lastIndex(of: "/")!]) + "/Fixtures"
    }
}

@Suite("The whole-chain mark")
struct WholeChainMarkTests {
    @Test("written in place and read back whole; half of one write over another is no mark, never a mix of the two")
    func tornIsNoMark() throws {
        let dir = TemporaryDirectory("mark")
        let paths = JournalPaths(journal: dir.file("j.jsonl"))
        func mark(_ sequence: Int) -> WholeChainMark {
            WholeChainMark(journalID: "j", sequence: sequence, hash: Digest(hashing: Array("\(sequence)".utf8)),
                           file: FileIdentity(device: 1, inode: 2, size: sequence * 100, changeNanoseconds: Int64(sequence)),
                           checkedAt: Timestamp(millisecondsSince1970: 1_795_000_000_000))
        }
        let fd = open(WholeChainMark.path(paths), O_RDWR | O_CREAT, 0o600)
        defer { close(fd) }
        #expect(mark(7).write(to: fd) && mark(12_345).write(to: fd) && mark(9).write(to: fd))
        #expect(WholeChainMark.read(paths, io: SystemFileIO()) == mark(9), "a shorter mark over a longer one leaves no tail")
        let a = mark(41).encoded(), b = mark(98_765).encoded()
        #expect(a.count == WholeChainMark.width && b.count == WholeChainMark.width)
        for cut in stride(from: 20, to: WholeChainMark.width - 1, by: 7) {
            let torn = Array(b[..<cut]) + Array(a[cut...])
            _ = torn.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
            let read = WholeChainMark.read(paths, io: SystemFileIO())
            #expect(read == nil || read == mark(41) || read == mark(98_765), "cut at \(cut)")
            if a[cut...] != b[cut...] && a[..<cut] != b[..<cut] { #expect(read == nil, "cut at \(cut)") }
        }
    }
}
