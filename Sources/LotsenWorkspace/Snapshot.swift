import Glibc
import LotsenCalendar
import LotsenCore
import LotsenJournal
import LotsenParallel

/// The folded state at a point of the chain, kept beside the journal
/// (`journal.jsonl.snapshot`, 0600) so that opening reads it and replays only the
/// records after that point. The journal stays the only truth: a snapshot is used only
/// when its checksums hold, it was written by this `StateCoding.version`, and the
/// journal's record at its point is byte for byte the one it names; otherwise it is
/// ignored and rebuilt. It is a cache, so it is written without fsync: a crash leaves
/// an old, a half-written or no snapshot, and each of those is safe.
///
/// Layout: `LOTSNAP\n`, then each part followed by its own 64-bit checksum — the header
/// (versions, journal id, chain point, part sizes), the lookup part, the shared part —
/// then each participant's part, then the table of those parts (length and checksum
/// each, with its own checksum) and the table's length in 8 bytes, and a sealed
/// snapshot's seal. A lookup reads the front three and the table, and only the
/// participants it shows.
public enum Snapshot {
    public static let fileVersion = 2
    static let magic: [UInt8] = Array("LOTSNAP\n".utf8)

    /// Why a snapshot was not used.
    public enum Problem: Error, Equatable, Sendable {
        case missing
        /// Cut short, a checksum that does not hold, or bytes that do not decode.
        case damaged
        /// Written by another version of Lotsen.
        case otherVersion
        /// For another journal, or for records this journal does not hold (any more).
        case doesNotMatch
    }

    public static func path(_ paths: JournalPaths) -> String { paths.journal + ".snapshot" }

    struct Header {
        var journalID: String
        var point: Journal.ChainPoint
        var lookupLength: Int
        var sharedLength: Int
        var participantCount: Int
    }

    // MARK: Writing

    /// Writes the snapshot of `state`, which must be folded exactly up to `point`.
    /// With `seal`, the file ends in an HMAC of all of it under that key (`SnapshotSeal`).
    /// `listed` gives the state's list order (`SearchIndex.listOrder`) when the caller
    /// keeps it, asked for while the first participants are being encoded.
    public static func write(_ state: LotsenState, journalID: String, at point: Journal.ChainPoint,
                             _ paths: JournalPaths, io: FileIO = SystemFileIO(), seal: [UInt8]? = nil,
                             listed: (() -> [Int])? = nil) throws(SystemError) {
        try write(state, journalID: journalID, at: point, paths, io: io, stateVersion: StateCoding.version, seal: seal,
                  listed: listed)
    }

    static func appendWithChecksum(_ part: [UInt8], to out: inout [UInt8]) {
        out.append(contentsOf: part)
        var sum = Checksum.of(part).littleEndian
        withUnsafeBytes(of: &sum) { out.append(contentsOf: $0) }
    }

    // MARK: Reading

    /// A snapshot as read: the state, the point it was folded to, the journal it is of,
    /// and whether it ends in a seal (whether the seal holds is `verify`'s question).
    public struct Opened {
        public var state: LotsenState
        public var point: Journal.ChainPoint
        public var journalID: String
        public var sealed: Bool

        /// How far the chain went when it was made, as a witness for the journal.
        public var witness: ChainWitness { ChainWitness(journalID: journalID, sequence: point.sequence, hash: point.hash) }
    }

    /// The snapshot, without looking at the journal: `Journal.open(resume:)` checks that
    /// the point still matches it. Every part's checksum is checked here; the
    /// participants themselves are decoded when first asked for, from the file kept open
    /// for that (`StoredParticipants`).
    public static func read(_ paths: JournalPaths, io: FileIO = SystemFileIO(),
                            window: Int = Snapshot.window) -> Result<Opened, Problem> {
        guard let fd = try? io.open(path(paths), O_RDONLY | O_NOFOLLOW, 0) else { return .failure(.missing) }
        let file = SnapshotFile(fd: fd, io: io)
        let front: Front
        switch Front.read(fd, io) { case .success(let f): front = f; case .failure(let p): return .failure(p) }
        guard partsHold(front.parts, file, window: window) else { return .failure(.damaged) }
        let participants = StoredParticipants(ids: front.ids, parts: front.parts, reader: file, window: window)
        do {
            let state = try front.sectionBytes.withUnsafeBytes { raw throws(BinaryDecodingError) in
                try StateCoding.assemble(ids: front.ids, keys: front.keys, participants: participants,
                                         shared: UnsafeRawBufferPointer(rebasing: raw[front.shared]))
            }
            return .success(Opened(state: state, point: front.header.point, journalID: front.header.journalID, sealed: front.sealed))
        } catch {
            return .failure(.damaged)
        }
    }

