import Crypto
import Glibc
import LotsenCore
import LotsenJournal
import LotsenParallel

extension Snapshot {
    /// Writes the snapshot a slice of participants at a time, so that the state and one
    /// slice's parts are in memory rather than the state and every part twice over (the
    /// first open of a large journal peaked at 236 MB). The table of the parts' lengths
    /// and checksums, known only once all are encoded, follows them: the file is written
    /// once, front to end, and the seal's HMAC taken over the bytes as they go out. (The
    /// table came first until version 2, and the parts went through a scratch file to be
    /// copied in after it: sealed, read back, opened and sealed again.)
    static func write(_ state: LotsenState, journalID: String, at point: Journal.ChainPoint,
                      _ paths: JournalPaths, io: FileIO, stateVersion: Int, seal: [UInt8]? = nil,
                      listed: (() -> [Int])? = nil) throws(SystemError) {
        // Written on a first open, after saves and after every purge: the time to clear
        // away what killed writers left (a purge must not leave an old copy behind).
        paths.removeDeadTemporaries(io: io)
        let order = state.order
        // The first participants are encoded on the crew while the front is made here (its
        // list order sorts everyone: the other cores sat idle for it).
        var next = order.isEmpty ? nil : EncodedSlice(state, order[0..<min(slice, order.count)])
        // An error half-way still waits for the slice being encoded: it reads the state.
        defer { _ = next?.parts() }
        // Made in a scope of its own: the lookup and shared parts are let go of once
        // copied into the front, before more of the participants' parts are made.
        var front: [UInt8] = {
            let (lookup, shared) = StateCoding.encodeFront(state, listed: listed?())
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
            header.write(order.count)
            var front = magic
            var length = UInt32(header.bytes.count).littleEndian
            withUnsafeBytes(of: &length) { front.append(contentsOf: $0) }
            for part in [header.bytes, lookup, shared] { appendWithChecksum(part, to: &front) }
            return front
        }()

        let target = path(paths)
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
            front = []
            var table = BinaryWriter(capacity: order.count * 12)
            var buffer: [UInt8] = []
            buffer.reserveCapacity(writeChunk + 65_536)
            // Each slice is encoded on the crew while the one before is written here: the
            // writing (sealing, the seal's HMAC, the system call) is a third of the work,
            // and with the two taking turns the other cores sat idle while it was done.
            while let current = next {
                let end = current.range.upperBound
                next = end < order.count ? EncodedSlice(state, order[end..<min(end + slice, order.count)]) : nil
                for part in current.parts() {
                    table.write(UInt64(part.bytes.count))
                    table.write(part.sum)
                    buffer += part.bytes
                    if buffer.count >= writeChunk {
                        try emit(buffer)
                        buffer.removeAll(keepingCapacity: true)
                    }
                }
            }
            appendWithChecksum(table.bytes, to: &buffer)
            var tableLength = UInt64(table.bytes.count).littleEndian
            withUnsafeBytes(of: &tableLength) { buffer.append(contentsOf: $0) }
            try emit(buffer)
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

    /// How much of the participants is held before it is written.
    static let writeChunk = 1 << 20
    /// Participants encoded together: a few hundred kilobytes of parts, two slices held
    /// at a time.
    static let slice = 128
}

/// The parts of a slice of participants, encoded on the crew in the background and
/// finished by the writing thread when it comes to them first (`BackgroundSlices`).
private final class EncodedSlice {
    typealias Part = (bytes: [UInt8], sum: UInt64)
    let range: Range<Int>
    // Each slot written by the slice that holds it, read only after `work.finish()`.
    private let encoded: UnsafeMutablePointer<Part>
    private let work: BackgroundSlices

    init(_ state: LotsenState, _ ids: ArraySlice<ParticipantID>) {
        range = ids.indices
        let out = UnsafeMutablePointer<Part>.allocate(capacity: ids.count)
        encoded = out
        work = BackgroundSlices(count: ids.count) { slice in
            for k in slice {
                let p = StateCoding.encodeParticipant(state, ids[ids.startIndex + k])
                (out + k).initialize(to: (bytes: p, sum: Checksum.of(p)))
            }
        }
    }

    deinit {
        work.finish()
        encoded.deinitialize(count: range.count)
        encoded.deallocate()
    }

    /// The parts, in order, once encoded; valid while the slice is.
    func parts() -> UnsafeBufferPointer<Part> {
        work.finish()
        return UnsafeBufferPointer(start: encoded, count: range.count)
    }
}
