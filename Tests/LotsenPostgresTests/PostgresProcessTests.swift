import Foundation
import LotsenCalendar
import LotsenJournal
import LotsenPostgres
import LotsenTestSupport
import Testing

/// The journal in PostgreSQL driven by separate processes: real transactions, real kills,
/// a real server stopped as a power cut would stop it.
@Suite("PostgreSQL: many processes, and crashes", .serialized)
struct PostgresProcessTests {
    let helper = BuiltProducts.path("lotsen-journal-stress")

    /// "ack SEQ" lines: records acknowledged, that is committed.
    static func acks(_ lines: [String]) -> [Int] { lines.compactMap { $0.hasPrefix("ack ") ? Int($0.dropFirst(4)) : nil } }

    @Test("8 processes × 1,000 appends through the database: contiguous, chain valid, every acknowledged record present")
    func concurrentWriters() throws {
        let db = try TestDatabase()
        try db.create().close()
        let writers = try (0..<8).map { w in try RunningProcess(helper, ["append", db.uri(), "1000", "w\(w)"]) }
        var acks: [String: [Int]] = [:]
        for (w, p) in writers.enumerated() {
            let (status, lines) = p.finish()
            #expect(status == 0, "w\(w): \(p.errorOutput())")
            acks["w\(w)"] = Self.acks(lines)
        }
        let report = try Journal.verify(store: db.store())
        #expect(report.isSound)
        #expect(report.lastSequence == 8000)
        let (j, records) = try db.open(.readOnly)
        j.close()
        #expect(records.map(\.sequence) == Array(0...8000))
        for (author, seqs) in acks {
            #expect(seqs.count == 1000)
            for s in seqs { #expect(records[s].author == author) }
        }
    }

    @Test("writers killed with SIGKILL in the middle of transactions, 30 times: every acknowledged record survives")
    func killedWriters() throws {
        let db = try TestDatabase()
        try db.create().close()
        var generator = SystemRandomNumberGenerator()
        var acknowledged: [Int: String] = [:]
        for iteration in 0..<30 {
            let author = "k\(iteration)"
            let batch = Int.random(in: 1...3, using: &generator)
            let writers = try (0..<2).map { w in try RunningProcess(helper, ["append", db.uri(), "0", author + "-\(w)", "\(batch)"]) }
            writers[0].waitForLines(Int.random(in: 1...20, using: &generator), timeout: 10)
            usleep(UInt32.random(in: 0...3000, using: &generator))
            for (w, p) in writers.enumerated() {
                p.kill()
                for s in Self.acks(p.finish().lines) { acknowledged[s] = author + "-\(w)" }
            }
            let (j, records) = try db.open(.readOnly)
            j.close()
            #expect(records.map(\.sequence) == Array(0..<records.count), "iteration \(iteration): not contiguous")
            for (seq, who) in acknowledged {
                #expect(seq < records.count && records[seq].author == who, "iteration \(iteration): acknowledged record \(seq) lost")
            }
        }
        #expect(try Journal.verify(store: db.store()).isSound)
        #expect(acknowledged.count >= 30)
    }

    @Test("the server stopped with `pg_ctl stop -m immediate` during writes: nothing acknowledged lost, a desk recovers by itself")
    func serverCrash() throws {
        let cluster = try Cluster()
        defer { cluster.stop() }
        let uri = cluster.uri
        _ = try PostgresSetup.install(uri)
        let desk = try Journal.create(store: PostgresJournalStore(uri), cache: TestDatabase.noCache, id: "crash", time: TestDatabase.clock(),
                                      author: "setup", clock: TestDatabase.clock)
        defer { desk.close() }
        let writers = try (0..<4).map { w in try RunningProcess(helper, ["append", uri, "0", "w\(w)", "2"]) }
        writers[0].waitForLines(50, timeout: 20)
        try cluster.crash()
        var acknowledged: [Int: String] = [:]
        for (w, p) in writers.enumerated() {
            let (status, lines) = p.finish()
            #expect(status != 0, "w\(w) went on without its server")
            for s in Self.acks(lines) { acknowledged[s] = "w\(w)" }
        }
        #expect(!acknowledged.isEmpty)
        // While the server is down the desk cannot write, and says why.
        expectStoreProblem(.connection, else: "appended without a server") {
            try desk.append([TestDatabase.draft(1, author: "AB")])
        }
        guard case .readOnly(.unavailable) = desk.status else {
            Issue.record("\(desk.status)")
            return
        }
        try cluster.start()
        // Back up: the desk connects again by itself, catches up, and writes.
        let written = try desk.append([TestDatabase.draft(2, author: "AB")])
        #expect(desk.isWritable)
        var records: [JournalRecord] = []
        _ = try Journal.open(store: PostgresJournalStore(uri), cache: TestDatabase.noCache, access: .readOnly, clock: TestDatabase.clock) {
            records += $0
        }.journal.close()
        #expect(records.map(\.sequence) == Array(0..<records.count))
        #expect(records.last?.sequence == written.last?.sequence)
        for (seq, who) in acknowledged { #expect(records[seq].author == who, "acknowledged record \(seq) lost") }
        #expect(try Journal.verify(store: PostgresJournalStore(uri)).isSound)
    }
}

/// A cluster of the test's own (Tests/postgres-cluster.sh), to stop as a crash would.
/// In a directory of its own under /tmp: the server runs as `postgres` when the tests run
/// as root, and must be able to reach it.
final class Cluster {
    let dir: String
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("postgres-cluster.sh").path
    private(set) var uri = ""

    init() throws {
        var template = Array("/tmp/lotsen-pgc.XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw ClusterFailure(output: "mkdtemp") }
        dir = String(cString: made)
        uri = try call("start").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Stops the server at once, as a power cut would: no checkpoint, no goodbye to clients.
    func crash() throws { _ = try call("crash") }

    func start() throws { _ = try call("start") }

    func stop() {
        _ = try? call("stop")
        _ = spawnAndWait("/bin/rm", ["-rf", dir], environment: [:], captureOutput: false)
    }

    /// Through `spawnAndWait`, which hands the script no descriptor but its output: the
    /// server it starts would keep any other pipe open, and the read of it never end.
    private func call(_ command: String) throws -> String {
        let r = spawnAndWait("/bin/bash", [script, command, dir], environment: ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin"],
                             captureOutput: true)
        guard r.status == 0 else { throw ClusterFailure(output: r.output) }
        return r.output
    }

    struct ClusterFailure: Error { var output: String }
}