    /// Whether every participant's part matches its checksum: a window of a few MiB at
    /// a time, so that the file never sits in memory whole.
    static func partsHold(_ parts: [StoredParticipants.Part], _ file: SnapshotFile, window: Int) -> Bool {
        StoredParticipants.windows(Array(parts.indices), of: parts, size: window).allSatisfy { run in
            let start = parts[run[0]].offset, end = parts[run[run.count - 1]].offset + parts[run[run.count - 1]].length
            guard let bytes = file.read(end - start, at: start) else { return false }
            let held = bytes.withUnsafeBytes { raw in
                Parallel.map(count: run.count, minimum: 256) { k -> Bool in
                    Checksum.of(UnsafeRawBufferPointer(rebasing: raw[parts[run[k]].range(from: start)])) == parts[run[k]].sum
                }
            }
            return held.allSatisfy { $0 == true }
        }
    }

    /// How many bytes of participants are read and checked or decoded at a time (at
    /// least one participant's part).
    public static let window = 4 << 20

    /// Exactly `count` bytes at `offset`, or nil.
    static func read(_ count: Int, at offset: Int, _ fd: Int32, _ io: FileIO) -> [UInt8]? {
        guard let bytes = try? io.read(fd, count: count, at: offset), bytes.count == count else { return nil }
        return bytes
    }
}

/// An open snapshot file that the state reads participants from while it lives; closed
/// with the last state that needs it. Snapshots are replaced by rename, never written in
/// place, so what it reads stays what was checked. Sound to share: `pread` is.
final class SnapshotFile: ParticipantPartReader, @unchecked Sendable {
    let fd: Int32
    let io: FileIO

    init(fd: Int32, io: FileIO) {
        self.fd = fd
        self.io = io
    }

    deinit { io.close(fd) }

    func read(_ count: Int, at offset: Int) -> [UInt8]? { Snapshot.read(count, at: offset, fd, io) }
}

/// Walks the parts of a snapshot, checking each one's checksum.
struct PartCursor {
    let raw: UnsafeRawBufferPointer
    var position = 0

    init(_ raw: UnsafeRawBufferPointer) { self.raw = raw }

    mutating func part(_ length: Int) -> UnsafeRawBufferPointer? {
        guard length >= 0, length <= raw.count - position - 8 else { return nil }
        let part = UnsafeRawBufferPointer(rebasing: raw[position..<(position + length)])
        let sum = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position + length, as: UInt64.self))
        guard Checksum.of(part) == sum else { return nil }
        position += length + 8
        return part
    }

    mutating func header() -> Result<Snapshot.Header, Snapshot.Problem> {
        guard raw.count >= Snapshot.magic.count + 4, raw.prefix(Snapshot.magic.count).elementsEqual(Snapshot.magic) else {
            return .failure(.damaged)
        }
        position = Snapshot.magic.count
        let length = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt32.self)))
        position += 4
        guard let bytes = part(length) else { return .failure(.damaged) }
        var r = BinaryReader(bytes)
        do {
            let fileVersion: Int = try r.read()
            let stateVersion: Int = try r.read()
            guard fileVersion == Snapshot.fileVersion, stateVersion == StateCoding.version else { return .failure(.otherVersion) }
            let id: String = try r.read()
            let sequence: Int = try r.read()
            guard let hash = Digest(hex: try r.read() as String) else { return .failure(.damaged) }
            let point = Journal.ChainPoint(sequence: sequence, hash: hash, lineStart: try r.read(), end: try r.read())
            return .success(Snapshot.Header(journalID: id, point: point, lookupLength: try r.read(), sharedLength: try r.read(),
                                            participantCount: try r.read()))
        } catch {
            return .failure(.damaged)
        }
    }
}

