import LotsenCalendar
import LotsenCore
import LotsenJournal
import LotsenTUI
import LotsenWorkspace
import TerminalCore

/// One search keystroke as the caseworker feels it: the list filtered for the new
/// query and the whole 80×24 screen rendered, measured per keystroke while names and
/// numbers are typed letter by letter. The reference is one 60 Hz frame (16.7 ms); the
/// goal is a p99 under 2 ms.
enum KeystrokeBenchmark {
    static func run(journal path: String) {
        let today = Day(iso: "2026-11-24")!
        let env = BenchKeys.environment(Workspace.Environment(author: "AB", clock: Timestamp.now, today: { today }))
        let t0 = monotonicNanoseconds()
        guard let (workspace, _) = try? Workspace.open(JournalPaths(journal: path), access: .readOnly, env) else {
            print("cannot open \(path)")
            return
        }
        let opened = monotonicNanoseconds() - t0
        let state = workspace.state
        let people = state.order.compactMap { state.participant($0) }
        // Queries people type on the phone: a last name, a first name, a birth date, a phone number.
        var queries: [String] = []
        for p in people.prefix(200) {
            queries.append(String(p.profile.lastName.prefix(6)))
            queries.append(String(p.profile.firstName.prefix(4)).lowercased())
        }
        for p in people.prefix(50) {
            queries.append(String(p.personnummer.digits.dropFirst(2).prefix(6)))
            queries.append(p.profile.phones.first ?? "070")
        }
        var samples: [UInt64] = []
        var typed: [String] = []
        // One app, as on a desk: each query starts from a cleared search (not timed).
        var app = AppState(domain: state, today: today, author: "AB", lang: .sv, size: Size(width: 80, height: 24))
        for q in queries {
            _ = AppReducer.reduce(&app, .action(.clearSearch))
            for ch in q {
                let start = monotonicNanoseconds()
                _ = AppReducer.reduce(&app, .action(.type(String(ch))))
                let (buffer, _) = AppView.render(app)
                samples.append(monotonicNanoseconds() - start)
                typed.append(app.list.query)
                if buffer.size.width == 0 { print("") }
            }
        }
        let d = Distribution(samples)
        print("search keystroke (filter + render 80×24) on \(people.count) participants, \(samples.count) keystrokes")
        print("  \(d.describe()), max \(format(d.samples.last ?? 0)) µs")
        print("  p99 / one 60 Hz frame (16 667 µs): \(ratio(d.percentile(99) / 16_667))×   goal p99 ≤ 2 000 µs")
        let slowest = zip(samples, typed).sorted { $0.0 > $1.0 }.prefix(40)
        print("  slowest: " + slowest.map { "\"\($0.1)\" \(format(Double($0.0) / 1000))" }.joined(separator: ", "))
        // The privacy rule is applied while scoring: say how much of it there is to apply.
        let hidden = SearchIndex(state).sight(for: "AB", in: state).programmeHidden.count
        print("  scoped as AB (\(state.caseworker("AB")?.organisation.code ?? "no caseworker")): \(hidden) of \(people.count) people's phones and programme hidden")
        print("  (opening the journal took \(opened / 1_000_000) ms)")
    }
}
