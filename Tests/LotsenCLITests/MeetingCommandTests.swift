import Foundation
import Testing
import LotsenTestSupport

/// The weekly meeting from the command line: an agenda by the rules, decisions, who
/// does what, closing, and the minutes compared with goldens in every format. Every
/// date is given, so nothing depends on the day the test runs.
@Suite("Meeting commands")
struct MeetingCommandTests {
    /// Sara (79 days, no activity) and Erik (new since the last meeting, 12 Nov); the
    /// meeting of 19 Nov with Sara, Erik and a free item.
    func meeting() throws -> CLI {
        let cli = try CLI().ready()
        for args in [["caseworker", "add", "--initials", "MS", "--name", "Maria Sandberg", "--org", "AME"],
                     ["add", "--pnr", "0603159856", "--first", "Erik", "--last", "Östlund", "--registered", "2026-11-13"],
                     // Both have consent covering AF and AME, the organisations at the meeting.
                     ["consent", "sara", "--orgs", "AF,AME", "--date", "2026-09-01"],
                     ["consent", "erik", "--orgs", "AF,AME,SYV", "--date", "2026-11-13"],
                     ["meeting", "new", "--date", "2026-11-12", "--group", "Torsdagsgruppen", "--attendees", "AB", "--empty"],
                     ["meeting", "close", "2026-11-12", "--date", "2026-11-12"],
                     ["meeting", "new", "--date", "2026-11-19", "--attendees", "AB, MS", "--guest", "Eva Ek (Vux)"],
                     ["meeting", "agenda", "--title", "Nya platser hos kommunen"]] {
            let r = try cli.run(args)
            #expect(r.status == 0, "\(args): \(r.stderr)")
        }
        return cli
    }

