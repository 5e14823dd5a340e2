import Testing
import LotsenCalendar
import LotsenCore
import LotsenTestSupport
@testable import LotsenWorkspace

@Suite("Importing a spreadsheet")
struct ImportTests {
    let today = Desk.today

    func check(_ text: [UInt8], state: LotsenState = LotsenState()) throws -> ([Command], [ParticipantImport.RowError], ParticipantImport) {
        let sheet = try ParticipantImport(bytes: text)
        let (commands, errors) = sheet.check(against: state, today: today)
        return (commands, errors, sheet)
    }

    @Test("Swedish Excel: Windows-1252, semicolons, Swedish headings in any order, x/blank")
    func swedishExcel() throws {
        let text = "Efternamn;Förnamn;Personnummer;Kön;Telefon;Utrikesfödd;Gymnasiebetyg;Inskriven\r\n"
            + "Öberg;Åsa;000101-2384;kvinna;070-123 45 67;x;;2026-03-01\r\n"
            + "Ali;\"Hassan, Jr\";811228-9874;man;;;x;2026-04-02\r\n"
        // Encode as Windows-1252: every character here is in Latin-1.
        let bytes = text.unicodeScalars.map { UInt8($0.value) }
        let (commands, errors, sheet) = try check(bytes)
        #expect(sheet.encoding == .windows1252)
        #expect(errors.isEmpty)
        #expect(commands.count == 2)
        guard case .participant(.register(let first)) = commands[0] else { Issue.record("not a registration"); return }
        #expect(first.firstName == "Åsa" && first.lastName == "Öberg")
        #expect(first.bornAbroad == "x" && first.gradesComplete == "")
        guard case .participant(.register(let second)) = commands[1] else { Issue.record("not a registration"); return }
        #expect(second.firstName == "Hassan, Jr")
    }

    @Test("UTF-8 with a BOM, commas, English headings")
    func englishUTF8() throws {
        let text = "\u{FEFF}first name,last name,personal number,phone,born abroad\nNguyễn,Hoa,0603159856,+46 70 111 22 33,yes\n"
        let (commands, errors, sheet) = try check(Array(text.utf8))
        #expect(sheet.encoding == .utf8)
        #expect(errors.isEmpty && commands.count == 1)
    }

    @Test("every bad row is named by row and column; duplicates in the file and in the journal too")
    func badRows() throws {
        let desk = Desk()
        let w = try desk.create()
        try w.perform(Desk.registration("811228-9874", "Eva", "Finns"))
        let text = "personnummer;förnamn;efternamn;inskriven;funktionsnedsättning\n"
            + "000101-2384;Sara;Lind;2026-01-01;nej\n"       // row 2: fine
            + "000101-2385;Bo;Fel;;\n"                       // row 3: check digit
            + "811228-9874;Eva;Igen;;\n"                     // row 4: already in the journal
            + "000101-2384;Sara;Dubblett;;\n"                // row 5: same as row 2
            + "0603159856;;Utan;;\n"                          // row 6: no first name
            + "0802299933;Ida;Datum;2026-02-30;\n"           // row 7: no such date
            + "191212-9994;Ny;Person;;kanske\n"              // row 8: not yes/no
        let (commands, errors, _) = try check(Array(text.utf8), state: w.state)
        #expect(commands.count == 1)
        #expect(errors.map(\.row) == [3, 4, 5, 6, 7, 8])
        #expect(errors.map(\.column) == ["personnummer", "personnummer", "personnummer", "förnamn", "inskriven", "funktionsnedsättning"])
        #expect(errors[0].error == .personnummer(.checkDigit))
        #expect(errors[2].error == .duplicatePersonnummer(ParticipantImport.rowID(2)))
        #expect(ParticipantImport.row(of: ParticipantImport.rowID(2)) == 2)
    }

    @Test("files that cannot be understood are refused whole", arguments: [
        ("", ParticipantImport.FileError.empty),
        ("förnamn;efternamn\nA;B\n", .missingColumns([.personnummer])),
        ("personnummer;förnamn;efternamn;skostorlek\n", .unknownColumn("skostorlek")),
        ("personnummer;förnamn;efternamn;Förnamn\n", .duplicateColumn("Förnamn")),
    ])
    func badFiles(_ text: String, _ error: ParticipantImport.FileError) {
        #expect(throws: error) { try ParticipantImport(bytes: Array(text.utf8)) }
    }
}

@Suite("Exporting a spreadsheet")
struct ExportTests {
    @Test("UTF-8 BOM, semicolons, CRLF, quotes where needed, formulas defused", arguments: [
        ("=SUM(A1)", "'=SUM(A1)"), ("+46 70 1", "'+46 70 1"), ("-1", "'-1"), ("@cmd", "'@cmd"),
        ("Åsa", "Åsa"), ("a;b", "\"a;b\""), ("sa \"hej\"", "\"sa \"\"hej\"\"\""), ("rad\nrad", "\"rad\nrad\""),
    ])
    func cells(_ raw: String, _ written: String) {
        #expect(SpreadsheetCSV.cell(raw) == written)
    }

    @Test("a sheet starts with the BOM and ends rows with CRLF")
    func sheet() {
        var s = SpreadsheetCSV()
        s.row(["a", "b"])
        #expect(s.bytes == [0xEF, 0xBB, 0xBF] + Array("a;b\r\n".utf8))
    }
}
