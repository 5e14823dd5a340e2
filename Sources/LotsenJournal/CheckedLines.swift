import Dispatch
import Glibc

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
        var checked: [CheckedLine] = []
        return try forEachBlock(from: start, limit: limit) { block, at in
            let base = block.baseAddress!
            starts.removeAll(keepingCapacity: true)
            var i = 0
            while i < block.count {
                starts.append(i)
                i = base.distance(to: UnsafeRawPointer(memchr(base + i, 0x0A, block.count - i)!)) + 1
            }
            starts.append(block.count)
            let count = starts.count - 1
            func line(_ k: Int) -> UnsafeRawBufferPointer {
                UnsafeRawBufferPointer(start: base + starts[k], count: starts[k + 1] - starts[k] - 1)
            }
            checked.removeAll(keepingCapacity: true)
            checked.reserveCapacity(count)
            if workers < 2 || count < 256 {
                for k in 0..<count { checked.append(CheckedLine(line(k))) }
            } else {
                checked.append(contentsOf: repeatElement(CheckedLine.placeholder, count: count))
                checked.withUnsafeMutableBufferPointer { out in
                    starts.withUnsafeBufferPointer { starts in
                        let shared = Shared(base: base, starts: starts.baseAddress!, out: out.baseAddress!)
                        let per = (count + workers - 1) / workers
                        DispatchQueue.concurrentPerform(iterations: workers) { w in
                            for k in (w * per)..<min(count, (w + 1) * per) {
                                shared.out[k] = CheckedLine(UnsafeRawBufferPointer(
                                    start: shared.base + shared.starts[k], count: shared.starts[k + 1] - shared.starts[k] - 1))
                            }
                        }
                    }
                }
            }
            for k in 0..<count where try !body(line(k), at + starts[k], checked[k]) {
                return starts[k + 1]
            }
            return nil
        }
    }

    /// The cores to check lines on (at most eight: reading the file becomes the limit).
    static let cores: Int = max(1, min(8, sysconf(Int32(_SC_NPROCESSORS_ONLN))))
}

/// The run's bytes and the results, for the workers. Sound to share: the bytes are only
/// read, each worker writes only its own slice of the results, and `concurrentPerform`
/// returns when all are done.
private struct Shared: @unchecked Sendable {
    let base: UnsafeRawPointer
    let starts: UnsafePointer<Int>
    let out: UnsafeMutablePointer<CheckedLine>
}

extension CheckedLine {
    fileprivate static let placeholder = CheckedLine(envelope: .failure(.unsupportedVersion(0)), hash: .zero)

    private init(envelope: Result<RecordCodec.Envelope, RecordCodec.DecodeFailure>, hash: Digest) {
        self.envelope = envelope
        self.hash = hash
    }
}
