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
        forEachSlice(count: count, workers: workers, minimum: minimum) { range in
            for i in range { (out + i).initialize(to: transform(i)) }
        }
    }

    /// `body` for consecutive slices that together cover `0..<count` once each, on every
    /// core; `body` must only read shared data and write what its slice owns. For work
    /// that costs less per slice than per item (a replay's decoding reaches into each
    /// batch of records once per slice, not once per record).
    public static func forEachSlice(count: Int, workers: Int = cores, minimum: Int = 64, _ body: (Range<Int>) -> Void) {
        guard workers > 1, count >= minimum else {
            if count > 0 { body(0..<count) }
            return
        }
        // The calling thread takes slices too, from the first: it would only wait.
        withoutActuallyEscaping(body) { body in
            BackgroundSlices(count: count, workers: workers, body).finish()
        }
    }
}
