import Foundation
import Testing
import LotsenTestSupport

@Suite("lotsen import and export")
struct SpreadsheetCommandTests {
    @Test("one bad row: every problem listed with row and column, nothing written; --skip-invalid writes the rest")
    func importAllOrNothing() throws {
        let cli = try CLI().ready()
        let file = cli.dir.file("deltagare.csv")
        let rows = "Personnummer;Förnamn;Efternamn;Telefon\n811228-9874;Eva;Ek;070-111 22 33\n000101-2385;Bo;Fel;\n0603159856;Erik;Östlund;\n"
        Bytes.write(Array(rows.utf8), to: file)
        let before = cli.bytes
        let refused = try cli.run("import", "participants", file)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("deltagare.csv: rad 3, kolumn ”Personnummer”: Personnummer: kontrollsiffran"))
        #expect(cli.bytes == before)
        let dry = try cli.run("import", "participants", file, "--dry-run", "--skip-invalid")
        #expect(dry.status == 1)
        #expect(cli.bytes == before)
        let partial = try cli.run("import", "participants", file, "--skip-invalid")
        #expect(partial.status == 0 && partial.stdout.contains("2 deltagare inskrivna"))
        #expect(try cli.run("find", "östlund").status == 0)
        // Importing the same file again: all duplicates now, nothing written.
        let after = cli.bytes
        #expect(try cli.run("import", "participants", file).status == 2)
        #expect(cli.bytes == after)
    }

    @Test("export: a private file that Swedish Excel opens, formulas defused")
    func export() throws {
        let cli = try CLI().ready()
        try cli.run("add", "--pnr", "811228-9874", "--first", "=HYPERLINK(\"x\")", "--last", "Ek")
        let out = cli.dir.file("ut.csv")
        #expect(try cli.run("export", "participants", "--output", out).status == 0)
        #expect(Bytes.permissions(out) == 0o600)
        let bytes = Bytes.read(out)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("id;personnummer;förnamn;efternamn;"))
        #expect(text.contains(";\"'=HYPERLINK(\"\"x\"\")\";Ek;"))
        #expect(text.contains("20000101-2384;Sara;Lind;kvinna;070-123 45 67;;2026-09-01;"))
        let json = try #require(try cli.json(cli.run("export", "participants", "--format", "json")) as? [[String: Any]])
        #expect(json.count == 2)
    }

    @Test("the demo journal opens, verifies, and finds people by name")
    func demo() throws {
        let cli = CLI()
        let made = try cli.run("demo")
        #expect(made.status == 0 && made.stdout.contains("120 deltagare"))
        #expect(try cli.run("demo", "--if-missing").status == 0)
        #expect(try cli.run("demo").status == 2)
        #expect(try cli.run("verify").status == 0)
        #expect(try cli.run("find", "a").status == 0)
        let everyone = try cli.run("find", "--limit", "500")
        #expect(everyone.status == 0 && everyone.stdout.split(separator: "\n").count > 50)
    }
}
