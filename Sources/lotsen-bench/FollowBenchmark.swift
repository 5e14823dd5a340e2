import Foundation
import LotsenCalendar
import LotsenJournal
import LotsenTUI
import LotsenWorkspace

/// Another desk's append reaching this desk's screen. The TUI looks for new records
/// every `TUIApp.pollMilliseconds`, on a clock of its own that the writer does not
/// know, so an append waits for the next look (0 to one interval, half on average) and
/// then for the fold. Measured here: a real `lotsen note` in a new process (the other
/// desk, acknowledged when it exits), then the reader's refresh that folds it in. The
/// worst case shown is one whole interval plus the p99 refresh; the goal is ≤ 250 ms.
enum FollowBenchmark {
    static func run(journal path: String, lotsen: String, count: Int) {
        let today = Day(iso: "2026-11-24")!
        let env = BenchKeys.environment(Workspace.Environment(author: "AB", clock: Timestamp.now, today: { today }))
        guard let (reader, _) = try? Workspace.open(JournalPaths(journal: path), access: .readOnly, env),
              let who = reader.state.order.first else {
            print("cannot open \(path)")
            return
        }
        var writes: [UInt64] = [], folds: [UInt64] = []
        for i in 0..<count {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: lotsen)
            p.arguments = ["note", who.value, "Mätning \(i) av hur snabbt en annan desk ser en anteckning."]
            var environment = ["LOTSEN_JOURNAL": path, "LOTSEN_AS": "MS", "LANG": "sv_SE.UTF-8", "TZ": "UTC"]
            // Where the journal's master key is found: the desk's own, as this process's.
            for name in ["HOME", "XDG_CONFIG_HOME"] { environment[name] = ProcessInfo.processInfo.environment[name] }
            p.environment = environment
            p.standardOutput = FileHandle.nullDevice
            let t0 = monotonicNanoseconds()
            do { try p.run() } catch { print("cannot run \(lotsen)"); return }
            p.waitUntilExit()
            let t1 = monotonicNanoseconds()
            let seen = (try? reader.refresh())?.count ?? 0
            let t2 = monotonicNanoseconds()
            guard p.terminationStatus == 0, seen > 0 else { print("the note was not seen (status \(p.terminationStatus))"); return }
            writes.append(t1 - t0)
            folds.append(t2 - t1)
        }
        let w = Distribution(writes), f = Distribution(folds)
        let interval = Double(TUIApp.pollMilliseconds) * 1000
        print("another desk's append shown, \(count) notes by a new `lotsen note` process each")
        print("  the other desk's note until acknowledged (a new process): \(w.describe())")
        print("  this desk's refresh that folds it in: \(f.describe())")
        print("  poll interval \(format(interval)) µs: shown on average after \(format(interval / 2 + f.mean)) µs, "
              + "at worst \(format(interval + f.percentile(99))) µs   goal ≤ 250 000 µs")
    }
}
