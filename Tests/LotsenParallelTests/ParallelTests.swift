import LotsenParallel
import Synchronization
import Testing

@Suite("Parallel.map")
struct ParallelTests {
    @Test("gives every result in order, each worked out once, whatever the count and workers",
          arguments: [0, 1, 63, 64, 65, 127, 1000, 4099], [1, 2, 3, 8])
    func inOrderOnce(count: Int, workers: Int) {
        let calls = Mutex([Int](repeating: 0, count: count))
        let out = Parallel.map(count: count, workers: workers) { i in
            calls.withLock { $0[i] += 1 }
            return i * i
        }
        #expect(out.map { $0 ?? -1 } == (0..<count).map { $0 * $0 })
        #expect(calls.withLock { $0 } == [Int](repeating: 1, count: count))
    }

    @Test("keeps nil where the transform gives nil")
    func nils() {
        let out = Parallel.map(count: 500, workers: 2) { i in i % 7 == 0 ? nil : i }
        #expect(out.enumerated().allSatisfy { i, v in v == (i % 7 == 0 ? nil : i) })
    }
}

@Suite("Parallel.initialize")
struct ParallelInitializeTests {
    /// Counts itself in `count` while alive, to see each slot initialised once and let
    /// go of once. Each test case has its own count: the cases run in parallel.
    final class Tracked: Sendable {
        let value: Int
        let count: Count
        init(_ value: Int, _ count: Count) {
            self.value = value
            self.count = count
            count.alive.withLock { $0 += 1 }
        }
        deinit { count.alive.withLock { $0 -= 1 } }
    }

    final class Count: Sendable {
        let alive = Mutex(0)
        var now: Int { alive.withLock { $0 } }
    }

    @Test("fills the caller's memory in order, run after run, each slot once",
          arguments: [0, 1, 63, 64, 65, 4099], [1, 2, 3])
    func reused(count: Int, workers: Int) {
        let alive = Count()
        let memory = UnsafeMutablePointer<Tracked>.allocate(capacity: max(count, 1))
        defer { memory.deallocate() }
        for run in 0..<3 {
            Parallel.initialize(memory, count: count, workers: workers) { Tracked($0 + run, alive) }
            #expect(alive.now == count)
            #expect((0..<count).allSatisfy { memory[$0].value == $0 + run })
            memory.deinitialize(count: count)
            #expect(alive.now == 0)
        }
    }
}
