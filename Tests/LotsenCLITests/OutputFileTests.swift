import Foundation
import Glibc
import LotsenTestSupport
import Testing

/// Every `--output`: never the journal or its companion files, never an existing file
/// without `--force` (then replaced whole), never through a link into another file,
/// always created 0600.
@Suite("--output writes only where it may")
struct OutputFileTests {
    /// A journal where every command with `--output` has something to write.
    func ready() throws -> CLI {
        let cli = try CLI().ready()
        for args in [["plan", "new", "sara", "--start", "2026-09-10"],
                     ["meeting", "new", "--date", "2026-11-19", "--attendees", "AB"],
                     ["meeting", "close", "--date", "2026-11-19"]] {
            let r = try cli.run(args)
            #expect(r.status == 0, "\(args): \(r.stderr)")
        }
        return cli
    }

    static let commands: [[String]] = [
        ["export", "participants", "--format", "csv"], ["export", "activities"], ["report", "målgrupp"],
        ["meeting", "minutes", "2026-11-19"], ["plan", "export", "sara", "--format", "txt"],
    ]

    @Test("the journal and its companion files are refused however they are named; nothing changes", arguments: commands)
    func journalRefused(command: [String]) throws {
        let cli = try ready()
        #expect(symlink("data/journal.jsonl", cli.dir.file("link.jsonl")) == 0)
        let files = ["", ".head", ".lock", ".snapshot"].map { cli.journal + $0 }
        let before = files.map { Bytes.read($0) }
        for target in files + [cli.dir.file("link.jsonl"), cli.dir.file("data/../data/journal.jsonl.head"), "data/journal.jsonl"] {
            for force in [[], ["--force"]] {
                let r = try cli.run(command + ["--output", target] + force, cwd: cli.dir.path)
                #expect(r.status == 2 && r.stderr.contains("är journalen eller en av dess egna filer"), "\(command) → \(target): \(r.stderr)")
            }
        }
        #expect(files.map { Bytes.read($0) } == before)
        #expect(try cli.run("verify").status == 0)
    }

    @Test("an existing file is kept unless --force, which replaces it whole and private", arguments: commands)
    func existing(command: [String]) throws {
        let cli = try ready()
        let target = cli.dir.file("out.txt")
        try "someone's file\n".write(toFile: target, atomically: false, encoding: .utf8)
        let refused = try cli.run(command + ["--output", target])
        #expect(refused.status == 2 && refused.stderr.contains("finns redan") && refused.stderr.contains("--force"), "\(refused.stderr)")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "someone's file\n")
        let en = try cli.run(command + ["--output", target], lang: "en_GB.UTF-8")
        #expect(en.status == 2 && en.stderr.contains("already exists"), "\(en.stderr)")
        let forced = try cli.run(command + ["--output", target, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOfFile: target, encoding: .utf8) != "someone's file\n")
        #expect(try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int == 0o600)
        let fresh = cli.dir.file("new.txt")
        #expect(try cli.run(command + ["--output", fresh]).status == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: fresh)[.posixPermissions] as? Int == 0o600)
    }

    @Test("a symlink at the output name is never followed into the file it points at", arguments: commands)
    func symlinkNotFollowed(command: [String]) throws {
        let cli = try ready()
        let victim = cli.dir.file("victim.txt"), link = cli.dir.file("out.txt")
        try "someone's file\n".write(toFile: victim, atomically: false, encoding: .utf8)
        #expect(symlink(victim, link) == 0)
        #expect(try cli.run(command + ["--output", link]).status == 2)
        #expect(try cli.run(command + ["--output", link, "--force"]).status == 0)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "someone's file\n")
        let dangling = cli.dir.file("dangling.txt")
        #expect(symlink(cli.dir.file("nowhere.txt"), dangling) == 0)
        #expect(try cli.run(command + ["--output", dangling]).status == 2)
        #expect(!FileManager.default.fileExists(atPath: cli.dir.file("nowhere.txt")))
    }

    @Test("a directory that does not exist is said in the user's language, not the C library's")
    func missingDirectory() throws {
        let cli = try ready()
        let sv = try cli.run("export", "participants", "--output", cli.dir.file("finns-inte/ut.csv"))
        #expect(sv.status == 3 && sv.stderr.contains("filen eller mappen finns inte") && !sv.stderr.contains("No such"), "\(sv.stderr)")
        let en = try cli.run(["export", "participants", "--output", cli.dir.file("finns-inte/ut.csv")], lang: "en_GB.UTF-8")
        #expect(en.status == 3 && en.stderr.contains("no such file or directory"), "\(en.stderr)")
    }
}
