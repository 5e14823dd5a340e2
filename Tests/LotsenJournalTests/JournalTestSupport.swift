import LotsenJournal
import LotsenTestSupport
import LotsenCalendar

/// A journal in a fresh temporary directory, with a fixed clock.
final class JournalFixture {
    let dir = TemporaryDirectory("journal")
    let paths: JournalPaths
    let clock: @Sendable () -> Timestamp = { Timestamp(millisecondsSince1970: 1_795_000_000_000) }

    init() { paths = JournalPaths(journal: dir.path + "/data/journal.jsonl") }

    func create(io: FileIO = SystemFileIO()) throws -> Journal {
        try Journal.create(paths, id: "test-journal", time: clock(), author: "setup", io: io, clock: clock)
    }

    func open(_ access: Journal.Access = .readWrite, io: FileIO = SystemFileIO()) throws -> (Journal, Journal.OpenReport, [JournalRecord]) {
        var records: [JournalRecord] = []
        let (j, report) = try Journal.open(paths, access: access, io: io, clock: clock) { records += $0 }
        return (j, report, records)
    }

    func draft(_ n: Int, author: String = "AB") -> RecordDraft {
        RecordDraft(time: Timestamp(millisecondsSince1970: 1_795_000_000_000 + Int64(n) * 1000), author: author,
                    type: "test.note", subject: "p-\(n % 3)", payloadJSON: #"{"n":\#(n),"text":"Anteckning nr \#(n) – åäö"}"#)
    }

    /// A closed journal with `count` single-record batches.
    func make(records count: Int) throws {
        let j = try create()
        for n in 1...count { try j.append([draft(n)]) }
        j.close()
    }

    var bytes: [UInt8] {
        get { Bytes.read(paths.journal) }
        set { Bytes.write(newValue, to: paths.journal) }
    }

    /// Byte offsets where each line starts, and the end of the file.
    var lineStarts: [Int] {
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
        return starts
    }

    func lines() -> [[UInt8]] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map(Array.init)
    }

    func write(lines: [[UInt8]]) {
        bytes = lines.flatMap { $0 + [0x0A] }
    }
}
