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
