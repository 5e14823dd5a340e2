import Crypto
import Glibc
import LotsenJournal

/// `lotsen verify`'s work without the process start: `Journal.verify` run in this process,
/// against SHA-256 of the same file read the same way (1 MiB reads, one hash over all).
/// `compare.sh` times the whole command against openssl; this says which part is start-up.
enum VerifyBenchmark {
    static func run(journal path: String, runs: Int) {
        var verify: [UInt64] = []
        var hashing: [UInt64] = []
        for _ in 0..<runs {
            var t0 = monotonicNanoseconds()
            guard let report = try? Journal.verify(JournalPaths(journal: path)), report.isSound else {
                print("cannot verify \(path)")
                return
            }
            verify.append(monotonicNanoseconds() - t0)
            t0 = monotonicNanoseconds()
            guard hashWholeFile(path) else { print("cannot read \(path)"); return }
            hashing.append(monotonicNanoseconds() - t0)
        }
        let v = Distribution(verify), h = Distribution(hashing)
        print("first run: verify \(format(Double(verify[0]) / 1_000_000)) ms, SHA-256 \(format(Double(hashing[0]) / 1_000_000)) ms")
        print("Journal.verify in-process: best \(format(v.samples[0] / 1000)) ms, median \(format(v.median / 1000)) ms")
        print("SHA-256 of the file in-process: best \(format(h.samples[0] / 1000)) ms, median \(format(h.median / 1000)) ms")
        print("throughput ratio (best): \(ratio(h.samples[0] / v.samples[0]))×")
    }

    private static func hashWholeFile(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var sha = SHA256()
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { return n == 0 }
            buffer.withUnsafeBytes { sha.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[..<n])) }
        }
        _ = sha.finalize()
    }
}
