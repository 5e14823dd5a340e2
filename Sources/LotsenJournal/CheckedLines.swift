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
    /// cost of reading a journal: SHA-256 and the format — is handed to the crew one
    /// block ahead: while `body` sees one block's lines, one by one and in order, the
    /// next block is read here and checked in the background; what is left of it when
    /// `body` is done with this one, the reading thread checks itself.
    ///
    /// Ahead, not in turn: `body` (a replay's fold) is the one part that cannot be
    /// shared. When each block was checked on every core before its lines were handed
    /// on, the other cores waited while the reading thread folded; ahead on the dispatch
    /// pool, the reading thread slept instead, as often (docs/performance.md).
    func forEachCheckedLine(from start: Int, limit: Int,
                            _ body: (UnsafeRawBufferPointer, Int, CheckedLine) throws -> Bool) throws -> End {
        var fileOffset = start
        var current = CheckedBlock(newBlock(from: start, limit: limit))
        guard try read(into: current.block, after: nil, &fileOffset, limit: limit) else { return current.block.end }
        current.check(workers: workers)
        var next = CheckedBlock(newBlock(from: start, limit: limit))
        // A block still being checked when `body` stops or something throws is finished
        // first: the crew must not go on reading memory that is let go of.
        defer {
            current.waitIfChecking()
            next.waitIfChecking()
        }
        while true {
            let more = try read(into: next.block, after: current.block, &fileOffset, limit: limit)
            if more { next.check(workers: workers) }
            let (lines, checked) = current.waitForLines()
            let offset = current.block.offset
            for k in 0..<lines.count where try !body(lines[k], offset + lines.starts[k], checked[k]) {
                return End(completeEnd: offset + lines.starts[k + 1], partialLength: 0)
            }
            guard more else { return next.block.end }
            swap(&current, &next)
        }
    }
}

/// A block read for `forEachCheckedLine` and its lines' checks: made on the crew while
/// the block before is handed on, and whatever is left of that when the reading thread
/// comes to the block it checks itself (`BackgroundSlices`).
private final class CheckedBlock {
    let block: LineBlock
    private var starts: [Int] = []
    /// Each line's check, written by the slice that holds it, read after `work` finished.
    private var checked: UnsafeMutablePointer<CheckedLine>
    private var checkedCapacity = 0
    private var checkedCount = 0
    private var work: BackgroundSlices?

    init(_ block: LineBlock) {
        self.block = block
        checked = .allocate(capacity: 1)
    }

    deinit {
        work?.finish()
        checked.deinitialize(count: checkedCount)
        checked.deallocate()
    }

    /// Cuts the whole lines here and starts checking them on the crew.
    func check(workers: Int) {
        starts.removeAll(keepingCapacity: true)
        let base = UnsafeRawPointer(block.bytes), whole = block.whole
        var i = 0
        while i < whole {
            starts.append(i)
            i = base.distance(to: UnsafeRawPointer(memchr(base + i, 0x0A, whole - i)!)) + 1
        }
        starts.append(whole)
        let lines = Lines(base: base, starts: starts)
        checked.deinitialize(count: checkedCount)
        if lines.count > checkedCapacity {
            checked.deallocate()
            checked = .allocate(capacity: lines.count)
            checkedCapacity = lines.count
        }
        checkedCount = lines.count
        let out = checked
        work = BackgroundSlices(count: lines.count, workers: workers) { range in
            for k in range { (out + k).initialize(to: CheckedLine(lines[k])) }
        }
    }

    /// The block's lines and their checks, once every line is checked.
    func waitForLines() -> (Lines, UnsafePointer<CheckedLine>) {
        waitIfChecking()
        return (Lines(base: UnsafeRawPointer(block.bytes), starts: starts), UnsafePointer(checked))
    }

    func waitIfChecking() {
        work?.finish()
        work = nil
    }
}

/// The lines of one block: read only, and alive while their block is.
private struct Lines {
    let base: UnsafeRawPointer
    let starts: [Int]

    var count: Int { starts.count - 1 }

    subscript(k: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: base + starts[k], count: starts[k + 1] - starts[k] - 1)
    }
}
