import Foundation
import LotsenTestSupport
import Testing

/// `--as-of DATE` (issue 24, point 6): every read command answers exactly as a journal
/// cut at the end of that date answers on that date, and writes nothing.
@Suite("--as-of")
struct AsOfCommandTests {
    static let cutDay = "2026-11-19"

    /// Work done on four days by two caseworkers: registrations, consent, a meeting
    /// held over two days, notes, an exit and a new person after the cut.
    func history() throws -> CLI {
        var cli = CLI()
        func on(_ day: String, _ steps: [[String]], as author: String = "AB") throws {
            cli.today = day
            for args in steps {
                let r = try cli.run(args, author: author)
                #expect(r.status == 0, "\(day) \(args): \(r.stderr)")
            }
        }
        try on("2026-11-13", [
            ["init"],
            ["caseworker", "add", "--initials", "AB", "--name", "Anna Bok", "--org", "AF"],
            ["caseworker", "add", "--initials", "MS", "--name", "Maria Sandberg", "--org", "AME"],
            ["add", "--pnr", "000101-2384", "--first", "Sara", "--last", "Lind", "--phone", "070-123 45 67", "--registered", "2026-09-01"],
            ["add", "--pnr", "0603159856", "--first", "Erik", "--last", "Östlund", "--registered", "2026-11-13"],
            ["consent", "sara", "--orgs", "AF,AME", "--date", "2026-09-01"],
            ["meeting", "new", "--date", "2026-11-19", "--attendees", "AB, MS"],
        ])
        try on("2026-11-19", [
            ["meeting", "decide", "--item", "1", "--decision", "Praktik på lagret från 1 december."],
            ["note", "sara", "Ringde om praktiken."],
            ["move", "sara", "handlingsplan"],
        ])
        try on("2026-11-20", [
            ["meeting", "decide", "--item", "2", "--decision", "SYV bokar ett samtal."],
            ["meeting", "close", "--date", "2026-11-19"],
            ["note", "sara", "Efter mötet: börjar måndag."],
            ["consent", "erik", "--orgs", "AF,AME", "--date", "2026-11-20"],
            ["add", "--pnr", "811228-9874", "--first", "Omar", "--last", "Ali", "--registered", "2026-11-20"],
        ], as: "MS")
        try on("2026-11-24", [["exit", "erik", "--reason", "arbete", "--occupation", "Kock", "--date", "2026-11-24"]])
        return cli
    }

    /// The same journal with only the records stamped on or before `day` (TZ=UTC).
    func cut(_ cli: CLI, at day: String) throws -> CLI {
        var copy = CLI()
        copy.today = day
        try FileManager.default.createDirectory(atPath: copy.dir.file("data"), withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let lines = String(decoding: cli.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        let kept = lines.enumerated().filter { i, line in
            i == 0 || line.range(of: "\"time\":\"")
                .map { String(line[$0.upperBound...].prefix(10)) <= day } ?? false
        }
        #expect(kept.count > 1 && kept.count < lines.count, "the cut falls inside the history")
        Bytes.write(Array(kept.map { $0.element + "\n" }.joined().utf8), to: copy.journal)
        // The same keys: the key store beside it, the master key in the copy's config.
        try FileManager.default.copyItem(atPath: cli.journal + ".keys", toPath: copy.journal + ".keys")
        try FileManager.default.createDirectory(atPath: copy.dir.file("config/lotsen"), withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        try FileManager.default.copyItem(atPath: cli.dir.file("config/lotsen/master.key"), toPath: copy.dir.file("config/lotsen/master.key"))
        return copy
    }

    @Test("show, board, report, meeting show, find and export as of a date equal a journal cut at that date")
    func equalsTheCut() throws {
        let cli = try history()
        let cut = try cut(cli, at: Self.cutDay)
        let commands: [[String]] = [
            ["show", "sara"], ["show", "erik", "--json"], ["board"], ["board", "--json", "--exited"],
            ["report", "målgrupp", "--format", "csv"], ["report", "flöde"], ["report", "avslut", "--format", "json"],
            ["meeting", "show"], ["meeting", "show", "2026-11-19", "--json"], ["meeting", "list"],
            ["find", "--all", "a"], ["export", "participants", "--all"], ["export", "participants", "--format", "json", "--all"],
            ["export", "activities"],
        ]
        let journalBefore = cli.bytes
        let filesBefore = try FileManager.default.contentsOfDirectory(atPath: cli.dir.file("data")).sorted()
        for args in commands {
            let past = try cli.run(args + ["--as-of", Self.cutDay])
            let then = try cut.run(args)
            #expect(past.status == then.status, "\(args): \(past.stderr) / \(then.stderr)")
            // The card's line on when the chain was last checked whole is about the file
            // today; a past date is read from the header, so it has none.
            let thenOut = then.stdout.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.hasPrefix("Journalen kontrollerad hel") }.joined(separator: "\n")
            #expect(past.stdout == thenOut, "\(args)")
            #expect(past.stderr.hasPrefix("Som journalen stod 2026-11-19 (till och med post #"), "\(args): \(past.stderr)")
        }
        // What the cut leaves out is really not there.
        let card = try cli.run("show", "sara", "--as-of", Self.cutDay).stdout
        #expect(card.contains("Ringde om praktiken") && !card.contains("Efter mötet"), "\(card)")
        #expect(!(try cli.run("find", "omar", "--as-of", Self.cutDay).stdout.contains("Omar")))
        let meeting = try cli.run("meeting", "show", "--as-of", Self.cutDay).stdout
        #expect(meeting.contains("Praktik på lagret") && !meeting.contains("SYV bokar"), "\(meeting)")
        #expect(try cli.run("meeting", "show").stdout != meeting, "today's answer differs")

        #expect(cli.bytes == journalBefore, "nothing written to the journal")
        // Only the access log: a look at the past is a look (docs/privacy.md).
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.dir.file("data")).sorted() == (filesBefore + ["journal.jsonl.access"]).sorted(),
                "no file made but the access log")
    }

    @Test("a date that is not one, or has not come, is refused in the user's language, with nothing written")
    func badDates() throws {
        let cli = try CLI().ready()
        let before = cli.bytes
        let notADate = try cli.run("board", "--as-of", "2026-02-30")
        #expect(notADate.status == 2 && notADate.stderr.contains("--as-of: ”2026-02-30” är inget datum"), "\(notADate.stderr)")
        let future = try cli.run(["show", "sara", "--as-of", "2026-11-25"], lang: "en_GB.UTF-8")
        #expect(future.status == 2 && future.stderr.contains("2026-11-25 has not happened yet (today is 2026-11-24)"), "\(future.stderr)")
        let early = try cli.run("board", "--as-of", "2020-01-01")
        #expect(early.status == 0 && early.stderr.contains("den hade inga poster än"), "\(early.stderr)")
        #expect(cli.bytes == before)
    }
}
