import Foundation
import Glibc
import LotsenJournal
import LotsenTestSupport
import Testing

/// A shared desk whose journal is kept in PostgreSQL (`journal=postgresql://…` in
/// `/etc/lotsen/NAME.conf`): the gateway connects as the service user, the login still
/// says who signs. Real Unix users, as `SharedDeskTests`; CI runs as root.
@Suite("A shared desk on a journal in PostgreSQL", .enabled(if: getuid() == 0), .serialized)
final class SharedDeskDatabaseTests {
    let suffix = String((0..<6).map { _ in "abcdefghjkmnpqrstvwxyz".randomElement()! })
    var name: String { "d" + suffix }
    var anna: String { "ld\(suffix)a" }
    var maria: String { "ld\(suffix)m" }
    var stranger: String { "ld\(suffix)x" }
    let dir = TemporaryDirectory("desk-db")
    var gateway: String { dir.file("bin/lotsen") }
    let lotsen = BuiltProducts.path("lotsen")

    init() throws {
        for user in [anna, maria, stranger] {
            _ = try LotsenTestSupport.run("/usr/sbin/useradd", ["--no-create-home", "--shell", "/usr/sbin/nologin", user])
        }
        chmod(dir.path, 0o755)
        mkdir(dir.file("bin"), 0o755)
        let setup = try LotsenTestSupport.run(lotsen, [
            "setup", name, "--caseworker", "AB:Anna Bok:AF:\(anna)", "--caseworker", "MS:Maria Sand:AME:\(maria)", "--install", gateway,
        ])
        #expect(setup.status == 0, "\(setup.stderr)")
    }

    deinit {
        for user in [anna, maria, stranger] { _ = try? LotsenTestSupport.run("/usr/sbin/userdel", [user]) }
        for path in ["/var/lib/lotsen/\(name)", "/var/lib/lotsen/\(name).seal.key", "/var/lib/lotsen/\(name).master.key", "/etc/lotsen/\(name).conf"] {
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    func run(_ user: String, _ args: String...) throws -> ProcessResult {
        try LotsenTestSupport.run("/usr/sbin/runuser", ["-u", user, "--", gateway] + args + ["--journal", name],
                                  environment: ["LANG": "sv_SE.UTF-8"], cwd: "/")
    }

    @Test("the desk's journal moved into the database: each login signs as its caseworker, the consent rule holds, looks are logged there")
    func deskOnDatabase() throws {
        let db = try TestDatabase()
        // Moved by root, who works on a system journal as the service user.
        let moved = try LotsenTestSupport.run(lotsen, ["migrate", "--journal", name, "--as", "AB", "--to", db.uri()])
        #expect(moved.status == 0, "\(moved.stderr)")
        let conf = "/etc/lotsen/\(name).conf"
        #expect(FileManager.default.createFile(atPath: conf, contents: Data("journal=\(db.uri())\n".utf8)))
        chmod(conf, 0o644)

        let added = try run(anna, "add", "--pnr", "000101-2384", "--first", "Sara", "--last", "Lind", "--registered", "2026-09-01",
                            "--phone", "070-111 11 11")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try run(anna, "note", "sara", "Ringde från AF").status == 0)
        let (j, records) = try db.open(.readOnly)
        j.close()
        #expect(records.suffix(2).map(\.author) == ["AB", "AB"])
        let seen = try run(maria, "show", "sara")
        #expect(seen.status == 0 && seen.stdout.contains("hos AF · kontakta AB Anna Bok"), "\(seen.stdout)\(seen.stderr)")
        #expect(!seen.stdout.contains("Ringde från AF") && !seen.stdout.contains("070-111 11 11"), "\(seen.stdout)")
        let borrowed = try run(anna, "note", "sara", "Som MS", "--as", "MS")
        #expect(borrowed.status == 2, "\(borrowed.stderr)")
        let unknown = try run(stranger, "find", "sara")
        #expect(unknown.status == 3 && unknown.stdout.isEmpty, "\(unknown.stdout)\(unknown.stderr)")
        // The looks are in the database's log, by login; the desk's snapshot is the service user's.
        let c = try db.connect()
        defer { c.close() }
        let looks = try c.query("SELECT convert_from(line, 'UTF8') FROM lotsen.access_log", binary: false)
        let lines = (0..<looks.rows).compactMap { looks.text($0, 0) }
        #expect(lines.contains { $0.contains(#""login":"\#(maria)""#) }, "\(lines)")
        var st = stat()
        #expect(stat("/var/lib/lotsen/\(name)/cache", &st) == 0 && st.st_uid == getpwnam("lotsen").pointee.pw_uid && st.st_mode & 0o077 == 0)
    }
}
