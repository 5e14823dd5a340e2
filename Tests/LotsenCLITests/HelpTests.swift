import Foundation
import LotsenJSON
import LotsenTestSupport
import LotsenText
import Testing

/// Help is drawn by Lotsen from the parser's description of its commands, in the user's
/// language; the parser's own English is only ever seen in its error messages, and those
/// are said in Swedish by phrases that must still be the parser's.
@Suite("Help in the user's language")
struct HelpTests {
    /// Every command path, from the parser's own description of the tree.
    func commandPaths(_ cli: CLI) throws -> [[String]] {
        let dump = try cli.run("--experimental-dump-help", lang: "en_GB.UTF-8")
        let root = try #require(JSONValue.parse(dump.stdout)?["command"])
        var paths: [[String]] = []
        func walk(_ c: JSONValue, _ path: [String]) {
            paths.append(path)
            for sub in c["subcommands"]?.array ?? [] { walk(sub, path + [sub["commandName"]?.string ?? ""]) }
        }
        walk(root, [])
        return paths
    }

    @Test("every command's help is whole in Swedish and whole in English")
    func everyCommand() throws {
        let cli = CLI()
        let paths = try commandPaths(cli)
        #expect(paths.count > 40, "the tree has every subcommand")
        let english = ["OVERVIEW", "USAGE", "OPTIONS:", "ARGUMENTS:", "SUBCOMMANDS:", "default:", "values:", "Show help", "Show the version"]
        let swedish = ["ÖVERSIKT", "ANVÄNDNING", "FLAGGOR:", "UNDERKOMMANDON:", "standard:", "värden:", "Visa hjälp"]
        for path in paths {
            let sv = try cli.run(path + ["--help"])
            #expect(sv.status == 0, "\(path)")
            #expect(sv.stdout.hasPrefix("ÖVERSIKT: ") && sv.stdout.contains("\nANVÄNDNING: lotsen"), "\(path)")
            for word in english { #expect(!sv.stdout.contains(word), "\(path): “\(word)” in the Swedish help") }
            let en = try cli.run(path + ["--help"], lang: "en_GB.UTF-8")
            #expect(en.stdout.hasPrefix("OVERVIEW: ") && en.stdout.contains("\nUSAGE: lotsen"), "\(path)")
            for word in swedish { #expect(!en.stdout.contains(word), "\(path): “\(word)” in the English help") }
            #expect(sv.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(path): a line wider than 80 columns")
        }
    }

    @Test("`lotsen help meeting new` and `lotsen meeting new -h` are the same page")
    func helpSubcommand() throws {
        let cli = CLI()
        let a = try cli.run("help", "meeting", "new"), b = try cli.run("meeting", "new", "-h"), c = try cli.run("--lang", "sv", "meeting", "new", "--help")
        #expect(a.stdout == b.stdout && b.stdout == c.stdout)
        #expect(a.stdout.contains("ÖVERSIKT: Skapa ett möte"))
    }

    @Test("a page as it is drawn (golden)")
    func golden() throws {
        let cli = CLI()
        expectGolden(try cli.run("demo", "--help").stdout, "help-demo-sv")
        expectGolden(try cli.run("meeting", "--help", lang: "en_GB.UTF-8").stdout, "help-meeting-en")
    }

    @Test("every Swedish phrase of the parser's errors is still the parser's own English")
    func parserPhrases() throws {
        let cli = CLI()
        let badLines: [[String]] = [["find", "--bogus"], ["find", "--limt", "3"], ["consent"], ["note", "sara", "--kind"],
                                    ["demo", "--size", "huge"], ["fnd"], ["caseworker", "--bogus"]]
        let english = try badLines.map { try cli.run($0, lang: "en_GB.UTF-8").stderr }.joined(separator: "\n")
        for (phrase, _) in Language.sv.cli.parserErrorPhrases {
            #expect(english.contains(phrase), "the parser no longer says “\(phrase)”")
        }
        let swedish = try cli.run(["demo", "--size", "huge"]).stderr
        #expect(swedish.hasPrefix("Fel: Värdet 'huge' är ogiltigt för '--size <size>'. Ange ett av"), "\(swedish)")
    }
}

/// The man pages and completions the package installs are made from the same descriptions,
/// and Swedish stays Swedish in them (the library's generate-manual drops å, ä and ö).
@Suite("Man pages and completions")
struct ManualTests {
    @Test("lotsen manual writes a page per command in Swedish and in English, letters intact")
    func pages() throws {
        let cli = CLI()
        for (lang, name, heading) in [("sv", "Veckomötet", "UNDERKOMMANDON"), ("en", "The weekly meeting", "SUBCOMMANDS")] {
            let dir = cli.dir.file("man-\(lang)")
            let r = try cli.run("manual", dir, "--lang", lang, "--date", "2026-12-01")
            #expect(r.status == 0, "\(r.stderr)")
            let meeting = try String(contentsOfFile: dir + "/lotsen-meeting.1", encoding: .utf8)
            #expect(meeting.hasPrefix(".\\\" -*- coding: UTF-8 -*-\n"), "man-db reads it as UTF-8, not Latin-1")
            #expect(meeting.contains(".TH \"LOTSEN-MEETING\" 1 \"2026-12-01\""))
            #expect(meeting.contains(name) && meeting.contains(".SH \"\(heading)\""), "\(meeting)")
            #expect(FileManager.default.fileExists(atPath: dir + "/lotsen-meeting-new.1"))
        }
    }

    @Test("completions offer subcommands, organisation codes and stages")
    func completions() throws {
        let bash = try CLI().run("--generate-completion-script", "bash")
        #expect(bash.status == 0)
        #expect(bash.stdout.contains("meeting") && bash.stdout.contains("'AF'$'\\n''AME'"), "organisation codes")
        #expect(bash.stdout.contains("'slussen-1'$'\\n''slussen-2'"), "stages")
    }
}
