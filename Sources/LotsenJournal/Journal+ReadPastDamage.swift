import Glibc

/// One damaged record must not make the rest of the history unreadable. After damage
/// that touches one record or one batch — a record changed or unreadable, a broken link,
/// records missing — reading goes on at the next batch whose chain is whole again: from
/// there each record's `prev` vouches for the one before, as at the start of a journal.
/// What was skipped is reported; the handle stays read-only with the first damage.
extension Journal {
    /// Records that could not be read, as sequence numbers (inclusive).
    public struct SkippedRecords: Equatable, Sendable {
        public var first: Int
        public var last: Int
        public var damage: JournalDamage
    }

    /// After `damage`, with records from `undelivered` on not handed out (the damaged
    /// batch, and a batch held back until the next one vouched for it), reads what
    /// follows and hands it on.
    func readPast(_ damage: JournalDamage, undelivered: Int, journalID id: String, size: Int, head: HeadFile?,
                  deliver: ([JournalRecord]) throws -> Void) throws -> [SkippedRecords] {
        var skipped: [SkippedRecords] = []
        var current = damage
        var firstMissing = undelivered
        while let resume = try resumePoint(after: current, size: size) {
            skipped.append(SkippedRecords(first: min(firstMissing, current.sequence), last: resume.sequence - 1, damage: current))
            let outcome = try scan(from: .init(nextSequence: resume.sequence, lastHash: resume.previous), at: resume.offset,
                                   size: size, journalID: id, head: head, deliver: deliver)
            lastSequence = outcome.position.nextSequence - 1
            lastHash = outcome.position.lastHash
            offset = outcome.confirmedEnd
            guard let next = outcome.damage, next.sequence > current.sequence, next.offset > current.offset else { break }
            current = next
            firstMissing = outcome.position.nextSequence
        }
        return skipped
    }

    /// Where whole batches begin again after `damage`: the first line after the damaged
    /// one that starts a batch, by the `more` of the line before it. When that line
    /// cannot be read, the next batch is skipped as well: it may belong to the damaged one.
    private func resumePoint(after damage: JournalDamage, size: Int) throws -> (sequence: Int, offset: Int, previous: Digest)? {
        switch damage.kind {
        case .changed, .unreadable, .brokenLink, .batchBroken, .outOfOrder: break
        default: return nil
        }
        var found: (sequence: Int, offset: Int, previous: Digest)?
        // Records missing: the line at the damage is itself sound and starts over there.
        var previousEnded: Bool? = nil
        if case .outOfOrder(let f) = damage.kind, f > damage.sequence { previousEnded = true }
        var first = true
        do {
            _ = try LineReader(lines, chunkSize: 1 << 16).forEachLine(from: damage.offset, limit: size) { line, at in
                defer { first = false }
                let scanned = RecordCodec.scan(line)
                if first, previousEnded == nil {
                    // The damaged line itself: learn whether its batch ends with it.
                    if case .success(let d) = scanned { previousEnded = d.more == 0 } else { previousEnded = false }
                    return true
                }
                guard case .success(let d) = scanned, d.sequence > damage.sequence || (first && d.sequence >= damage.sequence) else {
                    previousEnded = false
                    return true
                }
                if previousEnded == true {
                    found = (d.sequence, at, d.previous)
                    return false
                }
                previousEnded = d.more == 0
                return true
            }
        } catch let e as SystemError {
            throw JournalError.io(e)
        }
        return found
    }
}