extension Snapshot {
    /// What a lookup needs and nothing more: the search index, and each participant
    /// decoded only when shown. Only when the journal ends exactly at the snapshot's
    /// point — with records after it, the caller opens the workspace instead.
    public final class Lookup {
        public let index: SearchIndex
        let file: SnapshotFile
        /// Where each participant's part starts, its length and checksum, by id.
        let parts: [ParticipantID: StoredParticipants.Part]
        /// When the chain behind it was last verified from the header to the end.
        public let checkedWholeAt: Timestamp
        /// By `Caseworker.key`: whose organisation an entry is, for the privacy rule.
        public let caseworkers: [String: Caseworker]

        init(index: SearchIndex, file: SnapshotFile, parts: [ParticipantID: StoredParticipants.Part], checkedWholeAt: Timestamp,
             caseworkers: [String: Caseworker]) {
            self.caseworkers = caseworkers
            self.index = index
            self.file = file
            self.parts = parts
            self.checkedWholeAt = checkedWholeAt
        }

        /// nil when the id is unknown or its part does not read back intact.
        public func participant(_ id: ParticipantID) -> Participant? {
            guard let part = parts[id], let bytes = file.read(part.length, at: part.offset),
                  Checksum.of(bytes) == part.sum else { return nil }
            return bytes.withUnsafeBytes { try? StateCoding.decodeParticipant($0) }
        }
    }

    /// The chain point this snapshot was made at, as a witness that the journal held
    /// at least that much (a cut-off end is then noticed with the head file gone too).
    public static func witness(_ paths: JournalPaths, io: FileIO = SystemFileIO()) -> ChainWitness? {
        guard let fd = try? io.open(path(paths), O_RDONLY | O_NOFOLLOW, 0) else { return nil }
        defer { io.close(fd) }
        guard case .success(let (header, _)) = Front.readHeader(fd, io) else { return nil }
        return ChainWitness(journalID: header.journalID, sequence: header.point.sequence, hash: header.point.hash)
    }

    /// - Parameters:
    ///   - io: how the snapshot is read (a sealed journal's through `SealedFileIO`).
    ///   - journalIO: how the journal is.
    public static func lookup(_ paths: JournalPaths, io: FileIO = SystemFileIO(), journalIO: FileIO = SystemFileIO()) -> Lookup? {
        guard let fd = try? io.open(path(paths), O_RDONLY | O_NOFOLLOW, 0) else { return nil }
        let file = SnapshotFile(fd: fd, io: io)
        guard case .success(let front) = Front.read(fd, io),
              let checkedWholeAt = Journal.checkedWhole(endingAt: front.header.point, paths, io: journalIO) else {
            return nil
        }
        guard let caseworkers = front.sectionBytes.withUnsafeBytes({ raw in
            try? StateCoding.decodeCaseworkers(UnsafeRawBufferPointer(rebasing: raw[front.shared]))
        }) else { return nil }
        var parts: [ParticipantID: StoredParticipants.Part] = [:]
        parts.reserveCapacity(front.ids.count)
        for (id, part) in zip(front.ids, front.parts) { parts[id] = part }
        return Lookup(index: SearchIndex(ids: front.ids, keys: front.keys, listed: front.listed,
                                         sequence: front.header.point.sequence),
                      file: file, parts: parts, checkedWholeAt: checkedWholeAt, caseworkers: caseworkers)
    }
}

/// The front of a snapshot file: the header, the lookup part decoded, the shared part
/// (left as bytes), and where each participant's part is (from the table at the end).
struct Front {
    var header: Snapshot.Header
    var ids: [ParticipantID]
    var keys: [SearchKeys]
    /// Positions in the order the search index lists them.
    var listed: [Int]
    var sectionBytes: [UInt8]
    var shared: Range<Int>
    var parts: [StoredParticipants.Part]
    /// Whether the file ends in a seal (whether it holds is `verify`'s question).
    var sealed: Bool

