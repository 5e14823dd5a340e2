import Glibc
import LotsenText
import TerminalCore

/// A line on the terminal for long work, rewritten in place: what, how far, about how
/// long is left. Only on a terminal (nothing on a pipe or in a file), only once the work
/// has taken half a second (quick work does not flicker), at most ten times a second.
/// The same pacing draws the TUI's progress screen when `draw` is given.
final class ProgressLine {
    private let work: ProgressWords.Work
    private let lang: Language
    private let enabled: Bool
    private let draw: ((WorkProgress) -> Void)?
    private let started = ProgressLine.now()
    private var lastDrawn = 0.0
    private var shown = false
    /// `LOTSEN_PROGRESS_AFTER` (seconds) lets a test see the line on small work.
    private let after = Settings.process.environment["LOTSEN_PROGRESS_AFTER"].flatMap(Double.init) ?? 0.5

    init(_ work: ProgressWords.Work, lang: Language, enabled: Bool = Console.isTerminal(2), draw: ((WorkProgress) -> Void)? = nil) {
        self.work = work
        self.lang = lang
        self.enabled = enabled
        self.draw = draw
    }

    func update(done: Int, total: Int) {
        guard enabled, total > 0 else { return }
        let now = ProgressLine.now()
        let elapsed = now - started
        guard elapsed >= after, now - lastDrawn >= 0.1 || done >= total else { return }
        lastDrawn = now
        let p = WorkProgress(done: done, total: total, elapsedSeconds: elapsed)
        if let draw { return draw(p) }
        shown = true
        Console.write(2, "\r\u{1B}[K" + lang.progress.line(work, percent: p.percent, secondsLeft: p.secondsLeft))
    }

    /// Clears the line, so that the answer starts at the left margin.
    func finish() {
        if shown { Console.write(2, "\r\u{1B}[K") }
        shown = false
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
