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
    public static func read(_ paths: JournalPaths, io: FileIO = SystemFileIO()) -> Result<(state: LotsenState, point: Journal.ChainPoint), Problem> {
        guard let bytes = readFile(path(paths), io: io) else { return .failure(.missing) }
        return bytes.withUnsafeBytes { raw in
            var c = PartCursor(raw)
            let header: Header
            switch c.header() { case .success(let h): header = h; case .failure(let p): return .failure(p) }
            guard let lookup = c.part(header.lookupLength), let shared = c.part(header.sharedLength),
                  let tableBytes = c.part(header.tableLength) else { return .failure(.damaged) }
            do {
                var table = BinaryReader(tableBytes)
                var start = c.position
                let state = try StateCoding.decode(lookup: lookup, shared: shared) { (_: Int) throws(BinaryDecodingError) -> UnsafeRawBufferPointer in
                    let length: UInt64 = try table.read()
                    let sum: UInt64 = try table.read()
                    guard length <= UInt64(raw.count - start) else { throw BinaryDecodingError(offset: start) }
                    let n = Int(length)
                    guard n <= raw.count - start else { throw BinaryDecodingError(offset: start) }
                    let part = UnsafeRawBufferPointer(rebasing: raw[start..<(start + n)])
                    guard Checksum.of(part) == sum else { throw BinaryDecodingError(offset: start) }
                    start += n
                    return part
                }
                guard start == raw.count, table.isAtEnd, state.order.count == header.participantCount else { return .failure(.damaged) }
                return .success((state, header.point))
            } catch {
                return .failure(.damaged)
            }
        }
    }

    static func readFile(_ path: String, io: FileIO) -> [UInt8]? {
        guard let fd = try? io.open(path, O_RDONLY, 0) else { return nil }
        defer { io.close(fd) }
        guard let size = try? io.fileSize(fd) else { return nil }
        return read(size, at: 0, fd, io)
    }

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
        var keep = false
        defer { if !keep { io.close(fd) } }
        func read(_ count: Int, at offset: Int) -> [UInt8]? { Snapshot.read(count, at: offset, fd, io) }
        let start = magic.count + 4
        guard let first = read(start, at: 0) else { return nil }
        let headerLength = Int(first.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: magic.count, as: UInt32.self)) })
        guard let headBytes = read(start + headerLength + 8, at: 0) else { return nil }
        let header: Header
        guard case .success(let h) = headBytes.withUnsafeBytes({ raw in var c = PartCursor(raw); return c.header() }) else { return nil }
        header = h
        guard Journal.endsExactly(at: header.point, paths, io: io) else { return nil }

        let partsStart = headBytes.count
        let length = header.lookupLength + header.sharedLength + header.tableLength + 24
        guard header.lookupLength >= 0, header.sharedLength >= 0, header.tableLength >= 0,
              let bytes = read(length, at: partsStart) else { return nil }
        return bytes.withUnsafeBytes { raw -> Lookup? in
            var c = PartCursor(raw)
            guard let lookupPart = c.part(header.lookupLength), c.part(header.sharedLength) != nil,
                  let tablePart = c.part(header.tableLength),
                  let (ids, keys) = try? StateCoding.decodeLookup(lookupPart) else { return nil }
            var table = BinaryReader(tablePart)
            var parts: [ParticipantID: (offset: Int, length: Int, sum: UInt64)] = [:]
            parts.reserveCapacity(ids.count)
            var offset = partsStart + length
            for id in ids {
                guard let n: UInt64 = try? table.read(), let sum: UInt64 = try? table.read(), n < 1 << 31 else { return nil }
                parts[id] = (offset, Int(n), sum)
                offset += Int(n)
            }
            keep = true
            return Lookup(index: SearchIndex(ids: ids, keys: keys, sequence: header.point.sequence), fd: fd, io: io, parts: parts)
        }
    }
}