    /// The header alone, and where the parts after it start: what a witness or a
    /// sealed snapshot's check needs, without decoding the lookup part.
    static func readHeader(_ fd: Int32, _ io: FileIO) -> Result<(Snapshot.Header, Int), Snapshot.Problem> {
        func read(_ count: Int, at offset: Int) -> [UInt8]? { Snapshot.read(count, at: offset, fd, io) }
        let start = Snapshot.magic.count + 4
        guard let first = read(start, at: 0) else { return .failure(.damaged) }
        let headerLength = Int(first.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: Snapshot.magic.count, as: UInt32.self)) })
        guard headerLength >= 0, headerLength < 1 << 20, let headBytes = read(start + headerLength + 8, at: 0) else { return .failure(.damaged) }
        switch headBytes.withUnsafeBytes({ raw in var c = PartCursor(raw); return c.header() }) {
        case .success(let h): return .success((h, headBytes.count))
        case .failure(let p): return .failure(p)
        }
    }

    static func read(_ fd: Int32, _ io: FileIO) -> Result<Front, Snapshot.Problem> {
        func read(_ count: Int, at offset: Int) -> [UInt8]? { Snapshot.read(count, at: offset, fd, io) }
        let header: Snapshot.Header
        let partsStart: Int
        switch readHeader(fd, io) {
        case .success(let (h, end)): (header, partsStart) = (h, end)
        case .failure(let p): return .failure(p)
        }
        let length = header.lookupLength + header.sharedLength + 16
        guard header.lookupLength >= 0, header.sharedLength >= 0, header.participantCount >= 0,
              let bytes = read(length, at: partsStart), let size = try? io.fileSize(fd) else { return .failure(.damaged) }
        // The table and its length end the file, before the seal when there is one.
        let sealed = size >= SnapshotSeal.length && read(8, at: size - SnapshotSeal.length) == SnapshotSeal.magic
        let end = sealed ? size - SnapshotSeal.length : size
        let participantsStart = partsStart + length
        guard end - 8 >= participantsStart, let trailer = read(8, at: end - 8) else { return .failure(.damaged) }
        let tableLength = Int(truncatingIfNeeded: trailer.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) })
        let tableStart = end - 8 - 8 - tableLength
        guard tableLength >= 0, tableLength < 1 << 31, tableStart >= participantsStart,
              let tableBytes = read(tableLength + 8, at: tableStart) else { return .failure(.damaged) }
        return bytes.withUnsafeBytes { raw -> Result<Front, Snapshot.Problem> in
            var c = PartCursor(raw)
            guard let lookupPart = c.part(header.lookupLength) else { return .failure(.damaged) }
            let sharedStart = c.position
            guard c.part(header.sharedLength) != nil,
                  let (ids, keys, listed) = try? StateCoding.decodeLookup(lookupPart), ids.count == header.participantCount
            else { return .failure(.damaged) }
            return tableBytes.withUnsafeBytes { tableRaw -> Result<Front, Snapshot.Problem> in
                var t = PartCursor(tableRaw)
                guard let tablePart = t.part(tableLength) else { return .failure(.damaged) }
                var table = BinaryReader(tablePart)
                var parts: [StoredParticipants.Part] = []
                parts.reserveCapacity(ids.count)
                var offset = participantsStart
                for _ in ids {
                    guard let n: UInt64 = try? table.read(), let sum: UInt64 = try? table.read(), n < 1 << 31 else {
                        return .failure(.damaged)
                    }
                    parts.append(StoredParticipants.Part(offset: offset, length: Int(n), sum: sum))
                    offset += Int(n)
                }
                // The parts fill exactly the room between the front and the table.
                guard table.isAtEnd, offset == tableStart else { return .failure(.damaged) }
                return .success(Front(header: header, ids: ids, keys: keys, listed: listed, sectionBytes: bytes,
                                      shared: sharedStart..<(sharedStart + header.sharedLength), parts: parts,
                                      sealed: sealed))
            }
        }
    }
}
