import Glibc
import LotsenParallel

/// A line with the work that does not depend on the lines before it done: its format
/// checked and its hash taken. Only the chain itself (sequence, `prev`, batches) must be
/// followed in order.
struct CheckedLine {
    var envelope: Result<RecordCodec.Envelope, RecordCodec.DecodeFailure>
    var hash: Digest

    init(_ line: UnsafeRawBufferPointer) {
        envelope = RecordCodec.scan(line)
        hash = Digest(hashing: line)
    }
}

extension LineReader {
    /// Like `forEachLine`, with each line already checked. The checking — most of the
    /// cost of reading a journal: SHA-256 and the format — runs on every core over each
    /// run of lines; `body` still sees the lines one by one, in order.
    func forEachCheckedLine(from start: Int, limit: Int,
                            _ body: (UnsafeRawBufferPointer, Int, CheckedLine) throws -> Bool) throws -> End {
        var starts: [Int] = []
        return try forEachBlock(from: start, limit: limit) { block, at in
            let base = block.baseAddress!
            starts.removeAll(keepingCapacity: true)
            var i = 0
            while i < block.count {
                starts.append(i)
                i = base.distance(to: UnsafeRawPointer(memchr(base + i, 0x0A, block.count - i)!)) + 1
            }
            starts.append(block.count)
            let lines = Lines(base: base, starts: starts)
            let checked = Parallel.map(count: starts.count - 1, workers: workers, minimum: 256) { k in CheckedLine(lines[k]) }
            for k in 0..<checked.count where try !body(lines[k], at + starts[k], checked[k]!) {
                return starts[k + 1]
            }
            return nil
        }
    }
}

/// The lines of one run, for the workers: read only, and alive until `Parallel.map`
/// returns.
private struct Lines: @unchecked Sendable {
    let base: UnsafeRawPointer
    let starts: [Int]

    subscript(k: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: base + starts[k], count: starts[k + 1] - starts[k] - 1)
    }
}
