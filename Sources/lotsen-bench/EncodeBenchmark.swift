import LotsenCore

/// The snapshot's encoding alone: the journal folded once, outside the clock, then every
/// participant's part and the front encoded run after run on one thread. What a first
/// open spends on its pool before the snapshot is written (the sealing and writing are
/// not in it); `compare.sh`'s first open includes it among everything else.
enum EncodeBenchmark {
    static func run(journal path: String, runs: Int) {
        guard let events = FoldBenchmark.events(journal: path) else { return }
        var state = LotsenState()
        for e in events { state.apply(e) }
        var times: [UInt64] = []
        var bytes = 0
        for _ in 0..<runs {
            let t0 = monotonicNanoseconds()
            let (lookup, shared) = StateCoding.encodeFront(state)
            bytes = lookup.count + shared.count
            for id in state.order { bytes += StateCoding.encodeParticipant(state, id).count }
            times.append(monotonicNanoseconds() - t0)
        }
        let d = Distribution(times)
        print("encoding \(state.order.count) participants (\(bytes / 1024) KiB), \(runs) runs: best \(format(d.samples[0] / 1000)) ms, "
              + "median \(format(d.median / 1000)) ms, worst \(format(d.samples[d.samples.count - 1] / 1000)) ms; "
              + "median \(format(Double(bytes) / d.median)) MB/s")
    }
}
