import LotsenTestSupport
import Testing

/// `lotsen undo`: the caller's latest entry taken back by a new one, which the register
/// extract shows beside it (issue 23, point 6).
@Suite("lotsen undo")
struct UndoCommandTests {
    @Test("a note on the wrong person is undone, the card forgets it, the extract keeps both")
    func note() throws {
        let cli = try CLI().ready()
        try cli.run("caseworker", "add", "--initials", "CD", "--name", "Cem Dag", "--org", "AME")
        #expect(try cli.run("note", "sara", "Skulle till Nora, fel person").status == 0)
        let list = try cli.run("undo", "--list")
        #expect(list.status == 0 && list.stdout.hasPrefix("#") && list.stdout.contains("anteckningen om Sara Lind  (kan ångras)"), "\(list.stdout)")

        let other = try cli.run(["undo"], author: "CD")
        #expect(other.status != 0 && other.stderr.contains("inget att ångra"), "someone else's entry: \(other.stderr)")

        let undo = try cli.run("undo")
        #expect(undo.status == 0 && undo.stdout.hasPrefix("Ångrat: anteckningen om Sara Lind (#"), "\(undo.stdout)\(undo.stderr)")
        #expect(!(try cli.run("show", "sara").stdout.contains("fel person")))
        let extract = try cli.run("extract", "sara").stdout
        #expect(extract.contains("Skulle till Nora, fel person") && extract.contains("— ångrad av AB"), "\(extract)")
        #expect(extract.contains("Ångrade #"))
        #expect(try cli.run("verify").status == 0)
    }

    @Test("what cannot be undone says what to do instead, writes nothing, exits non-zero; in English too")
    func refused() throws {
        let cli = try CLI().ready()
        #expect(try cli.run("edit", "sara", "--email", "sara@example.se").status == 0)
        let before = try cli.run("verify").stdout
        let sv = try cli.run("undo")
        #expect(sv.status == 2 && sv.stderr.contains("ändringen av uppgifterna") && sv.stderr.contains("lotsen edit"), "\(sv.stderr)")
        let en = try cli.run(["undo", "--entry", "999"], lang: "en_GB.UTF-8")
        #expect(en.status == 2 && en.stderr.contains("not among your 20 latest"), "\(en.stderr)")
        #expect(try cli.run("verify").stdout == before, "nothing written")
    }
}
