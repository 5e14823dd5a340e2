import LotsenCalendar

/// A Swedish personnummer or samordningsnummer, held in the canonical 12-digit form
/// `YYYYMMDDNNNC`. Parsing (with the date, the century and the Luhn check digit) is
/// in `Personnummer+Parsing.swift`.
///
/// `description` is masked on purpose: a personnummer that ends up in a log line,
/// a crash report or a developer's error message shows only the birth date.
public struct Personnummer: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Twelve ASCII digits.
    public let digits: String

    init(validatedDigits: String) { digits = validatedDigits }

    public static func < (a: Personnummer, b: Personnummer) -> Bool { a.digits < b.digits }

    /// A samordningsnummer has 60 added to the day of birth.
    public var isSamordningsnummer: Bool { dayField > 60 }

    private var dayField: Int { Int(digits.dropFirst(6).prefix(2))! }

    public var birthDate: Day {
        let y = Int(digits.prefix(4))!, m = Int(digits.dropFirst(4).prefix(2))!
        return Day(year: y, month: m, day: dayField > 60 ? dayField - 60 : dayField)!
    }

    /// `YYYYMMDD-NNNC`, the form caseworkers read and type.
    public var formatted: String { String(digits.prefix(8)) + "-" + String(digits.suffix(4)) }

    /// The gender the number was issued for: the ninth of the ten digits is odd for
    /// men and even for women. Only a proposal; the participant's record can differ.
    public var issuedGender: Gender { Int(String(Array(digits)[10]))! % 2 == 1 ? .man : .woman }

    public func age(on date: Day) -> Int { birthDate.age(on: date) }

    public var description: String { String(digits.prefix(8)) + "-****" }
}
