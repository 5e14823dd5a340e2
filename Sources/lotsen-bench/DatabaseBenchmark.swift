import Glibc
import LotsenCalendar
import LotsenJournal
import LotsenPostgres

/// The journal in PostgreSQL against the file store, in the same run (issue 27's goals):
/// a durable single append (≤ 3× the file's), eight desks appending at once (throughput
/// of each), and another desk's append reaching this one (≤ 250 ms on screen). `URI` is a
/// database set up for Lotsen and holding no journal; `DIR` takes the file journal.
enum DatabaseBenchmark {
    static let clock: @Sendable () -> Timestamp = { Timestamp(millisecondsSince1970: 1_795_000_000_000) }
    static let draft = RecordDraft(time: clock(), author: "AB", type: "note.added", subject: "p-1234",
                                   payloadJSON: #"{"kind":"call","text":"Ringde om praktikplatsen på Fiskebäcks rederi, återkommer på måndag."}"#)
    static let noCache = JournalPaths(journal: "/nonexistent/lotsen-bench/journal")

    static func run(database uri: String, directory: String, count: Int) {
        let paths = JournalPaths(journal: directory + "/bench-database.jsonl")
        for p in [paths.journal, paths.lock, paths.head, paths.journal + ".checked"] { unlink(p) }
        do {
            let file = try Journal.create(paths, id: "bench", time: clock(), author: "bench", clock: clock)
            let stored = try Journal.create(store: PostgresJournalStore(uri), cache: noCache, id: "bench", time: clock(),
                                            author: "bench", clock: clock)
            single(file: file, stored: stored, count: count)
            file.close()
            stored.close()
            concurrent(paths: paths, uri: uri, desks: 8, each: max(count / 8, 50))
            follow(uri: uri, count: 50)
        } catch {
            print("database benchmark: \(error)")
            exit(1)
        }
        for p in [paths.journal, paths.lock, paths.head, paths.journal + ".checked"] { unlink(p) }
    }

    /// One record a save, acknowledged once durable: fdatasync against COMMIT with
    /// synchronous_commit on. Blocks alternate so that drift hits both alike.
    static func single(file: Journal, stored: Journal, count: Int) {
        var a: [UInt64] = [], b: [UInt64] = []
        for _ in 0..<(count / 50) {
            for _ in 0..<50 {
                let t0 = monotonicNanoseconds()
                _ = try! file.append([draft])
                a.append(monotonicNanoseconds() - t0)
            }
            for _ in 0..<50 {
                let t0 = monotonicNanoseconds()
                _ = try! stored.append([draft])
                b.append(monotonicNanoseconds() - t0)
            }
        }
        let f = Distribution(a), d = Distribution(b)
        print("durable single append, \(a.count) each")
        print("  file store:       \(f.describe())")
        print("  PostgreSQL store: \(d.describe())")
        print("  ratio (median): \(ratio(d.median / f.median))×   goal ≤ 3×")
    }

    /// Eight desks, each its own handle (and connection) on its own thread, appending
    /// as fast as they can: records a second, file store and database.
    static func concurrent(paths: JournalPaths, uri: String, desks: Int, each: Int) {
        func measure(_ open: @escaping @Sendable () throws -> Journal) -> Double {
            let t0 = monotonicNanoseconds()
            let threads = (0..<desks).map { _ in
                Thread {
                    guard let j = try? open() else { return }
                    for _ in 0..<each { _ = try? j.append([draft]) }
                    j.close()
                }
            }
            threads.forEach { $0.join() }
            return Double(desks * each) / (Double(monotonicNanoseconds() - t0) / 1e9)
        }
        let file = measure { try Journal.open(paths, access: .readWrite, clock: clock) { _ in }.journal }
        let stored = measure { try Journal.open(store: PostgresJournalStore(uri), cache: noCache, access: .readWrite, clock: clock) { _ in }.journal }
        print("\(desks) desks appending at once, \(each) single-record saves each")
        print("  file store:       \(Int(file)) saves/s")
        print("  PostgreSQL store: \(Int(stored)) saves/s")
    }

    /// From another desk's acknowledged append to this desk having folded it in: the
    /// notification's way and the read. The TUI looks every `pollMilliseconds` (100), so
    /// on screen it is this plus up to one interval.
    static func follow(uri: String, count: Int) {
        func open(_ access: Journal.Access) -> Journal? {
            try? Journal.open(store: PostgresJournalStore(uri), cache: noCache, access: access, clock: clock, onRecords: { _ in }).journal
        }
        guard let writer = open(.readWrite), let reader = open(.readOnly) else { print("cannot open the journal twice"); return }
        _ = reader.hasUnreadData()
        _ = try? reader.readNew()
        var waits: [UInt64] = []
        for _ in 0..<count {
            _ = try! writer.append([draft])
            let t0 = monotonicNanoseconds()
            while !reader.hasUnreadData() { usleep(200) }
            guard let seen = try? reader.readNew(), !seen.isEmpty else { print("the append was not seen"); return }
            waits.append(monotonicNanoseconds() - t0)
        }
        writer.close()
        reader.close()
        let w = Distribution(waits)
        print("another desk's append seen here (notification + read), \(count) appends")
        print("  \(w.describe());  on screen at worst \(format(100_000 + w.percentile(99))) µs (one 100 ms look + p99)   goal ≤ 250 000 µs")
    }
}

/// A thread that runs one closure (Foundation-free).
final class Thread: @unchecked Sendable {
    private var handle = pthread_t()
    private let body: @Sendable () -> Void

    init(_ body: @escaping @Sendable () -> Void) {
        self.body = body
        let unmanaged = Unmanaged.passRetained(self)
        pthread_create(&handle, nil, { raw in
            let thread = Unmanaged<Thread>.fromOpaque(raw!).takeRetainedValue()
            thread.body()
            return nil
        }, unmanaged.toOpaque())
    }

    func join() { pthread_join(handle, nil) }
}
