/// A calendar date with no time and no zone: a registration day, a follow-up day, a
/// birth date. Stored as days since 1970-01-01, so arithmetic and comparison are cheap.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var daysSince1970: Int

    public init(daysSince1970: Int) { self.daysSince1970 = daysSince1970 }

    /// nil when the date does not exist.
    public init?(year: Int, month: Int, day: Int) {
        guard CivilDate.isValid(year: Int64(year), month: Int64(month), day: Int64(day)) else { return nil }
        daysSince1970 = Int(CivilDate.toDays(year: Int64(year), month: Int64(month), day: Int64(day)))
    }

    /// Parses exactly `YYYY-MM-DD`. Read where the text lies when it can be: a replay
    /// parses a quarter of a million dates, and an array of each one's bytes was over a
    /// third of the parsing (callgrind, the typical replay: 51 → 32 M instructions).
    public init?(iso text: some StringProtocol) {
        let read = text.utf8.withContiguousStorageIfAvailable { Day(iso: UnsafeRawBufferPointer($0)) }
        guard let day = read ?? Array(text.utf8).withUnsafeBytes({ Day(iso: $0) }) else { return nil }
        self = day
    }

    /// The same for a `String`, the common case, without going through `StringProtocol`:
    /// the generic version is not specialised across modules, and every date of a replay
    /// went through the protocol's witnesses (~420 instructions a date).
    public init?(iso text: String) {
        var text = text
        guard let day = text.withUTF8({ Day(iso: UnsafeRawBufferPointer($0)) }) else { return nil }
        self = day
    }

    /// Parses exactly `YYYY-MM-DD` from UTF-8 bytes.
    public init?(iso u: UnsafeRawBufferPointer) {
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r {
                guard u[i] >= 48, u[i] <= 57 else { return nil }
                v = v * 10 + Int(u[i] - 48)
            }
            return v
        }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func < (a: Day, b: Day) -> Bool { a.daysSince1970 < b.daysSince1970 }

    public var parts: (year: Int, month: Int, day: Int) {
        let (y, m, d) = CivilDate.fromDays(Int64(daysSince1970))
        return (Int(y), Int(m), Int(d))
    }

    public var year: Int { parts.year }

    /// `YYYY-MM-DD`.
    public var iso: String {
        let (y, m, d) = parts
        func pad(_ v: Int, _ w: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    public var description: String { iso }

    public func adding(days n: Int) -> Day { Day(daysSince1970: daysSince1970 + n) }

    /// The same day `n` months later; the last day of the month when it has fewer days
    /// (2026-08-31 + 6 months is 2027-02-28).
    public func adding(months n: Int) -> Day {
        let (y, m, d) = parts
        let total = y * 12 + (m - 1) + n
        let year = total >= 0 ? total / 12 : (total - 11) / 12
        let month = total - year * 12 + 1
        let last = Int(CivilDate.daysIn(year: Int64(year), month: Int64(month)))
        return Day(year: year, month: month, day: min(d, last))!
    }

    /// Whole days from `self` to `other` (negative when `other` is earlier).
    public func days(until other: Day) -> Int { other.daysSince1970 - daysSince1970 }

    /// Monday = 1 … Sunday = 7.
    public var weekday: Int {
        // 1970-01-01 was a Thursday.
        let r = (daysSince1970 % 7 + 7) % 7
        return (r + 3) % 7 + 1
    }

    /// Completed years from `self` (a birth date) to `date`.
    public func age(on date: Day) -> Int {
        let (by, bm, bd) = parts
        let (y, m, d) = date.parts
        var age = y - by
        if m < bm || (m == bm && d < bd) { age -= 1 }
        return age
    }
}
