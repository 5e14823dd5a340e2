import Crypto
import Foundation
import Testing
import LotsenCalendar
import LotsenCore
@testable import LotsenJournal
import LotsenTestSupport
@testable import LotsenWorkspace

/// Two desks on one sealed journal: a person registered at one gets a key the other has
/// not read yet; the other follows, and writes about them, without being restarted.
@Suite("Sealed journal, two desks")
struct SealedDeskTests {
    @Test("a key made at one desk is read by the other when it meets the first record sealed with it")
    func keyFromAnotherDesk() throws {
        let desk = Desk()
        let master = MasterKey.file(MasterKey.newKeyFile())
        var env = desk.env("AB")
        env.master = master
        let first = try Workspace.create(desk.paths, journalID: "sealed", env)
        try first.perform(.caseworker(.addCaseworker(initials: "AB", name: "Anna Bok", organisation: "AF")))
        var otherEnv = desk.env("AB", prefix: "q")
        otherEnv.master = master
        let other = try Workspace.open(desk.paths, access: .readWrite, otherEnv).0
        let done = try first.perform(Desk.registration("000101-2384", "Sara", "Lind"))
        let sara = try #require(done.first?.subject)
        #expect(other.ring?.holdsKey(for: sara.value) == false, "not yet read")
        try other.refresh()
        #expect(other.state.participant(sara)?.profile.firstName == "Sara" && other.undecodableRecords.isEmpty)
        try other.perform(.participant(.addNote(sara, kind: .call, text: "Ringde", corrects: nil)))
        try first.refresh()
        #expect(first.state.participant(sara)?.notes.last?.text == "Ringde")
        // Without the master key the journal says so, and gives nothing.
        #expect(throws: KeyStore.Problem.needsKeyFile) { try Workspace.open(desk.paths, access: .readOnly, desk.env("AB")) }
        first.close()
        other.close()
    }
}

