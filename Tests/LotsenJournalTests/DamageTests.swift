import Glibc
import Testing
import LotsenTestSupport
@testable import LotsenJournal

@Suite("Damage is detected and named")
struct DamageTests {
    /// A small journal: 5 records, one a two-record batch (3 and 4), head at 5.
    func smallJournal() throws -> JournalFixture {
        let f = JournalFixture()
        let j = try f.create()
        try j.append([f.draft(1)])
        try j.append([f.draft(2)])
        try j.append([f.draft(3), f.draft(4)])
        try j.append([f.draft(5)])
        j.close()
        return f
    }

    func damage(_ f: JournalFixture) throws -> JournalDamage? {
        let report = try Journal.verify(f.paths)
        return report.damage
    }

    @Test("the last record cut at every byte offset: the torn tail is moved aside and everything before opens")
    func tornTailAtEveryOffset() throws {
        let f = JournalFixture()
        try f.make(records: 3)
        // The head and the whole-chain mark as they were before the last write: a crash
        // never lets either name an unacknowledged record.
        let headBefore = Bytes.read(f.paths.head), markBefore = Bytes.read(f.paths.journal + ".checked")
        let (w, _, _) = try f.open()
        try w.append([f.draft(4)])
        w.close()
        Bytes.write(headBefore, to: f.paths.head)
        Bytes.write(markBefore, to: f.paths.journal + ".checked")
        let full = f.bytes
        let lastStart = f.lineStarts[f.lineStarts.count - 2]
        for cut in (lastStart + 1)..<full.count {
            f.bytes = Array(full[0..<cut])
            let (journal, report, records) = try f.open()
            #expect(report.damage == nil, "cut at \(cut)")
            let torn = try #require(report.tornTail, "cut at \(cut)")
            #expect(torn.offset == lastStart && torn.length == cut - lastStart)
            let moved = try #require(torn.movedTo)
            #expect(Bytes.read(moved) == Array(full[lastStart..<cut]))
            #expect(Bytes.permissions(moved) == 0o600)
            #expect(records.last?.sequence == 3)
            #expect(f.bytes == Array(full[0..<lastStart]))
            // And it takes new records after the cut-off point.
            #expect(try journal.append([f.draft(9)])[0].sequence == 4)
            journal.close()
            #expect(try Journal.verify(f.paths).isSound)
            unlink(moved)
            Bytes.write(headBefore, to: f.paths.head)
            Bytes.write(markBefore, to: f.paths.journal + ".checked")
        }
    }

    @Test("a cut last record that a witness saw acknowledged is damage, never a torn write, even with the head gone")
    func acknowledgedNeverTorn() throws {
        let f = JournalFixture()
        try f.make(records: 3)
        // The head update failed (disk full) after the append was acknowledged; the
        // whole-chain mark, written after every append, still names record 3.
        unlink(f.paths.head)
        let full = f.bytes
        f.bytes = Array(full[0..<(full.count - 5)])
        let (_, report, _) = try f.open()
        #expect(report.damage?.kind == .damagedLastRecord && report.tornTail == nil, "\(report)")
        // Whole records cut off the end with the head gone: verify says so.
        f.bytes = Array(full[0..<f.lineStarts[f.lineStarts.count - 2]])
        let verified = try Journal.verify(f.paths)
        #expect(verified.damage?.kind == .missingAtEnd(headSequence: 3), "\(verified)")
    }

    @Test("a half-written batch is all-or-nothing: complete records of it are moved aside too")
    func tornBatch() throws {
        let f = JournalFixture()
        try f.make(records: 1)
        let headBefore = Bytes.read(f.paths.head), markBefore = Bytes.read(f.paths.journal + ".checked")
        let (w, _, _) = try f.open()
        try w.append([f.draft(2), f.draft(3), f.draft(4)])
        w.close()
        Bytes.write(headBefore, to: f.paths.head)
        Bytes.write(markBefore, to: f.paths.journal + ".checked")
        let starts = f.lineStarts
        f.bytes = Array(f.bytes[0..<starts[4]])  // records 2 and 3 complete, 4 missing
        let (_, report, records) = try f.open()
        #expect(records.last?.sequence == 1)
        #expect(report.tornTail?.offset == starts[2])
    }

    @Test("every single-bit flip is detected and names the record it hit")
    func everyBitFlip() throws {
        let f = try smallJournal()
        let original = f.bytes
        let starts = f.lineStarts
        func line(of offset: Int) -> Int { starts.lastIndex { $0 <= offset }! }
        var checked = 0
        for offset in 0..<original.count {
            for bit in 0..<8 {
                var flipped = original
                flipped[offset] ^= UInt8(1 << bit)
                f.bytes = flipped
                let report = try Journal.verify(f.paths)
                let expected = line(of: offset)
                guard let d = report.damage else {
                    Issue.record("flip at \(offset) bit \(bit) not detected (torn: \(String(describing: report.tornTail)))")
                    continue
                }
                #expect(d.sequence == expected, "flip at \(offset) bit \(bit): \(d)")
                checked += 1
            }
        }
        #expect(checked == original.count * 8)
        // Opening gives the same verdict, read-only, and never delivers the bad record;
        // the records after it, whose own chain vouches for them, are read on.
        var flipped = original
        flipped[starts[2] + 40] ^= 0x04
        f.bytes = flipped
        let (j, report, records) = try f.open()
        #expect(report.damage?.sequence == 2)
        #expect(records.map(\.sequence) == [0, 1, 3, 4, 5])
        #expect(report.skipped.map { [$0.first, $0.last] } == [[2, 2]])
        #expect(!j.isWritable)
        #expect(throws: JournalError.self) { try j.append([f.draft(6)]) }
        #expect(f.bytes == flipped)
    }

