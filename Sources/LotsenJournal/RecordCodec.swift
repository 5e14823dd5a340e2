import Glibc
import LotsenJSON
import LotsenCalendar

/// Format version 1 of a record line. Keys are written in one fixed order so that the
/// exact bytes, and so the hash chain, depend only on the values:
///
///     {"v":1,"seq":7,"prev":"<64 hex>","time":"2026-11-24T09:15:00.000Z","author":"AB",
///      "type":"note.added","subject":"p-12","more":1,"payload":{...}}
///
/// `subject` is left out when there is none; `more` only appears inside a batch and
/// counts the records still to come in it. The reader is exactly as strict as the
/// writer: any other spelling of a record is damage, because the writer never makes it.
enum RecordCodec {
    enum DecodeFailure: Error, Equatable, Sendable {
        typealias Part = RecordPart

        case notJSONRecord(Part)
        case unsupportedVersion(Int)
    }

    /// Where a record's parts are in its line, with every part already checked. The
    /// strings stay bytes until someone needs them: a verification never does.
    ///
    /// Kept within 88 bytes (offsets in a line as 32 bits, the version as the one byte it
    /// can be): every line's envelope is moved several times on the reading thread, and
    /// at 137 bytes each move was a call to `memmove` rather than a few register moves
    /// (the compiler inlines copies of up to 128 bytes; the checked line holds the
    /// envelope and the line's hash besides).
    struct Envelope: Equatable {
        var sequence: Int
        var previous: Digest
        var time: Timestamp
        private var authorSpan: Span
        private var typeSpan: Span
        /// `Span.none` when the record has no subject.
        private var subjectSpan: Span
        private var payloadSpan: Span
        private var moreCount: UInt32
        private var formatVersion: UInt8

        init(version: UInt8, sequence: Int, previous: Digest, time: Timestamp, author: Span, type: Span,
             subject: Span?, more: UInt32, payload: Span) {
            formatVersion = version
            self.sequence = sequence
            self.previous = previous
            self.time = time
            authorSpan = author
            typeSpan = type
            subjectSpan = subject ?? .none
            moreCount = more
            payloadSpan = payload
        }

        var version: Int { Int(formatVersion) }
        var more: Int { Int(moreCount) }
        /// The string literals, quotes included.
        var author: Range<Int> { authorSpan.range }
        var type: Range<Int> { typeSpan.range }
        var subject: Range<Int>? { subjectSpan == .none ? nil : subjectSpan.range }
        var payloadRange: Range<Int> { payloadSpan.range }

        /// The value of one of this line's string literals, which `scan` found well-formed:
        /// not scanned again — this runs on the reading thread for every record, the
        /// replay's critical path.
        static func string(_ line: UnsafeRawBufferPointer, _ literal: Range<Int>) -> String {
            JSONText.value(ofCheckedLiteral: line, literal) ?? ""
        }
    }

    /// Bytes `start..<end` of a line: `scan` refuses lines of 4 GiB or more.
    struct Span: Equatable {
        var start: UInt32
        var end: UInt32

        /// No part: every string literal is at least its two quotes long.
        static let none = Span(start: 0, end: 0)

        init(start: UInt32, end: UInt32) {
            self.start = start
            self.end = end
        }

        init(_ range: Range<Int>) {
            start = UInt32(truncatingIfNeeded: range.lowerBound)
            end = UInt32(truncatingIfNeeded: range.upperBound)
        }

        var range: Range<Int> { Int(start)..<Int(end) }
    }

