import Foundation
import LotsenTestSupport
import Testing

/// One rule for every text that enters the journal, and every message quotes what was
/// typed so that it cannot move the cursor, clear the screen or forge a line.
@Suite("Text that cannot forge a screen or a line")
struct TextRuleTests {
    static let esc = "\u{1B}"

    @Test("free text inside codes obeys the one-line rule: refused, exit 2, nothing written", arguments: [
        ["add", "--pnr", "811228-9874", "--first", "Eva", "--last", "Ek", "--via", "annan:vän\nSamtycke: AF, IFO"],
        ["add", "--pnr", "811228-9874", "--first", "Eva", "--last", "Ek", "--via", "annan:\u{1B}[2J"],
        ["edit", "sara", "--via", "other:x\u{07}"],
        ["activity", "sara", "start", "local:Grupp\u{1B}[31m"],
        ["activity", "sara", "start", "lokal:Grupp\nNy rad"],
        ["target", "set", "2026", "local:Kurs\r\n", "4"],
        ["add", "--pnr", "811228-9874", "--first", "E\u{202E}va", "--last", "Ek"],
    ])
    func refusedInCodes(args: [String]) throws {
        let cli = try CLI().ready()
        let before = cli.bytes
        let r = try cli.run(args)
        #expect(r.status == 2 && r.stderr.contains("innehåller styrtecken"), "\(args): \(r.stderr)")
        #expect(!r.stderr.contains(TextRuleTests.esc))
        #expect(cli.bytes == before)
    }

    @Test("a spreadsheet's 'kom via' cell with a line break is refused at its row and column")
    func importedVia() throws {
        let cli = try CLI().ready()
        let file = cli.dir.file("lista.csv")
        Bytes.write(Array("Personnummer;Förnamn;Efternamn;Kom via\n811228-9874;Eva;Ek;\"annan:kusin\nSamtycke: AF, IFO\"\n".utf8), to: file)
        let before = cli.bytes
        let r = try cli.run("import", "participants", file)
        #expect(r.status == 2 && r.stderr.contains("rad 2") && r.stderr.contains("innehåller styrtecken"), "\(r.stderr)")
        #expect(cli.bytes == before)
    }

    @Test("messages show typed control characters as escapes, never as bytes", arguments: [
        ["add", "--pnr", "811228-9874", "--first", "Eva", "--last", "Ek", "--phone", "07\u{1B}[2J"],
        ["find", "Z\u{1B}[2J"], ["show", "x\u{1B}]0;titel\u{07}"], ["meeting", "show", "2025\u{1B}[2J"],
        ["export", "participants", "--output", "/nonexistent/a\u{1B}[2Jb.csv"],
    ])
    func quotedInMessages(args: [String]) throws {
        let cli = try CLI().ready()
        let r = try cli.run(args)
        #expect(r.status != 0)
        #expect(!r.stderr.contains(TextRuleTests.esc) && !r.stderr.contains("\u{07}"), "\(args): \(r.stderr)")
        #expect(r.stderr.contains("\\e"), "\(args): \(r.stderr)")
    }

    @Test("invisible characters are removed from names and names are stored NFC, so search finds them")
    func invisibleAndNormalised() throws {
        let cli = try CLI().ready()
        #expect(try cli.run("add", "--pnr", "811228-9874", "--first", "An\u{200B}na\u{FEFF}", "--last", "E\u{200D}k").status == 0)
        let found = try cli.run("find", "anna ek")
        #expect(found.status == 0 && found.stdout.contains("Anna Ek"), "\(found.stdout)")
        // "Ä" typed as A + combining diaeresis is stored as the one letter Ä (C3 84).
        #expect(try cli.run("add", "--pnr", "0603159856", "--first", "A\u{0308}sa", "--last", "Lind").status == 0)
        #expect(try cli.run("find", "äsa").stdout.contains("Äsa Lind"))
        // As stored: the export reads the names back from the (encrypted) journal unchanged.
        let stored = String(try cli.run("export", "participants").stdout.unicodeScalars.drop { $0 == "\u{FEFF}" })
        #expect(stored.unicodeScalars.contains("\u{00C4}") && !stored.unicodeScalars.contains("\u{0308}"))
        #expect(!stored.unicodeScalars.contains("\u{200B}") && !stored.unicodeScalars.contains("\u{FEFF}"))
    }
}
