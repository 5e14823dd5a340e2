import Foundation
import LotsenJournal
import LotsenPostgres
import LotsenTestSupport
import Testing

/// `lotsen` itself on a journal in PostgreSQL: moved there and back byte for byte, and two
/// desks — two caseworkers' database roles — in real terminals.
@Suite("lotsen on a journal in PostgreSQL", .serialized)
struct DatabaseDeskTests {
    let lotsen = BuiltProducts.path("lotsen")
    let dir = TemporaryDirectory("db-desk")

    func run(_ args: String..., journal: String, author: String? = "AB") throws -> ProcessResult {
        var env = ["LANG": "sv_SE.UTF-8", "TZ": "UTC", "XDG_CONFIG_HOME": dir.file("config"), "XDG_CACHE_HOME": dir.file("cache"),
                   "LOTSEN_JOURNAL": journal]
        if let author { env["LOTSEN_AS"] = author }
        return try LotsenTestSupport.run(lotsen, args, environment: env)
    }

    /// The demo (sealed, with its key store) moved into `db`.
    func demoInDatabase(_ db: TestDatabase) throws -> String {
        let file = dir.file("demo/journal.jsonl")
        #expect(try run("demo", journal: file).status == 0)
        let moved = try run("migrate", "--to", db.uri(), journal: file)
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(moved.stdout.contains("kopians kedja är kontrollerad hel"))
        return file
    }

    @Test("migrate --to the database and back: the same bytes, the same key store, the same answers; a second copy is refused")
    func migrateBothWays() throws {
        let db = try TestDatabase()
        let file = try demoInDatabase(db)
        #expect(try db.bytes() == Bytes.read(file))
        let back = dir.file("back/journal.jsonl")
        let returned = try run("migrate", "--to", back, journal: db.uri())
        #expect(returned.status == 0, "\(returned.stderr)")
        #expect(Bytes.read(back) == Bytes.read(file))
        #expect(Bytes.read(back + ".keys") == Bytes.read(file + ".keys"))
        // What a caseworker is told is the same from either.
        let fromFile = try run("find", "--json", "--all", "Berg", journal: file)
        let fromDatabase = try run("find", "--json", "--all", "Berg", journal: db.uri())
        #expect(fromFile.status == 0 && fromDatabase.status == 0, "\(fromDatabase.stderr)")
        #expect(fromFile.stdout == fromDatabase.stdout)
        #expect(try run("verify", journal: db.uri()).status == 0)
        // Again into the same database: everything is there already, nothing is written.
        let before = try db.bytes()
        let again = try run("migrate", "--to", db.uri(), journal: file)
        #expect(again.status == 0 && again.stdout.contains("hade redan de första 6"), "\(again.stdout)\(again.stderr)")
        #expect(try db.bytes() == before)
        // Into a database that holds another journal, or onto a file that exists: refused, nothing written.
        let other = try TestDatabase()
        #expect(try run("setup", "--database", other.uri(), "--caseworker", "AB:Anna:AF:ab_\(other.name)", journal: other.uri()).status == 0)
        let theirs = try other.bytes()
        let into = try run("migrate", "--to", other.uri(), journal: file)
        #expect(into.status == 2 && into.stderr.contains("har redan en annan journal"), "\(into.stderr)")
        #expect(try other.bytes() == theirs)
        let onto = try run("migrate", "--to", back, journal: db.uri())
        #expect(onto.status != 0)
        #expect(Bytes.read(back) == Bytes.read(file))
    }

    @Test("migrate --to killed with SIGKILL at random moments: run again, it goes on, and the copy is the source byte for byte")
    func migrateKilled() throws {
        let file = dir.file("demo/journal.jsonl")
        #expect(try run("demo", journal: file).status == 0)
        for round in 0..<3 {
            let db = try TestDatabase()
            let env = ["LANG": "sv_SE.UTF-8", "TZ": "UTC", "XDG_CONFIG_HOME": dir.file("config"), "XDG_CACHE_HOME": dir.file("cache"),
                       "LOTSEN_JOURNAL": file, "LOTSEN_AS": "AB"]
            let p = try RunningProcess(lotsen, ["migrate", "--to", db.uri()], environment: env)
            usleep(UInt32.random(in: 50_000...350_000))
            p.kill()
            _ = p.finish()
            let back = dir.file("back\(round)/journal.jsonl")
            let p2 = try RunningProcess(lotsen, ["migrate", "--journal", db.uri(), "--to", back], environment: env)
            usleep(UInt32.random(in: 0...100_000))
            p2.kill()
            _ = p2.finish()
            let again = try run("migrate", "--to", db.uri(), journal: file)
            #expect(again.status == 0, "round \(round): \(again.stderr)")
            #expect(try db.bytes() == Bytes.read(file), "round \(round)")
            // A file copy cut off leaves no journal under the target's name, only its key store.
            #expect(!FileManager.default.fileExists(atPath: back) || Bytes.read(back) == Bytes.read(file))
            if !FileManager.default.fileExists(atPath: back) {
                let returned = try run("migrate", "--to", back, journal: db.uri())
                #expect(returned.status == 0, "round \(round): \(returned.stderr)")
            }
            #expect(Bytes.read(back) == Bytes.read(file))
        }
    }

