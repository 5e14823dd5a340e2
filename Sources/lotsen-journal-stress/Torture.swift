import Glibc
import LotsenJournal
import LotsenCalendar

/// `make torture`: the long run of the reliability suite, outside the tests.
enum Torture {
    static func run(directory: String, iterations: Int, writers: Int, appends: Int) {
        say("# Lotsen journal torture run")
        say("directory \(directory)")
        crashLoop(JournalPaths(journal: directory + "/crash.jsonl"), iterations: iterations)
        manyWriters(JournalPaths(journal: directory + "/writers.jsonl"), writers: writers, appends: appends)
    }

    static func crashLoop(_ paths: JournalPaths, iterations: Int) {
        var acknowledged: [Int: String] = [:]
        var torn = 0, tornBytes = 0, lost = 0
        let start = Timestamp.now()
        for i in 0..<iterations {
            let author = "crash\(i)"
            let child = Child(["append", paths.journal, "0", author, String(Int.random(in: 1...4))])
            let until = Timestamp.now().millisecondsSince1970 + Int64.random(in: 1...60)
            while Timestamp.now().millisecondsSince1970 < until { child.pump(milliseconds: 1) }
            for line in child.finish(kill: SIGKILL) where line.hasPrefix("ack ") {
                acknowledged[Int(line.dropFirst(4))!] = author
            }
            do {
                var seen: [Int: String] = [:]
                let (journal, report) = try Journal.open(paths, access: .readWrite, clock: Timestamp.now) { batch in
                    for r in batch { seen[r.sequence] = r.author }
                }
                journal.close()
                if let d = report.damage { fail("iteration \(i): damage \(d)") }
                if let t = report.tornTail { torn += 1; tornBytes += t.length }
                for (seq, who) in acknowledged where seen[seq] != who { lost += 1 }
            } catch {
                fail("iteration \(i): \(error)")
            }
        }
        let report = (try? Journal.verify(paths)).map { $0.isSound ? "sound" : "NOT SOUND" } ?? "unreadable"
        let seconds = Double(Timestamp.now().millisecondsSince1970 - start.millisecondsSince1970) / 1000
        say("crash loop: \(iterations) SIGKILLs in \(seconds) s; \(acknowledged.count) acknowledged batches, \(lost) lost; torn tails moved aside: \(torn) (\(tornBytes) bytes); final verify: \(report)")
        if lost > 0 || report != "sound" { exit(1) }
    }

    static func manyWriters(_ paths: JournalPaths, writers: Int, appends: Int) {
        let start = Timestamp.now()
        let children = (0..<writers).map { Child(["append", paths.journal, String(appends), "w\($0)"]) }
        var acks: [String: [Int]] = [:]
        for (w, child) in children.enumerated() {
            acks["w\(w)"] = child.finish().compactMap { $0.hasPrefix("ack ") ? Int($0.dropFirst(4)) : nil }
        }
        var authors: [Int: String] = [:]
        var contiguous = true
        var expected = 0
        do {
            let (journal, _) = try Journal.open(paths, access: .readOnly, clock: Timestamp.now) { batch in
                for r in batch {
                    if r.sequence != expected { contiguous = false }
                    expected = r.sequence + 1
                    authors[r.sequence] = r.author
                }
            }
            journal.close()
        } catch {
            fail("open: \(error)")
        }
        var missing = 0
        for (author, seqs) in acks { for s in seqs where authors[s] != author { missing += 1 } }
        let total = acks.values.reduce(0) { $0 + $1.count }
        let sound = (try? Journal.verify(paths))?.isSound ?? false
        let seconds = Double(Timestamp.now().millisecondsSince1970 - start.millisecondsSince1970) / 1000
        say("many writers: \(writers) processes × \(appends) appends in \(seconds) s; \(total) acknowledged, \(missing) missing; contiguous: \(contiguous); final verify: \(sound ? "sound" : "NOT SOUND")")
        if missing > 0 || !contiguous || !sound || total != writers * appends { exit(1) }
    }
}