    @Test("the records after a damaged one are read on; a damaged batch is skipped whole", arguments: [
        (2, [0, 1, 3, 4, 5], [2, 2]), (3, [0, 1, 2, 5], [3, 4]), (4, [0, 1, 2, 5], [3, 4]),
    ])
    func readPastDamage(_ k: Int, _ delivered: [Int], _ skipped: [Int]) throws {
        let f = try smallJournal()
        var flipped = f.bytes
        flipped[f.lineStarts[k] + 40] ^= 0x04
        f.bytes = flipped
        let (j, report, records) = try f.open()
        #expect(report.damage?.sequence == k)
        #expect(records.map(\.sequence) == delivered)
        #expect(report.skipped.map { [$0.first, $0.last] } == [skipped])
        #expect(!j.isWritable)
    }

    @Test("an edited record is named, with its offset", arguments: [1, 2, 3, 4, 5])
    func edit(_ k: Int) throws {
        let f = try smallJournal()
        var lines = f.lines()
        let text = String(decoding: lines[k], as: UTF8.self).replacingOccurrences(of: "Anteckning", with: "Antecknjng")
        lines[k] = Array(text.utf8)
        f.write(lines: lines)
        let d = try #require(try damage(f))
        #expect(d.sequence == k)
        #expect(d.offset == f.lineStarts[k])
        #expect(d.kind == .changed)
    }

    @Test("a deleted record is named", arguments: [1, 2, 3, 4])
    func delete(_ k: Int) throws {
        let f = try smallJournal()
        var lines = f.lines()
        lines.remove(at: k)
        f.write(lines: lines)
        let d = try #require(try damage(f))
        #expect(d.sequence == k)
        #expect(d.kind == .outOfOrder(found: k + 1))
    }

    @Test("an inserted record is named where it was put", arguments: [1, 3, 5])
    func insert(_ k: Int) throws {
        let f = try smallJournal()
        var lines = f.lines()
        lines.insert(lines[k == 1 ? 4 : 1], at: k)
        f.write(lines: lines)
        let d = try #require(try damage(f))
        #expect(d.sequence == k)
        #expect(d.offset == f.lineStarts[k])
    }

    @Test("reordered records are named", arguments: [1, 2, 4])
    func reorder(_ k: Int) throws {
        let f = try smallJournal()
        var lines = f.lines()
        lines.swapAt(k, k + 1)
        f.write(lines: lines)
        let d = try #require(try damage(f))
        #expect(d.sequence == k)
    }

    @Test("whole records cut from the end are caught by the head file", arguments: [
        (1, 5, JournalDamage.Kind.missingAtEnd(headSequence: 5)),
        (3, 3, .missingAtEnd(headSequence: 5)),
        (4, 2, .missingAtEnd(headSequence: 5)),
        // Cut inside the batch 3+4: what is left of it is incomplete, and the head says it was saved.
        (2, 3, .damagedLastRecord),
    ])
    func truncatedEnd(_ n: Int, _ sequence: Int, _ kind: JournalDamage.Kind) throws {
        let f = try smallJournal()
        let lines = f.lines()
        f.write(lines: Array(lines.dropLast(n)))
        let d = try #require(try damage(f))
        #expect(d.sequence == sequence)
        #expect(d.kind == kind)
        let (j, report, _) = try f.open()
        #expect(report.damage == d && !j.isWritable)
    }

    @Test("a rewritten, re-chained tail still disagrees with the head")
    func rechainedTail() throws {
        let f = try smallJournal()
        var lines = f.lines()
        let text = String(decoding: lines[5], as: UTF8.self).replacingOccurrences(of: "Anteckning", with: "Förfalskad")
        lines[5] = Array(text.utf8)
        f.write(lines: lines)
        let d = try #require(try damage(f))
        #expect(d.sequence == 5 && d.kind == .changed)
    }

    @Test("a head from another journal, or an unreadable one, is reported")
    func foreignHead() throws {
        let f = try smallJournal()
        let own = try #require(try HeadFile.read(f.paths, io: SystemFileIO()))
        Bytes.write(HeadFile(journalID: "another-journal", sequence: own.sequence, hash: own.hash).encoded(), to: f.paths.head)
        #expect(try damage(f)?.kind == .foreignHead)
        Bytes.write(Array("garbage".utf8), to: f.paths.head)
        #expect(try damage(f)?.kind == .unreadableHead)
    }

