import LotsenCalendar
/// What a caller asks the journal to write. The journal assigns the sequence number and
/// the `prev` link; everything else is the caller's.
public struct RecordDraft: Sendable, Equatable {
    public var time: Timestamp
    /// The caseworker (or tool) that made the entry.
    public var author: String
    /// The event type, e.g. `participant.registered`. Interpreted by the domain only.
    public var type: String
    /// The participant (or other entity) the event is about, if any.
    public var subject: String?
    /// One JSON object, as bytes. The journal checks its syntax and nothing else.
    public var payload: [UInt8]

    public init(time: Timestamp, author: String, type: String, subject: String? = nil, payload: [UInt8]) {
        self.time = time
        self.author = author
        self.type = type
        self.subject = subject
        self.payload = payload
    }

    public init(time: Timestamp, author: String, type: String, subject: String? = nil, payloadJSON: String) {
        self.init(time: time, author: author, type: type, subject: subject, payload: Array(payloadJSON.utf8))
    }
}

/// One record as read back from the journal.
public struct JournalRecord: Sendable, Equatable {
    public var formatVersion: Int
    /// 0 for the header, then contiguous from 1.
    public var sequence: Int
    /// SHA-256 of the previous record's line (without its newline).
    public var previous: Digest
    public var time: Timestamp
    public var author: String
    public var type: String
    public var subject: String?
    public var payload: [UInt8]
    /// Records that follow this one in the same atomic batch.
    public var remainingInBatch: Int
    /// SHA-256 of this record's line: the `prev` of the next record.
    public var hash: Digest
    /// Byte offset of the line in the journal file.
    public var offset: Int

    public var payloadText: String { String(decoding: payload, as: UTF8.self) }
}

/// The journal's own header record type, always sequence 0.
public enum JournalHeader {
    public static let type = "journal.header"
    public static let formatVersion = 1
}
