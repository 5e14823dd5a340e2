import Glibc

extension Journal {
    /// Reads the whole journal once, at open.
    func readAll(onRecords: ([JournalRecord]) throws -> Void) throws -> OpenReport {
        var report = OpenReport()
        // Under a shared lock no writer is half-way through a batch, and the head never
        // names more than the file holds at that moment.
        var head: HeadFile?
        var headUnreadable = false
        let size: Int = try withLock(LOCK_SH) {
            do { head = try HeadFile.read(paths, io: io) } catch { headUnreadable = true }
            do throws(SystemError) { return try io.fileSize(fd) } catch { throw JournalError.io(error) }
        }
        var scanner = ChainScanner(from: .init(nextSequence: 0, lastHash: .zero), at: 0, journalID: nil,
                                   head: head, keepRecords: true)
        var delivered = 0
        func deliver(_ batch: [JournalRecord]) throws {
            delivered += batch.count
            try onRecords(batch)
        }
        do {
            _ = try LineReader(io: io, fd: fd).forEachLine(from: 0, limit: size) { line, at in
                try scanner.accept(line, at: at, deliver: deliver)
            }
        } catch let e as SystemError {
            throw JournalError.io(e)
        }
        let outcome = try scanner.finish(fileEnd: size, deliver: deliver)
        journalID = outcome.journalID ?? ""
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
            report.records = delivered
            return report
        }
        if let torn = outcome.tornTail {
            report.tornTail = isWritable ? try recoverTornTail(torn, onRecords: deliver) : torn
        }
        // Whatever others appended while we read.
        let later = try readNew()
        if !later.isEmpty { try deliver(later) }
        report.damage = damageIfAny
        report.records = delivered
        return report
    }

    var damageIfAny: JournalDamage? {
        if case .readOnly(.damaged(let d)) = status { return d }
        return nil
    }

    /// Records other processes appended since the last call, in whole batches; empty
    /// when there are none. Reads only the new bytes. Damage found on the way makes the
    /// handle read-only (see `status`); the good records before it are still returned.
    public func readNew() throws -> [JournalRecord] {
        guard !isClosed, damageIfAny == nil else { return [] }
        let quick: Int
        do throws(SystemError) { quick = try io.fileSize(fd) } catch { throw JournalError.io(error) }
        if quick == offset { return [] }
        var records: [JournalRecord] = []
        try withLock(LOCK_SH) {
            _ = try catchUp { records += $0 }
        }
        return records
    }

    /// True when the file holds bytes this handle has not read yet. Cheap: one fstat.
    public func hasUnreadData() -> Bool {
        guard !isClosed, let size = try? io.fileSize(fd) else { return false }
        return size != offset
    }

    /// Reads from `offset` to the end of the file; the caller holds a lock.
    func catchUp(deliver: ([JournalRecord]) throws -> Void) throws -> ChainScanner.Outcome? {
        let size: Int
        do throws(SystemError) { size = try io.fileSize(fd) } catch { throw JournalError.io(error) }
        if size < offset {
            markDamaged(JournalDamage(sequence: lastSequence, offset: offset, kind: .shrank))
            return nil
        }
        if size == offset { return nil }
        var scanner = ChainScanner(from: .init(nextSequence: lastSequence + 1, lastHash: lastHash), at: offset,
                                   journalID: journalID, head: nil, keepRecords: true)
        do {
            _ = try LineReader(io: io, fd: fd).forEachLine(from: offset, limit: size) { line, at in
                try scanner.accept(line, at: at, deliver: deliver)
            }
        } catch let e as SystemError {
            throw JournalError.io(e)
        }
        let outcome = try scanner.finish(fileEnd: size, deliver: deliver)
        lastSequence = outcome.position.nextSequence - 1
        lastHash = outcome.position.lastHash
        offset = outcome.confirmedEnd
        if let damage = outcome.damage { markDamaged(damage) }
        return outcome
    }
}
