import Glibc
import LotsenCore
import LotsenJournal

/// The folded state at a point of the chain, kept beside the journal
/// (`journal.jsonl.snapshot`, 0600) so that opening reads it and replays only the
/// records after that point. The journal stays the only truth: a snapshot is used only
/// when its checksums hold, it was written by this `StateCoding.version`, and the
/// journal's record at its point is byte for byte the one it names; otherwise it is
/// ignored and rebuilt. It is a cache, so it is written without fsync: a crash leaves
/// an old, a half-written or no snapshot, and each of those is safe.
///
/// Layout: `LOTSNAP\n`, then each part followed by its own 64-bit checksum — the header
/// (versions, journal id, chain point, part sizes), the lookup part, the shared part,
/// the table of participant parts (length and checksum each), and those parts. A
/// lookup reads the first three and only the participants it shows.
public enum Snapshot {
    public static let fileVersion = 1
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
        var tableLength: Int
    }

    // MARK: Writing

    /// Writes the snapshot of `state`, which must be folded exactly up to `point`.
    public static func write(_ state: LotsenState, journalID: String, at point: Journal.ChainPoint,
                             _ paths: JournalPaths, io: FileIO = SystemFileIO()) throws(SystemError) {
        try write(state, journalID: journalID, at: point, paths, io: io, stateVersion: StateCoding.version)
    }

    static func write(_ state: LotsenState, journalID: String, at point: Journal.ChainPoint,
                      _ paths: JournalPaths, io: FileIO, stateVersion: Int) throws(SystemError) {
        let parts = StateCoding.encode(state)
        var table = BinaryWriter(capacity: parts.participants.count * 12)
        for p in parts.participants {
            table.write(UInt64(p.count))
            table.write(Checksum.of(p))
        }
        var header = BinaryWriter(capacity: 256)
        header.write(fileVersion)
        header.write(stateVersion)
        header.write(journalID)
        header.write(point.sequence)
        header.write(point.hash.hex)
        header.write(point.lineStart)
        header.write(point.end)
        header.write(parts.lookup.count)
        header.write(parts.shared.count)
        header.write(parts.participants.count)
        header.write(table.bytes.count)

        var out = magic
        out.reserveCapacity(parts.lookup.count + parts.shared.count + parts.participants.reduce(0) { $0 + $1.count } + 4096)
        var length = UInt32(header.bytes.count).littleEndian
        withUnsafeBytes(of: &length) { out.append(contentsOf: $0) }
        for part in [header.bytes, parts.lookup, parts.shared, table.bytes] { appendWithChecksum(part, to: &out) }
        for p in parts.participants { out.append(contentsOf: p) }

        let target = path(paths)
        let temp = target + ".tmp-\(io.processID())"
        let fd = try io.open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        do throws(SystemError) {
            try io.fchmod(fd, 0o600)
            try io.write(fd, bytes: out)
            io.close(fd)
            try io.rename(temp, target)
        } catch {
            io.close(fd)
            try? io.unlink(temp)
            throw error
        }
    }

    static func appendWithChecksum(_ part: [UInt8], to out: inout [UInt8]) {
        out.append(contentsOf: part)
        var sum = Checksum.of(part).littleEndian
        withUnsafeBytes(of: &sum) { out.append(contentsOf: $0) }
    }

    // MARK: Reading

    /// The whole state and the point it was folded to. Does not look at the journal:
    /// `Journal.open(resume:)` checks that the point still matches it.
    public static func read(_ paths: JournalPaths, io: FileIO = SystemFileIO(),
                            window: Int = Snapshot.window) -> Result<(state: LotsenState, point: Journal.ChainPoint), Problem> {
        guard let fd = try? io.open(path(paths), O_RDONLY, 0) else { return .failure(.missing) }
        defer { io.close(fd) }
        let front: Front
        switch Front.read(fd, io) { case .success(let f): front = f; case .failure(let p): return .failure(p) }
        guard let size = try? io.fileSize(fd), front.parts.last.map({ $0.offset + $0.length }) ?? front.partsEnd == size
        else { return .failure(.damaged) }
        // The participants a window of a few MiB at a time, so that the file's bytes
        // never sit in memory beside the whole decoded state.
        var participants: [Participant] = []
        participants.reserveCapacity(front.ids.count)
        var first = 0
        while first < front.parts.count {
            var last = first
            let start = front.parts[first].offset
            while last + 1 < front.parts.count, front.parts[last + 1].offset + front.parts[last + 1].length - start <= window { last += 1 }
            let end = front.parts[last].offset + front.parts[last].length
            guard let bytes = Snapshot.read(end - start, at: start, fd, io) else { return .failure(.damaged) }
            let decoded = bytes.withUnsafeBytes { raw in
                StateCoding.decodeParticipants(front.parts[first...last].map {
                    UnsafeRawBufferPointer(rebasing: raw[($0.offset - start)..<($0.offset - start + $0.length)])
                }, checksums: front.parts[first...last].map(\.sum), ids: front.ids[first...last])
            }
            guard let decoded else { return .failure(.damaged) }
            participants += decoded
            first = last + 1
        }
        do {
            let state = try front.sectionBytes.withUnsafeBytes { raw throws(BinaryDecodingError) in
                try StateCoding.assemble(ids: front.ids, keys: front.keys, participants: participants,
                                         shared: UnsafeRawBufferPointer(rebasing: raw[front.shared]))
            }
            return .success((state, front.header.point))
        } catch {
            return .failure(.damaged)
        }
    }

    /// How many bytes of participants are read and decoded at a time (at least one
    /// participant's part).
    public static let window = 4 << 20

    /// Exactly `count` bytes at `offset`, or nil.
    static func read(_ count: Int, at offset: Int, _ fd: Int32, _ io: FileIO) -> [UInt8]? {
        guard let bytes = try? io.read(fd, count: count, at: offset), bytes.count == count else { return nil }
        return bytes
    }
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
                                            participantCount: try r.read(), tableLength: try r.read()))
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
        let fd: Int32
        let io: FileIO
        /// Where each participant's part starts, its length and checksum, by id.
        let parts: [ParticipantID: (offset: Int, length: Int, sum: UInt64)]

        init(index: SearchIndex, fd: Int32, io: FileIO, parts: [ParticipantID: (offset: Int, length: Int, sum: UInt64)]) {
            self.index = index
            self.fd = fd
            self.io = io
            self.parts = parts
        }

        deinit { io.close(fd) }

        /// nil when the id is unknown or its part does not read back intact.
        public func participant(_ id: ParticipantID) -> Participant? {
            guard let part = parts[id], let bytes = Snapshot.read(part.length, at: part.offset, fd, io),
                  Checksum.of(bytes) == part.sum else { return nil }
            return bytes.withUnsafeBytes { try? StateCoding.decodeParticipant($0) }
        }
    }

    public static func lookup(_ paths: JournalPaths, io: FileIO = SystemFileIO()) -> Lookup? {
        guard let fd = try? io.open(path(paths), O_RDONLY, 0) else { return nil }
        guard case .success(let front) = Front.read(fd, io), Journal.endsExactly(at: front.header.point, paths, io: io) else {
            io.close(fd)
            return nil
        }
        var parts: [ParticipantID: (offset: Int, length: Int, sum: UInt64)] = [:]
        parts.reserveCapacity(front.ids.count)
        for (id, part) in zip(front.ids, front.parts) { parts[id] = part }
        return Lookup(index: SearchIndex(ids: front.ids, keys: front.keys, sequence: front.header.point.sequence),
                      fd: fd, io: io, parts: parts)
    }
}

