import Glibc
import LotsenParallel

/// Verifying a sound journal on every core at once. Each worker takes a stretch of bytes,
/// checks every line that starts in it — format, hash, and the links between its own
/// lines — and sums it up as a `ChainSegment`; the segments are then joined in order.
/// Nothing is handed back line by line and nothing waits for the lines before it.
///
/// It only ever answers "sound". At the first thing out of place — a line that does not
/// scan, a broken link, a torn tail, a head that does not match — it answers nil, and the
/// careful pass (`ChainScanner`, line by line) reads the journal again to find and name
/// it. So damage is reported exactly as before; only its absence is found faster.
struct ChainSegment {
    struct Link {
        var sequence: Int
        var previous: Digest
        var more: Int
    }

    /// False when any line failed to scan or did not follow the line before it.
    var clean = true
    var lines = 0
    var first = Link(sequence: 0, previous: .zero, more: 0)
    var lastSequence = 0
    var lastHash = Digest.zero
    var lastMore = 0
    /// The journal ID, when the header line (file offset 0) is in this segment.
    var journalID: String?
    /// The hash of the line the head names, when it is in this segment.
    var headLineHash: Digest?

    /// When reading the file failed; the caller throws it.
    var readError: SystemError?

    /// Reads and checks the lines that start in `range` of the file, on the calling
    /// thread: a worker reads its own stretch (and on to the end of its last line), so
    /// no thread copies the file for the others. `pread` at an offset is safe to share.
    init(io: FileIO, fd: Int32, size: Int, range: Range<Int>, headSequence: Int?) {
        // From the byte before the stretch, which says whether a line starts at its head.
        let from = max(range.lowerBound - 1, 0)
        // Not zeroed first: only the bytes read are ever looked at, and zeroing a few
        // megabytes per stretch was a fiftieth of verifying.
        let capacity = min(range.upperBound - from + (16 << 10), size - from)
        var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { _, count in count = capacity }
        var filled = 0
        func readMore() -> Bool {
            if filled == bytes.count {
                bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, size - from - bytes.count)))
            }
            do {
                let n = try bytes.withUnsafeMutableBytes { raw in
                    try io.pread(fd, UnsafeMutableRawBufferPointer(rebasing: raw[filled...]), from + filled)
                }
                filled += n
                return n > 0
            } catch {
                readError = error as? SystemError
                return false
            }
        }
        /// The index of the first newline in `bytes[start..<end]`.
        func newline(_ start: Int, _ end: Int) -> Int? {
            bytes.withUnsafeBytes { raw in
                memchr(raw.baseAddress! + start, 0x0A, end - start).map { raw.baseAddress!.distance(to: UnsafeRawPointer($0)) }
            }
        }
        guard readMore() else { clean = false; return }
        var i = 0
        if range.lowerBound > 0 {
            // A line starts just after the first newline from the byte before the stretch.
            while true {
                let scan = min(filled, range.upperBound - from)
                if let n = newline(0, scan) { i = n + 1; break }
                if scan == range.upperBound - from { return }  // no line starts here
                guard readMore() else { clean = false; return }
            }
        }
        while from + i < range.upperBound {
            guard let end = newline(i, filled) else {
                // The line runs on past what was read: read on, or it is torn at the end.
                guard from + filled < size, readMore() else { clean = false; return }
                continue
            }
            let ok = bytes.withUnsafeBytes { raw in
                accept(UnsafeRawBufferPointer(rebasing: raw[i..<end]), at: from + i, headSequence: headSequence)
            }
            guard ok else { clean = false; return }
            i = end + 1
        }
    }

    private mutating func accept(_ line: UnsafeRawBufferPointer, at offset: Int, headSequence: Int?) -> Bool {
        guard case .success(let e) = RecordCodec.scan(line) else { return false }
        let hash = Digest(hashing: line)
        if lines == 0 {
            first = Link(sequence: e.sequence, previous: e.previous, more: e.more)
        } else {
            guard e.sequence == lastSequence + 1, e.previous == lastHash,
                  lastMore == 0 || e.more == lastMore - 1 else { return false }
        }
        if offset == 0 {
            guard let id = ChainScanner.journalID(ofHeader: line, e) else { return false }
            journalID = id
        }
        if e.sequence == headSequence { headLineHash = hash }
        lines += 1
        lastSequence = e.sequence
        lastHash = hash
        lastMore = e.more
        return true
    }
}

extension Journal {
    /// The report for a journal that is sound throughout, or nil when anything needs the
    /// careful pass. The file is taken `windowSize` bytes at a time (progress is said
    /// after each), each cut into `slices` stretches that the workers read and check.
    static func verifySound(fd: Int32, size: Int, head: HeadFile?, io: FileIO,
                            windowSize: Int = 64 << 20, slices: Int = Parallel.cores * 8,
                            progress: ((Int, Int) -> Void)?) throws(SystemError) -> VerificationReport? {
        var next = ChainSegment.Link(sequence: 0, previous: .zero, more: 0)
        var journalID: String?
        var headHash: Digest?
        var window = 0
        while window < size {
            let count = min(windowSize, size - window)
            let parts = min(slices, max(1, count / 64))
            let segments = Parallel.map(count: parts, minimum: 2) { s in
                ChainSegment(io: io, fd: fd, size: size,
                             range: (window + s * count / parts)..<(window + (s + 1) * count / parts),
                             headSequence: head?.sequence)
            }
            for case let segment? in segments {
                if let e = segment.readError { throw e }
                guard segment.clean else { return nil }
                guard segment.lines > 0 else { continue }
                // The segment must carry on exactly where the one before it stopped.
                guard segment.first.sequence == next.sequence, segment.first.previous == next.previous,
                      next.more == 0 || segment.first.more == next.more - 1 else { return nil }
                next = .init(sequence: segment.lastSequence + 1, previous: segment.lastHash, more: segment.lastMore)
                journalID = journalID ?? segment.journalID
                headHash = headHash ?? segment.headLineHash
            }
            window += count
            progress?(window, size)
        }
        // An unfinished batch, no header, or a head that does not name one of these
        // records with the same hash: for the careful pass to name. (A torn last line
        // made its segment unclean.)
        guard next.more == 0, let journalID else { return nil }
        let last = next.sequence - 1
        let headState: VerificationReport.HeadState
        if let head {
            guard head.journalID == journalID, head.sequence <= last, headHash == head.hash else { return nil }
            headState = head.sequence == last ? .matches : .behind(sequence: head.sequence)
        } else {
            headState = .missing
        }
        return VerificationReport(journalID: journalID, records: last + 1, bytes: size, lastSequence: last,
                                  lastHash: next.previous, head: headState, damage: nil, tornTail: nil)
    }
}
