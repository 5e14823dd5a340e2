import Foundation
import LotsenCalendar
import LotsenTestSupport
import Testing

/// "Today" comes from one place (`LOTSEN_TODAY` for tests and demos, else the wall
/// clock), so the suite gives the same answers on any day it runs.
@Suite("Today, pinned")
struct PinnedDayTests {
    /// A week's work around `today`: registration, a meeting with an agenda, a decision,
    /// a task due after today, the minutes, the card and the board. Every date is an
    /// offset from `today`; the person's number is born 20 years before it.
    func scenario(today: Day) throws -> (output: String, pnr: String) {
        let (output, pnr, cli) = try run(today: today)
        // What differs by construction: the temporary directory, the random id, and the
        // time of day (the pin moves the day; the two runs happen at different minutes,
        // and "checked whole at 14:10" says when the run was).
        let found = try #require(try cli.json(try cli.run("find", "sara", "--json")) as? [[String: Any]])
        let id = try #require(found.first?["id"] as? String)
        let text = output.replacingOccurrences(of: cli.dir.path, with: "DIR").replacingOccurrences(of: id, with: "ID")
        return (text.replacingOccurrences(of: #"\b\d\d:\d\d\b"#, with: "HH:MM", options: .regularExpression), pnr)
    }

    func run(today: Day) throws -> (output: String, pnr: String, cli: CLI) {
        var cli = CLI()
        cli.today = today.iso
        let pnr = PinnedDayTests.personnummer(born: Day(year: today.year - 20, month: 3, day: 14)!)
        func d(_ offset: Int) -> String { today.adding(days: offset).iso }
        var output = ""
        for args in [["init"],
                     ["caseworker", "add", "--initials", "AB", "--name", "Anna Bok", "--org", "AF"],
                     ["add", "--pnr", pnr, "--first", "Sara", "--last", "Lind", "--registered", d(-84)],
                     ["meeting", "new", "--date", d(-5), "--attendees", "AB"],
                     ["meeting", "decide", "--item", "1", "--decision", "Praktik från måndag."],
                     ["meeting", "task", "add", "--about", "sara", "--who", "AB", "--what", "Ringa lagret", "--due", d(3)],
                     ["meeting", "close", "--date", d(-5)],
                     ["show", "sara"], ["board"], ["tasks"], ["report", "flöde", "--from", d(-100)]] {
            let r = try cli.run(args)
            #expect(r.status == 0, "\(args) at \(today.iso): \(r.stderr)")
            output += "$ \(args.joined(separator: " "))\n\(r.stdout)\(r.stderr)"
        }
        return (output, pnr, cli)
    }

    @Test("a scenario pinned to two days eleven years apart (both Tuesdays) says the same, every date moved alike")
    func twoDates() throws {
        let first = Day(iso: "2026-11-24")!, second = Day(iso: "2037-11-24")!
        #expect(first.weekday == second.weekday)
        let (a, pnrA) = try scenario(today: first)
        let (b, pnrB) = try scenario(today: second)
        var moved = b.replacingOccurrences(of: pnrB, with: pnrA)
        for (later, earlier) in [("2037", "2026"), ("2017", "2006")] { moved = moved.replacingOccurrences(of: later, with: earlier) }
        #expect(moved == a)
        #expect(a.contains("Ringa lagret") && a.contains("Praktik från måndag."))
    }

    @Test("without the pin the wall clock decides: a task due in 2026 is refused in 2037")
    func pinDecides() throws {
        var cli = try CLI().ready()
        cli.today = "2037-11-24"
        let r = try cli.run("meeting", "task", "add", "--about", "sara", "--who", "AB", "--what", "Ringa", "--due", "2026-11-27")
        #expect(r.status == 2 && !r.stderr.isEmpty)
        cli.today = "2026-11-24"
        #expect(try cli.run("meeting", "task", "add", "--about", "sara", "--who", "AB", "--what", "Ringa", "--due", "2026-11-27").status == 0)
    }

    @Test("LOTSEN_TODAY that is not a date is refused in the user's language, and nothing is written")
    func badPin() throws {
        var cli = try CLI().ready()
        let before = cli.bytes
        cli.today = "igår"
        let sv = try cli.run("note", "sara", "hej")
        #expect(sv.status == 2 && sv.stderr.contains("LOTSEN_TODAY är ”igår”, inte ett datum"))
        let en = try cli.run(["note", "sara", "hej"], lang: "en_GB.UTF-8")
        #expect(en.status == 2 && en.stderr.contains("LOTSEN_TODAY is “igår”, not a date"))
        #expect(cli.bytes == before)
    }

    /// A valid personnummer (Luhn check digit) for a generated birth date, serial 238.
    static func personnummer(born: Day) -> String {
        let (y, m, d) = born.parts
        let digits = String(format: "%02d%02d%02d238", y % 100, m, d).compactMap { $0.wholeNumberValue }
        var sum = 0
        for (i, n) in digits.enumerated() { let v = i % 2 == 0 ? n * 2 : n; sum += v / 10 + v % 10 }
        return String(format: "%04d%02d%02d-238%d", y, m, d, (10 - sum % 10) % 10)
    }
}
