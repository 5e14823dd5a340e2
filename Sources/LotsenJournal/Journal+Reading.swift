import Glibc
import LotsenCalendar

extension Journal {
    /// Reads the whole journal once, at open.
    func readAll(resume: ChainPoint?, witnesses: [ChainWitness] = [], onRecords: ([JournalRecord]) throws -> Void) throws -> OpenReport {
        var report = OpenReport()
        // Under a shared lock no writer is half-way through a batch, and neither the head
        // nor the whole-chain mark (a witness too) names more than the file holds at that
        // moment: the mark read after the lock was let go could name an append made since,
        // beyond the size read, and look like records lost at the end (seen: one of eight
        // writers opening while the others appended).
        var head: HeadFile?
        var headUnreadable = false
        let size: Int = try withLock(LOCK_SH) {
            // A store has no head file: its last record is its head, and it refuses to
            // lose or change records (docs/architecture.md, "Journal stores").
            if store == nil {
                do { head = try HeadFile.read(paths, io: io) } catch { headUnreadable = true }
                if !headUnreadable { head = Journal.furthest(head, witnesses, paths: paths, fd: fd, io: io) }
            }
            return try recordsEnd()
        }
        // An empty store (set up, no journal made in it yet) is no journal at all.
        if let store, size == 0 { throw JournalError.notFound(path: store.location) }
        var start = (position: ChainScanner.Position(nextSequence: 0, lastHash: .zero), offset: 0, journalID: String?.none)
        if let resume, let id = try resumable(resume, size: size, head: head) {
            start = (.init(nextSequence: resume.sequence + 1, lastHash: resume.hash), resume.end, id)
            lastLineStart = resume.lineStart
            report.resumed = true
        }
        var scanner = ChainScanner(from: start.position, at: start.offset, journalID: start.journalID,
                                   head: head, keepRecords: true)
        var delivered = 0
        func deliver(_ batch: [JournalRecord]) throws {
            delivered += batch.count
            try onRecords(batch)
        }
        do {
            _ = try LineReader(lines).forEachCheckedLine(from: start.offset, limit: size) { line, at, checked in
                try scanner.accept(line, at: at, checked: checked, deliver: deliver)
            }
        } catch let e as SystemError {
            throw JournalError.io(e)
        }
        let outcome = try scanner.finish(fileEnd: size, deliver: deliver)
        journalID = outcome.journalID ?? ""
        if outcome.confirmedLineStart >= 0 { lastLineStart = outcome.confirmedLineStart }
        lastSequence = outcome.position.nextSequence - 1
        lastHash = outcome.position.lastHash
        offset = outcome.confirmedEnd
        headSequence = head?.sequence ?? -1

        var damage = outcome.damage
        if damage == nil, outcome.journalID == nil { damage = JournalDamage(sequence: 0, offset: 0, kind: .notAJournal) }
        if damage == nil, headUnreadable { damage = JournalDamage(sequence: 0, offset: 0, kind: .unreadableHead) }
        if let damage {
            markDamaged(damage)
            report.damage = damage
            if let id = outcome.journalID {
                report.skipped = try readPast(damage, undelivered: outcome.position.nextSequence, journalID: id, size: size,
                                              head: head, deliver: deliver)
            }
            report.records = delivered
            return report
        }
        if let torn = outcome.tornTail {
            report.tornTail = isWritable ? try recoverTornTail(torn, onRecords: deliver) : torn
        }
        // Whatever others appended while we read.
        let later = try readNew()
        if !later.isEmpty { try deliver(later) }
        if damageIfAny == nil {
            if report.resumed {
                // The records before the snapshot's point were not read: the mark must
                // vouch for them, or the whole chain is verified now (a store vouches
                // itself: `ensureWhole`).
                if store == nil { do { try withLock(LOCK_SH) { try ensureWhole() } } catch JournalError.damaged { } }
            } else {
                checkedWholeAt = clock()
                if isWritable, store == nil, let file = try? io.identity(fd), file.size == offset {
                    writeMark(file, sequence: lastSequence, hash: lastHash)
                }
            }
        }
        report.damage = damageIfAny
        report.records = delivered
        return report
    }

    public var damageIfAny: JournalDamage? {
        if case .readOnly(.damaged(let d)) = status { return d }
        return nil
    }

    /// Records other processes appended since the last call, in whole batches; empty
    /// when there are none. Reads only the new bytes. Damage found on the way makes the
    /// handle read-only (see `status`); the good records before it are still returned.
    public func readNew() throws -> [JournalRecord] {
        guard !isClosed, damageIfAny == nil else { return [] }
        return try watchingStore {
            if try recordsEnd() == offset { return [] }
            var records: [JournalRecord] = []
            try withLock(LOCK_SH) {
                _ = try catchUp { records += $0 }
            }
            return records
        }
    }

    /// Runs `body` with the records other processes appended since the last look, holding
    /// the shared lock: nobody appends until it returns. What `body` writes from them (a
    /// snapshot) is then never older than the journal, even by a purge a moment ago.
    public func withNewRecordsHeld<T>(_ body: ([JournalRecord]) throws -> T) throws -> T {
        guard !isClosed, damageIfAny == nil else { return try body([]) }
        return try withLock(LOCK_SH) {
            var records: [JournalRecord] = []
            _ = try catchUp { records += $0 }
            return try body(records)
        }
    }

    /// True when the file holds bytes this handle has not read yet. Cheap: one fstat.
    public func hasUnreadData() -> Bool {
        if let store { return !isClosed && store.mayHaveNew() }
        guard !isClosed, let size = try? io.fileSize(fd) else { return false }
        return size != offset
    }

