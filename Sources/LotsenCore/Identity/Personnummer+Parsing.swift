import LotsenCalendar

/// Why a text is not a valid personnummer or samordningsnummer.
public enum PersonnummerError: Error, Equatable, Sendable {
    /// Not one of `YYMMDD-NNNC`, `YYMMDD+NNNC`, `YYMMDDNNNC`, `YYYYMMDDNNNC`, `YYYYMMDD-NNNC`.
    case format
    /// The date of birth does not exist (a samordningsnummer's day is 61–91).
    case date
    /// The last digit does not match the Luhn check over the ten digits.
    case checkDigit
    /// The date of birth is after today.
    case future
}

extension Personnummer {
    /// Parses the forms caseworkers write. A 10-digit number gets the century that
    /// makes the person younger than 100 on `today`; with `+` instead of `-`, the one
    /// that makes them 100 or older. `today` is passed in: the domain has no clock.
    public static func parse(_ text: String, today: Day) throws(PersonnummerError) -> Personnummer {
        let chars = Array(text.trimmingSpaces.utf8)
        var digits: [UInt8] = []
        var separator: UInt8?
        for (i, c) in chars.enumerated() {
            if c >= 48 && c <= 57 { digits.append(c - 48); continue }
            guard c == UInt8(ascii: "-") || c == UInt8(ascii: "+"), separator == nil, i == chars.count - 5 else {
                throw .format
            }
            separator = c
        }
        let plus = separator == UInt8(ascii: "+")
        let full: [UInt8]
        switch digits.count {
        case 10:
            // A bad date is the more useful message, so it is checked first; any leap
            // year will do for the month/day shape, the century is settled after.
            guard birthDay([2, 0] + digits) != nil else { throw .date }
            guard luhnValid(digits) else { throw .checkDigit }
            full = try century(for: digits, plus: plus, today: today) + digits
        case 12:
            guard !plus else { throw .format }
            guard birthDay(digits) != nil else { throw .date }
            guard luhnValid(Array(digits[2...])) else { throw .checkDigit }
            full = digits
        default:
            throw .format
        }
        let text = String(full.map { Character(Unicode.Scalar($0 + 48)) })
        let number = Personnummer(validatedDigits: text)
        guard let birth = birthDay(full) else { throw .date }
        if birth > today { throw .future }
        return number
    }

    /// Luhn over the ten digits: weights 2,1,2,1…, digit sums, total divisible by 10.
    public static func luhnValid(_ ten: [UInt8]) -> Bool {
        var sum = 0
        for (i, d) in ten.enumerated() {
            var v = Int(d) * (i % 2 == 0 ? 2 : 1)
            if v > 9 { v -= 9 }
            sum += v
        }
        return sum % 10 == 0
    }

    static func birthDay(_ twelve: [UInt8]) -> Day? {
        func n(_ r: Range<Int>) -> Int { r.reduce(0) { $0 * 10 + Int(twelve[$1]) } }
        let d = n(6..<8)
        return Day(year: n(0..<4), month: n(4..<6), day: d > 60 ? d - 60 : d)
    }

    private static func century(for ten: [UInt8], plus: Bool, today: Day) throws(PersonnummerError) -> [UInt8] {
        let yy = Int(ten[0]) * 10 + Int(ten[1])
        let m = Int(ten[2]) * 10 + Int(ten[3])
        let dRaw = Int(ten[4]) * 10 + Int(ten[5])
        let d = dRaw > 60 ? dRaw - 60 : dRaw
        var sawDate = false
        // The most recent century first: the youngest person the number can belong to.
        var c = today.year / 100
        while c >= 18 {
            let year = c * 100 + yy
            defer { c -= 1 }
            guard year <= today.year, let birth = Day(year: year, month: m, day: d) else { continue }
            sawDate = true
            guard birth <= today else { continue }
            let age = birth.age(on: today)
            if plus ? age >= 100 : age < 100 { return [UInt8(c / 10), UInt8(c % 10)] }
        }
        throw sawDate ? .future : .date
    }
}

extension String {
    /// Without leading and trailing white space (no Foundation needed).
    public var trimmingSpaces: String {
        // Most text starts and ends with a visible ASCII character: nothing to do.
        if let f = utf8.first, let l = utf8.last, f > 0x20, f < 0x7F, l > 0x20, l < 0x7F { return self }
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}

extension Personnummer {
    /// The canonical 12 digits as stored in an event: checked for shape, date and check
    /// digit, but not against today (it was valid when it was written).
    public init?(stored: String) {
        let digits = Array(stored.utf8).map { $0 &- 48 }
        guard digits.count == 12, digits.allSatisfy({ $0 <= 9 }),
              Personnummer.birthDay(digits) != nil, Personnummer.luhnValid(Array(digits[2...]))
        else { return nil }
        self.init(validatedDigits: stored)
    }
}
