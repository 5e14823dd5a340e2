import Foundation
import LotsenTestSupport
import Testing

/// `lotsen doctor` says in plain words what is wrong and what to do, and exits 1 for it.
@Suite("lotsen doctor")
struct DoctorTests {
    @Test("a journal others can read is a problem with the chmod that fixes it; fixed, the doctor is content")
    func permissions() throws {
        let cli = try CLI().ready()
        chmod(cli.journal, 0o644)
        let r = try cli.run(["doctor"], environment: ["TERM": "xterm-256color"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("✗ Journal") && r.stdout.contains("rättigheterna 0644"), "\(r.stdout)")
        #expect(r.stdout.contains("Gör så här: chmod 600 \(cli.journal)"))
        #expect(r.stdout.contains("✓ Kedjan           hel, 3 poster") || r.stdout.contains("✓ Kedjan"), "\(r.stdout)")
        chmod(cli.journal, 0o600)
        let fixed = try cli.run(["doctor", "--lang", "en"], environment: ["TERM": "xterm-256color"])
        #expect(fixed.status == 0, "\(fixed.stdout)")
        #expect(fixed.stdout.contains("✓ Keys") && fixed.stdout.contains("master.key"))
    }

    @Test("a symbolic link in place of the journal, a damaged record, an unknown terminal: each named")
    func findings() throws {
        let cli = try CLI().ready()
        let link = cli.dir.file("data/link.jsonl")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: cli.journal)
        let linked = try cli.run(["doctor", "--journal", link], environment: ["TERM": "no-such-terminal"])
        #expect(linked.status == 1)
        #expect(linked.stdout.contains("\(link) är en symbolisk länk"), "\(linked.stdout)")
        // The journal's own rights (0600), not the link's, which are always 0777.
        #expect(!linked.stdout.contains("rättigheterna 0777"), "\(linked.stdout)")
        #expect(linked.stdout.contains("terminaltypen \"no-such-terminal\" är okänd här"))
        cli.alterRecord(2)
        let damaged = try cli.run(["doctor"], environment: ["TERM": "xterm-256color"])
        #expect(damaged.status == 1)
        #expect(damaged.stdout.contains("skadad vid post 2") && damaged.stdout.contains("lotsen repair"), "\(damaged.stdout)")
    }
}