/// The front of a snapshot file: the header, the lookup part decoded, the shared part
/// (left as bytes) and where each participant's part is.
struct Front {
    var header: Snapshot.Header
    var ids: [ParticipantID]
    var keys: [SearchKeys]
    var sectionBytes: [UInt8]
    var shared: Range<Int>
    var parts: [(offset: Int, length: Int, sum: UInt64)]
    var partsEnd: Int

    static func read(_ fd: Int32, _ io: FileIO) -> Result<Front, Snapshot.Problem> {
        func read(_ count: Int, at offset: Int) -> [UInt8]? { Snapshot.read(count, at: offset, fd, io) }
        let start = Snapshot.magic.count + 4
        guard let first = read(start, at: 0) else { return .failure(.damaged) }
        let headerLength = Int(first.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: Snapshot.magic.count, as: UInt32.self)) })
        guard let headBytes = read(start + headerLength + 8, at: 0) else { return .failure(.damaged) }
        let header: Snapshot.Header
        switch headBytes.withUnsafeBytes({ raw in var c = PartCursor(raw); return c.header() }) {
        case .success(let h): header = h
        case .failure(let p): return .failure(p)
        }
        let partsStart = headBytes.count
        let length = header.lookupLength + header.sharedLength + header.tableLength + 24
        guard header.lookupLength >= 0, header.sharedLength >= 0, header.tableLength >= 0, header.participantCount >= 0,
              let bytes = read(length, at: partsStart) else { return .failure(.damaged) }
        return bytes.withUnsafeBytes { raw -> Result<Front, Snapshot.Problem> in
            var c = PartCursor(raw)
            guard let lookupPart = c.part(header.lookupLength) else { return .failure(.damaged) }
            let sharedStart = c.position
            guard c.part(header.sharedLength) != nil, let tablePart = c.part(header.tableLength),
                  let (ids, keys) = try? StateCoding.decodeLookup(lookupPart), ids.count == header.participantCount
            else { return .failure(.damaged) }
            var table = BinaryReader(tablePart)
            var parts: [(offset: Int, length: Int, sum: UInt64)] = []
            parts.reserveCapacity(ids.count)
            var offset = partsStart + length
            for _ in ids {
                guard let n: UInt64 = try? table.read(), let sum: UInt64 = try? table.read(), n < 1 << 31 else { return .failure(.damaged) }
                parts.append((offset, Int(n), sum))
                offset += Int(n)
            }
            guard table.isAtEnd else { return .failure(.damaged) }
            return .success(Front(header: header, ids: ids, keys: keys, sectionBytes: bytes,
                                  shared: sharedStart..<(sharedStart + header.sharedLength), parts: parts,
                                  partsEnd: partsStart + length))
        }
    }
}
