import Dispatch
import Foundation
import Glibc
import LotsenTestSupport
import Testing

/// One journal, one lock and one set of companion files, whatever path reaches it.
@Suite("One journal, one name")
struct JournalPathTests {
    /// Notes written at once through the journal's own path, a symbolic link to it and a
    /// path with `..`: every one acknowledged is there, in one unbroken chain.
    @Test("writers through a symlink, `..` and the real path take turns on one lock; nothing acknowledged is lost")
    func writersThroughLinks() throws {
        let cli = try CLI().ready()
        let dir = cli.dir.path
        #expect(symlink("data/journal.jsonl", dir + "/link.jsonl") == 0)
        let paths = [cli.journal, dir + "/link.jsonl", dir + "/data/../data/journal.jsonl", "link.jsonl"]
        let acknowledged = Counter()
        DispatchQueue.concurrentPerform(iterations: paths.count) { i in
            for n in 0..<15 {
                let r = try? cli.run(["note", "sara", "skrivare \(i) nr \(n)", "--journal", paths[i]], cwd: dir)
                if r?.status == 0 { acknowledged.add() }
            }
        }
        #expect(acknowledged.value == paths.count * 15)
        let verify = try cli.run("verify")
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        let extract = try cli.run("extract", "sara").stdout
        for i in paths.indices { for n in 0..<15 { #expect(extract.contains("skrivare \(i) nr \(n)\n")) } }
        // The companion files are the real journal's; none were made beside the link.
        let listing = try FileManager.default.contentsOfDirectory(atPath: dir)
        #expect(!listing.contains { $0.hasPrefix("link.jsonl.") }, "\(listing)")
    }

    @Test("a hard link to the journal is refused with a clear message; nothing is written through either name")
    func hardLink() throws {
        let cli = try CLI().ready()
        #expect(link(cli.journal, cli.dir.file("twin.jsonl")) == 0)
        let before = cli.bytes
        let r = try cli.run("note", "sara", "via tvillingen", "--journal", cli.dir.file("twin.jsonl"))
        #expect(r.status != 0 && r.stderr.contains("har 2 namn (hårda länkar)"), "\(r.stderr)")
        let en = try cli.run(["note", "sara", "via the real name"], lang: "en_GB.UTF-8")
        #expect(en.status != 0 && en.stderr.contains("has 2 names (hard links)"), "\(en.stderr)")
        #expect(cli.bytes == before)
    }

    @Test("a lock, head, key store or snapshot file that is a symlink is refused, never followed, locked or chmod'ed")
    func linkedCompanions() throws {
        for companion in ["lock", "head", "keys", "snapshot"] {
            let cli = try CLI().ready()
            let victim = cli.dir.file("victim.txt")
            try "someone's file\n".write(toFile: victim, atomically: false, encoding: .utf8)
            chmod(victim, 0o644)
            let path = cli.journal + "." + companion
            unlink(path)
            #expect(symlink(victim, path) == 0)
            let before = cli.bytes
            let r = try cli.run("note", "sara", "hej")
            #expect(r.status != 0 && r.stderr.contains("är en symbolisk länk"), "\(companion): \(r.stderr)")
            #expect(cli.bytes == before)
            #expect(try String(contentsOfFile: victim, encoding: .utf8) == "someone's file\n")
            let mode = try FileManager.default.attributesOfItem(atPath: victim)[.posixPermissions] as? Int
            #expect(mode == 0o644, "\(companion)")
        }
    }
}

/// A count shared by concurrent test threads.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
