import Glibc
import LotsenJournal

// Benchmarks, each measured against a reference in the same run on the same machine
// (docs/performance.md). Built in release mode by `make bench`.
//
//   lotsen-bench append [DIR] [COUNT]
//       durable single-record append vs a bare write + fdatasync of the same bytes.
//   lotsen-bench keystroke JOURNAL
//       one search keystroke (filter + render) against a 60 Hz frame.
//   lotsen-bench first-screen JOURNAL
//       opening the journal to the participant list drawn at 80×24.
//   lotsen-bench verify JOURNAL [RUNS]
//       `lotsen verify`'s work in-process, against SHA-256 of the same file.
//   lotsen-bench follow JOURNAL LOTSEN [COUNT]
//       another desk's append (a `lotsen note` process) until this desk has folded it in.
//   lotsen-bench database URI DIR [COUNT]
//       the journal in PostgreSQL against the file store: single appends, 8 desks at
//       once, another desk's append seen (URI: set up for Lotsen, no journal yet).
//   lotsen-bench fold JOURNAL [RUNS]
//       folding every event of the journal into a new state, decoded beforehand.
//   lotsen-bench encode JOURNAL [RUNS]
//       encoding the folded state's snapshot parts on one thread, folded beforehand.

let args = CommandLine.arguments
switch args.count > 1 ? args[1] : "" {
case "append":
    let dir = args.count > 2 ? args[2] : "."
    let count = args.count > 3 ? Int(args[3]) ?? 2000 : 2000
    AppendBenchmark.run(directory: dir, count: count)
case "keystroke":
    guard args.count > 2 else { print("usage: lotsen-bench keystroke JOURNAL"); exit(2) }
    KeystrokeBenchmark.run(journal: args[2])
case "first-screen":
    guard args.count > 2 else { print("usage: lotsen-bench first-screen JOURNAL"); exit(2) }
    FirstScreenBenchmark.run(journal: args[2])
case "verify":
    guard args.count > 2 else { print("usage: lotsen-bench verify JOURNAL [RUNS]"); exit(2) }
    VerifyBenchmark.run(journal: args[2], runs: args.count > 3 ? Int(args[3]) ?? 10 : 10)
case "follow":
    guard args.count > 3 else { print("usage: lotsen-bench follow JOURNAL LOTSEN [COUNT]"); exit(2) }
    FollowBenchmark.run(journal: args[2], lotsen: args[3], count: args.count > 4 ? Int(args[4]) ?? 20 : 20)
case "fold":
    guard args.count > 2 else { print("usage: lotsen-bench fold JOURNAL [RUNS]"); exit(2) }
    FoldBenchmark.run(journal: args[2], runs: args.count > 3 ? Int(args[3]) ?? 5 : 5)
case "encode":
    guard args.count > 2 else { print("usage: lotsen-bench encode JOURNAL [RUNS]"); exit(2) }
    EncodeBenchmark.run(journal: args[2], runs: args.count > 3 ? Int(args[3]) ?? 5 : 5)
case "database":
    guard args.count > 3 else { print("usage: lotsen-bench database URI DIR [COUNT]"); exit(2) }
    DatabaseBenchmark.run(database: args[2], directory: args[3], count: args.count > 4 ? Int(args[4]) ?? 1000 : 1000)
default:
    print("usage: lotsen-bench append [DIR] [COUNT] | keystroke JOURNAL | first-screen JOURNAL | verify JOURNAL [RUNS] | follow JOURNAL LOTSEN [COUNT] | fold JOURNAL [RUNS] | encode JOURNAL [RUNS] | database URI DIR [COUNT]")
    exit(2)
}
