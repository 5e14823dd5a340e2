import LotsenParallel
import Synchronization

/// Participants by id. Those that come from a snapshot stay bytes in the snapshot file
/// until someone asks for them: a list shows twenty people and a card one, so opening
/// a large journal does not wait for ten thousand people's histories to be decoded.
/// A value like the rest of the state: what a copy changes or adds lives in its own
/// dictionary; the snapshot's participants are shared, and never change.
public struct ParticipantStore: Equatable, Sendable {
    /// Participants registered or changed since the snapshot (all of them without one).
    private var own: [ParticipantID: Participant] = [:]
    private var stored: StoredParticipants?
    /// Own participants the snapshot does not hold (`take` and `put` keep it).
    private var added = 0

    public init() {}

    public init(stored: StoredParticipants) { self.stored = stored }

    public var count: Int { (stored?.ids.count ?? 0) + added }

    public func contains(_ id: ParticipantID) -> Bool { own[id] != nil || stored?.index[id] != nil }

    public subscript(id: ParticipantID) -> Participant? {
        if let p = own[id] { return p }
        return stored?.participant(id)
    }

    /// Changes a participant where they lie: an own one in place, so that their arrays
    /// are not shared and grow without being copied; a stored one once decoded into an
    /// own one. Nil when there is no such participant.
    mutating func modify<R>(_ id: ParticipantID, _ body: (inout Participant) -> R) -> R? {
        if let i = own.index(forKey: id) { return body(&own.values[i]) }
        guard var p = stored?.participant(id) else { return nil }
        let result = body(&p)
        own[id] = p
        return result
    }

    /// Adds a participant the store does not hold yet.
    mutating func add(_ p: Participant) {
        if own.updateValue(p, forKey: p.id) == nil, stored?.index[p.id] == nil { added += 1 }
    }

    /// A participant's part as the snapshot holds it, when this state has not changed
    /// them since: written again as it is, without being decoded.
    func storedPart(_ id: ParticipantID) -> [UInt8]? {
        guard own[id] == nil, let stored, let i = stored.index[id] else { return nil }
        return stored.part(i)
    }

    public static func == (a: ParticipantStore, b: ParticipantStore) -> Bool {
        if a.stored === b.stored, a.own == b.own { return true }
        guard a.count == b.count else { return false }
        return a.ids.allSatisfy { a[$0] == b[$0] }
    }

    private var ids: Set<ParticipantID> { Set(own.keys).union(stored?.ids ?? []) }
}

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
public final class StoredParticipants: Sendable {
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

    let ids: [ParticipantID]
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

    func participant(_ id: ParticipantID) -> Participant? {
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
