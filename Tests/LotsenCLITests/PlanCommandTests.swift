import Foundation
import Testing
import LotsenTestSupport

/// Action plans and weekly tasks from the command line; the plan a participant takes
/// home, compared with goldens in every format.
@Suite("Plan and task commands")
struct PlanCommandTests {
    /// Sara with a plan of two goals (one SMART, one weak) and a follow-up, every date
    /// given so the output does not depend on the day the test runs.
    func withPlan() throws -> (CLI, goals: [Int]) {
        let cli = try CLI().ready()
        #expect(try cli.run("responsible", "sara", "--org", "AF", "--caseworker", "AB", "--date", "2026-09-01").status == 0)
        #expect(try cli.run("plan", "new", "sara", "--start", "2026-09-10", "--background", "Gymnasiet, barn och fritid <3",
                            "--cv", "påbörjat").status == 0)
        var goals: [Int] = []
        for args in [["--what", "Ha ett CV som är klart att skicka", "--measure", "CV:t är granskat av SYV", "--why",
                      "Jag vill söka jobb i butik & lager", "--step", "Deltagaren: skriver första utkastet", "--step",
                      "AB: bokar tid hos SYV", "--due", "2026-12-15", "--owner", "AB"],
                     ["--term", "lång", "--what", "Försöka få ett jobb", "--due", "2027-06-01"]] {
            let r = try cli.run(["plan", "goal", "sara", "add"] + args)
            #expect(r.status == 0, "\(r.stderr)")
            goals.append(try #require(r.stdout.split(separator: "[").last.flatMap { Int($0.prefix { $0.isNumber }) }))
        }
        return (cli, goals)
    }

    @Test("show names each SMART weakness; --json carries the check and the schedule")
    func show() throws {
        let (cli, goals) = try withPlan()
        let shown = try cli.run("plan", "show", "sara")
        #expect(shown.stdout.contains("Handlingsplan, version 1/1"))
        #expect(shown.stdout.contains("gäller 2026-09-10 – 2027-03-10 · nästa uppföljning 2026-12-10"))
        #expect(shown.stdout.contains("! S: Vagt ord i målet: ”försöka”"))
        #expect(shown.stdout.contains("! T: Datumet ligger efter planens slut (2027-03-10)"))
        let json = try #require(try cli.json(try cli.run("plan", "show", "sara", "--json")) as? [String: Any])
        #expect(json["schedule"] as? [String] == ["2026-12-10", "2027-03-10"])
        let smart = (json["goals"] as? [[String: Any]])?.map { $0["smart"] as? [String] ?? [] }
        #expect(smart == [[], ["S:vague-word=försöka", "M:no-measure", "A:no-why", "R:no-steps", "T:date-after-plan-end", "R:no-owner"]])
        #expect((json["goals"] as? [[String: Any]])?.map { $0["number"] as? Int } == goals)
    }

    @Test("follow up, revise, edit a goal, and read the history")
    func followUpAndRevise() throws {
        let (cli, goals) = try withPlan()
        let bad = try cli.run("plan", "followup", "sara", "--goal", "\(goals[0])=kanske")
        #expect(bad.status == 2 && bad.stderr.contains("Resultat: ”kanske”"), "\(bad.stderr)")
        let before = cli.bytes
        #expect(try cli.run("plan", "followup", "sara", "--date", "2026-11-20", "--goal", "\(goals[0])=uppnått:Klart!",
                            "--goal", "\(goals[1])=på väg").status == 0)
        #expect(cli.bytes.count > before.count)
        #expect(try cli.run("plan", "show", "sara").stdout.contains("nästa uppföljning 2027-02-20 (tre månader efter uppföljningen 2026-11-20)"))
        #expect(try cli.run("plan", "revise", "sara", "--date", "2026-11-20", "--end", "2027-06-30").status == 0)
        #expect(try cli.run("plan", "goal", "sara", "edit", String(goals[1]), "--what", "Ett jobb i butik eller lager",
                            "--measure", "Ett anställningsavtal", "--step", "Deltagaren: söker tre jobb i veckan").status == 0)
        let history = try cli.run("plan", "show", "sara", "--history").stdout
        #expect(history.contains("Version 2: 2026-11-20 – 2027-06-30"), "\(history)")
        #expect(history.contains("~ Mål [\(goals[1])] Ett jobb i butik eller lager: ändrat mål, hur vi vet, steg"), "\(history)")
        let old = try cli.run("plan", "show", "sara", "--version", "1").stdout
        #expect(old.contains("Försöka få ett jobb") && !old.contains("Ett jobb i butik"))
    }

    @Test("the take-home plan as text, Markdown and HTML", arguments: ["txt", "md", "html"])
    func export(_ format: String) throws {
        let (cli, goals) = try withPlan()
        #expect(try cli.run("plan", "followup", "sara", "--date", "2026-11-20", "--goal", "\(goals[0])=uppnått").status == 0)
        let out = try cli.run("plan", "export", "sara", "--format", format)
        #expect(out.status == 0)
        #expect(!out.stdout.contains("000101") && !out.stdout.contains("20000101"), "no personnummer on paper")
        expectGolden(out.stdout, "plan-export-\(format)")
        let file = cli.dir.file("plan.\(format)")
        #expect(try cli.run("plan", "export", "sara", "--format", format, "--output", file).status == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == out.stdout)
    }

    @Test("English on request")
    func english() throws {
        let (cli, _) = try withPlan()
        let out = try cli.run("plan", "export", "sara", "--lang", "en")
        #expect(out.stdout.hasPrefix("MY ACTION PLAN\nSara Lind\n"), "\(out.stdout)")
        // The caseworker's words stay as written; "Deltagaren" becomes "You".
        #expect(out.stdout.contains("  – You: skriver första utkastet"), "\(out.stdout)")
        #expect(out.stdout.contains("Next time we follow up the plan: 10 December 2026"))
    }

    @Test("weekly tasks: added, followed up, overdue for everyone; refusals write nothing")
    func tasks() throws {
        let cli = try CLI().ready()
        let added = try cli.run("tasks", "sara", "add", "Ringa Återbruket", "--due", "2026-10-02")
        let task = try #require(added.stdout.split(separator: "[").last.flatMap { Int($0.prefix { $0.isNumber }) })
        #expect(try cli.run("tasks").stdout.contains("Ringa Återbruket"))
        let json = try #require(try cli.json(try cli.run("tasks", "--json")) as? [[String: Any]])
        #expect(json.first?["overdue"] as? Bool == true && json.first?["number"] as? Int == task)
        let before = cli.bytes
        for bad in [["tasks", "sara", "move", String(task)], ["tasks", "sara", "done", "99999"], ["tasks", "sara", "kanske"],
                    ["tasks", "sara", "add", ""]] {
            let r = try cli.run(bad)
            #expect(r.status != 0 && !r.stderr.isEmpty, "\(bad)")
        }
        #expect(cli.bytes == before)
        #expect(try cli.run("tasks", "sara", "done", String(task), "--comment", "Fick en tid").status == 0)
        #expect(try cli.run("tasks").stdout.contains("Inga öppna uppgifter."))
        #expect(try cli.run("tasks", "--overdue").stdout.contains("Inga försenade uppgifter"))
        #expect(try cli.run("tasks", "sara", "done", String(task)).stderr.contains("redan följd upp"))
    }
}
