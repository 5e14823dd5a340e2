import Glibc
import LotsenJSON
import LotsenCalendar

/// An open journal: one append-only file of hash-chained records.
///
/// A handle belongs to one thread. Any number of handles, in any number of processes,
/// may have the same journal open; writers take turns through an exclusive `flock` on
/// the lock file, and every handle folds in what the others appended.
public final class Journal {
    public enum Access: Sendable { case readWrite, readOnly }

    public enum Status: Equatable, Sendable {
        case writable
        case readOnly(ReadOnlyReason)
    }

    /// What opening found besides the records.
    public struct OpenReport: Equatable, Sendable {
        public var records: Int = 0
        /// A crash's half-written end; moved aside when the handle may write.
        public var tornTail: TornTail?
        /// Damage that made the handle read-only.
        public var damage: JournalDamage?
        /// True when reading began at the chain point the caller gave instead of at the
        /// start; false when there was none or it did not match the journal.
        public var resumed = false
        /// Records skipped because of damage; those after them were read and handed on.
        public var skipped: [SkippedRecords] = []
    }

    /// The end of a complete batch: its last record's sequence number and hash, and
    /// where that record's line starts and ends. Enough to check, reading one line, that
    /// a journal still holds exactly the records that state was folded from.
    public struct ChainPoint: Equatable, Sendable {
        public var sequence: Int
        public var hash: Digest
        public var lineStart: Int
        public var end: Int

        public init(sequence: Int, hash: Digest, lineStart: Int, end: Int) {
            self.sequence = sequence
            self.hash = hash
            self.lineStart = lineStart
            self.end = end
        }
    }

    public let paths: JournalPaths
    public internal(set) var journalID: String
    /// The sequence number of the last record read or written (0: only the header).
    public internal(set) var lastSequence: Int
    public internal(set) var lastHash: Digest
    public internal(set) var status: Status
    /// Write the head checkpoint after this many appends (and always on close).
    public var headInterval = 64

    let io: FileIO
    /// The database the records are kept in; nil for the journal file at `paths`.
    public let store: JournalStore?
    let clock: () -> Timestamp
    var fd: Int32
    var lockFD: Int32
    /// End of the complete batches read or written so far.
    var offset: Int
    /// Where the line of record `lastSequence` starts.
    var lastLineStart = -1
    var headSequence: Int
    var appendsSinceHead = 0
    var isClosed = false
    /// When the chain this handle answers from was last verified from the header to the
    /// end (by this process or, per `WholeChainMark`, another); nil until then.
    public internal(set) var checkedWholeAt: Timestamp?
    /// The file as this handle last vouched for it (`WholeChainMark`): unchanged since,
    /// it needs no mark read before the next append.
    var vouched: FileIdentity?
    /// The mark's file, kept open by a handle that writes it (`writeMark`).
    var markFD: Int32 = -1
    /// The device and inode of the file this handle holds (`checkReplaced`).
    var heldFile: (device: UInt64, inode: UInt64)?

    init(paths: JournalPaths, io: FileIO, clock: @escaping () -> Timestamp, fd: Int32, lockFD: Int32, status: Status,
         store: JournalStore? = nil) {
        self.paths = paths
        self.io = io
        self.store = store
        self.clock = clock
        self.fd = fd
        self.lockFD = lockFD
        self.status = status
        self.journalID = ""
        self.lastSequence = -1
        self.lastHash = .zero
        self.offset = 0
        self.headSequence = -1
    }

    deinit { close() }

    public var isWritable: Bool { status == .writable }

    /// Where everything read or written so far ends; nil before any record.
    public var chainPoint: ChainPoint? {
        lastLineStart < 0 ? nil : ChainPoint(sequence: lastSequence, hash: lastHash, lineStart: lastLineStart, end: offset)
    }

    /// Creates a new, empty journal: the directory (0700) if missing, then the header
    /// record and the head file, each written durably (temp file, fsync, rename).
    public static func create(_ paths: JournalPaths, id: String, time: Timestamp, author: String,
                              io: FileIO = SystemFileIO(),
                              clock: @escaping () -> Timestamp) throws -> Journal {
        let paths = try paths.canonical()
        do {
            try FileCreation.ensureDirectory(paths.directory, io: io)
            let lockFD = try openLockFile(paths, io: io, writable: true)
            defer { io.close(lockFD) }
            try io.flock(lockFD, LOCK_EX)
            if try io.stat(paths.journal) != nil { throw JournalError.alreadyExists(path: paths.journal) }
            let header = headerLine(id: id, time: time, author: author)
            try FileCreation.writeAtomically(header + [0x0A], to: paths.journal,
                                             via: paths.journal + ".tmp-\(io.processID())",
                                             directory: paths.directory, io: io)
            try HeadFile(journalID: id, sequence: 0, hash: Digest(hashing: header)).write(paths, io: io)
        } catch let e as SystemError {
            throw JournalError.io(e)
        }
        return try open(paths, access: .readWrite, io: io, clock: clock) { _ in }.journal
    }