    static func encode(sequence: Int, previous: Digest, draft: RecordDraft, more: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(160 + draft.payload.count)
        out.append(contentsOf: #"{"v":1,"seq":"#.utf8)
        out.append(contentsOf: String(sequence).utf8)
        out.append(contentsOf: #","prev":""#.utf8)
        previous.appendHex(to: &out)
        out.append(contentsOf: #"","time":""#.utf8)
        draft.time.appendText(to: &out)
        out.append(contentsOf: #"","author":"#.utf8)
        JSONText.appendString(draft.author, to: &out)
        out.append(contentsOf: #","type":"#.utf8)
        JSONText.appendString(draft.type, to: &out)
        if let subject = draft.subject {
            out.append(contentsOf: #","subject":"#.utf8)
            JSONText.appendString(subject, to: &out)
        }
        if more > 0 {
            out.append(contentsOf: #","more":"#.utf8)
            out.append(contentsOf: String(more).utf8)
        }
        out.append(contentsOf: #","payload":"#.utf8)
        out.append(contentsOf: draft.payload)
        out.append(UInt8(ascii: "}"))
        return out
    }

    /// Checks a line against the format and says where its parts are.
    static func scan(_ line: UnsafeRawBufferPointer) -> Result<Envelope, DecodeFailure> {
        var c = Cursor(bytes: line)
        guard line.count <= Int(UInt32.max), c.expect(#"{"v":"#) else { return .failure(.notJSONRecord(.start)) }
        guard let version = c.unsigned() else { return .failure(.notJSONRecord(.version)) }
        guard version == 1 else { return .failure(.unsupportedVersion(version)) }
        guard c.expect(#","seq":"#), let seq = c.unsigned() else { return .failure(.notJSONRecord(.sequence)) }
        guard c.expect(#","prev":""#), let prev = c.digest(), c.expect("\"") else {
            return .failure(.notJSONRecord(.previous))
        }
        guard c.expect(#","time":""#), let time = c.timestamp(), c.expect("\"") else {
            return .failure(.notJSONRecord(.time))
        }
        guard c.expect(#","author":"#), let author = c.string() else { return .failure(.notJSONRecord(.author)) }
        guard c.expect(#","type":"#), let type = c.string(), type.count > 2 else { return .failure(.notJSONRecord(.type)) }
        var subject: Range<Int>?
        if c.expect(#","subject":"#) {
            guard let s = c.string() else { return .failure(.notJSONRecord(.subject)) }
            subject = s
        }
        var more = 0
        if c.expect(#","more":"#) {
            guard let m = c.unsigned(), m > 0, m <= Int(UInt32.max) else { return .failure(.notJSONRecord(.batchCount)) }
            more = m
        }
        guard c.expect(#","payload":"#) else { return .failure(.notJSONRecord(.payloadKey)) }
        let payloadStart = c.i
        let payloadEnd = line.count - 1
        guard payloadEnd > payloadStart, line[payloadEnd] == UInt8(ascii: "}"),
              JSONText.isObject(UnsafeRawBufferPointer(rebasing: line[payloadStart..<payloadEnd]))
        else { return .failure(.notJSONRecord(.payload)) }
        return .success(Envelope(version: 1, sequence: seq, previous: prev, time: time, author: Span(author),
                                 type: Span(type), subject: subject.map(Span.init), more: UInt32(more),
                                 payload: Span(payloadStart..<payloadEnd)))
    }
}

struct Cursor {
    let bytes: UnsafeRawBufferPointer
    var i = 0

    mutating func expect(_ literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        guard memcmp(bytes.baseAddress! + i, literal.utf8Start, n) == 0 else { return false }
        i += n
        return true
    }

    /// A non-negative integer without leading zeros, at most 18 digits.
    mutating func unsigned() -> Int? {
        let start = i
        var v = 0
        while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") {
            v = v * 10 + Int(bytes[i] - UInt8(ascii: "0"))
            i += 1
            if i - start > 18 { return nil }
        }
        let n = i - start
        guard n > 0, !(n > 1 && bytes[start] == UInt8(ascii: "0")) else { return nil }
        return v
    }

    mutating func digest() -> Digest? {
        guard i + 64 <= bytes.count, let d = Digest(hex: UnsafeRawBufferPointer(rebasing: bytes[i..<(i + 64)])) else {
            return nil
        }
        i += 64
        return d
    }

    mutating func timestamp() -> Timestamp? {
        let n = Timestamp.textLength
        guard i + n <= bytes.count, let t = Timestamp(text: UnsafeRawBufferPointer(rebasing: bytes[i..<(i + n)])) else {
            return nil
        }
        i += n
        return t
    }

    mutating func stringValue() -> String? {
        guard let (s, next) = JSONText.readString(bytes, at: i) else { return nil }
        i = next
        return s
    }

    /// A well-formed string literal, quotes included.
    mutating func string() -> Range<Int>? {
        guard let end = JSONText.endOfString(bytes, at: i) else { return nil }
        defer { i = end }
        return i..<end
    }
}
