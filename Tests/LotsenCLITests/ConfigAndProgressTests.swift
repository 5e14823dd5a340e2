import Foundation
import LotsenTestSupport
import Testing

/// `lotsen config`: every setting in force and where it came from; the one order of the
/// command line, the environment, the caseworker's file, the system's, the default.
@Suite("Configuration and progress")
struct ConfigAndProgressTests {
    func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// `lotsen config` with the caseworker's own file holding `text`: the desk, the
    /// file's path and the run.
    func config(ownFile text: String) throws -> (cli: CLI, own: String, run: ProcessResult) {
        let cli = try CLI().ready()
        let own = cli.dir.file("config/lotsen/config")
        try write(text, to: own)
        return (cli, own, try cli.run("config"))
    }

    @Test("each setting says where it came from; the system file gives the journal, the own file the language")
    func sources() throws {
        let cli = CLI()
        let system = cli.dir.file("etc/config")
        try write("# the office's defaults\njournal = \(cli.dir.file("shared.jsonl"))\nlang = sv\n", to: system)
        try write("lang=en\nmouse = off\n", to: cli.dir.file("config/lotsen/config"))
        let r = try cli.run(["config"], author: "MS", environment: ["LOTSEN_JOURNAL": "", "LOTSEN_SYSTEM_CONFIG": system])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = r.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        #expect(rows.contains(["journal", cli.dir.file("shared.jsonl"), system + ",", "line", "2"]), "\(r.stdout)")
        #expect(rows.contains(["as", "MS", "the", "environment", "(LOTSEN_AS)"]), "\(r.stdout)")
        #expect(rows.contains(["lang", "en", cli.dir.file("config/lotsen/config") + ",", "line", "1"]), "\(r.stdout)")
        #expect(rows.contains(["mouse", "off", cli.dir.file("config/lotsen/config") + ",", "line", "2"]), "\(r.stdout)")
        // The command line is stronger than every file.
        let sv = try cli.run(["config", "--lang", "sv", "--journal", "/x/j.jsonl"], environment: ["LOTSEN_SYSTEM_CONFIG": system])
        #expect(sv.stdout.contains("journal      /x/j.jsonl") && sv.stdout.contains("kommandoraden"), "\(sv.stdout)")
    }

