import Glibc

/// Bytes of a journal read by `LineReader`: whole lines, then the start of one not yet
/// read to its end, which the next read carries over to the front of the next block (or
/// of this one again). Memory of its own, not an array: the reading thread hands its
/// lines to other threads while it reads the next block into another.
final class LineBlock {
    private(set) var bytes: UnsafeMutableRawPointer
    private(set) var capacity: Int
    /// Bytes read; the whole lines end at `whole`.
    private(set) var filled = 0
    private(set) var whole = 0
    /// The file offset of the first byte.
    private(set) var offset: Int

    init(capacity: Int, offset: Int) {
        self.capacity = max(capacity, 1)
        bytes = .allocate(byteCount: self.capacity, alignment: 64)
        self.offset = offset
    }

    deinit { bytes.deallocate() }

    /// The whole lines, newlines included.
    var wholeLines: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: bytes, count: whole) }

    /// Where the whole lines end and what follows them: where reading stopped.
    var end: LineReader.End { LineReader.End(completeEnd: offset + whole, partialLength: filled - whole) }

    /// Empties the block and carries over the unfinished line at the end of `previous`,
    /// which may be this block.
    fileprivate func start(after previous: LineBlock) {
        let from = previous.offset + previous.whole
        let rest = previous.filled - previous.whole
        while capacity < rest { grow() }
        // Overlapping when `previous` is this block.
        memmove(bytes, previous.bytes + previous.whole, rest)
        offset = from
        filled = rest
        whole = 0
    }

    /// Twice the room, the bytes kept: a line longer than the block.
    fileprivate func grow() {
        let larger = UnsafeMutableRawPointer.allocate(byteCount: capacity * 2, alignment: 64)
        larger.copyMemory(from: bytes, byteCount: filled)
        bytes.deallocate()
        bytes = larger
        capacity *= 2
    }

    /// `count` more bytes read at `filled`; whether a newline is among all read: then
    /// the whole lines are those up to the last.
    fileprivate func add(_ count: Int) -> Bool {
        filled += count
        var i = filled
        while i > 0, bytes.load(fromByteOffset: i - 1, as: UInt8.self) != 0x0A { i -= 1 }
        whole = i
        return i > 0
    }
}

extension LineReader {
    /// A block for reading `start..<limit`: no larger than that, since a desk following
    /// another's appends reads a few records at a time.
    func newBlock(from start: Int, limit: Int) -> LineBlock {
        LineBlock(capacity: min(chunkSize, max(limit - start, 1)), offset: start)
    }

    /// Reads into `block` what follows `previous` (its unfinished last line first; none
    /// at the first block) until it holds at least one whole line; false when the data
    /// ends first, or `limit` is reached.
    func read(into block: LineBlock, after previous: LineBlock?, _ fileOffset: inout Int, limit: Int) throws -> Bool {
        if let previous { block.start(after: previous) }
        while fileOffset < limit {
            if block.filled == block.capacity { block.grow() }
            let want = min(block.capacity - block.filled, limit - fileOffset)
            let n = try pread(UnsafeMutableRawBufferPointer(start: block.bytes + block.filled, count: want), fileOffset)
            if n == 0 { break }
            fileOffset += n
            if block.add(n) { return true }
        }
        return false
    }
}
