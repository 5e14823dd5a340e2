import Foundation
import Glibc
import LotsenTestSupport
import Testing

/// The shared desk with real Unix users (issue 25, point 1): `lotsen setup` as root, two
/// caseworkers' logins and one unknown login, the gateway run as each of them. CI runs as
/// root; elsewhere the suite cannot make users and does not run.
@Suite("The shared desk: identity from the login", .enabled(if: getuid() == 0), .serialized)
final class SharedDeskTests {
    let fixture: SharedDeskFixture
    var name: String { fixture.name }
    var anna: String { fixture.anna }
    var maria: String { fixture.maria }
    var stranger: String { fixture.stranger }
    var dir: TemporaryDirectory { fixture.dir }
    var journal: String { fixture.journal }

    init() throws { fixture = try SharedDeskFixture(prefix: "t") }

    func run(_ user: String, _ args: String..., environment: [String: String] = [:]) throws -> ProcessResult {
        try fixture.gateway(as: user, args, environment: environment)
    }

    @Test("each login is its own caseworker, sees what the rule allows, and can neither borrow another's name nor reach the files")
    func desk() throws {
        let added = try run(anna, "add", "--pnr", "000101-2384", "--first", "Sara", "--last", "Lind", "--registered", "2026-09-01",
                            "--phone", "070-111 11 11")
        #expect(added.status == 0, "\(added.stderr)")
        // The environment cannot choose the journal, the author or the day.
        let note = try run(anna, "note", "sara", "Ringde från AF", environment: [
            "LOTSEN_JOURNAL": dir.file("elsewhere.jsonl"), "LOTSEN_AS": "MS", "LOTSEN_TODAY": "2020-01-01",
        ])
        #expect(note.status == 0, "\(note.stderr)")
        let line = try #require(String(contentsOfFile: journal, encoding: .utf8).split(separator: "\n").last)
        #expect(line.contains("\"author\":\"AB\"") && !line.contains("\"time\":\"2020-"), "written as AB, today: \(line)")
        #expect(!FileManager.default.fileExists(atPath: dir.file("elsewhere.jsonl")))

        // AME without consent: that Sara is registered with AF, and whom to ask; not AF's note or her phone.
        let seen = try run(maria, "show", "sara")
        #expect(seen.status == 0 && seen.stdout.contains("hos AF · kontakta AB Anna Bok"), "\(seen.stdout)\(seen.stderr)")
        #expect(!seen.stdout.contains("Ringde från AF") && !seen.stdout.contains("070-111 11 11"), "\(seen.stdout)")
        #expect(try run(anna, "show", "sara").stdout.contains("Ringde från AF"))

        let borrowed = try run(anna, "note", "sara", "Som MS", "--as", "MS")
        #expect(borrowed.status == 2 && borrowed.stderr.contains("den du är inloggad som"), "\(borrowed.stderr)")
        let unknown = try run(stranger, "find", "sara")
        #expect(unknown.status == 3 && unknown.stdout.isEmpty && unknown.stderr.contains("inte kopplad till någon handläggare"),
                "\(unknown.stdout)\(unknown.stderr)")
        let path = try run(anna, "show", "sara", "--journal", "/tmp")
        #expect(path.status == 3 && path.stdout.isEmpty, "\(path.stderr)")

        // Around Lotsen: the files are the service user's alone.
        // Even read as root, the journal tells nothing without the master key; no login can read that.
        let raw = try String(contentsOfFile: journal, encoding: .utf8)
        #expect(!raw.contains("Ringde från AF") && !raw.contains("Sara") && FileManager.default.fileExists(atPath: journal + ".keys"))
        for attempt in [["cat", journal], ["sh", "-c", "echo x >> \(journal)"], ["ls", "/var/lib/lotsen/\(name)"],
                        ["cat", "/var/lib/lotsen/\(name).master.key"]] {
            let r = try LotsenTestSupport.run("/usr/sbin/runuser", ["-u", anna, "--"] + attempt, cwd: "/")
            #expect(r.status != 0 && r.stdout.isEmpty, "\(attempt)")
        }
        // A printout is the caller's own file, 0600, where the caller may write.
        let out = dir.file("out/r.csv")
        #expect(try run(anna, "report", "målgrupp", "--format", "csv", "--output", out).status == 0)
        var st = stat()
        #expect(stat(out, &st) == 0 && st.st_uid == getpwnam(anna).pointee.pw_uid && st.st_mode & 0o777 == 0o600)
        let intoJournal = try run(anna, "report", "målgrupp", "--output", "/var/lib/lotsen/\(name)/x.csv")
        #expect(intoJournal.status == 3, "\(intoJournal.stderr)")
        #expect(try LotsenTestSupport.run(BuiltProducts.path("lotsen"), ["verify", "--journal", name]).status == 0)
        // The access log names each look by login, and is Lotsen's alone.
        let log = try run(anna, "log", "--participant", "sara")
        #expect(log.stdout.contains("\(anna) (AB)  kortet") && log.stdout.contains("\(maria) (MS)  kortet"), "\(log.stdout)\(log.stderr)")
        let edit = try LotsenTestSupport.run("/usr/sbin/runuser", ["-u", anna, "--", "sh", "-c", "echo x >> \(journal).access"], cwd: "/")
        #expect(edit.status != 0)
    }
}