    @Test("init makes the journal in an empty database, encrypted; a demo is made in a file and said so")
    func initInDatabase() throws {
        let db = try TestDatabase()
        let made = try run("init", journal: db.uri())
        #expect(made.status == 0 && made.stdout.contains(PostgresLocation.printable(db.uri())), "\(made.stdout)\(made.stderr)")
        #expect(try run("caseworker", "add", "--initials", "AB", "--name", "Anna Bok", "--org", "AF", journal: db.uri()).status == 0)
        let c = try db.connect()
        #expect(try c.query("SELECT 1 FROM lotsen.key_store").rows == 1)
        c.close()
        #expect(try run("init", journal: db.uri()).status == 2)
        let demo = try run("demo", journal: db.uri())
        #expect(demo.status == 2 && demo.stderr.contains("migrate --to"), "\(demo.stderr)")
        #expect(try Journal.verify(store: db.store()).lastSequence == 1)
    }

    @Test("keys rotate seals the database's key store under a new key; file-only work is refused, nothing written")
    func keysAndFileOnlyWork() throws {
        let db = try TestDatabase()
        _ = try demoInDatabase(db)
        let keyFile = dir.file("config/lotsen/master.key")
        let before = Bytes.read(keyFile)
        let rotated = try run("keys", "rotate", journal: db.uri())
        #expect(rotated.status == 0, "\(rotated.stderr)")
        #expect(Bytes.read(keyFile) != before)
        let found = try run("find", "--json", "--all", "Abdi", journal: db.uri())
        #expect(found.status == 0 && found.stdout.contains("Örjan"), "\(found.stderr)")
        let records = try db.bytes()
        for args in [["backup", dir.file("backups")], ["repair"], ["migrate", "--encrypt"]] {
            let r = try LotsenTestSupport.run(lotsen, args, environment: ["LANG": "sv_SE.UTF-8", "LOTSEN_JOURNAL": db.uri(),
                                                                         "XDG_CONFIG_HOME": dir.file("config"), "LOTSEN_AS": "AB"])
            #expect(r.status == 2 && r.stderr.contains("databasens egna verktyg"), "\(args): \(r.stderr)")
        }
        #expect(try db.bytes() == records)
    }

    @Test("a caseworker's role signs as that caseworker only; --as another is refused before anything is read")
    func roleIsTheCaseworker() throws {
        let db = try TestDatabase()
        _ = try demoInDatabase(db)
        let role = "ms_" + db.name
        #expect(try run("setup", "--database", db.uri(), "--caseworker", "MS:Maria Sandberg:AME:\(role)", journal: db.uri()).status == 0)
        let claimed = try run("note", "Örjan Abdi", "Ringde.", journal: db.uri(user: role), author: "AB")
        #expect(claimed.status != 0 && claimed.stderr.contains("ms_"), "\(claimed.stderr)")
        let own = try run("note", "Örjan Abdi", "Ringde om praktiken.", journal: db.uri(user: role), author: nil)
        #expect(own.status == 0, "\(own.stderr)")
        let (j, records) = try db.open(.readOnly)
        j.close()
        #expect(records.last?.author == "MS")
        // The look is logged in the database, by the role, and in no file on the desk.
        #expect(try run("show", "Örjan Abdi", journal: db.uri(user: role), author: nil).status == 0)
        let c = try db.connect()
        defer { c.close() }
        let looks = try c.query("SELECT logged_by::text, convert_from(line, 'UTF8') FROM lotsen.access_log ORDER BY seq", binary: false)
        #expect(looks.rows >= 1)
        #expect(looks.text(looks.rows - 1, 0) == role)
        #expect(looks.text(looks.rows - 1, 1)?.contains(#""by":"MS""#) == true)
        let log = try run("log", "--caseworker", "MS", journal: db.uri(user: role), author: nil)
        #expect(log.status == 0 && log.stdout.contains("MS"), "\(log.stdout)\(log.stderr)")
        let cached = (FileManager.default.enumerator(atPath: dir.file("cache"))?.allObjects as? [String]) ?? []
        #expect(!cached.contains { $0.hasSuffix(".access") }, "\(cached)")
        // The log is append-only in the database too.
        #expect(throws: JournalError.self) { try c.execute("DELETE FROM lotsen.access_log") }
    }

