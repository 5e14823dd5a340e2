import Foundation
import Testing
import LotsenTestSupport

/// The real binary in a real terminal (tmux, 80×24), as a caseworker uses it.
@Suite("lotsen in a terminal (tmux)", .serialized, .enabled(if: Tmux.isAvailable))
struct TmuxEndToEndTests {
    func command(_ cli: CLI, after: String = "", extra: String = "") -> String {
        let env = "TERM=xterm-256color LANG=C.UTF-8 TZ=UTC LOTSEN_AS=AB LOTSEN_TODAY=\(PinnedDay.iso) HOME=/nonexistent XDG_CONFIG_HOME=\(cli.dir.file("config")) \(extra)"
        return "cd \(cli.dir.path) && env \(env) \(cli.lotsen) --journal \(cli.journal)\(after)"
    }

    @Test("a journal changed in the middle behind a snapshot: the desk opens read-only and says why in the status line")
    func damagedDesk() throws {
        let cli = try CLI().ready()
        for n in 1...4 { #expect(try cli.run("note", "sara", "anteckning \(n)").status == 0) }
        #expect(try cli.run("show", "sara").status == 0)
        cli.alterRecord(4)
        let t = try Tmux(command: "sh -c '\(command(cli)); sleep 30'")
        #expect(t.wait { $0.contains("SKRIVSKYDDAD") && $0.contains("Journalen är skadad vid post 4 och kan bara läsas – se lotsen verify.") } != nil,
                "\(t.screen())")
    }

    @Test("open the demo, type åäö, open the card, write a note, see it saved, resize, help, quit: terminal restored")
    func phoneCall() throws {
        let cli = CLI()
        #expect(try cli.run("demo").status == 0)
        let t = try Tmux(command: "sh -c '\(command(cli)); stty -a > \(cli.dir.file("stty.txt")); echo LOTSEN-EXITED; sleep 30'")
        // Someone in the demo whose last name starts with Ö or Å, typed in lower case.
        let people = try cli.json(try cli.run("find", "--json", "--limit", "500", "--all", "")) as? [[String: Any]] ?? []
        let name = try #require(people.compactMap { $0["lastName"] as? String }.first { $0.hasPrefix("Ö") || $0.hasPrefix("Å") })
        let typed = String(name.prefix(4)).lowercased()
        #expect(t.wait { $0.contains("Deltagare") && $0.contains("Sök:") } != nil)
        try t.type(typed)
        #expect(t.wait { $0.contains("Sök: \(typed)") && $0.contains(name) } != nil, "\(t.screen())")
        try t.send("Enter")
        #expect(t.wait { $0.contains("Kort ·") && $0.contains("Anteckningar") } != nil)
        try t.send("n")
        #expect(t.wait { $0.contains("Ny anteckning för") } != nil)
        try t.type("Ringde om praktiken på Älvängens bageri – kommer på måndag.")
        try t.send("C-s")
        #expect(t.wait { $0.contains("✓ Sparad (anteckning") } != nil, "\(t.screen())")
        #expect(t.screen().contains("Älvängens bageri"))
        try t.resize(width: 60, height: 20)
        #expect(t.wait { $0.contains("Fönstret är för litet") } != nil)
        try t.resize(width: 100, height: 30)
        #expect(t.wait { $0.contains("Älvängens bageri") } != nil)
        try t.send("?")
        #expect(t.wait { $0.contains("Esc eller ? stänger hjälpen.") && $0.contains("ny anteckning") } != nil)
        try t.send("Escape")
        try t.send("Escape")
        #expect(t.wait { $0.contains("Deltagare") && !$0.contains("Kort ·") } != nil)
        // q is a letter of names: in the list it searches; F10 leaves.
        try t.send("q")
        #expect(t.wait { $0.contains("Sök: q") } != nil, "\(t.screen())")
        try t.send("F10")
        #expect(t.wait { $0.contains("LOTSEN-EXITED") } != nil)
        // Cooked mode and echo are back: the terminal was restored.
        let stty = (try? String(contentsOfFile: cli.dir.file("stty.txt"), encoding: .utf8)) ?? ""
        #expect(stty.contains(" icanon") && stty.contains(" echo") && !stty.contains("-icanon"))
        #expect(try cli.run("verify").status == 0)
    }

