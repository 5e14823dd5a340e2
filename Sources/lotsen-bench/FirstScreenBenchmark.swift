import CMallocTuning
import LotsenCalendar
import LotsenCore
import LotsenJournal
import LotsenTUI
import LotsenWorkspace
import TerminalCore

/// Opening the journal to the first screen, as `lotsen` does it: the workspace opened
/// for writing (from the snapshot when it matches), the app state built and the list
/// drawn at 80×24, into memory instead of a terminal. `compare.sh` times the whole
/// process, start-up included; this prints the part after `main` starts.
enum FirstScreenBenchmark {
    static func run(journal path: String) {
        lotsen_disable_fast_bins()  // as lotsen's main does
        let t0 = monotonicNanoseconds()
        let today = Day(iso: "2026-11-24")!
        let env = BenchKeys.environment(Workspace.Environment(author: "AB", clock: Timestamp.now, today: { today }))
        guard let (workspace, _) = try? Workspace.open(JournalPaths(journal: path), access: .readWrite, env) else {
            print("cannot open \(path)")
            return
        }
        let backend = MemoryBackend(size: Size(width: 80, height: 24))
        let app = TUIApp(backend: backend, workspace: workspace, lang: .sv, today: { today }, dayOf: { _ in today })
        app.render()
        let shown = monotonicNanoseconds() - t0
        let rows = (0..<backend.size.height).filter { y in ["Slussen", "Kanalen", "Havet"].contains { backend.screen.line(y).contains($0) } }
        print("first screen after \(format(Double(shown) / 1_000_000)) ms: \(rows.count) rows, snapshot \(workspace.opening.snapshotProblem.map { "\($0)" } ?? "used"), \(workspace.opening.replayed) records replayed")
        workspace.close()
    }
}
