import Glibc
import LotsenJournal
import LotsenCalendar
import LotsenPostgres

// Drives the journal from outside, as a separate process, for the reliability suite
// and `make torture`:
//
// JOURNAL may be a database (postgresql://…) with Lotsen's schema; the journal in it is
// created on first use as a file's is.
//
//   lotsen-journal-stress append JOURNAL COUNT [AUTHOR] [BATCH]
//       appends COUNT batches of BATCH records (default 1), printing "ack SEQ" for the
//       last record of each batch only after append() returned, i.e. after fdatasync.
//       COUNT 0 appends until killed.
//   lotsen-journal-stress check JOURNAL
//       opens the journal for writing (recovering a torn tail) and prints
//       "records N last SEQ torn BYTES damage KIND" — one line.
//   lotsen-journal-stress torture DIR [ITERATIONS] [WRITERS] [APPENDS]
//       the long run behind `make torture` (defaults 1000, 8, 10000).

/// One unbuffered write a line: an "ack" is on its way to the reader before the next
/// append starts, so a SIGKILL cannot hide an acknowledgement in a stdio buffer.
func say(_ line: String, to fd: Int32 = 1) {
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
}

func fail(_ message: String) -> Never {
    say("lotsen-journal-stress: \(message)", to: 2)
    exit(2)
}

/// The desk's files of a journal in a database are of no use to the stress runs.
let noCache = JournalPaths(journal: "/nonexistent/lotsen-journal-stress/journal")

func openOrCreate(_ paths: JournalPaths) throws -> Journal {
    if PostgresLocation.isDatabase(paths.journal) {
        do {
            return try Journal.open(store: PostgresJournalStore(paths.journal), cache: noCache, access: .readWrite, clock: Timestamp.now) { _ in }.journal
        } catch JournalError.notFound {}
        do {
            return try Journal.create(store: PostgresJournalStore(paths.journal), cache: noCache, id: "stress-\(getpid())", time: .now(),
                                      author: "stress", clock: Timestamp.now)
        } catch JournalError.alreadyExists {
            return try Journal.open(store: PostgresJournalStore(paths.journal), cache: noCache, access: .readWrite, clock: Timestamp.now) { _ in }.journal
        }
    }
    do {
        return try Journal.open(paths, access: .readWrite, clock: Timestamp.now) { _ in }.journal
    } catch JournalError.notFound {
        do {
            return try Journal.create(paths, id: "stress-\(getpid())", time: .now(), author: "stress", clock: Timestamp.now)
        } catch JournalError.alreadyExists {
            return try Journal.open(paths, access: .readWrite, clock: Timestamp.now) { _ in }.journal
        }
    }
}

let args = CommandLine.arguments
guard args.count >= 3 else { fail("usage: append JOURNAL COUNT [AUTHOR] [BATCH] | check JOURNAL | torture DIR") }
let paths = JournalPaths(journal: args[2])

switch args[1] {
case "append":
    guard args.count >= 4, let count = Int(args[3]) else { fail("append needs COUNT") }
    let author = args.count > 4 ? args[4] : "w\(getpid())"
    let batch = args.count > 5 ? max(1, Int(args[5]) ?? 1) : 1
    do {
        let journal = try openOrCreate(paths)
        var i = 0
        while count == 0 || i < count {
            let drafts = (0..<batch).map { k in
                RecordDraft(time: .now(), author: author, type: "stress.append",
                            payloadJSON: #"{"n":\#(i),"k":\#(k),"text":"Åsa Öberg skriver ett långt stycke text så att posten blir realistisk i storlek."}"#)
            }
            let written = try journal.append(drafts)
            say("ack \(written.last!.sequence)")
            i += 1
        }
        journal.close()
    } catch {
        fail("\(error)")
    }
case "check":
    do {
        let (journal, report) = PostgresLocation.isDatabase(paths.journal)
            ? try Journal.open(store: PostgresJournalStore(paths.journal), cache: noCache, access: .readWrite, clock: Timestamp.now) { _ in }
            : try Journal.open(paths, access: .readWrite, clock: Timestamp.now) { _ in }
        var damage = "none"
        if let d = report.damage { damage = "\(d.kind)@\(d.sequence)" }
        say("records \(report.records) last \(journal.lastSequence) torn \(report.tornTail?.length ?? 0) damage \(damage)")
        journal.close()
    } catch {
        fail("\(error)")
    }
case "torture":
    func number(_ i: Int, _ fallback: Int) -> Int { args.count > i ? Int(args[i]) ?? fallback : fallback }
    Torture.run(directory: args[2], iterations: number(3, 1000), writers: number(4, 8), appends: number(5, 10000))
default:
    fail("unknown command \(args[1])")
}