    @Test("a test's terminal goes with it: the tmux server and the app in it end")
    func leavesNothingRunning() throws {
        let cli = CLI()
        #expect(try cli.run("demo").status == 0)
        var t: Tmux? = try Tmux(command: command(cli))
        #expect(t?.wait { $0.contains("Deltagare") } != nil)
        let pids = (try t?.tmux(["list-panes", "-F", "#{pid} #{pane_pid}"]) ?? "").split(whereSeparator: \.isWhitespace).compactMap { pid_t(String($0)) }
        #expect(pids.count == 2)
        t = nil
        #expect(Self.ended(pids))
    }

    @Test("a terminal that goes away without a hangup signal (su -c, setsid): the app ends, it does not spin")
    func terminalGone() throws {
        let cli = CLI()
        #expect(try cli.run("demo").status == 0)
        // In a session of its own the terminal is not its controlling terminal, so closing
        // it sends no SIGHUP (as `su - anna -c lotsen` runs it); reads just fail from then on.
        let pidFile = cli.dir.file("app.pid")
        let app = command(cli).replacingOccurrences(of: " env ", with: " exec env ")
        var t: Tmux? = try Tmux(command: "setsid -w sh -c 'echo $$ > \(pidFile); \(app)'")
        #expect(t?.wait { $0.contains("Deltagare") } != nil)
        let pid = try #require(pid_t((try String(contentsOfFile: pidFile, encoding: .utf8)).trimmingCharacters(in: .whitespacesAndNewlines)))
        t = nil
        #expect(Self.ended([pid]), "still running after its terminal closed")
    }

    /// Whether the processes end within five seconds (gone, or a zombie waiting for init).
    static func ended(_ pids: [pid_t]) -> Bool {
        func running(_ pid: pid_t) -> Bool {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
            return !stat.contains(") Z ")
        }
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline, pids.contains(where: running) { usleep(20_000) }
        return !pids.contains(where: running)
    }

    @Test("the shared desk: a note saved in one terminal shows in another within a second")
    func sharedDesk() throws {
        let cli = CLI()
        #expect(try cli.run("demo").status == 0)
        // Someone from the demo, found by personnummer as on the phone.
        let found = try JSONSerialization.jsonObject(with: Data(try cli.run("find", "--json", "--limit", "1").stdout.utf8)) as? [[String: Any]]
        let person = try #require(found?.first)
        let pnr = try #require(person["personnummer"] as? String)
        let name = "\(person["firstName"] as? String ?? "") \(person["lastName"] as? String ?? "")"
        let t = try Tmux(command: command(cli))
        try t.newWindow(command(cli))
        for target in [":0", ":1"] {
            #expect(t.wait(target) { $0.contains("Deltagare") } != nil)
            try t.type(pnr, target: target)
            try t.send("Enter", target: target)
            #expect(t.wait(target) { $0.contains("Kort · \(name)") } != nil, "\(t.screen(target))")
        }
        try t.send("n", target: ":0")
        try t.type("Från skrivbordet bredvid", target: ":0")
        try t.send("C-s", target: ":0")
        #expect(t.wait(":0") { $0.contains("✓ Sparad") } != nil)
        let seconds = t.wait(":1", seconds: 3) { $0.contains("Från skrivbordet bredvid") }
        #expect(seconds != nil && seconds! < 1.0, "took \(String(describing: seconds)) s")
    }

