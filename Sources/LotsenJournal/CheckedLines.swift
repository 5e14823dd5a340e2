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
        // No larger than what is to be read: a desk following another's appends reads a
        // few records at a time, and each block is memory of its own.
        let size = min(chunkSize, max(limit - start, 1))
        var current = CheckedBlock(capacity: size, offset: start)
        guard try read(into: current, after: nil, &fileOffset, limit: limit) else { return current.end }
        current.check(workers: workers)
        var next = CheckedBlock(capacity: size, offset: start)
        // A block still being checked when `body` stops or something throws is finished
        // first: the crew must not go on reading memory that is let go of.
        defer {
            current.waitIfChecking()
            next.waitIfChecking()
        }
        while true {
            let more = try read(into: next, after: current, &fileOffset, limit: limit)
            if more { next.check(workers: workers) }
            let (lines, checked) = current.waitForLines()
            for k in 0..<lines.count where try !body(lines[k], current.offset + lines.starts[k], checked[k]) {
                return End(completeEnd: current.offset + lines.starts[k + 1], partialLength: 0)
            }
            guard more else { return next.end }
            swap(&current, &next)
        }
    }

    /// Reads into `block` what follows `previous` (its unfinished last line first) until
    /// it holds at least one whole line; false when the data ends first.
    private func read(into block: CheckedBlock, after previous: CheckedBlock?, _ fileOffset: inout Int,
                      limit: Int) throws -> Bool {
        if let previous { block.start(after: previous) }
        while fileOffset < limit {
            if block.filled == block.capacity { block.grow() }
            let want = min(block.capacity - block.filled, limit - fileOffset)
            let n = try pread(UnsafeMutableRawBufferPointer(start: block.bytes + block.filled, count: want), fileOffset)
            if n == 0 { break }
            fileOffset += n
            block.filled += n
            if block.findWholeLines() { return true }
        }
        return false
    }
}

/// One block of a journal read for `forEachCheckedLine`: whole lines, then the start of
/// one not yet read to its end. Its lines are checked on the crew while the block before
/// is handed on, and whatever is left of that when the reading thread comes to the block
/// it checks itself (`BackgroundSlices`).
private final class CheckedBlock: @unchecked Sendable {
    private(set) var bytes: UnsafeMutableRawPointer
    private(set) var capacity: Int
    /// Bytes read; the whole lines end at `whole`.
    var filled = 0
    private(set) var whole = 0
    /// The file offset of the first byte.
    private(set) var offset: Int
    private var starts: [Int] = []
    /// Each line's check, written by the slice that holds it, read after `work` finished.
    private var checked: UnsafeMutablePointer<CheckedLine>
    private var checkedCapacity = 0
    private var checkedCount = 0
    private var work: BackgroundSlices?

    init(capacity: Int, offset: Int) {
        self.capacity = max(capacity, 1)
        bytes = .allocate(byteCount: self.capacity, alignment: 64)
        checked = .allocate(capacity: 1)
        self.offset = offset
    }

    deinit {
        work?.finish()
        checked.deinitialize(count: checkedCount)
        checked.deallocate()
        bytes.deallocate()
    }

    /// Where the whole lines end and the rest begins, when no line is whole.
    var end: LineReader.End { LineReader.End(completeEnd: offset + whole, partialLength: filled - whole) }

    /// Empties the block and carries over the unfinished line at the end of `previous`.
    func start(after previous: CheckedBlock) {
        offset = previous.offset + previous.whole
        let rest = previous.filled - previous.whole
        while capacity < rest { grow() }
        bytes.copyMemory(from: previous.bytes + previous.whole, byteCount: rest)
        filled = rest
        whole = 0
    }

    /// Twice the room, the bytes kept: a line longer than the block.
    func grow() {
        let larger = UnsafeMutableRawPointer.allocate(byteCount: capacity * 2, alignment: 64)
        larger.copyMemory(from: bytes, byteCount: filled)
        bytes.deallocate()
        bytes = larger
        capacity *= 2
    }

    /// Whether a newline has been read: then the whole lines are those up to the last.
    func findWholeLines() -> Bool {
        var i = filled
        while i > 0, bytes.load(fromByteOffset: i - 1, as: UInt8.self) != 0x0A { i -= 1 }
        whole = i
        return i > 0
    }

    /// Cuts the whole lines here and starts checking them on the crew.
    func check(workers: Int) {
        starts.removeAll(keepingCapacity: true)
        let base = UnsafeRawPointer(bytes)
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
        let out = Output(base: checked)
        work = BackgroundSlices(count: lines.count, workers: workers) { range in
            for k in range { (out.base + k).initialize(to: CheckedLine(lines[k])) }
        }
    }

    /// The block's lines and their checks, once every line is checked.
    func waitForLines() -> (Lines, UnsafePointer<CheckedLine>) {
        waitIfChecking()
        return (Lines(base: UnsafeRawPointer(bytes), starts: starts), UnsafePointer(checked))
    }

    func waitIfChecking() {
        work?.finish()
        work = nil
    }
}

/// Where the slices write their lines' checks: each slot by the slice that holds it.
private struct Output: @unchecked Sendable {
    let base: UnsafeMutablePointer<CheckedLine>
}

/// The lines of one block: read only, and alive while their block is.
private struct Lines: @unchecked Sendable {
    let base: UnsafeRawPointer
    let starts: [Int]

    var count: Int { starts.count - 1 }

    subscript(k: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: base + starts[k], count: starts[k + 1] - starts[k] - 1)
    }
}
