import Glibc

/// A point of a journal's chain that something other than the journal saw acknowledged:
/// the head file, the whole-chain mark (written after every append), a snapshot. The
/// journal is held to the furthest of them, so that a cut-off end is noticed even when
/// the head file went with it, and a damaged last record that one of them saw
/// acknowledged is called damaged, never "torn, never acknowledged".
public struct ChainWitness: Equatable, Sendable {
    public var journalID: String
    public var sequence: Int
    public var hash: Digest

    public init(journalID: String, sequence: Int, hash: Digest) {
        self.journalID = journalID
        self.sequence = sequence
        self.hash = hash
    }
}

extension Journal {
    /// The head to hold the file on `fd` to: the head file, or a later witness of the
    /// same journal (the id in the file's header). A witness of another journal is
    /// stale and ignored.
    static func furthest(_ head: HeadFile?, _ witnesses: [ChainWitness], paths: JournalPaths, fd: Int32, io: FileIO) -> HeadFile? {
        var all = witnesses
        if let mark = WholeChainMark.read(paths, io: SystemFileIO()) {
            all.append(ChainWitness(journalID: mark.journalID, sequence: mark.sequence, hash: mark.hash))
        }
        guard !all.isEmpty, let id = headerID(fd: fd, io: io) else { return head }
        var best = head
        for w in all where w.journalID == id && w.sequence > (best?.sequence ?? -1) {
            best = HeadFile(journalID: id, sequence: w.sequence, hash: w.hash)
        }
        return best
    }

    /// The journal id in the header line of the file on `fd`, if it has one.
    static func headerID(fd: Int32, io: FileIO) -> String? {
        var id: String?
        _ = try? LineReader(io: io, fd: fd, chunkSize: 1 << 12).forEachLine(from: 0, limit: 1 << 20) { line, _ in
            if case .success(let d) = RecordCodec.scan(line) { id = ChainScanner.journalID(ofHeader: line, d) }
            return false
        }
        return id
    }
}