    @Test("the weekly meeting on the demo, agenda to minutes; a task added at another desk shows on the shared screen")
    func weeklyMeeting() throws {
        let cli = CLI()
        #expect(try cli.run("demo").status == 0)
        let t = try Tmux(command: command(cli))
        try t.newWindow(command(cli, extra: "LOTSEN_AS=MS"))
        // The shared screen makes the meeting: the rules' agenda, the usual people.
        #expect(t.wait(":0") { $0.contains("Deltagare") } != nil)
        for _ in 0..<4 { try t.send("Tab", target: ":0") }
        #expect(t.wait(":0") { $0.contains("Inget öppet möte") } != nil, "\(t.screen(":0"))")
        try t.send("n", target: ":0")
        #expect(t.wait(":0") { $0.contains("Nytt möte") } != nil)
        try t.send("C-s", target: ":0")
        #expect(t.wait(":0") { $0.contains("Punkt 1 av") && $0.contains("Varför på dagordningen") } != nil, "\(t.screen(":0"))")
        let shown = try #require(try cli.json(try cli.run("meeting", "show", "--json")) as? [String: Any])
        let first = try #require((shown["items"] as? [[String: Any]])?.first?["name"] as? String)
        // Maria, at her own desk, opens the meeting and adds a task to the same item.
        for _ in 0..<4 { try t.send("Tab", target: ":1") }
        #expect(t.wait(":1") { $0.contains("Punkt 1 av") } != nil, "\(t.screen(":1"))")
        try t.send("a", target: ":1")
        #expect(t.wait(":1") { $0.contains("Ny uppgift: \(first)") } != nil, "\(t.screen(":1"))")
        try t.type("Ringa arbetsgivaren om startdag", target: ":1")
        try t.send("C-s", target: ":1")
        #expect(t.wait(":1") { $0.contains("✓ Sparad") } != nil, "\(t.screen(":1"))")
        let seconds = t.wait(":0", seconds: 3) { $0.contains("MS: Ringa arbetsgivaren om startdag") }
        #expect(seconds != nil && seconds! < 1.0, "took \(String(describing: seconds)) s: \(t.screen(":0"))")
        // The group decides, marks the item handled, and closes the meeting.
        try t.send("b", target: ":0")
        try t.type("Praktik på lagret från måndag.", target: ":0")
        try t.send("Enter", target: ":0")
        #expect(t.wait(":0") { $0.contains("Praktik på lagret från måndag.") && $0.contains("✓ Sparad") } != nil, "\(t.screen(":0"))")
        try t.send("h", target: ":0")
        #expect(t.wait(":0") { $0.contains("1 av ") && $0.contains("Punkt 2 av") } != nil, "\(t.screen(":0"))")
        try t.send("S", target: ":0")
        #expect(t.wait(":0") { $0.contains("Stänga mötet") } != nil)
        try t.send("j", target: ":0")
        #expect(t.wait(":0") { $0.contains("Protokollet sparat") } != nil, "\(t.screen(":0"))")
        let exports = cli.dir.file("data/exports")
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: exports).first { $0.hasPrefix("protokoll-") && $0.hasSuffix(".txt") })
        let minutes = try String(contentsOfFile: exports + "/" + file, encoding: .utf8)
        #expect(minutes.contains("Praktik på lagret från måndag.") && minutes.contains("Maria Sandberg: Ringa arbetsgivaren om startdag"))
        #expect(try cli.run("verify").status == 0)
    }

    @Test("calls in a row for names that begin with j, k, g and q: every letter searches, each call starts afresh")
    func lettersThatWereKeys() throws {
        let cli = CLI()
        #expect(try cli.run("demo").status == 0)
        // Someone for each letter: from the demo when it has one, else registered here.
        let people = try cli.json(try cli.run("find", "--json", "--limit", "500", "--all", "")) as? [[String: Any]] ?? []
        let numbers = ["0603159856", "811228-9874", "0802299933", "000101-2384"]
        var names: [String] = []
        for (i, letter) in ["J", "K", "G", "Q"].enumerated() {
            if let p = people.first(where: { ($0["lastName"] as? String)?.hasPrefix(letter) == true && ($0["active"] as? Bool) != false }),
               let last = p["lastName"] as? String, let first = p["firstName"] as? String {
                names.append("\(last), \(first)")
            } else {
                let last = letter == "Q" ? "Qvist" : letter + "ansson"
                #expect(try cli.run("add", "--pnr", numbers[i], "--first", "Test", "--last", last).status == 0)
                names.append("\(last), Test")
            }
        }
        let t = try Tmux(command: "sh -c '\(command(cli)); echo LOTSEN-EXITED; sleep 30'")
        #expect(t.wait { $0.contains("Deltagare") && $0.contains("Sök:") } != nil)
        for name in names {
            let last = String(name.prefix { $0 != "," })
            let typed = last.lowercased()
            try t.type(typed)
            #expect(t.wait { $0.contains("Sök: \(typed)") && $0.contains(name) } != nil, "\(t.screen())")
            try t.send("Enter")
            #expect(t.wait { $0.contains("Kort ·") && $0.contains(last) } != nil, "\(name): \(t.screen())")
            try t.send("Escape")
            #expect(t.wait { $0.contains("Deltagare") && !$0.contains("Kort ·") } != nil)
        }
        try t.send("F10")
        #expect(t.wait { $0.contains("LOTSEN-EXITED") } != nil, "\(t.screen())")
    }

    @Test("the board: move a card from Slussen into Kanalen choosing a placement; the bank shows it placed")
    func boardMove() throws {
        let cli = try CLI().ready()
        #expect(try cli.run("placement", "add", "--name", "Verkstaden", "--sector", "Industri", "--capacity", "2").status == 0)
        #expect(try cli.run("move", "sara", "2").status == 0)
        #expect(try cli.run("move", "sara", "3").status == 0)
        let t = try Tmux(command: command(cli))
        #expect(t.wait { $0.contains("Lind, Sara") } != nil)
        try t.send("Tab")
        #expect(t.wait { $0.contains("Lotsen · Tavla") && $0.contains("3 Studiebesök (1)") } != nil, "\(t.screen())")
        try t.send("l")
        try t.send("l")
        try t.send(">")
        #expect(t.wait { $0.contains("Verkstaden · Industri (2 lediga)") } != nil, "\(t.screen())")
        try t.send("Enter")
        #expect(t.wait { $0.contains("Planerat slut:") } != nil, "\(t.screen())")
        try t.type("2027-06-30")
        try t.send("C-s")
        #expect(t.wait { $0.contains("Flytta Sara Lind till Kanalen (Verkstaden)?") } != nil, "\(t.screen())")
        try t.send("j")
        #expect(t.wait { $0.contains("✓ Sparad") && $0.contains("Kanalen (1)") } != nil, "\(t.screen())")
        try t.send("Tab")
        #expect(t.wait { $0.contains("Lotsen · Platser") && $0.contains("Sara Lind") } != nil, "\(t.screen())")
        try t.send("q")
        _ = t.wait(seconds: 2) { !$0.contains("Lotsen ·") }
        let shown = try cli.run("placement", "show", "verkstaden")
        #expect(shown.stdout.contains("Sara Lind") && shown.stdout.contains("lediga: 1"), "\(shown.stdout)")
        #expect(try cli.run("verify").status == 0)
    }

    @Test("NO_COLOR and names with escape sequences are drawn harmlessly")
    func noColorAndEscapes() throws {
        let cli = try CLI().ready()
        // A name with an escape sequence cannot even be registered…
        #expect(try cli.run("add", "--pnr", "811228-9874", "--first", "Eva\u{1B}[2J", "--last", "X").status == 2)
        // …and a note's control characters are cleaned before they are stored.
        #expect(try cli.run("note", "sara", "Text\u{1B}]0;titel\u{07} med \u{1B}[31mfärg").status == 0)
        let t = try Tmux(command: command(cli, extra: "NO_COLOR=1"))
        #expect(t.wait { $0.contains("Lind, Sara") } != nil)
        try t.send("Enter")
        #expect(t.wait { $0.contains("]0;titel med [31mfärg") } != nil, "\(t.screen())")
        try t.send("q")
        try t.send("F10")
    }

    @Test("TERM=dumb is refused with a clear message, and nothing is drawn")
    func dumbTerminal() throws {
        let cli = try CLI().ready()
        let r = try LotsenTestSupport.run(cli.lotsen, ["--journal", cli.journal], environment: ["TERM": "dumb", "LANG": "sv_SE.UTF-8",
                                                                                          "XDG_CONFIG_HOME": cli.dir.file("config")])
        #expect(r.status == 2)
        #expect(r.stderr.contains("TERM är ”dumb”"))
    }
}