    @Test("a file that is not a journal is refused at record 0")
    func notAJournal() throws {
        let f = JournalFixture()
        try f.make(records: 1)
        f.bytes = Array("hello\n".utf8)
        #expect(try damage(f) == JournalDamage(sequence: 0, offset: 0, kind: .notAJournal))
    }
}

@Suite("Lines checked on several cores")
struct ParallelCheckTests {
    @Test("several threads see exactly what one sees, line for line", arguments: [2, 3, 8])
    func sameAsOneThread(_ workers: Int) throws {
        let f = JournalFixture()
        try f.make(records: 1500)
        func read(workers: Int, chunk: Int) throws -> [String] {
            let fd = open(f.paths.journal, O_RDONLY)
            defer { close(fd) }
            var seen: [String] = []
            var reader = LineReader(io: SystemFileIO(), fd: fd, chunkSize: chunk)
            reader.workers = workers
            let end = try reader.forEachCheckedLine(from: 0, limit: f.bytes.count) { line, at, checked in
                let sequence = (try? checked.envelope.get())?.sequence ?? -1
                seen.append("\(at) \(line.count) \(sequence) \(checked.hash)")
                return true
            }
            #expect(end.completeEnd == f.bytes.count)
            return seen
        }
        let one = try read(workers: 1, chunk: 1 << 20)
        #expect(one.count == 1501)
        #expect(try read(workers: workers, chunk: 1 << 20) == one)
        #expect(try read(workers: workers, chunk: 4096) == one)
    }

    @Test("checked a block ahead, a stop anywhere, a torn tail, lines longer than a block and any limit end as the plain reader ends",
          arguments: [64, 1000, 4096, 1 << 20])
    func endsAsOneThread(_ chunk: Int) throws {
        let f = JournalFixture()
        try f.make(records: 300)
        f.bytes += Array(#"{"v":1,"seq":301,"torn"#.utf8)
        func read(workers: Int, stopAt: Int?, limit: Int) throws -> ([String], LineReader.End) {
            let fd = open(f.paths.journal, O_RDONLY)
            defer { close(fd) }
            var seen: [String] = []
            var reader = LineReader(io: SystemFileIO(), fd: fd, chunkSize: chunk)
            reader.workers = workers
            let end = try reader.forEachCheckedLine(from: f.lineStarts[1], limit: limit) { line, at, checked in
                seen.append("\(at) \(line.count) \(checked.hash)")
                return seen.count != stopAt
            }
            return (seen, end)
        }
        // The truth: each line as the plain reader hands it out, checked where it is.
        func plain(stopAt: Int?, limit: Int) throws -> ([String], LineReader.End) {
            let fd = open(f.paths.journal, O_RDONLY)
            defer { close(fd) }
            var seen: [String] = []
            let end = try LineReader(io: SystemFileIO(), fd: fd, chunkSize: chunk).forEachLine(from: f.lineStarts[1], limit: limit) { line, at in
                seen.append("\(at) \(line.count) \(CheckedLine(line).hash)")
                return seen.count != stopAt
            }
            return (seen, end)
        }
        for (stopAt, limit) in [(nil, f.bytes.count), (150, f.bytes.count), (nil, f.lineStarts[200] + 17), (299, f.bytes.count),
                                (1, f.bytes.count), (300, f.bytes.count), (nil, f.lineStarts[1]), (nil, f.lineStarts[2]),
                                (nil, f.lineStarts[2] - 1), (nil, f.bytes.count + 1000)] {
            let truth = try plain(stopAt: stopAt, limit: limit)
            for workers in [1, 2] {
                let read = try read(workers: workers, stopAt: stopAt, limit: limit)
                #expect(read.0 == truth.0, "\(workers) workers, stop \(String(describing: stopAt)), limit \(limit)")
                #expect(read.1 == truth.1, "\(workers) workers, stop \(String(describing: stopAt)), limit \(limit)")
            }
        }
        let whole = try read(workers: 2, stopAt: nil, limit: f.bytes.count)
        #expect(whole.0.count == 300)
        #expect(whole.1 == LineReader.End(completeEnd: f.lineStarts[301], partialLength: f.bytes.count - f.lineStarts[301]))
        let stopped = try read(workers: 2, stopAt: 150, limit: f.bytes.count)
        #expect(stopped.1 == LineReader.End(completeEnd: f.lineStarts[151], partialLength: 0))
    }

    @Test("a record changed deep in a long journal is named as in a short one", arguments: [700, 1499])
    func deepEdit(_ k: Int) throws {
        let f = JournalFixture()
        try f.make(records: 1500)
        var lines = f.lines()
        lines[k] = Array(String(decoding: lines[k], as: UTF8.self).replacingOccurrences(of: "Anteckning", with: "Antecknjng").utf8)
        f.write(lines: lines)
        let d = try #require(try Journal.verify(f.paths).damage)
        #expect(d.sequence == k)
        #expect(d.offset == f.lineStarts[k])
        #expect(d.kind == .changed)
    }
}