@Suite("Base64 for sealed payloads")
struct Base64Tests {
    @Test("decodes what Foundation encodes, every length and padding; refuses what is not base64")
    func roundTrip() throws {
        var g = SystemRandomNumberGenerator()
        for n in 0..<80 {
            let bytes = (0..<n).map { _ in UInt8.random(in: 0...255, using: &g) }
            let text = Data(bytes).base64EncodedString()
            #expect(Base64.decode(ArraySlice(text.utf8)) == bytes, "\(n) bytes")
        }
        for bad in ["abc", "ab=c", "a===", "ab*d", "AA==AAAA"] { #expect(Base64.decode(ArraySlice(bad.utf8)) == nil, "\(bad)") }
    }

    /// Texts long enough for the 32-character steps, each length around their edges.
    static let lengths = Array(0..<200) + [255, 256, 257, 300, 301, 302, 1_000, 4_096]

    @Test("long texts decode as Foundation does, into exactly their room: nothing written past it")
    func long() throws {
        var g = SplitMix64(seed: 64)
        for n in Self.lengths {
            let bytes = (0..<n).map { _ in UInt8.random(in: 0...255, using: &g) }
            let text = Array(Data(bytes).base64EncodedString().utf8)
            // The room, then a guard the decoder must leave alone.
            var out = [UInt8](repeating: 0xA5, count: n + 64)
            let ok = text.withUnsafeBufferPointer { t in
                out.withUnsafeMutableBufferPointer { Base64.decode(t, into: $0.baseAddress!) }
            }
            #expect(ok, "\(n) bytes")
            #expect(Array(out[..<n]) == bytes, "\(n) bytes")
            #expect(out[n...].allSatisfy { $0 == 0xA5 }, "\(n) bytes: written past the room")
        }
    }

    @Test("a byte outside the alphabet at any place of a long text is refused; '=' only at the end")
    func refusedAnywhere() throws {
        var g = SplitMix64(seed: 65)
        let bytes = (0..<300).map { _ in UInt8.random(in: 0...255, using: &g) }
        let text = Array(Data(bytes).base64EncodedString().utf8)
        var wrongly: [String] = []
        for i in text.indices {
            for bad: UInt8 in [UInt8(ascii: "="), UInt8(ascii: "*"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: " "),
                               0x0A, 0x00, 0x2E, 0x3A, 0x40, 0x5B, 0x60, 0x7B, 0x7F, 0x80, 0xAF, 0xFF] {
                // '=' as the last character is padding: a text of one byte less.
                if bad == UInt8(ascii: "="), i == text.count - 1 { continue }
                var t = text
                t[i] = bad
                if Base64.decode(ArraySlice(t)) != nil { wrongly.append("\(bad) at \(i)") }
            }
        }
        #expect(wrongly.isEmpty, "\(wrongly.prefix(5))")
    }
}

@Suite("A file sealed whole (the snapshot's layer)")
struct SealedFileIOTests {
    @Test("written in pieces of any size, read back in any range; a changed byte or a cut chunk does not open")
    func roundTrip() throws {
        let dir = TemporaryDirectory("sealed")
        let io = SealedFileIO(journalKey: MasterKey.newKeyFile())
        var g = SystemRandomNumberGenerator()
        for total in [0, 1, SealedFileIO.chunk, SealedFileIO.chunk + 1, 5 * SealedFileIO.chunk + 17] {
            let bytes = (0..<total).map { _ in UInt8.random(in: 0...255, using: &g) }
            let path = dir.file("f\(total)")
            let fd = try io.open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            var done = 0
            while done < total {
                let n = min(total - done, [1, 1000, SealedFileIO.chunk, 3 * SealedFileIO.chunk + 5].randomElement(using: &g)!)
                try io.write(fd, bytes: Array(bytes[done..<(done + n)]))
                done += n
            }
            io.close(fd)
            let rfd = try io.open(path, O_RDONLY, 0)
            #expect(try io.fileSize(rfd) == total)
            for _ in 0..<20 where total > 0 {
                let from = Int.random(in: 0..<total, using: &g), count = Int.random(in: 1...(total - from), using: &g)
                #expect(try io.read(rfd, count: count, at: from) == Array(bytes[from..<(from + count)]), "\(total): \(from)+\(count)")
            }
            io.close(rfd)
            #expect(!Bytes.read(path).isEmpty && (total < 64 || Bytes.read(path).count > total), "on disk: header, chunks and tags")
        }
        // Tampering: a flipped byte, and the last chunk cut off.
        let path = dir.file("f\(5 * SealedFileIO.chunk + 17)")
        var disk = Bytes.read(path)
        disk[100] ^= 1
        Bytes.write(disk, to: path)
        let bad = try io.open(path, O_RDONLY, 0)
        #expect(throws: SystemError.self) { try io.read(bad, count: 10, at: 0) }
        io.close(bad)
        disk[100] ^= 1
        Bytes.write(Array(disk.prefix(SealedFileIO.headerLength + 5 * (SealedFileIO.chunk + SealedFileIO.tag))), to: path)
        let cut = try io.open(path, O_RDONLY, 0)
        #expect(throws: SystemError.self) { try io.read(cut, count: 10, at: 4 * SealedFileIO.chunk) }
        io.close(cut)
    }

