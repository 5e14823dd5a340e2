import Glibc
import LotsenJSON

extension Journal {
    /// Appends `drafts` as one atomic batch and returns the written records once
    /// `fdatasync` has succeeded — not before. Under the exclusive lock it first reads
    /// what other processes appended (handed to `othersAppended`, so the caller can fold
    /// them in first), then assigns sequence numbers and links, writes, and syncs.
    ///
    /// On any failure nothing is acknowledged, the partial batch is cut off again, and
    /// the handle turns read-only; a failed sync is never retried.
    @discardableResult
    public func append(_ drafts: [RecordDraft],
                       othersAppended: ([JournalRecord]) throws -> Void = { _ in }) throws -> [JournalRecord] {
        try append(othersAppended: othersAppended) { drafts }
    }

    /// The same, with the batch made inside the lock, after the others' records were
    /// handed on: a caller checks its command against state that includes everything
    /// appended before it, so two desks cannot both register the same person.
    @discardableResult
    public func append(othersAppended: ([JournalRecord]) throws -> Void,
                       makeDrafts: () throws -> [RecordDraft]) throws -> [JournalRecord] {
        // A store that could not be reached is tried again: it connects anew by itself.
        if case .readOnly(.unavailable) = status { status = .writable }
        if case .readOnly(let reason) = status { throw JournalError.readOnly(reason) }
        guard !isClosed else { throw JournalError.readOnly(.requested) }
        return try watchingStore { try appendHoldingTurn(othersAppended: othersAppended, makeDrafts: makeDrafts) }
    }

    private func appendHoldingTurn(othersAppended: ([JournalRecord]) throws -> Void,
                                   makeDrafts: () throws -> [RecordDraft]) throws -> [JournalRecord] {
        try withLock(LOCK_EX) {
            if try checkReplaced() { throw JournalError.readOnly(.replaced) }
            if let outcome = try catchUp(deliver: othersAppended), let torn = outcome.tornTail {
                _ = try moveAside(torn)
            }
            if let damage = damageIfAny { throw JournalError.damaged(damage) }
            // Never acknowledge a record on top of a chain with damage anywhere in it.
            try ensureWhole()
            let drafts = try makeDrafts()
            try Self.validate(drafts)

            let start = offset
            var bytes: [UInt8] = []
            var records: [JournalRecord] = []
            var previous = lastHash
            for (i, draft) in drafts.enumerated() {
                let sequence = lastSequence + 1 + i
                let more = drafts.count - 1 - i
                let line = RecordCodec.encode(sequence: sequence, previous: previous, draft: draft, more: more)
                let hash = Digest(hashing: line)
                records.append(JournalRecord(
                    formatVersion: JournalHeader.formatVersion, sequence: sequence, previous: previous,
                    time: draft.time, author: draft.author, type: draft.type, subject: draft.subject,
                    payload: draft.payload, remainingInBatch: more, hash: hash, offset: start + bytes.count))
                bytes.append(contentsOf: line)
                bytes.append(0x0A)
                previous = hash
            }
            if let store {
                // One transaction; the database checks every link again as it takes them.
                try store.append(bytes)
            } else {
                do throws(SystemError) {
                    try io.write(fd, bytes: bytes)
                } catch {
                    abandonWrite(at: start, because: error)
                    throw JournalError.writeFailed(error)
                }
                do throws(SystemError) {
                    try io.fdatasync(fd)
                } catch {
                    abandonWrite(at: start, because: error)
                    throw JournalError.syncFailed(error)
                }
            }
            lastSequence += drafts.count
            lastHash = previous
            lastLineStart = records[records.count - 1].offset
            offset = start + bytes.count
            if store == nil, let file = try? io.identity(fd) { writeMark(file, sequence: lastSequence, hash: lastHash) }
            appendsSinceHead += 1
            if appendsSinceHead >= headInterval { try? writeHeadHoldingLock() }
            return records
        }
    }

    /// Whether the journal's name now holds another file than this handle's (a restore or
    /// a repair renamed one into place): the handle then turns read-only, for good — what
    /// it would write would go to the file that was put aside. One `stat` (the held
    /// file's device and inode never change): it runs before every append.
    public func checkReplaced() throws -> Bool {
        if case .readOnly(.replaced) = status { return true }
        guard store == nil, !isClosed, let named = try? io.stat(paths.journal) else { return false }
        if heldFile == nil { heldFile = (try? io.identity(fd)).map { ($0.device, $0.inode) } }
        guard let held = heldFile, named.device != held.device || named.inode != held.inode else { return false }
        status = .readOnly(.replaced)
        return true
    }

    /// After a failed write or sync: cut the unacknowledged bytes off again (best effort),
    /// then re-open the file read-only so that this handle can never write again, and
    /// let the next open re-verify whatever is on disk.
    private func abandonWrite(at start: Int, because error: SystemError) {
        try? io.ftruncate(fd, start)
        status = .readOnly(.failedWrite(error))
        io.close(fd)
        fd = (try? io.open(paths.journal, O_RDONLY, 0)) ?? -1
        heldFile = nil
        if fd < 0 { isClosed = true }
    }

    static func validate(_ drafts: [RecordDraft]) throws(JournalError) {
        guard !drafts.isEmpty else { throw .invalidDraft(index: 0, reason: "empty batch") }
        for (i, d) in drafts.enumerated() {
            if d.author.isEmpty { throw .invalidDraft(index: i, reason: "author is empty") }
            if d.type.isEmpty || d.type == JournalHeader.type || d.type == JournalLost.type { throw .invalidDraft(index: i, reason: "type") }
            let ok = d.payload.withUnsafeBytes { JSONText.isObject($0) }
            if !ok { throw .invalidDraft(index: i, reason: "payload is not one JSON object on one line") }
        }
    }
}
