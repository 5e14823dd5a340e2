import Glibc
import LotsenParallel

/// Reads a journal file from an offset in large chunks and hands out complete lines
/// (without their newline) with their byte offsets. What follows the last newline is a
/// line still being written or torn by a crash; it is reported, never handed out.
struct LineReader {
    /// Where the bytes come from: a journal file, or a store that presents its records
    /// as the file would hold them (`JournalStore`).
    enum Source {
        case file(FileIO, Int32)
        case store(JournalStore)
    }

    let source: Source
    var chunkSize = 1 << 20
    /// Threads that check lines in `forEachCheckedLine`.
    var workers = Parallel.cores

    init(io: FileIO, fd: Int32, chunkSize: Int = 1 << 20) {
        source = .file(io, fd)
        self.chunkSize = chunkSize
    }

    init(_ source: Source, chunkSize: Int = 1 << 20) {
        self.source = source
        self.chunkSize = chunkSize
    }

    func pread(_ buffer: UnsafeMutableRawBufferPointer, _ offset: Int) throws -> Int {
        switch source {
        case .file(let io, let fd): return try io.pread(fd, buffer, offset)
        case .store(let store): return try store.read(buffer, at: offset)
        }
    }

    struct End: Equatable {
        /// Offset just past the last complete line.
        var completeEnd: Int
        /// Bytes after it (no newline yet).
        var partialLength: Int
    }

    /// Calls `body` for each complete line in `[start, limit)` until it returns false.
    /// Returns where the complete lines end and how much partial data follows.
    func forEachLine(from start: Int, limit: Int,
                     _ body: (UnsafeRawBufferPointer, Int) throws -> Bool) throws -> End {
        try forEachBlock(from: start, limit: limit) { block, at in
            var consumed = 0
            let base = block.baseAddress!
            while consumed < block.count {
                let nl = memchr(base + consumed, 0x0A, block.count - consumed)!
                let end = base.distance(to: UnsafeRawPointer(nl))
                let line = UnsafeRawBufferPointer(start: base + consumed, count: end - consumed)
                let goOn = try body(line, at + consumed)
                consumed = end + 1
                if !goOn { return consumed }
            }
            return nil
        }
    }

    /// Calls `body` with runs of whole lines, newlines included, and their file offset.
    /// `body` returns nil to go on, or how many bytes of the run it took before stopping.
    func forEachBlock(from start: Int, limit: Int,
                      _ body: (UnsafeRawBufferPointer, Int) throws -> Int?) throws -> End {
        var fileOffset = start
        let block = newBlock(from: start, limit: limit)
        var previous: LineBlock?
        while try read(into: block, after: previous, &fileOffset, limit: limit) {
            if let stop = try body(block.wholeLines, block.offset) {
                return End(completeEnd: block.offset + stop, partialLength: 0)
            }
            previous = block
        }
        return block.end
    }
}