    @Test("on disk, every chunk is AES-GCM as swift-crypto seals it: files sealed before are read, and read alike", arguments: [
        0, 1, SealedFileIO.chunk, SealedFileIO.chunk + 1, 3 * SealedFileIO.chunk + 17,
    ])
    func sameAsSwiftCrypto(_ total: Int) throws {
        let dir = TemporaryDirectory("sealed")
        let io = SealedFileIO(journalKey: MasterKey.newKeyFile())
        var g = SplitMix64(seed: UInt64(total))
        let bytes = (0..<total).map { _ in UInt8.random(in: 0...255, using: &g) }
        let path = dir.file("f")
        let fd = try io.open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try io.write(fd, bytes: bytes)
        io.close(fd)
        let disk = Bytes.read(path)
        let id = Array(disk[8..<16])
        // The file as swift-crypto seals it: chunks of 64 KiB, the last (maybe empty) marked.
        var expected = Array(disk[..<16])
        let chunks = max(1, (total + SealedFileIO.chunk - 1) / SealedFileIO.chunk)
        for k in 0..<chunks {
            let plain = Array(bytes[(k * SealedFileIO.chunk)..<min(total, (k + 1) * SealedFileIO.chunk)])
            let nonce = try AES.GCM.Nonce(data: id + withUnsafeBytes(of: UInt32(k).bigEndian) { Array($0) })
            let box = try AES.GCM.seal(plain, using: SymmetricKey(data: io.key), nonce: nonce, authenticating: [k == chunks - 1 ? 1 : 0])
            expected += Array(box.ciphertext) + Array(box.tag)
        }
        #expect(disk == expected)
        let rfd = try io.open(path, O_RDONLY, 0)
        #expect(try io.read(rfd, count: total, at: 0) == bytes)
        io.close(rfd)
    }
}

@Suite("Sealed payloads")
struct SealedPayloadTests {
    static func record(_ d: RecordDraft) -> JournalRecord {
        JournalRecord(formatVersion: 1, sequence: 7, previous: Digest(hashing: []), time: d.time, author: d.author, type: d.type,
                      subject: d.subject, payload: d.payload, remainingInBatch: 0, hash: Digest(hashing: []), offset: 0)
    }

    @Test("what is sealed opens with its key, and only as written: a changed byte, another author or subject, or no key do not")
    func openOnlyAsWritten() throws {
        var ring = KeyRing()
        let dir = TemporaryDirectory("sealed")
        let paths = JournalPaths(journal: dir.file("j.jsonl"))
        let master = MasterKey.file(MasterKey.newKeyFile())
        for text in ["", "{}", #"{"text":"Ringde om praktiken på lagret, \#(String(repeating: "å", count: 300))"}"#] {
            let draft = RecordDraft(time: Timestamp(millisecondsSince1970: 1_795_000_000_000), author: "AB", type: "note.added",
                                    subject: "d1", payload: Array(text.utf8))
            let sealed = try #require(try ring.seal([draft], storingNewKeysIn: paths, master: master).first)
            #expect(SealedPayload.isSealed(sealed.payload) && sealed.payload != draft.payload)
            #expect(try SealedPayload.open(Self.record(sealed), in: ring) == draft.payload)
            var changed = Self.record(sealed)
            let i = SealedPayload.prefix.count + 20
            changed.payload[i] = changed.payload[i] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
            #expect(throws: SealingError.unreadable(7)) { try SealedPayload.open(changed, in: ring) }
            var moved = Self.record(sealed)
            moved.author = "JL"
            #expect(throws: SealingError.unreadable(7)) { try SealedPayload.open(moved, in: ring) }
            moved = Self.record(sealed)
            moved.subject = nil
            #expect(throws: SealingError.unreadable(7)) { try SealedPayload.open(moved, in: ring) }
        }
        var forgetful = ring
        forgetful.forget("d1", at: Timestamp(millisecondsSince1970: 0))
        let draft = RecordDraft(time: Timestamp(millisecondsSince1970: 1), author: "AB", type: "note.added", subject: "d1", payload: Array("{}".utf8))
        let sealed = try #require(try ring.seal([draft], storingNewKeysIn: paths, master: master).first)
        #expect(try SealedPayload.open(Self.record(sealed), in: forgetful) == nil)
    }

    @Test("the associated data is the record's type, subject, author and milliseconds, a line each, as journals were first sealed")
    func associatedData() {
        func context(_ subject: String?, _ ms: Int64) -> String {
            SealedPayload.withContext(type: "participant.registered", subject: subject, author: "AB",
                                      time: Timestamp(millisecondsSince1970: ms)) { String(decoding: $0, as: UTF8.self) }
        }
        #expect(context("dytv9rf9j", 1_795_000_000_123) == "participant.registered\ndytv9rf9j\nAB\n1795000000123")
        #expect(context(nil, 0) == "participant.registered\n\nAB\n0")
        #expect(context("d1", -1_500) == "participant.registered\nd1\nAB\n-1500")
        #expect(context("d1", .max) == "participant.registered\nd1\nAB\n\(Int64.max)")
    }
}
