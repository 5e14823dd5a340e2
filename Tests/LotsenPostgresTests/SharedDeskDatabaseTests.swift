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
    let fixture: SharedDeskFixture
    var name: String { fixture.name }
    var anna: String { fixture.anna }
    var maria: String { fixture.maria }
    var stranger: String { fixture.stranger }
    let lotsen = BuiltProducts.path("lotsen")

    init() throws { fixture = try SharedDeskFixture(prefix: "d") }

    func run(_ user: String, _ args: String...) throws -> ProcessResult { try fixture.gateway(as: user, args) }

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
