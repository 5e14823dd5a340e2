import CAESGCM
import Crypto
import Glibc
import LotsenJournal
import Synchronization

/// Files encrypted whole, for the snapshot of a sealed journal: the snapshot code reads
/// and writes through `FileIO` as before, and this layer keeps every byte on disk sealed —
/// the parts file the writer uses on the way too. Layout: `LOTSENC1`, eight random bytes
/// naming the file, then chunks of 64 KiB, each AES-GCM sealed with the file's name and
/// the chunk's number as nonce, and whether it is the last as associated data, so a
/// chunk moved, swapped or cut off does not open. Random reads open only the chunks
/// they touch.
public final class SealedFileIO: FileIO, @unchecked Sendable {
    static let magic = Array("LOTSENC1".utf8)
    static let headerLength = 16
    static let chunk = 64 << 10
    static let tag = 16

    let base: FileIO
    /// The file key's bytes, for BoringSSL directly (`CAESGCM`).
    let key: [UInt8]
    private let files = Mutex<[Int32: OpenFile]>([:])

    struct OpenFile {
        var id: [UInt8]
        /// Plain bytes written but not yet sealed (at most one chunk more than a chunk).
        var pending: [UInt8] = []
        var sealedChunks = 0
        var writing: Bool
    }

    /// - Parameter journalKey: the journal-wide data key; the file key is derived from it.
    public init(base: FileIO = SystemFileIO(), journalKey: [UInt8]) {
        self.base = base
        key = HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: journalKey), info: Array("lotsen sealed file v1".utf8),
                                     outputByteCount: 32).withUnsafeBytes { Array($0) }
    }

    public func open(_ path: String, _ flags: Int32, _ mode: mode_t) throws(SystemError) -> Int32 {
        let fd = try base.open(path, flags, mode)
        if flags & O_CREAT != 0 && flags & O_TRUNC != 0 {
            let id = Array(KeyRing.newKey().prefix(8))
            do throws(SystemError) { try base.write(fd, bytes: Self.magic + id) } catch {
                base.close(fd)
                throw error
            }
            files.withLock { $0[fd] = OpenFile(id: id, writing: true) }
        } else {
            let header = (try? base.read(fd, count: Self.headerLength, at: 0)) ?? []
            let id = header.count == Self.headerLength && Array(header.prefix(8)) == Self.magic ? Array(header.suffix(8)) : []
            files.withLock { $0[fd] = OpenFile(id: id, writing: false) }
        }
        return fd
    }

    public func close(_ fd: Int32) {
        try? finish(fd)
        files.withLock { $0[fd] = nil }
        base.close(fd)
    }

    public func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws(SystemError) {
        // Taken out while it is written to, so that its pending bytes are not shared with
        // the table's copy (appending to them copied them first).
        guard var file = files.withLock({ $0.removeValue(forKey: fd) }) else { throw SystemError(call: "write", path: nil, errno: EBADF) }
        defer { let done = file; files.withLock { $0[fd] = done } }
        guard file.writing else { throw SystemError(call: "write", path: nil, errno: EBADF) }
        file.pending.append(contentsOf: bytes)
        // Keep the last chunk back: only `finish` knows it is the last. The chunks sealed
        // here go out in one write, and leave the buffer at once afterwards, not one by
        // one (a write of megabytes moved the rest of the buffer down for every chunk).
        let chunks = (file.pending.count - 1) / Self.chunk
        guard chunks > 0 else { return }
        let sealed = file.pending.withUnsafeBytes { seal($0[..<(chunks * Self.chunk)], file.id, from: file.sealedChunks, lastEnds: false) }
        try base.write(fd, bytes: sealed)
        file.sealedChunks += chunks
        file.pending.removeFirst(chunks * Self.chunk)
    }

    /// Seals what is pending as the last chunk: on close, sync, or the first read back.
    private func finish(_ fd: Int32) throws(SystemError) {
        guard var file = files.withLock({ $0[fd] }), file.writing else { return }
        try base.write(fd, bytes: file.pending.withUnsafeBytes { seal($0[...], file.id, from: file.sealedChunks, lastEnds: true) })
        file.pending = []
        file.sealedChunks += 1
        file.writing = false
        let done = file
        files.withLock { $0[fd] = done }
    }

    public func pread(_ fd: Int32, _ buffer: UnsafeMutableRawBufferPointer, _ offset: Int) throws(SystemError) -> Int {
        try finish(fd)
        guard let id = files.withLock({ $0[fd]?.id }), id.count == 8 else { throw SystemError(call: "read", path: nil, errno: EIO) }
        // One fstat for the whole read: the sizes of the plain text and of the chunks follow.
        let sealedSize = try base.fileSize(fd) - Self.headerLength
        let (size, chunks) = Self.plain(sealedSize)
        guard offset < size else { return 0 }
        let end = min(size, offset + buffer.count)
        var written = 0
        var index = offset / Self.chunk
        while index * Self.chunk < end {
            let sealedLength = min(Self.chunk + Self.tag, sealedSize - index * (Self.chunk + Self.tag))
            let sealed = try base.read(fd, count: sealedLength, at: Self.headerLength + index * (Self.chunk + Self.tag))
            guard let plain = open(sealed, id, index: index, last: index == chunks - 1) else { throw SystemError(call: "read", path: nil, errno: EIO) }
            let from = max(offset, index * Self.chunk) - index * Self.chunk
            let to = min(end, index * Self.chunk + plain.count) - index * Self.chunk
            guard from < to else { break }
            plain[from..<to].withUnsafeBytes { buffer.baseAddress!.advanced(by: written).copyMemory(from: $0.baseAddress!, byteCount: to - from) }
            written += to - from
            index += 1
        }
        return written
    }

    public func fileSize(_ fd: Int32) throws(SystemError) -> Int {
        if let file = files.withLock({ $0[fd] }), file.writing { return file.sealedChunks * Self.chunk + file.pending.count }
        return Self.plain(try base.fileSize(fd) - Self.headerLength).size
    }

    /// The plain size and the number of chunks of `sealed` bytes after the header.
    private static func plain(_ sealed: Int) -> (size: Int, chunks: Int) {
        guard sealed > 0 else { return (0, 0) }
        let chunks = (sealed + chunk + tag - 1) / (chunk + tag)
        return (sealed - chunks * tag, chunks)
    }

    public func fdatasync(_ fd: Int32) throws(SystemError) {
        try finish(fd)
        try base.fdatasync(fd)
    }

    public func fsync(_ fd: Int32) throws(SystemError) {
        try finish(fd)
        try base.fsync(fd)
    }

    public func ftruncate(_ fd: Int32, _ size: Int) throws(SystemError) { throw SystemError(call: "ftruncate", path: nil, errno: EINVAL) }
    public func identity(_ fd: Int32) throws(SystemError) -> FileIdentity { try base.identity(fd) }
    public func fchmod(_ fd: Int32, _ mode: mode_t) throws(SystemError) { try base.fchmod(fd, mode) }
    public func flock(_ fd: Int32, _ operation: Int32) throws(SystemError) { try base.flock(fd, operation) }
    public func rename(_ from: String, _ to: String) throws(SystemError) { try base.rename(from, to) }
    public func mkdir(_ path: String, _ mode: mode_t) throws(SystemError) { try base.mkdir(path, mode) }
    public func unlink(_ path: String) throws(SystemError) { try base.unlink(path) }
    public func stat(_ path: String) throws(SystemError) -> FileStatus? { try base.stat(path) }
    public func processID() -> Int32 { base.processID() }

    /// The file's name and the chunk's number, big-endian: each chunk's own nonce.
    private func nonce(_ id: [UInt8], _ index: Int) -> [UInt8] {
        let n = UInt32(index).bigEndian
        return id + withUnsafeBytes(of: n) { Array($0) }
    }

    /// `plain` sealed in chunks numbered from `first`, each followed by its tag, into one
    /// buffer; with `lastEnds`, its last chunk (which may be short, or empty) is the file's
    /// last. Through BoringSSL directly: swift-crypto made a context and four copies of
    /// every chunk of a snapshot.
    private func seal(_ plain: UnsafeRawBufferPointer.SubSequence, _ id: [UInt8], from first: Int, lastEnds: Bool) -> [UInt8] {
        let plain = UnsafeRawBufferPointer(rebasing: plain)
        let chunks = lastEnds ? max(1, (plain.count + Self.chunk - 1) / Self.chunk) : plain.count / Self.chunk
        var out = [UInt8](repeating: 0, count: plain.count + chunks * Self.tag)
        out.withUnsafeMutableBytes { o in
            for k in 0..<chunks {
                let length = min(Self.chunk, plain.count - k * Self.chunk)
                let last: [UInt8] = [lastEnds && k == chunks - 1 ? 1 : 0]
                let at = o.baseAddress! + k * (Self.chunk + Self.tag)
                let ok = lotsen_aes256gcm_seal_with_nonce(key, nonce(id, first + k), plain.baseAddress.map { $0 + k * Self.chunk }?
                                                            .assumingMemoryBound(to: UInt8.self), length, last, 1,
                                                          at.assumingMemoryBound(to: UInt8.self),
                                                          (at + length).assumingMemoryBound(to: UInt8.self))
                precondition(ok == 1, "the cipher failed")
            }
        }
        return out
    }

    private func open(_ sealed: [UInt8], _ id: [UInt8], index: Int, last: Bool) -> [UInt8]? {
        guard sealed.count >= Self.tag else { return nil }
        let length = sealed.count - Self.tag
        var plain = [UInt8](repeating: 0, count: max(length, 1))
        let ok = sealed.withUnsafeBufferPointer { s in
            plain.withUnsafeMutableBufferPointer { p in
                lotsen_aes256gcm_open(key, nonce(id, index), s.baseAddress, length, s.baseAddress! + length, [last ? 1 : 0], 1, p.baseAddress)
            }
        }
        guard ok == 1 else { return nil }
        plain.removeLast(plain.count - length)
        return plain
    }
}
