import Foundation
import Testing
import LotsenTestSupport

@Suite("lotsen verify")
struct VerifyCommandTests {
    let lotsen = BuiltProducts.path("lotsen")

    /// Copies a fixture journal into a temporary directory; verify must not change it.
    func fixture(_ name: String, in dir: TemporaryDirectory) -> String {
        let source = CLIFixtures.directory + "/" + name
        for file in ["journal.jsonl", "journal.jsonl.head"] where FileManager.default.fileExists(atPath: source + "/" + file) {
            Bytes.write(Bytes.read(source + "/" + file), to: dir.file(file))
        }
        return dir.file("journal.jsonl")
    }

    @Test("the sound fixture is sound: exit 0")
    func sound() throws {
        let dir = TemporaryDirectory()
        let path = fixture("sound", in: dir)
        let r = try run(lotsen, ["verify", "--journal", path])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Journalen är hel."))
        #expect(r.stdout.contains("6 kontrollerade"))
    }

    @Test("each damaged fixture is named at its record: exit 1, nothing changed", arguments: [
        ("edited-2", 2, "changed"), ("deleted-3", 3, "out-of-order"), ("inserted-2", 2, "out-of-order"),
        ("reordered-1", 1, "out-of-order"), ("bitflip-6", 6, "broken-link"), ("truncated-6", 6, "missing-at-end"),
    ])
    func damaged(_ name: String, _ sequence: Int, _ kind: String) throws {
        let dir = TemporaryDirectory()
        let path = fixture(name, in: dir)
        let before = Bytes.read(path)
        let r = try run(lotsen, ["verify", "--journal", path, "--json", "--lang", "en"])
        #expect(r.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let damage = try #require(json["damage"] as? [String: Any])
        #expect(damage["sequence"] as? Int == sequence)
        #expect(damage["kind"] as? String == kind)
        #expect(json["sound"] as? Bool == false)
        #expect(Bytes.read(path) == before)
        let human = try run(lotsen, ["verify", "--journal", path])
        #expect(human.status == 1)
        #expect(human.stdout.contains("post \(sequence)") || human.stdout.contains("före post \(sequence)"))
    }

    @Test("a torn tail is reported, not repaired, by verify")
    func tornTail() throws {
        let dir = TemporaryDirectory()
        let path = fixture("torn-tail", in: dir)
        let before = Bytes.read(path)
        let r = try run(lotsen, ["verify", "--journal", path, "--lang", "en"])
        #expect(r.status == 1)
        #expect(r.stdout.hasPrefix("The end of the journal was incomplete: 50 bytes"))
        #expect(Bytes.read(path) == before)
    }

    @Test("usage errors exit 2, in Swedish by default and English on request")
    func usage() throws {
        let sv = try run(lotsen, ["verify", "--no-such-flag"])
        #expect(sv.status == 2)
        #expect(sv.stderr.contains("Okänd flagga '--no-such-flag'"))
        let en = try run(lotsen, ["verify", "--no-such-flag"], environment: ["LANG": "en_GB.UTF-8"])
        #expect(en.status == 2)
        #expect(en.stderr.contains("Unknown option '--no-such-flag'"))
    }

    @Test("a missing journal is exit 3 with the path")
    func missing() throws {
        let dir = TemporaryDirectory()
        let r = try run(lotsen, ["verify", "--journal", dir.file("none.jsonl")])
        #expect(r.status == 3)
        #expect(r.stderr.contains("Ingen journal finns på \(dir.file("none.jsonl"))"))
    }

    @Test("the journal comes from LOTSEN_JOURNAL, then XDG_DATA_HOME")
    func location() throws {
        let dir = TemporaryDirectory()
        _ = fixture("sound", in: dir)
        let viaEnv = try run(lotsen, ["verify"], environment: ["LOTSEN_JOURNAL": dir.file("journal.jsonl")])
        #expect(viaEnv.status == 0)
        let viaXDG = try run(lotsen, ["verify"], environment: ["XDG_DATA_HOME": dir.path])
        #expect(viaXDG.status == 3)
        #expect(viaXDG.stderr.contains(dir.path + "/lotsen/journal.jsonl"))
    }
}

enum CLIFixtures {
    static var directory: String {
        let here = #filePath
        return String(here[..<here.lastIndex(of: "/")!]) + "/Fixtures"
    }
}
