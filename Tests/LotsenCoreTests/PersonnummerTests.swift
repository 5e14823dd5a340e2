import Testing
import LotsenCalendar
@testable import LotsenCore

@Suite("Personnummer and samordningsnummer")
struct PersonnummerTests {
    let today = Day(iso: "2026-11-24")!

    @Test("accepted forms give the canonical 12 digits", arguments: [
        ("811228-9874", "198112289874"), ("8112289874", "198112289874"), ("198112289874", "198112289874"),
        ("19811228-9874", "198112289874"), (" 811228-9874 ", "198112289874"),
        ("000101-2384", "200001012384"), ("000101+2384", "190001012384"),
        ("0603159856", "200603159856"), ("080229-9933", "200802299933"),
        ("191212-9994", "201912129994"), ("191212+9994", "191912129994"),
        ("200229+9853", "192002299853"), ("200229-9853", "202002299853"),
        // samordningsnummer: day + 60
        ("860370-9828", "198603709828"), ("0101619971", "200101619971"),
    ])
    func accepted(_ text: String, _ canonical: String) throws {
        let p = try Personnummer.parse(text, today: today)
        #expect(p.digits == canonical)
    }

    @Test("rejected with the reason", arguments: [
        ("811228-9875", PersonnummerError.checkDigit), ("8112289873", .checkDigit),
        ("811232-9874", .date), ("811328-9874", .date), ("19810229-1234", .date), ("810229-1234", .date),
        ("20271224-1237", .future), ("81122-89874", .format), ("abc", .format), ("811228--9874", .format),
        ("8112289874x", .format), ("19811228+9874", .format), ("", .format), ("811228 9874", .format),
        ("860392-9828", .date),
    ])
    func rejected(_ text: String, _ error: PersonnummerError) {
        #expect(throws: error) { try Personnummer.parse(text, today: today) }
    }

    @Test("birth date, samordningsnummer, age and the issued gender")
    func derived() throws {
        let s = try Personnummer.parse("860370-9828", today: today)
        #expect(s.isSamordningsnummer)
        #expect(s.birthDate == Day(iso: "1986-03-10"))
        let p = try Personnummer.parse("000101-2384", today: today)
        #expect(!p.isSamordningsnummer)
        #expect(p.age(on: today) == 26)
        #expect(p.issuedGender == .woman)   // 8 is even
        #expect(try Personnummer.parse("811228-9874", today: today).issuedGender == .man)   // 7 is odd
        #expect(p.formatted == "20000101-2384")
    }

    @Test("a personnummer never shows in full in descriptions meant for logs")
    func masked() throws {
        let p = try Personnummer.parse("000101-2384", today: today)
        #expect("\(p)" == "20000101-****")
        #expect(!String(describing: p).contains("2384"))
    }

    /// Every number of the test series for one birth date: exactly one check digit of ten
    /// passes, checked against an independent Luhn.
    @Test("Luhn agrees with an independent implementation over a whole test series")
    func luhnSeries() {
        for serial in 980...999 {
            var valid = 0
            for check in 0...9 {
                let ten = "990101\(serial)\(check)"
                let ok = (try? Personnummer.parse(ten, today: today)) != nil
                #expect(ok == referenceLuhn(ten), "\(ten)")
                if ok { valid += 1 }
            }
            #expect(valid == 1)
        }
    }

    func referenceLuhn(_ s: String) -> Bool {
        let digits = s.compactMap { $0.wholeNumberValue }
        let sum = digits.enumerated().reduce(0) { acc, e in
            let d = e.offset % 2 == 0 ? e.element * 2 : e.element
            return acc + d / 10 + d % 10
        }
        return sum % 10 == 0
    }

    @Test("stored numbers are read back without a clock, and bad ones refused")
    func stored() {
        #expect(Personnummer(stored: "198112289874")?.digits == "198112289874")
        #expect(Personnummer(stored: "198112289875") == nil)
        #expect(Personnummer(stored: "8112289874") == nil)
    }
}
