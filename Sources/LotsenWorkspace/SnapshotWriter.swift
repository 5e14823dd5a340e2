import Crypto
import Glibc
import LotsenCore
import LotsenJournal

extension Snapshot {
    /// Writes the snapshot a participant at a time, so that the state and one part are
    /// in memory rather than the state and every part twice over (the first open of a
    /// large journal peaked at 236 MB). The participants go to a scratch file first —
    /// the table of their lengths and checksums comes before them in the layout and is
    /// known only once all are encoded — and are copied in after the table; the seal's
    /// HMAC is computed over the bytes in the order they are written.
    static func write(_ state: LotsenState, journalID: String, at point: Journal.ChainPoint,
                      _ paths: JournalPaths, io: FileIO, stateVersion: Int, seal: [UInt8]? = nil) throws(SystemError) {
        let (lookup, shared) = StateCoding.encodeFront(state)
        let target = path(paths)
        let partsFile = target + ".parts-\(io.processID())"
        let pfd = try io.open(partsFile, O_RDWR | O_CREAT | O_TRUNC | O_NOFOLLOW, 0o600)
        defer {
            io.close(pfd)
            try? io.unlink(partsFile)
        }
        var table = BinaryWriter(capacity: state.order.count * 12)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(Snapshot.writeChunk + 65_536)
        var partsLength = 0
        for id in state.order {
            let p = StateCoding.encodeParticipant(state, id)
            table.write(UInt64(p.count))
            table.write(Checksum.of(p))
            buffer += p
            partsLength += p.count
            if buffer.count >= Snapshot.writeChunk {
                try io.write(pfd, bytes: buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        if !buffer.isEmpty { try io.write(pfd, bytes: buffer) }

        var header = BinaryWriter(capacity: 256)
        header.write(fileVersion)
        header.write(stateVersion)
        header.write(journalID)
        header.write(point.sequence)
        header.write(point.hash.hex)
        header.write(point.lineStart)
        header.write(point.end)
        header.write(lookup.count)
        header.write(shared.count)
        header.write(state.order.count)
        header.write(table.bytes.count)

        var front = magic
        var length = UInt32(header.bytes.count).littleEndian
        withUnsafeBytes(of: &length) { front.append(contentsOf: $0) }
        for part in [header.bytes, lookup, shared, table.bytes] { appendWithChecksum(part, to: &front) }

        let temp = target + ".tmp-\(io.processID())"
        let fd = try io.open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, 0o600)
        do throws(SystemError) {
            try io.fchmod(fd, 0o600)
            var mac = seal.map { HMAC<SHA256>(key: SymmetricKey(data: $0)) }
            func emit(_ bytes: [UInt8]) throws(SystemError) {
                try io.write(fd, bytes: bytes)
                mac?.update(data: bytes)
            }
            try emit(front)
            var copied = 0
            while copied < partsLength {
                let chunk = try io.read(pfd, count: min(Snapshot.writeChunk, partsLength - copied), at: copied)
                guard !chunk.isEmpty else { throw SystemError(call: "read", path: partsFile, errno: EIO) }
                try emit(chunk)
                copied += chunk.count
            }
            if let seal, let code = mac?.finalize() {
                try io.write(fd, bytes: SnapshotSeal.magic + SnapshotSeal.keyID(seal) + Array(code))
            }
            io.close(fd)
            try io.rename(temp, target)
        } catch {
            io.close(fd)
            try? io.unlink(temp)
            throw error
        }
    }

    /// How much of the participants is held before it is written, and copied at a time.
    static let writeChunk = 1 << 20
}
