import Foundation
import LotsenTestSupport
import Testing

/// `lotsen gallring` from the outside: the list, the rules, a purge that asks first, the
/// access log, backups made before it marked, the chain still sound.
@Suite("Gallring command")
struct GallringCommandTests {
    /// A year and a half after the demo's day: everyone who exited is more than a year past it.
    let later = ["LOTSEN_TODAY": "2028-06-01"]

    @Test("rules, the list, a purge that asks first and is logged; backups before it marked; verify sound")
    func purgeFromTheCommandLine() throws {
        let cli = CLI()
        #expect(try cli.run("demo").status == 0)
        let none = try cli.run(["gallring"], environment: later)
        #expect(none.status == 0 && none.stdout.contains("inga gallringsregler"))
        #expect(try cli.run("gallring", "rules", "--years", "0").stderr.contains("Antal år: ”0”"))
        let set = try cli.run("gallring", "rules", "--years", "1", "--from", "avslut", "--backup-days", "30")
        #expect(set.status == 0 && set.stdout.contains("1 år efter avslutet") && set.stdout.contains("sparas 30 dagar"), "\(set.stderr)")
        let list = try cli.run(["gallring"], environment: later)
        let dueLines = list.stdout.split(separator: "\n").filter { $0.hasPrefix("  ") }
        #expect(list.status == 0 && dueLines.count > 5, "\(list.stdout)")
        // "  Förnamn Efternamn (ÅÅÅÅMMDD-NNNN, id)  avslutad …"
        let first = try #require(dueLines.first.map { String($0.dropFirst(2).prefix { $0 != "(" }).trimmingCharacters(in: .whitespaces) })
        #expect(try cli.run("find", "--all", first).stdout.contains(first))
        #expect(try cli.run("backup", cli.dir.file("backups")).status == 0)

        let before = cli.bytes
        let unasked = try cli.run(["gallring", "purge"], environment: later)
        #expect(unasked.status == 1 && unasked.stderr.contains("Ingenting gallrades") && cli.bytes == before)
        let purged = try cli.run(["gallring", "purge", "--yes"], environment: later)
        #expect(purged.status == 0 && purged.stdout.contains("\(dueLines.count) personer är gallrade"), "\(purged.stderr)")
        #expect(!(try cli.run("find", "--all", first).stdout.contains(first)))
        #expect(try cli.run("verify").status == 0)
        let log = try cli.run(["log"], environment: later).stdout
        #expect(log.components(separatedBy: "gallring purge").count - 1 == dueLines.count, "\(log.suffix(400))")
        let backups = try cli.run("backup", cli.dir.file("backups"), "--list").stdout
        #expect(backups.contains("gjord före gallringen") && !backups.contains("äldre än"), "\(backups)")
        let listedLater = try cli.run(["backup", cli.dir.file("backups"), "--list"], environment: later).stdout
        #expect(listedLater.contains("äldre än de 30 dagar säkerhetskopior sparas"), "\(listedLater)")
        #expect(try cli.run(["gallring"], environment: later).stdout.contains("Ingen ska gallras"))
    }

    @Test("the register extract says when the person's records are purged")
    func extractSaysWhen() throws {
        let cli = try CLI().ready()
        #expect(try cli.run("extract", "Sara", "--format", "txt").stdout.contains("inga gallringsregler"))
        try cli.run("gallring", "rules", "--years", "5", "--from", "last-entry")
        let text = try cli.run("extract", "Sara", "--format", "txt").stdout
        #expect(text.contains("Gallring") && text.contains("gallras tidigast 2031-"), "\(text.suffix(300))")
    }
}
