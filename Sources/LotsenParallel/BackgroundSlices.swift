import Dispatch
import Synchronization

/// Work in slices, handed to the crew at once and finished by the thread that needs its
/// result: `finish()` takes the slices no one has begun rather than sleeping until the
/// crew gets to them, and looks for a moment before sleeping on those still running.
///
/// A replay's reading thread folds one run while the next is decoded, and hands on one
/// block of lines while the next is checked. On the dispatch pool, when it came to work
/// not yet finished it slept, and a pool thread that ran out slept too: measured under
/// `perf`, the reading thread was busy 55 % of a replay and the two cores together 82 %
/// (97 % with the crew, which does not sleep at once: `Crew`).
public final class BackgroundSlices: @unchecked Sendable {
    private let count: Int
    private let slices: Int
    private let next = Atomic<Int>(0)
    private let finished = Atomic<Int>(0)
    /// Set once the last slice is done and `body` let go of.
    private let released = Atomic<Bool>(false)
    private let done = DispatchSemaphore(value: 0)
    // Read by every thread that takes a slice, and let go of by the one that finishes the
    // last (after every other has finished its own): what the work holds (a run's
    // records) is freed there, off the thread that waits.
    private var body: ((Range<Int>) -> Void)?
    // Touched by the owning thread only.
    private var waited = false

    /// Starts `body` over consecutive slices that together cover `0..<count` once each;
    /// `body` must only read shared data and write what its slice owns.
    public init(count: Int, workers: Int = Parallel.cores, _ body: @escaping (Range<Int>) -> Void) {
        self.count = count
        // More slices than workers, taken in turn by whichever thread is free: with one
        // slice per worker the calling thread often finished its own and then ran the
        // next too, before another thread had woken (measured: half of `lotsen verify`'s
        // runs of lines on one core).
        slices = min(max(1, workers) * Parallel.slicesPerWorker, count)
        self.body = body
        guard slices > 0 else {
            self.body = nil
            released.store(true, ordering: .releasing)
            return
        }
        if workers > 1 && Crew.shared.threads > 0 { Crew.shared.start(self) }
    }

    var hasSlicesLeft: Bool { next.load(ordering: .relaxed) < slices }

    /// Takes slices until none is left.
    func work() {
        while true {
            let s = next.wrappingAdd(1, ordering: .relaxed).oldValue
            guard s < slices else { return }
            body!((s * count / slices)..<((s + 1) * count / slices))
            if finished.wrappingAdd(1, ordering: .acquiringAndReleasing).newValue == slices {
                body = nil
                released.store(true, ordering: .releasing)
                done.signal()
            }
        }
    }

    /// Returns once every slice is done and `body` let go of, having done the slices
    /// nobody had begun. Called by the one thread that owns the result; a second call
    /// returns at once.
    public func finish() {
        guard !waited else { return }
        waited = true
        work()
        // The last slices are being finished elsewhere: looked for a moment before
        // sleeping, as the crew does.
        var spins = 0
        while !released.load(ordering: .acquiring), spins < Crew.spins { spins += 1 }
        if spins == Crew.spins { done.wait() }
    }
}
