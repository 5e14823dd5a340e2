import LotsenCore
import LotsenParallel
import Synchronization

/// Reads a snapshot's participant parts, from any thread (the app's reads the open
/// snapshot file with `pread`).
public protocol ParticipantPartReader: Sendable {
    /// Exactly `count` bytes at `offset`, or nil.
    func read(_ count: Int, at offset: Int) -> [UInt8]?
}

/// A snapshot's participants, each decoded the first time it is asked for and kept.
/// After a few single reads the rest are decoded all at once on every core: whoever
/// asks for that many (the board, a report, a filter) is going to ask for all of them.
///
/// The snapshot's checksums were all checked when it was opened, so a part that no
/// longer matches its checksum here means the file was changed in place under a
/// running Lotsen (snapshots are only ever replaced by rename): that stops the program
/// rather than show someone else's history. The message names a position, never a person.
public final class StoredParticipants: StoredParticipantSource {
    public struct Part: Sendable, Equatable {
        public var offset: Int
        public var length: Int
        public var sum: UInt64

        public init(offset: Int, length: Int, sum: UInt64) {
            self.offset = offset
            self.length = length
            self.sum = sum
        }
    }

    /// Single reads before the rest are decoded in one go.
    public static let singleReads = 64

    public let ids: [ParticipantID]
    let index: [ParticipantID: Int]
    let parts: [Part]
    let reader: any ParticipantPartReader
    /// How many bytes of parts are read at a time when decoding them all.
    let window: Int
    private let cache: Mutex<Cache>

    private struct Cache {
        var slots: [Participant?]
        var misses = 0
        var complete = false
    }

    public init(ids: [ParticipantID], parts: [Part], reader: any ParticipantPartReader, window: Int) {
        precondition(ids.count == parts.count)
        self.ids = ids
        self.parts = parts
        self.reader = reader
        self.window = max(1, window)
        var index: [ParticipantID: Int] = [:]
        index.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() { index[id] = i }
        self.index = index
        cache = Mutex(Cache(slots: Array(repeating: nil, count: ids.count)))
    }

    public func contains(_ id: ParticipantID) -> Bool { index[id] != nil }

    public func storedPart(_ id: ParticipantID) -> [UInt8]? { index[id].map(part) }

    public func participant(_ id: ParticipantID) -> Participant? {
        guard let i = index[id] else { return nil }
        let (cached, decodeAll) = cache.withLock { c -> (Participant?, Bool) in
            if let p = c.slots[i] { return (p, false) }
            c.misses += 1
            return (nil, c.misses > Self.singleReads)
        }
        if let cached { return cached }
        if decodeAll {
            decodeRemaining()
            // Another thread may be decoding this one's window right now.
            if let p = cache.withLock({ $0.slots[i] }) { return p }
        }
        let p = decode(part(i), i)
        return cache.withLock { c in
            if c.slots[i] == nil { c.slots[i] = p }
            return c.slots[i]
        }
    }

    func part(_ i: Int) -> [UInt8] {
        guard let bytes = reader.read(parts[i].length, at: parts[i].offset) else { changed(i) }
        return bytes
    }

    private func decode(_ bytes: [UInt8], _ i: Int) -> Participant {
        bytes.withUnsafeBytes { decode(UnsafeRawBufferPointer($0), i) }
    }

    private func decode(_ raw: UnsafeRawBufferPointer, _ i: Int) -> Participant {
        guard Checksum.of(raw) == parts[i].sum, let p = try? StateCoding.decodeParticipant(raw), p.id == ids[i] else { changed(i) }
        return p
    }

    private func changed(_ i: Int) -> Never {
        fatalError("The snapshot file changed while open: participant part \(i) no longer reads back as written.")
    }

    /// Every participant not decoded yet, a window of parts at a time, on every core.
    private func decodeRemaining() {
        let missing = cache.withLock { c -> [Int] in
            if c.complete { return [] }
            c.complete = true
            return c.slots.indices.filter { c.slots[$0] == nil }
        }
        for batch in Self.windows(missing, of: parts, size: window) {
            let start = parts[batch[0]].offset, end = parts[batch[batch.count - 1]].offset + parts[batch[batch.count - 1]].length
            guard let bytes = reader.read(end - start, at: start) else { changed(batch[0]) }
            let decoded = bytes.withUnsafeBytes { raw in
                Parallel.map(count: batch.count) { k -> Participant? in
                    decode(UnsafeRawBufferPointer(rebasing: raw[parts[batch[k]].range(from: start)]), batch[k])
                }
            }
            cache.withLock { c in
                for (k, i) in batch.enumerated() where c.slots[i] == nil { c.slots[i] = decoded[k] }
            }
        }
    }

    /// `which` (indices of `parts`, in file order) cut into runs whose bytes, from the
    /// first part's start to the last one's end, fit in `size` (at least one part each):
    /// each run is one read.
    public static func windows(_ which: [Int], of parts: [Part], size: Int) -> [[Int]] {
        var runs: [[Int]] = []
        var first = 0
        while first < which.count {
            var last = first
            let start = parts[which[first]].offset
            while last + 1 < which.count, parts[which[last + 1]].offset + parts[which[last + 1]].length - start <= size { last += 1 }
            runs.append(Array(which[first...last]))
            first = last + 1
        }
        return runs
    }
}

extension StoredParticipants.Part {
    /// Where this part lies in bytes read from `start` on.
    public func range(from start: Int) -> Range<Int> { (offset - start)..<(offset - start + length) }
}
