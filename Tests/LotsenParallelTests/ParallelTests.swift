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
