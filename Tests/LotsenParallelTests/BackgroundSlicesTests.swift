import Dispatch
import LotsenParallel
import Synchronization
import Testing

@Suite("BackgroundSlices")
struct BackgroundSlicesTests {
    /// Lets go of a count when it is let go of: to see when a job's closure is freed.
    final class Held: Sendable {
        let freed: Count
        init(_ freed: Count) { self.freed = freed }
        deinit { freed.n.withLock { $0 += 1 } }
    }

    final class Count: Sendable {
        let n = Mutex(0)
    }

    @Test("every index done once, whoever takes the slices; what the work held is let go of by the time finish returns",
          arguments: [0, 1, 2, 15, 16, 17, 1000, 4099], [1, 2, 3, 8])
    func eachOnce(count: Int, workers: Int) {
        let calls = Mutex([Int](repeating: 0, count: count))
        let freed = Count()
        // The closure is the only owner of `held`: freed exactly when the job lets it go.
        let job = { () -> BackgroundSlices in
            let held = Held(freed)
            return BackgroundSlices(count: count, workers: workers) { range in
                withExtendedLifetime(held) {
                    for i in range { calls.withLock { $0[i] += 1 } }
                }
            }
        }()
        job.finish()
        #expect(freed.n.withLock { $0 } == 1)
        job.finish()
        #expect(calls.withLock { $0 } == [Int](repeating: 1, count: count))
    }

    @Test("a job started, then finished later by its owner: the crew has done it, or the owner does what is left")
    func finishedLater() {
        let sum = Atomic<Int>(0)
        let jobs = (0..<50).map { j in
            BackgroundSlices(count: 1000 + j) { range in
                for i in range { sum.wrappingAdd(i, ordering: .relaxed) }
            }
        }
        for job in jobs.reversed() { job.finish() }
        let expected = (0..<50).reduce(0) { total, j in total + (1000 + j) * (999 + j) / 2 }
        #expect(sum.load(ordering: .relaxed) == expected)
    }

    @Test("slices that start slices of their own, from several threads at once, all end")
    func nested() {
        let done = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            Parallel.forEachSlice(count: 64, minimum: 1) { outer in
                for _ in outer {
                    Parallel.forEachSlice(count: 100, minimum: 1) { inner in
                        done.wrappingAdd(inner.count, ordering: .relaxed)
                    }
                }
            }
        }
        #expect(done.load(ordering: .relaxed) == 4 * 64 * 100)
    }
}
