import Testing
@testable import LotsenJournal
import LotsenCalendar

@Suite("Record format")
struct RecordFormatTests {
    @Test("a record encodes in the documented key order and decodes to the same values")
    func roundTrip() throws {
        let draft = RecordDraft(time: Timestamp(text: "2026-11-24T09:15:00.250Z")!, author: "Åsa \"Ö\"",
                                type: "note.added", subject: "p-12", payloadJSON: #"{"text":"rad 1\nrad 2","n":[1,2.5e3,null,true]}"#)
        let line = RecordCodec.encode(sequence: 7, previous: .zero, draft: draft, more: 2)
        let text = String(decoding: line, as: UTF8.self)
        #expect(text.hasPrefix(#"{"v":1,"seq":7,"prev":"0000"#))
        #expect(text.contains(#","time":"2026-11-24T09:15:00.250Z","author":"Åsa \"Ö\"","type":"note.added","subject":"p-12","more":2,"payload":{"#))
        let decoded = try line.withUnsafeBytes { try RecordCodec.scan($0).get() }
        let author = line.withUnsafeBytes { RecordCodec.Envelope.string($0, decoded.author) }
        let subject = line.withUnsafeBytes { raw in decoded.subject.map { RecordCodec.Envelope.string(raw, $0) } }
        #expect(decoded.sequence == 7)
        #expect(author == "Åsa \"Ö\"")
        #expect(subject == "p-12")
        #expect(decoded.more == 2)
        #expect(Array(line[decoded.payloadRange]) == draft.payload)
    }

    @Test("control characters in strings are escaped, never written raw", arguments: ["\u{1B}[31m", "a\nb", "\t", "\u{7F}"])
    func controlCharactersEscaped(_ author: String) throws {
        let line = RecordCodec.encode(sequence: 1, previous: .zero,
                                      draft: RecordDraft(time: Timestamp(millisecondsSince1970: 0), author: author, type: "t", payloadJSON: "{}"),
                                      more: 0)
        #expect(!line.contains { $0 < 0x20 || $0 == 0x7F })
        let decoded = try line.withUnsafeBytes { try RecordCodec.scan($0).get() }
        #expect(line.withUnsafeBytes { RecordCodec.Envelope.string($0, decoded.author) } == author)
    }

    @Test("envelope strings read back as written, with or without escapes",
          arguments: ["", "AB", "Åsa Öberg", "zero\u{200B}width", "Åsa \"Ö\" \\ x", "e\u{301}"])
    func envelopeStrings(_ author: String) throws {
        let line = RecordCodec.encode(sequence: 1, previous: .zero,
                                      draft: RecordDraft(time: Timestamp(millisecondsSince1970: 0), author: author, type: "t",
                                                         subject: author, payloadJSON: "{}"),
                                      more: 0)
        let decoded = try line.withUnsafeBytes { try RecordCodec.scan($0).get() }
        let read = line.withUnsafeBytes { RecordCodec.Envelope.string($0, decoded.author) }
        #expect(read == author)
        #expect(Array(read.utf8) == Array(author.utf8))
        #expect(line.withUnsafeBytes { raw in decoded.subject.map { RecordCodec.Envelope.string(raw, $0) } } == author)
    }

    @Test("lines that are not exactly a record are refused", arguments: [
        #"{"v":1,"seq":01,"prev":"0000000000000000000000000000000000000000000000000000000000000000","time":"2026-11-24T09:15:00.250Z","author":"a","type":"t","payload":{}}"#,
        #"{"seq":1,"v":1,"prev":"0000000000000000000000000000000000000000000000000000000000000000","time":"2026-11-24T09:15:00.250Z","author":"a","type":"t","payload":{}}"#,
        #"{"v":1,"seq":1,"prev":"000000000000000000000000000000000000000000000000000000000000000G","time":"2026-11-24T09:15:00.250Z","author":"a","type":"t","payload":{}}"#,
        #"{"v":1,"seq":1,"prev":"0000000000000000000000000000000000000000000000000000000000000000","time":"2026-02-30T09:15:00.250Z","author":"a","type":"t","payload":{}}"#,
        #"{"v":1,"seq":1,"prev":"0000000000000000000000000000000000000000000000000000000000000000","time":"2026-11-24T09:15:00.250Z","author":"a","type":"t","payload":{"a":}}"#,
        #"{"v":1,"seq":1,"prev":"0000000000000000000000000000000000000000000000000000000000000000","time":"2026-11-24T09:15:00.250Z","author":"a","type":"t","payload":[]}"#,
        #"{"v":1,"seq":1,"prev":"0000000000000000000000000000000000000000000000000000000000000000","time":"2026-11-24T09:15:00.250Z","author":"a","type":"","payload":{}}"#,
    ])
    func strictReader(_ text: String) {
        let result = Array(text.utf8).withUnsafeBytes { RecordCodec.scan($0) }
        guard case .failure = result else { Issue.record("accepted: \(text)"); return }
    }

    @Test("a newer format version is named, not misread")
    func newerVersion() {
        let text = #"{"v":2,"seq":1}"#
        let result = Array(text.utf8).withUnsafeBytes { RecordCodec.scan($0) }
        #expect(result == .failure(.unsupportedVersion(2)))
    }

    @Test("timestamps round-trip across leap days, year ends and the epoch", arguments: [
        "1970-01-01T00:00:00.000Z", "2000-02-29T23:59:59.999Z", "2024-12-31T12:00:00.001Z", "1969-12-31T23:59:59.500Z",
    ])
    func timestamps(_ text: String) throws {
        let t = try #require(Timestamp(text: text))
        #expect(t.description == text)
    }

    @Test("impossible timestamps are refused", arguments: ["2023-02-29T00:00:00.000Z", "2026-11-24T24:00:00.000Z", "2026-11-24 09:15:00.000Z", "2026-11-24T09:15:00Z"])
    func badTimestamps(_ text: String) {
        #expect(Timestamp(text: text) == nil)
    }

    @Test("digest hex round-trips and matches SHA-256 of the bytes")
    func digest() {
        let d = Digest(hashing: Array("abc".utf8))
        #expect(d.hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Digest(hex: d.hex) == d)
        #expect(Digest(hex: String(d.hex.dropLast())) == nil)
        // No bytes at all (no address to hash from), and more than one block.
        #expect(Digest(hashing: []).hex == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Digest(hashing: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)).hex
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test("every byte that is not a lowercase hex digit is refused, at every position")
    func digestRefusesNonHex() {
        let good = Array(Digest(hashing: Array("abc".utf8)).hex.utf8)
        let hexDigits = Set("0123456789abcdef".utf8)
        var accepted: [String] = []
        for position in [0, 7, 8, 31, 40, 63] {
            for byte in UInt8(0)...UInt8(255) where !hexDigits.contains(byte) {
                var bad = good
                bad[position] = byte
                if bad.withUnsafeBytes({ Digest(hex: $0) }) != nil { accepted.append("\(byte) at \(position)") }
            }
        }
        #expect(accepted.isEmpty)
        for _ in 0..<200 {
            let d = Digest(hashing: (0..<16).map { _ in UInt8.random(in: 0...255) })
            #expect(Digest(hex: d.hex) == d)
        }
    }
}
