import Glibc

/// Reads a journal file from an offset in large chunks and hands out complete lines
/// (without their newline) with their byte offsets. What follows the last newline is a
/// line still being written or torn by a crash; it is reported, never handed out.
struct LineReader {
    let io: FileIO
    let fd: Int32
    var chunkSize = 1 << 20

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
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        var filled = 0          // bytes of buffer in use
        var bufferOffset = start // file offset of buffer[0]
        var fileOffset = start
        var stopped = false
        while fileOffset < limit && !stopped {
            if filled == buffer.count { buffer.append(contentsOf: [UInt8](repeating: 0, count: buffer.count)) }
            let want = min(buffer.count - filled, limit - fileOffset)
            let n = try buffer.withUnsafeMutableBytes { raw in
                try io.pread(fd, UnsafeMutableRawBufferPointer(rebasing: raw[filled..<(filled + want)]), fileOffset)
            }
            if n == 0 { break }
            fileOffset += n
            filled += n
            var consumed = 0
            try buffer.withUnsafeBytes { raw in
                let base = raw.baseAddress!
                while consumed < filled {
                    guard let nl = memchr(base + consumed, 0x0A, filled - consumed) else { break }
                    let end = base.distance(to: UnsafeRawPointer(nl))
                    let line = UnsafeRawBufferPointer(start: base + consumed, count: end - consumed)
                    if try !body(line, bufferOffset + consumed) { stopped = true; consumed = end + 1; return }
                    consumed = end + 1
                }
            }
            if stopped { return End(completeEnd: bufferOffset + consumed, partialLength: 0) }
            if consumed > 0 {
                buffer.withUnsafeMutableBytes { raw in
                    let base = raw.baseAddress!
                    memmove(base, base + consumed, filled - consumed)
                }
                filled -= consumed
                bufferOffset += consumed
            }
        }
        return End(completeEnd: bufferOffset, partialLength: filled)
    }
}
