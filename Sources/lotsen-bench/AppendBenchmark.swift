import Glibc
import LotsenJournal
import LotsenCalendar
import LotsenWorkspace

/// A durable single-record append as a save makes it on an encrypted journal (seal the
/// payload under the person's key, lock, catch up, encode, hash, write, fdatasync,
/// unlock) against the bare minimum any durable append must pay: write the same bytes
/// and fdatasync them. Runs alternate in blocks so that drift in the disk's speed hits
/// both sides alike.
enum AppendBenchmark {
    static func run(directory: String, count: Int) {
        let paths = JournalPaths(journal: directory + "/bench-append.jsonl")
        let barePath = directory + "/bench-bare.jsonl"
        let keys = paths.journal + ".keys", checked = paths.journal + ".checked"
        for p in [paths.journal, paths.lock, paths.head, barePath, keys, checked] { unlink(p) }
        let clock = { Timestamp(millisecondsSince1970: 1_795_000_000_000) }
        let journal: Journal
        do {
            journal = try Journal.create(paths, id: "bench", time: clock(), author: "bench", clock: clock)
        } catch {
            print("cannot create journal: \(error)")
            exit(1)
        }
        let draft = RecordDraft(time: clock(), author: "AB", type: "note.added", subject: "p-1234",
                                payloadJSON: #"{"kind":"call","text":"Ringde om praktikplatsen på Fiskebäcks rederi, återkommer på måndag."}"#)
        // The person's key made (and stored) once, as for anyone already in the journal.
        var ring = KeyRing()
        let master = MasterKey.file(MasterKey.newKeyFile())
        let seal = { (d: RecordDraft) in try! ring.seal([d], storingNewKeysIn: paths, master: master) }
        // The same bytes the journal writes for one record.
        let line = try! journal.append(seal(draft))[0]
        let bare = open(barePath, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        var bytes: [UInt8] = []
        let fd = open(paths.journal, O_RDONLY)
        bytes = [UInt8](repeating: 0, count: 4096)
        let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(line.offset)) }
        close(fd)
        bytes = Array(bytes[0..<n])

        var ours: [UInt64] = [], reference: [UInt64] = [], sealing: [UInt64] = []
        let block = 50
        for _ in 0..<(count / block) {
            for _ in 0..<block {
                let t0 = monotonicNanoseconds()
                _ = bytes.withUnsafeBytes { write(bare, $0.baseAddress, $0.count) }
                _ = fdatasync(bare)
                reference.append(monotonicNanoseconds() - t0)
            }
            for _ in 0..<block {
                let t0 = monotonicNanoseconds()
                let sealed = seal(draft)
                let t1 = monotonicNanoseconds()
                _ = try! journal.append(sealed)
                ours.append(monotonicNanoseconds() - t0)
                sealing.append(t1 - t0)
            }
        }
        journal.close()
        close(bare)
        let a = Distribution(ours), b = Distribution(reference)
        print("durable single append, \(bytes.count)-byte record, \(ours.count) appends each, in \(directory)")
        print("  lotsen seal + Journal.append:  \(a.describe())")
        print("  bare write + fdatasync: \(b.describe())")
        print("  of which sealing:       \(Distribution(sealing).describe())")
        print("  ratio (median): \(ratio(a.median / b.median))×   ratio (mean): \(ratio(a.mean / b.mean))×   goal ≤ 1.3×")
        for p in [paths.journal, paths.lock, paths.head, barePath, keys, checked] { unlink(p) }
    }
}
