import LotsenTestSupport
import Testing

/// A caseworker's phone and e-mail (issue 24, point 3): on the plan the young person
/// takes home and beside the caseworker's name on the call card.
@Suite("Caseworkers' contact details")
struct CaseworkerContactTests {
    @Test("set, shown on the take-home plan and the card, cleared; a bad e-mail is refused and nothing written")
    func contact() throws {
        let cli = try CLI().ready()
        #expect(try cli.run("responsible", "sara", "--org", "AF", "--caseworker", "AB", "--date", "2026-09-01").status == 0)
        #expect(try cli.run("plan", "new", "sara", "--start", "2026-09-10").status == 0)
        let before = cli.bytes
        let bad = try cli.run("caseworker", "contact", "AB", "--email", "anna.example.se")
        #expect(bad.status == 2 && bad.stderr.contains("anna.example.se"), "\(bad.stderr)")
        #expect(cli.bytes == before)
        let set = try cli.run("caseworker", "contact", "ab", "--phone", "0591-641 20", "--email", "anna.bok@kommun.example.se")
        #expect(set.status == 0 && set.stdout.contains("Kontaktuppgifter för AB: telefon 0591-641 20, e-post anna.bok@kommun.example.se"),
                "\(set.stdout)\(set.stderr)")
        let plan = try cli.run("plan", "export", "sara").stdout
        #expect(plan.contains("Anna Bok, AF · 0591-641 20 · anna.bok@kommun.example.se"), "\(plan)")
        #expect(try cli.run("show", "sara").stdout.contains("AF AB Anna Bok 0591-641 20"))
        #expect(try cli.run("caseworker", "contact", "AB", "--phone", "").status == 0)
        #expect(!(try cli.run("plan", "export", "sara").stdout.contains("0591-641 20")))
        #expect(try cli.run("caseworker", "add", "--initials", "CD", "--name", "Cem Dag", "--org", "AME", "--phone", "070-111 22 33").status == 0)
        #expect(try cli.run("caseworker", "contact", "CD", "--phone", "070-111 22 33").status == 2, "nothing to change")
    }
}
