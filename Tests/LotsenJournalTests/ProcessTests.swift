import Foundation
import Testing
import LotsenCalendar
import LotsenTestSupport
@testable import LotsenJournal

/// The journal driven by separate processes: real locks, real kills.
@Suite("Many processes, and crashes", .serialized)
struct ProcessTests {
    let helper = BuiltProducts.path("lotsen-journal-stress")

    @Test("8 processes × 1,000 appends: contiguous, chain valid, every acknowledged record present")
    func concurrentWriters() throws {
        let f = JournalFixture()
        try f.make(records: 1)
        let writers = try (0..<8).map { w in
            try RunningProcess(helper, ["append", f.paths.journal, "1000", "w\(w)"])
        }
        var acks: [String: [Int]] = [:]
        for (w, p) in writers.enumerated() {
            let (status, lines) = p.finish()
            #expect(status == 0, "w\(w): \(p.errorOutput())")
            acks["w\(w)"] = lines.compactMap { $0.hasPrefix("ack ") ? Int($0.dropFirst(4)) : nil }
        }
        let report = try Journal.verify(f.paths)
        #expect(report.isSound)
        #expect(report.lastSequence == 8001)
        let (_, _, records) = try f.open(.readOnly)
        #expect(records.map(\.sequence) == Array(0...8001))
        for (author, seqs) in acks {
            #expect(seqs.count == 1000)
            for s in seqs { #expect(records[s].author == author) }
        }
    }

    @Test("a spawned child keeps none of the test process's other descriptors")
    func spawnClosesInheritedDescriptors() throws {
        // A tmux server that inherited a parallel test's pipe kept it open for ever and
        // that test's read never ended (CI timed out). The harness must not leak them.
        var fds: [Int32] = [-1, -1]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]); close(fds[1]) }
        let listing = spawnAndWait("/bin/sh", ["-c", "for f in /proc/$$/fd/*; do echo ${f##*/}; done"],
                                   environment: [:], captureOutput: true)
        let open = Set(listing.output.split(separator: "\n").compactMap { Int32($0) })
        #expect(open.isSuperset(of: [0, 1, 2]))
        #expect(!open.contains(fds[0]) && !open.contains(fds[1]), "inherited: \(open.sorted())")
    }

    @Test("a writer killed with SIGKILL at random moments, 60 times: every acknowledged record survives")
    func crashLoop() throws {
        let f = JournalFixture()
        try f.make(records: 1)
        var generator = SystemRandomNumberGenerator()
        var acknowledged: [Int: String] = [:]
        var tornSeen = 0
        for iteration in 0..<60 {
            let author = "crash\(iteration)"
            // Batches of 1–3 records, so that a kill can land inside a batch.
            let batch = Int.random(in: 1...3, using: &generator)
            let p = try RunningProcess(helper, ["append", f.paths.journal, "0", author, "\(batch)"])
            p.waitForLines(Int.random(in: 1...40, using: &generator), timeout: 5)
            usleep(UInt32.random(in: 0...3000, using: &generator))
            p.kill()
            for line in p.finish().lines where line.hasPrefix("ack ") {
                acknowledged[Int(line.dropFirst(4))!] = author
            }
            var records: [Int: JournalRecord] = [:]
            let (j, report, list) = try f.open()
            for r in list { records[r.sequence] = r }
            #expect(report.damage == nil, "iteration \(iteration): \(String(describing: report.damage))")
            if report.tornTail != nil { tornSeen += 1 }
            for (seq, who) in acknowledged {
                #expect(records[seq]?.author == who, "iteration \(iteration): acknowledged record \(seq) lost")
            }
            j.close()
        }
        let final = try Journal.verify(f.paths)
        #expect(final.isSound)
        #expect(acknowledged.count >= 60)
        _ = tornSeen
    }
}

/// Backups taken at random moments while other processes append batches (issue 26,
/// point 4): each is a whole journal ending at a batch end, verifies, and restores.
@Suite("Backups while others write", .serialized)
struct BackupWhileWritingTests {
    let helper = BuiltProducts.path("lotsen-journal-stress")

    @Test("20 backups during 3 writers' 5-record batches: every one whole, at a batch end, and restorable")
    func backupsDuringWrites() throws {
        let f = JournalFixture()
        try f.make(records: 1)
        let writers = try (0..<3).map { w in try RunningProcess(helper, ["append", f.paths.journal, "1500", "w\(w)", "5"]) }
        var made: [JournalBackup] = []
        for i in 0..<20 {
            usleep(UInt32.random(in: 1_000...40_000))
            let source = try BackupSource.open(f.paths)
            defer { source.close() }
            made.append(try JournalBackup.make(from: source, in: f.dir.file("backups"), time: Timestamp(millisecondsSince1970: Int64(i) * 1000)))
        }
        for p in writers { #expect(p.finish().0 == 0) }
        #expect(Set(made.map(\.directory)).count == 20, "each its own directory")
        for (i, b) in made.enumerated() {
            let read = try JournalBackup.read(b.directory)
            #expect(read.point == b.point)
            // The stress writer's batches are 5 records after the header and the first record.
            #expect((b.point.sequence - 1) % 5 == 0, "backup \(i) ends at record \(b.point.sequence), inside a batch")
            let target = JournalPaths(journal: f.dir.file("restored-\(i)/journal.jsonl"))
            let files = try read.open()
            defer { files.close() }
            try read.restore(files, to: target, keepingCurrentAs: target.journal + ".old")
            let report = try Journal.verify(target)
            #expect(report.isSound && report.lastSequence == b.point.sequence && report.lastHash == b.point.hash)
        }
        #expect(made.map(\.point.sequence) == made.map(\.point.sequence).sorted(), "later backups hold more")
        #expect(Set(made.map(\.point.sequence)).count >= 10, "taken while the writers wrote: \(made.map(\.point.sequence))")
    }
}