    @Test("two desks in terminals, two organisations' roles: a note written at one is on the other's screen within a second",
          .enabled(if: Tmux.isAvailable))
    func twoDesks() throws {
        let db = try TestDatabase()
        _ = try demoInDatabase(db)
        let (anna, maria) = ("ab_" + db.name, "ms_" + db.name)
        let allowed = try run("setup", "--database", db.uri(), "--caseworker", "AB:Anna Bergqvist:AF:\(anna)",
                              "--caseworker", "MS:Maria Sandberg:AME:\(maria)", journal: db.uri())
        #expect(allowed.status == 0, "\(allowed.stderr)")
        func desk(_ role: String) -> String {
            let env = "TERM=xterm-256color LANG=C.UTF-8 TZ=UTC HOME=/nonexistent LOTSEN_TODAY=\(PinnedDay.iso) "
                + "XDG_CONFIG_HOME=\(dir.file("config")) XDG_CACHE_HOME=\(dir.file("cache"))"
            return "sh -c 'env \(env) \(lotsen) --journal \"\(db.uri(user: role))\"; sleep 30'"
        }
        let t = try Tmux(command: desk(anna))
        try t.newWindow(desk(maria))
        for target in [":0", ":1"] {
            #expect(t.wait(target, seconds: 10) { $0.contains("Deltagare") && $0.contains("Sök:") } != nil, "\(t.screen(target))")
            try t.type("örjan abdi", target: target)
            #expect(t.wait(target) { $0.contains(">Abdi, Örjan") } != nil, "\(t.screen(target))")
            try t.send("Enter", target: target)
            #expect(t.wait(target) { $0.contains("Kort ·") && $0.contains("Anteckningar") } != nil, "\(t.screen(target))")
        }
        try t.send("n", target: ":1")
        #expect(t.wait(":1") { $0.contains("Ny anteckning för") } != nil)
        try t.type("Maria ringde: börjar på lagret måndag.", target: ":1")
        try t.send("C-s", target: ":1")
        #expect(t.wait(":1") { $0.contains("✓ Sparad") } != nil, "\(t.screen(":1"))")
        let seconds = t.wait(":0", seconds: 3) { $0.contains("Maria ringde: börjar på lagret måndag.") }
        #expect(seconds != nil && seconds! < 1.0, "took \(String(describing: seconds)) s: \(t.screen(":0"))")
        // And back: Anna's note on Maria's screen.
        try t.send("n", target: ":0")
        try t.type("Anna: intyg skickat till AME.", target: ":0")
        try t.send("C-s", target: ":0")
        let back = t.wait(":1", seconds: 3) { $0.contains("Anna: intyg skickat till AME.") }
        #expect(back != nil && back! < 1.0, "took \(String(describing: back)) s: \(t.screen(":1"))")
        let (j, records) = try db.open(.readOnly)
        j.close()
        #expect(records.suffix(2).map(\.author) == ["MS", "AB"])
    }

    @Test("the server goes down under a desk writing a note: read-only with the reason, the text kept, saved once it is back",
          .enabled(if: Tmux.isAvailable))
    func serverGoneAndBack() throws {
        let cluster = try Cluster()
        defer { cluster.stop() }
        _ = try PostgresSetup.install(cluster.uri)
        let file = dir.file("demo/journal.jsonl")
        #expect(try run("demo", journal: file).status == 0)
        #expect(try run("migrate", "--to", cluster.uri, journal: file).status == 0)
        let env = "TERM=xterm-256color LANG=C.UTF-8 TZ=UTC HOME=/nonexistent LOTSEN_AS=AB LOTSEN_TODAY=\(PinnedDay.iso) "
            + "XDG_CONFIG_HOME=\(dir.file("config")) XDG_CACHE_HOME=\(dir.file("cache"))"
        let t = try Tmux(command: "sh -c 'env \(env) \(lotsen) --journal \"\(cluster.uri)\"; sleep 30'")
        #expect(t.wait(seconds: 10) { $0.contains("Sök:") } != nil, "\(t.screen())")
        try t.type("örjan abdi")
        #expect(t.wait { $0.contains(">Abdi, Örjan") } != nil, "\(t.screen())")
        try t.send("Enter")
        try t.send("n")
        #expect(t.wait { $0.contains("Ny anteckning för") } != nil, "\(t.screen())")
        try t.type("Text som inte får försvinna.")
        try cluster.crash()
        // Noticed at rest, said in the status line; nothing of the server's own words on the screen.
        #expect(t.wait(seconds: 5) { $0.contains("SKRIVSKYDDAD") && $0.contains("Databasen går inte att nå") } != nil, "\(t.screen())")
        try t.send("C-s")
        #expect(t.wait { $0.contains("Text som inte får försvinna.") && $0.contains("Ny anteckning för") } != nil, "\(t.screen())")
        #expect(!t.screen().contains("WARNING") && !t.screen().contains("FATAL"), "\(t.screen())")
        try cluster.start()
        #expect(t.wait(seconds: 6) { !$0.contains("SKRIVSKYDDAD") } != nil, "\(t.screen())")
        try t.send("C-s")
        #expect(t.wait { $0.contains("✓ Sparad") } != nil, "\(t.screen())")
        var records: [JournalRecord] = []
        _ = try Journal.open(store: PostgresJournalStore(cluster.uri), cache: TestDatabase.noCache, access: .readOnly,
                             clock: TestDatabase.clock) { records += $0 }.journal.close()
        #expect(records.last?.type == "note.added" && records.last?.author == "AB")
    }
}
