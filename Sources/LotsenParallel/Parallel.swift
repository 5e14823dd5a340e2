import Dispatch
import Glibc

/// Independent work on every core: the journal's lines checked, a replay's events
/// decoded, the snapshot's participants decoded (architecture.md, "Work on every core").
public enum Parallel {
    public static let cores: Int = max(1, min(8, sysconf(Int32(_SC_NPROCESSORS_ONLN))))

    /// How finely `map` cuts its work: enough that a late or slow thread evens out, few
    /// enough that handing out a slice stays cheap beside the work in it.
    static let slicesPerWorker = 8

    /// `[transform(0), …, transform(count - 1)]`, worked out in slices on every core.
    /// `transform` must only read shared data.
    /// Small inputs stay on the calling thread (`minimum`): handing them out costs more.
    public static func map<T>(count: Int, workers: Int = cores, minimum: Int = 64, _ transform: (Int) -> T?) -> [T?] {
        // Each slot is initialised once, by the thread that works it out: filling the
        // array with nil first wrote every slot twice (a replay's runs are large).
        [T?](unsafeUninitializedCapacity: count) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            initialize(base, count: count, workers: workers, minimum: minimum, transform)
            initialized = count
        }
    }

    /// Like `map`, into memory the caller owns: `out[0..<count]`, uninitialised before,
    /// is initialised to `transform(i)`. For work done run after run, where a fresh
    /// array for each run is larger than malloc's mmap threshold and so comes from the
    /// kernel zeroed, page by page, every time (a replay's decoded runs: see
    /// `EventDecoding.Runs`).
    public static func initialize<T>(_ out: UnsafeMutablePointer<T>, count: Int, workers: Int = cores, minimum: Int = 64,
                                     _ transform: (Int) -> T) {
        guard workers > 1, count >= minimum else {
            for i in 0..<count { (out + i).initialize(to: transform(i)) }
            return
        }
        withoutActuallyEscaping(transform) { transform in
            let shared = Shared(out: out, transform: transform)
            // More slices than workers, taken in turn by whichever thread is free:
            // with one slice per worker the calling thread often finished its own and
            // then ran the next too, before the pool's thread had woken (measured:
            // half of `lotsen verify`'s runs of lines on one core).
            let slices = min(workers * Self.slicesPerWorker, count)
            DispatchQueue.concurrentPerform(iterations: slices) { s in
                for i in (s * count / slices)..<((s + 1) * count / slices) {
                    (shared.out + i).initialize(to: shared.transform(i))
                }
            }
        }
    }

    /// Sound to share: each slice is written by one thread only, `transform` only
    /// reads, and `concurrentPerform` returns when every worker is done.
    private struct Shared<T>: @unchecked Sendable {
        let out: UnsafeMutablePointer<T>
        let transform: (Int) -> T
    }
}
