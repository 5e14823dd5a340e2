/// Walks the lines of a journal in order and checks each against the chain: format,
/// sequence number, `prev` link, batch framing, and the head checkpoint.
///
/// Records are handed on one complete batch late: a batch is only delivered once the
/// next record's `prev` vouches for its last record (or the file ends and the head does
/// not contradict it). That is what lets damage be pinned to the record that was
/// actually changed, and keeps a changed record from ever being folded into state.
struct ChainScanner {
    struct Position: Equatable {
        /// The next sequence number expected.
        var nextSequence: Int
        /// Hash of the last accepted line (`Digest.zero` before the header).
        var lastHash: Digest
    }

    struct Outcome {
        /// After the last complete, accepted batch.
        var position: Position
        var confirmedEnd: Int
        /// Where the line of the last confirmed record starts (-1: none read).
        var confirmedLineStart: Int
        var journalID: String?
        var damage: JournalDamage?
        var tornTail: TornTail?
    }

    private struct Suspect {
        var sequence: Int
        var offset: Int
        var hash: Digest
        var previousOffset: Int
    }

    private let head: HeadFile?
    private let keepRecords: Bool
    private(set) var position: Position
    private var confirmed: Position
    private var confirmedEnd: Int
    private var confirmedLineStart = -1
    private var journalID: String?
    private var lastOffset = -1
    private var held: [JournalRecord] = []
    private var heldLastSequence = -1
    private var openBatch: [JournalRecord] = []
    private var openMore = 0
    private var suspect: Suspect?
    private var typeNames = InternedNames()
    private(set) var damage: JournalDamage?

    /// - Parameters:
    ///   - start: where reading starts; `Position(nextSequence: 0, lastHash: .zero)` at 0.
    ///   - head: the head checkpoint to hold the journal to, if any.
    ///   - keepRecords: false for a pure verification that needs no records.
    init(from position: Position, at offset: Int, journalID: String?, head: HeadFile?, keepRecords: Bool) {
        self.position = position
        self.confirmed = position
        self.confirmedEnd = offset
        self.journalID = journalID
        self.head = head
        self.keepRecords = keepRecords
    }

    /// Checks one complete line. Returns false once damage is found.
    mutating func accept(_ line: UnsafeRawBufferPointer, at offset: Int, checked: CheckedLine,
                         deliver: ([JournalRecord]) throws -> Void) rethrows -> Bool {
        if let s = suspect {
            // The record after a broken link tells which side changed: if it vouches for
            // the suspect, the suspect is intact and the record before it was changed.
            if case .success(let d) = checked.envelope, d.previous == s.hash {
                fail(s.sequence - 1, s.previousOffset, .changed)
            } else {
                fail(s.sequence, s.offset, .brokenLink)
            }
            return false
        }
        let expected = position.nextSequence
        let decoded: RecordCodec.Envelope
        switch checked.envelope {
        case .success(let d): decoded = d
        case .failure(.unsupportedVersion(let v)): fail(expected, offset, .unsupportedVersion(v)); return false
        case .failure(.notJSONRecord(let what)):
            fail(expected, offset, expected == 0 ? .notAJournal : .unreadable(what)); return false
        }
        if expected == 0 {
            guard let id = Self.journalID(ofHeader: line, decoded) else { fail(0, offset, .notAJournal); return false }
            journalID = id
        }
        guard decoded.sequence == expected else { fail(expected, offset, .outOfOrder(found: decoded.sequence)); return false }
        let hash = checked.hash
        guard decoded.previous == position.lastHash else {
            suspect = Suspect(sequence: expected, offset: offset, hash: hash, previousOffset: lastOffset)
            return true
        }
        guard openMore == 0 || decoded.more == openMore - 1 else { fail(expected, offset, .batchBroken); return false }
        if let head, head.sequence == expected, head.hash != hash { fail(expected, offset, .changed); return false }

        if keepRecords {
            // A batch says on its first record how many follow: room for all at once.
            if openBatch.isEmpty { openBatch.reserveCapacity(decoded.more + 1) }
            openBatch.append(JournalRecord(
                formatVersion: decoded.version, sequence: decoded.sequence, previous: decoded.previous,
                time: decoded.time, author: RecordCodec.Envelope.string(line, decoded.author),
                type: typeNames.name(line, decoded.type),
                subject: decoded.subject.map { RecordCodec.Envelope.string(line, $0) },
                payload: Array(UnsafeRawBufferPointer(rebasing: line[decoded.payloadRange])),
                remainingInBatch: decoded.more, hash: hash, offset: offset))
        }
        position = Position(nextSequence: expected + 1, lastHash: hash)
        lastOffset = offset
        openMore = decoded.more
        if decoded.more == 0 {
            // The new batch's first `prev` vouched for the held batch: hand it on.
            if !held.isEmpty { try deliver(held) }
            held = openBatch
            heldLastSequence = expected
            openBatch = []
            confirmed = position
            confirmedEnd = offset + line.count + 1
            confirmedLineStart = offset
        }
        return true
    }

    /// Settles the end of the data: the pending suspect, a torn tail, and the head.
    mutating func finish(fileEnd: Int, deliver: ([JournalRecord]) throws -> Void) rethrows -> Outcome {
        if let s = suspect, damage == nil {
            if let head, head.sequence == s.sequence, head.hash == s.hash {
                fail(s.sequence - 1, s.previousOffset, .changed)
            } else {
                fail(s.sequence, s.offset, .brokenLink)
            }
        }
        var torn: TornTail?
        if damage == nil, fileEnd > confirmedEnd {
            torn = TornTail(offset: confirmedEnd, length: fileEnd - confirmedEnd, movedTo: nil)
        }
        if damage == nil, let head {
            if let id = journalID, head.journalID != id {
                fail(0, 0, .foreignHead)
            } else if head.sequence >= confirmed.nextSequence {
                // A torn write can only hold records that were never acknowledged, and the
                // head only names acknowledged ones: so this is damage, not a crash.
                let kind: JournalDamage.Kind = torn != nil ? .damagedLastRecord : .missingAtEnd(headSequence: head.sequence)
                fail(confirmed.nextSequence, confirmedEnd, kind)
                torn = nil
            }
        }
        if !held.isEmpty, damage.map({ $0.sequence > heldLastSequence }) ?? true {
            try deliver(held)
            held = []
        }
        return Outcome(position: confirmed, confirmedEnd: confirmedEnd, confirmedLineStart: confirmedLineStart, journalID: journalID, damage: damage, tornTail: torn)
    }

    private mutating func fail(_ sequence: Int, _ offset: Int, _ kind: JournalDamage.Kind) {
        if damage == nil { damage = JournalDamage(sequence: max(sequence, 0), offset: max(offset, 0), kind: kind) }
    }

    /// The journal ID when `line` is a header: sequence 0, nothing before it, and a
    /// payload `{"journal":"<id>",...}`.
    static func journalID(ofHeader line: UnsafeRawBufferPointer, _ decoded: RecordCodec.Envelope) -> String? {
        guard decoded.sequence == 0, decoded.previous == .zero,
              RecordCodec.Envelope.string(line, decoded.type) == JournalHeader.type else { return nil }
        let payload = UnsafeRawBufferPointer(rebasing: line[decoded.payloadRange])
        var c = Cursor(bytes: payload)
        guard c.expect(#"{"journal":"#), let id = c.stringValue(), !id.isEmpty else { return nil }
        return id
    }
}