    /// Record 0: names the journal (`id`) and its format.
    static func headerLine(id: String, time: Timestamp, author: String) -> [UInt8] {
        var payload: [UInt8] = Array(#"{"journal":"#.utf8)
        JSONText.appendString(id, to: &payload)
        payload.append(contentsOf: #","format":1,"app":"lotsen"}"#.utf8)
        return RecordCodec.encode(sequence: 0, previous: .zero,
                                  draft: RecordDraft(time: time, author: author, type: JournalHeader.type, payload: payload), more: 0)
    }

    /// Opens a journal and hands every record, in order and in whole batches, to
    /// `onRecords`. Damage in the middle opens it read-only with the damage reported; a
    /// torn end is moved aside when the handle may write.
    ///
    /// With `resume`, and when the journal's record at that point is byte for byte the
    /// one it names, only the records after it are read and handed on (the caller holds
    /// the state folded up to it); otherwise every record is, from the header on.
    public static func open(_ paths: JournalPaths, access: Access, io: FileIO = SystemFileIO(),
                            clock: @escaping () -> Timestamp, resume: ChainPoint? = nil, witnesses: [ChainWitness] = [],
                            onRecords: ([JournalRecord]) throws -> Void) throws -> (journal: Journal, report: OpenReport) {
        guard try io.stat(paths.journal) != nil else { throw JournalError.notFound(path: paths.journal) }
        let paths = try paths.canonical()
        var status = Status.writable
        var lockFD: Int32 = -1
        var fd: Int32 = -1
        if access == .readWrite {
            do {
                lockFD = try openLockFile(paths, io: io, writable: true)
                fd = try io.open(paths.journal, O_RDWR | O_APPEND, 0)
            } catch {
                if lockFD >= 0 { io.close(lockFD); lockFD = -1 }
                guard error.isReadOnlyFileSystem || error.isPermissionDenied else { throw JournalError.io(error) }
                status = .readOnly(.cannotWrite(error))
            }
        } else {
            status = .readOnly(.requested)
        }
        if fd < 0 {
            lockFD = (try? openLockFile(paths, io: io, writable: false)) ?? -1
            do { fd = try io.open(paths.journal, O_RDONLY, 0) } catch {
                if lockFD >= 0 { io.close(lockFD) }
                throw JournalError.io(error)
            }
        }
        let journal = Journal(paths: paths, io: io, clock: clock, fd: fd, lockFD: lockFD, status: status)
        let report = try journal.readAll(resume: resume, witnesses: witnesses, onRecords: onRecords)
        return (journal, report)
    }

    static func openLockFile(_ paths: JournalPaths, io: FileIO, writable: Bool) throws(SystemError) -> Int32 {
        // O_NOFOLLOW: a lock file planted as a link to another file is refused (ELOOP),
        // never followed, locked or chmod'ed.
        if !writable { return try io.open(paths.lock, O_RDONLY | O_NOFOLLOW, 0) }
        let fd = try io.open(paths.lock, O_RDWR | O_CREAT | O_NOFOLLOW, FileCreation.filePermissions)
        try? io.fchmod(fd, FileCreation.filePermissions)
        return fd
    }

    /// Writes the head checkpoint if it is behind, then releases the files.
    public func close() {
        guard !isClosed else { return }
        if let store {
            isClosed = true
            store.close()
            return
        }
        if isWritable, lastSequence > headSequence { try? writeHead() }
        isClosed = true
        io.close(fd)
        if lockFD >= 0 { io.close(lockFD) }
        if markFD >= 0 { Glibc.close(markFD) }
    }

    // MARK: Locking

    /// Runs `body` holding the journal's exclusive lock: no desk appends meanwhile (a key
    /// store sealed again under a new master key).
    public func underLock<T>(_ body: () throws -> T) throws -> T { try withLock(LOCK_EX, body) }

    func withLock<T>(_ operation: Int32, _ body: () throws -> T) throws -> T {
        if let store {
            try store.lock(exclusive: operation == LOCK_EX)
            defer { store.unlock() }
            return try body()
        }
        guard lockFD >= 0 else { return try body() }
        do { try io.flock(lockFD, operation) } catch { throw JournalError.io(error) }
        defer { try? io.flock(lockFD, LOCK_UN) }
        return try body()
    }

    // MARK: Head

    /// Writes the head checkpoint for the last record, unless another process already
    /// wrote one that is at least as far.
    public func writeHead() throws {
        guard isWritable else { return }
        try withLock(LOCK_EX) { try writeHeadHoldingLock() }
    }

    /// The caller holds the exclusive lock (flock does not nest: an inner unlock would
    /// release the outer lock too).
    func writeHeadHoldingLock() throws {
        // A store's last record is its head: the database keeps it with the records.
        guard store == nil else { return }
        if let existing = try? HeadFile.read(paths, io: io), existing.journalID == journalID,
           existing.sequence >= lastSequence {
            headSequence = lastSequence
            appendsSinceHead = 0
            return
        }
        do {
            try HeadFile(journalID: journalID, sequence: lastSequence, hash: lastHash).write(paths, io: io)
        } catch {
            throw JournalError.io(error)
        }
        headSequence = lastSequence
        appendsSinceHead = 0
    }

    /// Where the bytes of the records end: the file's size, or the store's.
    func recordsEnd() throws -> Int {
        if let store { return try store.size() }
        do throws(SystemError) { return try io.fileSize(fd) } catch { throw JournalError.io(error) }
    }

    /// The journal's bytes, from the file or the store.
    var lines: LineReader.Source { store.map { .store($0) } ?? .file(io, fd) }

    /// `count` bytes at `offset` (fewer at the end).
    func readBytes(count: Int, at offset: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        let reader = LineReader(lines)
        while filled < count {
            let n = try bytes.withUnsafeMutableBytes { raw in
                try reader.pread(UnsafeMutableRawBufferPointer(rebasing: raw[filled...]), offset + filled)
            }
            if n == 0 { break }
            filled += n
        }
        return Array(bytes[..<filled])
    }

    func markDamaged(_ damage: JournalDamage) {
        status = .readOnly(.damaged(damage))
    }
}
