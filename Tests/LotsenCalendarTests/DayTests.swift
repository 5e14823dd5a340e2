import Testing
import LotsenCalendar

@Suite("Calendar days")
struct DayTests {
    func day(_ s: String) -> Day { Day(iso: s)! }

    @Test("ISO dates parse only when the date exists", arguments: [
        ("2024-02-29", true), ("2023-02-29", false), ("2026-04-31", false), ("2026-13-01", false),
        ("2026-1-01", false), ("1900-02-29", false), ("2000-02-29", true), ("2026-11-24", true),
        ("2026-11-24 ", false), ("2026–11–24", false), ("", false), ("2026-11-2a", false),
    ])
    func iso(_ s: String, _ ok: Bool) {
        #expect((Day(iso: s) != nil) == ok)
        if ok { #expect(Day(iso: s)!.iso == s) }
        // The same from a substring and from the bytes.
        #expect((Day(iso: ("x" + s).dropFirst()) != nil) == ok)
        #expect((Array(s.utf8).withUnsafeBytes { Day(iso: $0) } != nil) == ok)
    }

    @Test("adding months keeps the day or clamps to the month's end", arguments: [
        ("2026-08-31", 6, "2027-02-28"), ("2027-08-31", 6, "2028-02-29"), ("2026-01-31", 1, "2026-02-28"),
        ("2026-11-24", 3, "2027-02-24"), ("2026-03-31", -1, "2026-02-28"), ("2026-01-15", -13, "2024-12-15"),
    ])
    func addMonths(_ from: String, _ n: Int, _ to: String) {
        #expect(day(from).adding(months: n) == day(to))
    }

    @Test("weekdays: Monday is 1")
    func weekday() {
        #expect(day("2026-11-23").weekday == 1)
        #expect(day("2026-11-29").weekday == 7)
        #expect(day("1970-01-01").weekday == 4)
        #expect(day("1969-12-29").weekday == 1)
    }

    @Test("age counts completed years, birthdays on leap days included")
    func age() {
        #expect(day("2008-11-24").age(on: day("2026-11-24")) == 18)
        #expect(day("2008-11-25").age(on: day("2026-11-24")) == 17)
        #expect(day("2004-02-29").age(on: day("2026-02-28")) == 21)
        #expect(day("2004-02-29").age(on: day("2026-03-01")) == 22)
        #expect(day("2026-01-01").days(until: day("2026-03-01")) == 59)
    }
}