    @Test("a config line Lotsen does not understand is named by file and line; config exits 2, other commands go on")
    func problems() throws {
        let (cli, own, r) = try config(ownFile: "as=AB\njornal = /tmp/x\nmouse = kanske\n")
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(own), rad 2: okänd inställning \"jornal\""), "\(r.stderr)")
        #expect(r.stderr.contains("\(own), rad 3: \"mouse\" tar on|off."), "\(r.stderr)")
        let find = try cli.run("find", "lind")
        #expect(find.status == 0 && find.stdout.contains("Lind"))
        #expect(find.stderr.contains("rad 2: okänd inställning"))
    }

    @Test("a value with an escape sequence or an invisible character is refused where it is, and never reaches the terminal")
    func hiddenCharacters() throws {
        let (cli, own, r) = try config(ownFile: "journal = /tmp/x\u{1B}]0;PWNED\u{07}y.jsonl\nlang = e\u{202E}n\n")
        #expect(r.status == 2)
        #expect(!r.stdout.contains("\u{1B}") && !r.stderr.contains("\u{1B}") && !r.stdout.contains("\u{202E}"), "\(r.stdout)")
        #expect(r.stderr.contains("\(own), rad 1: \"journal\" innehåller styrtecken eller osynliga tecken."), "\(r.stderr)")
        #expect(r.stderr.contains("\(own), rad 2: \"lang\" innehåller styrtecken"), "\(r.stderr)")
        // Not used: the journal is the default one, and the commands go on with it.
        #expect(!r.stdout.contains("PWNED"), "\(r.stdout)")
        // From the environment it is shown quoted, not sent to the terminal.
        let env = try cli.run(["config"], environment: ["LOTSEN_JOURNAL": "/tmp/a\u{1B}[2Jb.jsonl"])
        #expect(env.stdout.contains("/tmp/a\\e[2Jb.jsonl") && !env.stdout.contains("\u{1B}"), "\(env.stdout)")
        let doctor = try cli.run(["doctor"], environment: ["LOTSEN_JOURNAL": "/tmp/a\u{1B}[2Jb.jsonl", "TERM": "xterm-256color"])
        #expect(doctor.stdout.contains("/tmp/a\\e[2Jb.jsonl") && !doctor.stdout.contains("\u{1B}"), "\(doctor.stdout)")
    }

    @Test("caseworker me sets as= and keeps the rest of the caseworker's file")
    func me() throws {
        let cli = try CLI().ready()
        let own = cli.dir.file("config/lotsen/config")
        try write("lang=en\nas=XX\n", to: own)
        #expect(try cli.run(["caseworker", "me", "AB"], author: nil).status == 0)
        let text = try String(contentsOfFile: own, encoding: .utf8)
        #expect(text == "lang=en\nas=AB\n")
    }

    /// `lotsen ARGUMENTS` with a terminal of its own (`script` gives it one), progress shown
    /// at once: how it ended, and everything it wrote to the terminal.
    func onTerminal(_ cli: CLI, _ environment: String, _ arguments: String) throws -> (ProcessResult, String) {
        let typescript = cli.dir.file("typescript")
        let command = "env LOTSEN_JOURNAL=\(cli.journal) LOTSEN_AS=AB LANG=sv_SE.UTF-8 LOTSEN_TODAY=\(PinnedDay.iso) "
            + "XDG_CONFIG_HOME=\(cli.dir.file("config")) LOTSEN_PROGRESS_AFTER=0 \(environment) \(cli.lotsen) \(arguments)"
        let r = try LotsenTestSupport.run("/usr/bin/script", ["-q", "-e", "-c", command, typescript], environment: ["TERM": "xterm"])
        return (r, (try? String(contentsOfFile: typescript, encoding: .utf8)) ?? "")
    }

    @Test("a whole replay says how far it has come on a terminal, and nothing on a pipe")
    func openProgress() throws {
        let cli = try CLI().ready()
        let env = ["LOTSEN_NO_SNAPSHOT": "1", "LOTSEN_PROGRESS_AFTER": "0"]
        let piped = try cli.run(["find", "lind"], environment: env)
        #expect(piped.status == 0 && !piped.stderr.contains("Läser journalen"))
        // On a terminal: the line, then the line cleared.
        let (r, seen) = try onTerminal(cli, "LOTSEN_NO_SNAPSHOT=1", "find lind")
        #expect(r.status == 0)
        #expect(seen.contains("\r\u{1B}[KLäser journalen") && seen.contains("100 %"), "\(seen)")
        #expect(seen.contains("Lind"))
    }

    @Test("an import says how far it has come reading the rows and writing them in, on a terminal; nothing on a pipe")
    func importProgress() throws {
        let cli = try CLI().ready()
        let file = cli.dir.file("people.csv")
        try "Personnummer;Förnamn;Efternamn;Telefon\n811228-9874;Eva;Ek;070-111 22 33\n0603159856;Erik;Östlund;\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let (r, seen) = try onTerminal(cli, "", "import participants \(file)")
        #expect(r.status == 0)
        #expect(seen.contains("\r\u{1B}[KLäser in raderna") && seen.contains("\r\u{1B}[KSkriver in deltagarna"), "\(seen)")
        #expect(seen.contains("Skriver in deltagarna … 100 %") && seen.contains("2 deltagare inskrivna."), "\(seen)")
        let piped = try cli.run(["import", "participants", file, "--dry-run"], environment: ["LOTSEN_PROGRESS_AFTER": "0"])
        #expect(!piped.stderr.contains("Läser in raderna"), "\(piped.stderr)")
    }

    @Test("a new login's first lotsen demo makes ~/.config (0700) for its key; a HOME that is not there is never made")
    func newLogin() throws {
        let cli = CLI()
        let home = cli.dir.file("home")
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let r = try LotsenTestSupport.run(cli.lotsen, ["demo"], environment: ["HOME": home, "LANG": "C.UTF-8", "LOTSEN_TODAY": PinnedDay.iso])
        #expect(r.status == 0, "\(r.stderr)")
        let mode = try FileManager.default.attributesOfItem(atPath: home + "/.config")[.posixPermissions] as? Int
        #expect(mode == 0o700)
        let missing = try LotsenTestSupport.run(cli.lotsen, ["demo"], environment: ["HOME": cli.dir.file("nohome"), "LANG": "C.UTF-8"])
        #expect(missing.status != 0)
        #expect(!FileManager.default.fileExists(atPath: cli.dir.file("nohome")))
    }
}
