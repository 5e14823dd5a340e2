/// The part of a record line that does not read as the format says (named in damage
/// reports, in the user's language by LotsenText).
public enum RecordPart: String, Sendable, CaseIterable {
    case start, version, sequence, previous, time, author, type, subject, batchCount, payloadKey, payload
}

/// Damage found in a journal: which record, where in the file, and what is wrong.
/// Damage is never repaired; it makes the journal read-only and is reported as is.
public struct JournalDamage: Error, Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// The line is not a record of this format; the part that is off.
        case unreadable(RecordPart)
        /// Written by a newer Lotsen.
        case unsupportedVersion(Int)
        /// The first line is not a Lotsen journal header.
        case notAJournal
        /// The record at this place carries another sequence number (a record was
        /// deleted, inserted, duplicated or moved).
        case outOfOrder(found: Int)
        /// The record's bytes no longer match the hash that the next record (or the head
        /// file) holds for it: it was changed.
        case changed
        /// The record's link to the one before does not match.
        case brokenLink
        /// The records of one atomic batch do not follow each other.
        case batchBroken
        /// The head file says records up to `headSequence` were saved, but the journal ends
        /// before them: whole records were lost at its end.
        case missingAtEnd(headSequence: Int)
        /// The last record is incomplete although the head file says it was saved.
        case damagedLastRecord
        /// The head file belongs to another journal.
        case foreignHead
        /// The head file cannot be read.
        case unreadableHead
        /// The file became shorter than what was already read from it.
        case shrank
    }

    /// The sequence number of the first bad record.
    public var sequence: Int
    /// Byte offset of that record in the file (or of the place where it should be).
    public var offset: Int
    public var kind: Kind

    public init(sequence: Int, offset: Int, kind: Kind) {
        self.sequence = sequence
        self.offset = offset
        self.kind = kind
    }
}

/// The end of a journal that a crash left half-written: never acknowledged, so it is
/// moved aside rather than read.
public struct TornTail: Equatable, Sendable {
    /// Where the torn bytes start.
    public var offset: Int
    public var length: Int
    /// Where they were moved, if they were.
    public var movedTo: String?
}

extension JournalDamage.Kind {
    /// A stable, language-free name (`--json`, `journal.lost` records).
    public var code: String {
        switch self {
        case .unreadable: return "unreadable"
        case .unsupportedVersion: return "unsupported-version"
        case .notAJournal: return "not-a-journal"
        case .outOfOrder: return "out-of-order"
        case .changed: return "changed"
        case .brokenLink: return "broken-link"
        case .batchBroken: return "batch-broken"
        case .missingAtEnd: return "missing-at-end"
        case .damagedLastRecord: return "damaged-last-record"
        case .foreignHead: return "foreign-head"
        case .unreadableHead: return "unreadable-head"
        case .shrank: return "shrank"
        }
    }
}