    @Test("a meeting held from the command line; its minutes in text, Markdown, HTML and English")
    func minutes() throws {
        let cli = try meeting()
        let agenda = try cli.run("meeting", "show")
        #expect(agenda.stdout.contains("1. [1]   Sara Lind"))
        #expect(agenda.stdout.contains("79 dagar sedan inskrivning utan insats: 11 dagar kvar till 90"))
        #expect(agenda.stdout.contains("2. [2]   Erik Östlund") && agenda.stdout.contains("Ny sedan förra mötet, inskriven 2026-11-13"))
        for args in [["meeting", "decide", "--item", "1", "--decision", "Praktik på lagret från 1 december."],
                     ["meeting", "task", "add", "--meeting", "2026-11-19", "--item", "1", "--who", "MS", "--what", "Ringa lagret om startdag",
                      "--due", "2026-11-26"],
                     ["meeting", "task", "add", "--about", "erik", "--who", "deltagaren", "--what", "Boka studiebesök", "--due", "2026-11-27"],
                     ["meeting", "decide", "--item", "2", "--decision", "Välkommen! SYV bokar ett samtal."],
                     ["meeting", "agenda", "--move", "3", "--to", "först"],
                     ["meeting", "agenda", "--title", "Julfikan"],
                     ["meeting", "agenda", "--remove", "4", "--reason", "Tas på personalmötet"]] {
            let r = try cli.run(args)
            #expect(r.status == 0, "\(args): \(r.stderr)")
        }
        let closed = try cli.run("meeting", "close", "--date", "2026-11-19")
        #expect(closed.status == 0, "\(closed.stderr)")
        expectGolden(closed.stdout, "minutes-txt")
        expectGolden(try cli.run("meeting", "minutes", "2026-11-19", "--format", "md").stdout, "minutes-md")
        expectGolden(try cli.run("meeting", "minutes", "2026-11-19", "--format", "html").stdout, "minutes-html")
        expectGolden(try cli.run(["meeting", "minutes", "2026-11-19"], lang: "en_US.UTF-8").stdout, "minutes-en-txt")
        #expect(!closed.stdout.contains("000101") && !closed.stdout.contains("060315"), "no personnummer in minutes")
        // A correction stands beside the minutes; the decision itself is not changed.
        #expect(try cli.run("meeting", "correct", "2026-11-19", "--item", "1", "--text", "Praktiken börjar 2 december.",
                            "--date", "2026-11-20").status == 0)
        let corrected = try cli.run("meeting", "minutes", "2026-11-19").stdout
        #expect(corrected.contains("Rättelse 2026-11-20, AB: Praktiken börjar 2 december.")
                && corrected.contains("Praktik på lagret från 1 december."))
        // The register extract holds what the group said and agreed about the person.
        let extract = try cli.run("extract", "sara").stdout
        #expect(extract.contains("Praktik på lagret från 1 december.") && extract.contains("Ringa lagret om startdag"))
        #expect(!extract.contains("Boka studiebesök"))
        // What was not reached comes back at the next meeting, marked; what was struck does not.
        #expect(closed.stdout.contains("Hanns inte med") && closed.stdout.contains("Strukna punkter")
                && closed.stdout.contains("Struken av Anna Bok (AF): Tas på personalmötet"))
        #expect(try cli.run("meeting", "new", "--date", "2026-11-26").status == 0)
        let next = try cli.run("meeting", "show", "2026-11-26").stdout
        #expect(next.contains("Nya platser hos kommunen") && next.contains("Från förra mötet (2026-11-19), hanns inte med"), "\(next)")
        #expect(!next.contains("Julfikan"), "struck items stay behind: \(next)")
        #expect(!next.contains("Från förra mötet (2026-11-19), hanns inte med\n") || next.components(separatedBy: "Från förra mötet").count == 2,
                "only the item not reached is carried: \(next)")
        let json = try #require(try cli.json(try cli.run("meeting", "show", "2026-11-19", "--json")) as? [String: Any])
        #expect(json["status"] as? String == "closed" && json["closed"] as? String == "2026-11-19")
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items.map { $0["title"] as? String ?? $0["name"] as? String } == ["Nya platser hos kommunen", "Sara Lind", "Erik Östlund"])
        #expect((items[1]["reasons"] as? [[String: Any]])?.compactMap { $0["rule"] as? String } == ["ninety-days", "no-stage-change"])
    }

    @Test("a person whose consent does not cover everyone at the meeting is on the agenda without name or details, and never named in the minutes")
    func withoutConsent() throws {
        let cli = try meeting()
        // Erik's consent is withdrawn; Sara's covers AF only, and AME is at the meeting.
        #expect(try cli.run("consent", "erik", "--withdraw", "--date", "2026-11-18").status == 0)
        #expect(try cli.run("consent", "sara", "--orgs", "AF", "--date", "2026-11-18").status == 0)
        #expect(try cli.run("meeting", "task", "add", "--about", "sara", "--who", "AB", "--what", "Ring om praktiken", "--due", "2026-11-26").status == 0)
        let agenda = try cli.run("meeting", "show").stdout
        #expect(!agenda.contains("Sara") && !agenda.contains("Erik") && !agenda.contains("dagar sedan inskrivning"), "\(agenda)")
        #expect(agenda.components(separatedBy: "Utan samtycke – tas upp av ansvarig organisation").count == 3, "\(agenda)")
        let json = try #require(try cli.json(try cli.run("meeting", "show", "--json")) as? [String: Any])
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items.filter { $0["withoutConsent"] as? Bool == true }.allSatisfy { $0["name"] == nil && ($0["reasons"] as? [Any])?.isEmpty == true })
        #expect(try cli.run("meeting", "close", "--date", "2026-11-19").status == 0)
        for lang in ["sv_SE.UTF-8", "en_GB.UTF-8"] {
            let minutes = try cli.run(["meeting", "minutes", "2026-11-19", "--format", "html"], lang: lang).stdout
            #expect(!minutes.contains("Sara") && !minutes.contains("Lind") && !minutes.contains("Erik") && !minutes.contains("Östlund"), "\(minutes)")
        }
    }

    @Test("the agenda says how long it will take; with a limit, the rest is listed for next time")
    func estimate() throws {
        let cli = try meeting()
        #expect(try cli.run("meeting", "show").stdout.contains("Beräknad tid ≈ 12 min för 3 punkter"))
        #expect(try cli.run("meeting", "rules", "--limit", "1", "--minutes-per-item", "10").stdout.contains("10 min per punkt; högst 1 punkter per möte"))
        let agenda = try cli.run("meeting", "show").stdout
        #expect(agenda.contains("Beräknad tid ≈ 10 min för 1 punkt, 2 till nästa gång"), "\(agenda)")
        #expect(agenda.components(separatedBy: "(nästa gång)").count == 3, "\(agenda)")
        let bad = try cli.run("meeting", "rules", "--minutes-per-item", "0")
        #expect(bad.status == 2)
    }

    @Test("refusals name what is wrong, exit 2, and write nothing; a closed meeting is never changed")
    func refusals() throws {
        let cli = try meeting()
        let before = cli.bytes
        let cases: [([String], String)] = [
            (["meeting", "agenda", "--move", "1", "--to", "9"], "Plats i ordningen"),
            (["meeting", "decide", "--item", "99", "--decision", "x"], "ingen punkt 99"),
            (["meeting", "task", "add", "--who", "ZZ", "--what", "Ringa"], "ZZ"),
            (["meeting", "task", "add", "--who", "deltagaren", "--what", "Ringa"], "måste gälla en deltagare"),
            (["meeting", "task", "done", "12345"], "ingen uppgift nummer 12345"),
            (["meeting", "new", "--date", "2026-11-19"], "redan ett öppet möte 2026-11-19"),
            (["meeting", "correct", "--text", "x"], "rättelser är för stängda möten"),
            (["meeting", "show", "2025-01-01"], "Inget möte hittades för ”2025-01-01”"),
            (["meeting", "rules", "--stalled", "ett år"], "Antal dagar"),
            (["meeting", "agenda", "--add", "nobody-at-all"], "Ingen deltagare hittades"),
        ]
        for (args, message) in cases {
            let r = try cli.run(args)
            #expect(r.status == 2, "\(args): \(r.status)")
            #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
        }
        #expect(cli.bytes == before)
        #expect(try cli.run("meeting", "close", "--date", "2026-11-19").status == 0)
        let after = cli.bytes
        for args in [["meeting", "decide", "2026-11-19", "--item", "1", "--decision", "x"], ["meeting", "agenda", "2026-11-19", "--refresh"],
                     ["meeting", "close", "2026-11-19"]] {
            let r = try cli.run(args)
            #expect(r.status == 2 && r.stderr.contains("stängdes 2026-11-19 och ändras inte"), "\(args): \(r.stderr)")
        }
        #expect(cli.bytes == after)
    }

    @Test("tasks: everyone's and mine, overdue first; done once")
    func tasks() throws {
        let cli = try meeting()
        for args in [["meeting", "task", "add", "--meeting", "2026-11-19", "--about", "sara", "--who", "MS", "--what", "Ringa lagret",
                      "--due", "2026-11-21"],
                     ["meeting", "task", "add", "--meeting", "2026-11-19", "--who", "AB", "--what", "Boka lokal till nästa möte",
                      "--due", "2026-11-20"]] {
            let r = try cli.run(args)
            #expect(r.status == 0, "\(r.stderr)")
        }
        let all = try #require(try cli.json(try cli.run("tasks", "--json")) as? [[String: Any]])
        #expect(all.compactMap { $0["what"] as? String } == ["Boka lokal till nästa möte", "Ringa lagret"])
        #expect(all.allSatisfy { $0["kind"] as? String == "meeting" && $0["overdue"] as? Bool == true })
        let mine = try cli.run("tasks", "--mine")
        #expect(mine.stdout.contains("Boka lokal") && !mine.stdout.contains("Ringa lagret"))
        let number = try #require(all.first?["number"] as? Int)
        #expect(try cli.run("meeting", "task", "done", String(number)).status == 0)
        let again = try cli.run("meeting", "task", "done", String(number))
        #expect(again.status == 2 && again.stderr.contains("redan klar"))
    }
}