    /// Reads from `offset` to the end of the file; the caller holds a lock.
    func catchUp(deliver: ([JournalRecord]) throws -> Void) throws -> ChainScanner.Outcome? {
        let size = try recordsEnd()
        if size < offset {
            markDamaged(JournalDamage(sequence: lastSequence, offset: offset, kind: .shrank))
            return nil
        }
        if size == offset { return nil }
        let outcome = try scan(from: .init(nextSequence: lastSequence + 1, lastHash: lastHash), at: offset, size: size,
                               journalID: journalID, head: nil, deliver: deliver)
        lastSequence = outcome.position.nextSequence - 1
        lastHash = outcome.position.lastHash
        offset = outcome.confirmedEnd
        if outcome.confirmedLineStart >= 0 { lastLineStart = outcome.confirmedLineStart }
        if let damage = outcome.damage { markDamaged(damage) }
        return outcome
    }

    /// Checks the lines from `offset` to `size` against the chain from `position` on,
    /// handing on the records of every batch their successors vouch for.
    func scan(from position: ChainScanner.Position, at offset: Int, size: Int, journalID: String?, head: HeadFile?,
              deliver: ([JournalRecord]) throws -> Void) throws -> ChainScanner.Outcome {
        var scanner = ChainScanner(from: position, at: offset, journalID: journalID, head: head, keepRecords: true)
        do {
            _ = try LineReader(lines).forEachCheckedLine(from: offset, limit: size) { line, at, checked in
                try scanner.accept(line, at: at, checked: checked, deliver: deliver)
            }
        } catch let e as SystemError {
            throw JournalError.io(e)
        }
        return try scanner.finish(fileEnd: size, deliver: deliver)
    }

    /// The journal's id when `point` is a batch end this journal holds byte for byte
    /// (and the head does not contradict it); nil when reading must start over.
    func resumable(_ point: ChainPoint, size: Int, head: HeadFile?) throws -> String? {
        let length = point.end - point.lineStart
        guard point.sequence >= 0, point.lineStart >= 0, length > 1, length <= 1 << 24, point.end <= size else { return nil }
        if let head, head.sequence == point.sequence, head.hash != point.hash { return nil }
        let bytes: [UInt8]
        do { bytes = try readBytes(count: length, at: point.lineStart) } catch let e as SystemError { throw JournalError.io(e) }
        guard bytes.count == length, bytes[length - 1] == 0x0A else { return nil }
        let matches = bytes.withUnsafeBytes { raw -> Bool in
            let line = UnsafeRawBufferPointer(rebasing: raw[..<(length - 1)])
            guard Digest(hashing: line) == point.hash, case .success(let d) = RecordCodec.scan(line) else { return false }
            return d.sequence == point.sequence && d.more == 0
        }
        guard matches else { return nil }
        // The line must start a line, and the journal's id is in its header.
        var id: String?
        do {
            _ = try LineReader(lines, chunkSize: 1 << 16).forEachLine(from: 0, limit: size) { line, _ in
                if case .success(let d) = RecordCodec.scan(line) { id = ChainScanner.journalID(ofHeader: line, d) }
                return false
            }
            if point.lineStart > 0 {
                guard try readBytes(count: 1, at: point.lineStart - 1) == [0x0A] else { return nil }
            }
        } catch let e as SystemError {
            throw JournalError.io(e)
        }
        guard let id, head.map({ $0.journalID == id }) ?? true else { return nil }
        return id
    }
}

extension Journal {
    /// When the chain was last checked whole, if the journal ends exactly at `point` and
    /// holds it byte for byte (a snapshot of that point is then the whole state, with
    /// nothing to replay) and the whole-chain mark vouches for the records before it;
    /// nil otherwise, and the caller opens the journal, which verifies it. One `fstat`
    /// and a few short reads, under a shared lock so no batch is half-written.
    public static func checkedWhole(endingAt point: ChainPoint, _ paths: JournalPaths, io: FileIO = SystemFileIO()) -> Timestamp? {
        var checkedAt: Timestamp?
        _ = underSharedLock(paths, io: io) { journal, fd in
            let head = try HeadFile.read(paths, io: io)
            let size = try io.fileSize(fd)
            guard size == point.end, let id = try journal.resumable(point, size: size, head: head) else { return false }
            journal.journalID = id
            checkedAt = journal.markVouches()?.checkedAt
            return checkedAt != nil
        }
        return checkedAt
    }

    /// True when the journal holds `point` byte for byte (anywhere in it): the record's
    /// line hashes to the point's hash, with its sequence number, at a batch end.
    public static func holds(_ point: ChainPoint, _ paths: JournalPaths, io: FileIO = SystemFileIO()) -> Bool {
        underSharedLock(paths, io: io) { journal, fd in try journal.resumable(point, size: try io.fileSize(fd), head: nil) != nil }
    }

    /// A read-only handle on the journal for one question asked under a shared lock (no
    /// batch is half-written then); false when the file cannot be opened or read.
    private static func underSharedLock(_ paths: JournalPaths, io: FileIO, _ body: (Journal, Int32) throws -> Bool) -> Bool {
        guard let fd = try? io.open(paths.journal, O_RDONLY, 0) else { return false }
        let lockFD = (try? openLockFile(paths, io: io, writable: false)) ?? -1
        let journal = Journal(paths: paths, io: io, clock: { Timestamp(millisecondsSince1970: 0) }, fd: fd,
                              lockFD: lockFD, status: .readOnly(.requested))
        defer { journal.close() }
        return (try? journal.withLock(LOCK_SH) { try body(journal, fd) }) ?? false
    }
}
