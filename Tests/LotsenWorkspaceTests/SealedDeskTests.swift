import Foundation
import Testing
import LotsenCalendar
import LotsenCore
import LotsenJournal
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
}
