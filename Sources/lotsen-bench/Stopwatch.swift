import Glibc

/// Monotonic time in nanoseconds.
func monotonicNanoseconds() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

/// Summary of a list of durations.
struct Distribution {
    var samples: [Double]  // microseconds, sorted

    init(_ nanoseconds: [UInt64]) { samples = nanoseconds.map { Double($0) / 1000 }.sorted() }

    func percentile(_ p: Double) -> Double {
        samples[min(samples.count - 1, Int((Double(samples.count) * p / 100).rounded(.down)))]
    }
    var median: Double { percentile(50) }
    var mean: Double { samples.reduce(0, +) / Double(samples.count) }

    func describe() -> String {
        "median \(format(median)) µs, mean \(format(mean)) µs, p99 \(format(percentile(99))) µs"
    }
}

func format(_ x: Double) -> String {
    let tenths = Int((x * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
}

func ratio(_ x: Double) -> String {
    let hundredths = Int((x * 100).rounded())
    return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
}
