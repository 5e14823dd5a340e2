import Dispatch
import Testing
import LotsenCalendar
import LotsenCore
import LotsenTestSupport
@testable import LotsenWorkspace

/// A municipality's list of thousands of rows checks in linear time, and files that
/// are not what they seem get messages that say so.
@Suite("Importing large and odd spreadsheets")
struct ImportScaleTests {
    /// `count` rows with generated, valid personnummer (born 1998–2008), never real ones.
    static func rows(_ count: Int, header: String = "Personnummer;Förnamn;Efternamn;Telefon") -> String {
        var out = [header]
        var n = 0
        var serial = 0
        while out.count <= count {
            n += 1
            let day = Day(year: 1998 + n % 11, month: 1 + n % 12, day: 1 + n % 28)!
            serial = (serial + 7) % 1000
            let (y, m, d) = day.parts
            let ten = String(format2(y % 100) + format2(m) + format2(d)) + String(format3(serial))
            let digits = ten.compactMap(\.wholeNumberValue)
            var sum = 0
            for (i, x) in digits.enumerated() { let v = i % 2 == 0 ? x * 2 : x; sum += v / 10 + v % 10 }
            out.append("\(y)\(format2(m))\(format2(d))-\(format3(serial))\((10 - sum % 10) % 10);Anna;Berg \(n);070-\(1_000_000 + n)")
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func format2(_ x: Int) -> String { x < 10 ? "0\(x)" : "\(x)" }
    static func format3(_ x: Int) -> String { x < 10 ? "00\(x)" : x < 100 ? "0\(x)" : "\(x)" }

    /// Not a timing of the machine: a guard with twenty times the room the linear check
    /// needs. Each row used to copy the whole state (20,000 rows: about a minute).
    @Test("20,000 rows are checked without copying the state for each row")
    func linear() throws {
        let sheet = try ParticipantImport(bytes: Array(ImportScaleTests.rows(20_000).utf8))
        #expect(sheet.rows.count == 20_000)
        let start = DispatchTime.now()
        let (commands, errors) = sheet.check(against: LotsenState(), today: Desk.today)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        #expect(errors.isEmpty && commands.count == 20_000, "\(errors.prefix(3))")
        #expect(seconds < 20, "\(seconds) s")
    }

    @Test("a duplicate within the file is still named at the row it repeats")
    func duplicateInFile() throws {
        let text = ImportScaleTests.rows(3) + ImportScaleTests.rows(1).split(separator: "\n")[1] + "\n"
        let (commands, errors) = try ParticipantImport(bytes: Array(text.utf8)).check(against: LotsenState(), today: Desk.today)
        #expect(commands.count == 3 && errors.count == 1)
        #expect(errors.first?.row == 5 && errors.first?.error == .duplicatePersonnummer(ParticipantID("row:2")))
    }

    @Test("UTF-16 from Excel's Unicode text (tab-separated, little or big endian) reads as text")
    func utf16() throws {
        let text = ImportScaleTests.rows(2).replacingOccurrences(of: ";", with: "\t")
        for little in [true, false] {
            var bytes: [UInt8] = little ? [0xFF, 0xFE] : [0xFE, 0xFF]
            for u in text.utf16 { bytes += little ? [UInt8(u & 0xFF), UInt8(u >> 8)] : [UInt8(u >> 8), UInt8(u & 0xFF)] }
            let sheet = try ParticipantImport(bytes: bytes)
            #expect(sheet.encoding == .utf16 && sheet.rows.count == 2)
            #expect(sheet.check(against: LotsenState(), today: Desk.today).errors.isEmpty)
        }
    }

    @Test("an unterminated quote and cells beyond the headings are named, not read as one cell or dropped")
    func oddFiles() throws {
        #expect(throws: ParticipantImport.FileError.unterminatedQuote(line: 3)) {
            try ParticipantImport(bytes: Array("Personnummer;Förnamn;Efternamn\n811228-9874;Eva;Ek\n000101-2384;\"Sara;Lind\n".utf8))
        }
        #expect(throws: ParticipantImport.FileError.cellsBeyondHeadings(row: 2, cells: 4, headings: 3)) {
            try ParticipantImport(bytes: Array("Personnummer;Förnamn;Efternamn\n811228-9874;Eva;Ek;Stockholm\n".utf8))
        }
        // Excel's trailing empty cells are not a problem.
        #expect(try ParticipantImport(bytes: Array("Personnummer;Förnamn;Efternamn\n811228-9874;Eva;Ek;;;\n".utf8)).rows.count == 1)
    }
}
