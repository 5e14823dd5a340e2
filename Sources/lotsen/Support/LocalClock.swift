import Foundation
import Glibc
import LotsenCalendar

/// The one place the CLI and the TUI learn what time it is and what day it is where
/// the caseworker sits (the process's time zone, TZ).
///
/// `LOTSEN_TODAY=YYYY-MM-DD` moves the whole clock by whole days so that today is that
/// date while the time of day keeps running: record times and "today" stay consistent
/// with each other. It exists for tests and demos (a test suite must not depend on the
/// day it runs), not for backdating work; every test pins it.
struct LocalClock: Sendable {
    /// Whole days added to the wall clock; 0 unless `LOTSEN_TODAY` is set.
    let shiftDays: Int

    static let system = LocalClock(shiftDays: 0)

    enum Problem: Error { case notADate(String) }

    init(shiftDays: Int) { self.shiftDays = shiftDays }

    /// Reads `LOTSEN_TODAY`; an empty value is the same as none.
    init(environment: [String: String]) throws(Problem) {
        guard let text = environment["LOTSEN_TODAY"], !text.isEmpty else { self.init(shiftDays: 0); return }
        guard let pinned = Day(iso: text) else { throw .notADate(text) }
        self.init(shiftDays: LocalClock.day(of: Timestamp.now()).days(until: pinned))
    }

    func now() -> Timestamp {
        Timestamp(millisecondsSince1970: Timestamp.now().millisecondsSince1970 + Int64(shiftDays) * 86_400_000)
    }

    func today() -> Day { LocalClock.day(of: now()) }

    /// "2026-12-03 14:32", local time.
    static func minute(of t: Timestamp) -> String {
        var seconds = time_t(t.millisecondsSince1970 / 1000)
        var parts = tm()
        localtime_r(&seconds, &parts)
        let day = Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
        return day.iso + " " + String(format: "%02d:%02d", parts.tm_hour, parts.tm_min)
    }

    /// The first moment of the local day after `day`: what "as of the end of `day`" is
    /// cut before. `mktime` works out the zone's offset that night (summer time too).
    static func start(ofDayAfter day: Day) -> Timestamp {
        let next = day.adding(days: 1).parts
        var parts = tm()
        parts.tm_year = Int32(next.year - 1900)
        parts.tm_mon = Int32(next.month - 1)
        parts.tm_mday = Int32(next.day)
        parts.tm_isdst = -1
        return Timestamp(millisecondsSince1970: Int64(mktime(&parts)) * 1000)
    }

    /// The local calendar day of a moment.
    static func day(of t: Timestamp) -> Day {
        var seconds = time_t(t.millisecondsSince1970 / 1000)
        var parts = tm()
        localtime_r(&seconds, &parts)
        return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
    }
}
