import Foundation
import LotsenTestSupport
import Testing

/// Protected personal data (issue 25, point 3): name, personnummer and contact details
/// only for the responsible caseworkers; never found, named or exported for anyone else.
@Suite("Protected identity")
struct ProtectedIdentityTests {
    func desk() throws -> CLI {
        let cli = try CLI().ready()
        for args in [["caseworker", "add", "--initials", "MS", "--name", "Maria Sand", "--org", "AF"],
                     ["responsible", "sara", "--org", "AF", "--caseworker", "AB"],
                     ["consent", "sara", "--orgs", "AF"],
                     ["protect", "sara"]] {
            let r = try cli.run(args)
            #expect(r.status == 0, "\(args): \(r.stderr)")
        }
        return cli
    }

    @Test("the responsible caseworker sees Sara; a colleague of the same organisation finds nobody by name, number or id")
    func hidden() throws {
        let cli = try desk()
        #expect(try cli.run("show", "sara").stdout.contains("Sara Lind   20000101-2384"))
        for who in ["sara", "000101-2384", "20000101"] {
            let f = try cli.run(["find", who], author: "MS")
            #expect(f.status == 1 && !f.stdout.contains("Sara"), "find \(who): \(f.stdout)")
            let s = try cli.run(["show", who], author: "MS")
            #expect(s.status == 2 && !s.stdout.contains("Sara"), "show \(who): \(s.stdout)\(s.stderr)")
        }
        let again = try cli.run(["add", "--pnr", "000101-2384", "--first", "X", "--last", "Y"], author: "MS")
        #expect(again.status == 2 && again.stderr.contains("Skyddad identitet") && !again.stderr.contains("Sara"), "\(again.stderr)")
        for author in ["AB", "MS"] {
            #expect(!(try cli.run(["export", "participants"], author: author).stdout.contains("Lind")), "never in an export (\(author))")
        }
    }

    @Test("never named on a meeting's agenda or in its minutes")
    func meeting() throws {
        let cli = try desk()
        #expect(try cli.run("meeting", "new", "--date", "2026-11-19", "--attendees", "AB").status == 0)
        // The rules put her on it (79 days without an activity), masked.
        let agenda = try cli.run("meeting", "show").stdout
        #expect(agenda.contains("1. [1]") && !agenda.contains("Sara") && !agenda.contains("Lind"), "\(agenda)")
        #expect(try cli.run("meeting", "close", "--date", "2026-11-19").status == 0)
        #expect(!(try cli.run("meeting", "minutes", "2026-11-19").stdout.contains("Sara")))
    }

    @Test("the mark is an entry: removed again, Sara is found by the colleague")
    func removed() throws {
        let cli = try desk()
        #expect(try cli.run("protect", "sara", "--off").status == 0)
        #expect(try cli.run(["find", "sara"], author: "MS").stdout.contains("Sara Lind"))
        #expect(try cli.run("extract", "sara").stdout.contains("Markerad: skyddade personuppgifter"))
    }
}
