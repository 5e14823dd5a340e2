import Foundation
import Glibc
import LotsenCalendar
import LotsenJournal
import LotsenTestSupport
import Testing

/// The access log's file (issue 25, point 4): looks read back in order, a chain that
/// notices a changed or removed line, a torn end cut off, never followed through a link.
@Suite("Access log")
struct AccessLogTests {
    let dir = TemporaryDirectory("access")
    var paths: JournalPaths { JournalPaths(journal: dir.file("j.jsonl")) }

    func look(_ n: Int, by: String = "AB") -> AccessEntry {
        AccessEntry(time: Timestamp(millisecondsSince1970: 1_795_000_000_000 + Int64(n)), login: "anna", caseworker: by,
                    what: "card", subject: "d\(n)", via: "show")
    }

    @Test("looks appended in batches read back whole, numbered, with the chain intact")
    func roundTrip() throws {
        try AccessLog.append([look(1), look(2)], paths)
        try AccessLog.append([look(3)], paths)
        let r = try AccessLog.read(paths)
        #expect(r.brokenAt == nil)
        #expect(r.entries.map(\.sequence) == [1, 2, 3] && r.entries.map(\.entry) == [look(1), look(2), look(3)])
        var st = stat()
        #expect(lstat(AccessLog.path(paths), &st) == 0 && st.st_mode & 0o777 == 0o600)
    }

    @Test("a line changed or removed breaks the chain where it is")
    func tampered() throws {
        try AccessLog.append([look(1), look(2), look(3)], paths)
        let file = AccessLog.path(paths)
        let original = Bytes.read(file)
        Bytes.write(Array(String(decoding: original, as: UTF8.self).replacingOccurrences(of: "\"by\":\"AB\",\"what\":\"card\",\"subject\":\"d2\"",
                                                                                           with: "\"by\":\"MS\",\"what\":\"card\",\"subject\":\"d2\"").utf8), to: file)
        #expect(try AccessLog.read(paths).brokenAt == 3, "the line after the changed one no longer vouches for it")
        let lines = String(decoding: original, as: UTF8.self).split(separator: "\n")
        Bytes.write(Array((lines[0] + "\n" + lines[2] + "\n").utf8), to: file)
        #expect(try AccessLog.read(paths).brokenAt == 2)
    }

    @Test("a torn last line (never acknowledged) is cut off by the next append")
    func tornTail() throws {
        try AccessLog.append([look(1)], paths)
        let file = AccessLog.path(paths)
        Bytes.write(Bytes.read(file) + Array("{\"seq\":2,\"pre".utf8), to: file)
        try AccessLog.append([look(2)], paths)
        let r = try AccessLog.read(paths)
        #expect(r.brokenAt == nil && r.entries.map(\.sequence) == [1, 2])
    }

    @Test("a link in the log's place is refused, and nothing is written through it")
    func link() throws {
        let target = dir.file("elsewhere")
        Bytes.write([], to: target)
        symlink(target, AccessLog.path(paths))
        #expect(throws: SystemError.self) { try AccessLog.append([look(1)], paths) }
        #expect(Bytes.read(target).isEmpty)
    }
}
