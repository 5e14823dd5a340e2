import LotsenTestSupport
import Testing

/// Roles (issue 25, point 1): a statistician reads reports and no person; the coordinator
/// shares out the work; a journal without a coordinator works as before.
@Suite("Roles")
struct RoleTests {
    func desk() throws -> CLI {
        let cli = try CLI().ready()
        for args in [["caseworker", "add", "--initials", "ST", "--name", "Stina Tal", "--org", "AME", "--role", "statistik"],
                     ["caseworker", "add", "--initials", "KO", "--name", "Kim Ordf", "--org", "AME", "--role", "samordnare"]] {
            let r = try cli.run(args)
            #expect(r.status == 0, "\(args): \(r.stderr)")
        }
        return cli
    }

    @Test("a statistician gets the reports, never a person; nothing is written or logged for them")
    func statistics() throws {
        let cli = try desk()
        #expect(try cli.run(["report", "målgrupp"], author: "ST").status == 0)
        for args in [["show", "sara"], ["find", "sara"], ["extract", "sara"], ["export", "participants"], ["board"], ["tasks"],
                     ["note", "sara", "x"], ["log"]] {
            let r = try cli.run(args, author: "ST")
            #expect(r.status == 2 && !r.stdout.contains("Sara") && r.stderr.contains("Som statistiker får du inte"), "\(args): \(r.stdout)\(r.stderr)")
        }
    }

    @Test("once there is a coordinator, only they add caseworkers, set rules and follow up others' looks")
    func coordinator() throws {
        let cli = try desk()
        let add = try cli.run(["caseworker", "add", "--initials", "NY", "--name", "Ny Person", "--org", "AF"])
        #expect(add.status == 2 && add.stderr.contains("Som handläggare får du inte lägga till handläggare"), "\(add.stderr)")
        #expect(try cli.run(["caseworker", "add", "--initials", "NY", "--name", "Ny Person", "--org", "AF"], author: "KO").status == 0)
        #expect(try cli.run(["meeting", "rules", "--limit", "10"]).status == 2)
        #expect(try cli.run(["meeting", "rules", "--limit", "10"], author: "KO").status == 0)
        #expect(try cli.run(["log"]).status == 2, "AB may not follow up others' looks")
        #expect(try cli.run(["log", "--caseworker", "AB"]).status == 0, "but may see their own")
        #expect(try cli.run(["log"], author: "KO").status == 0)
    }

    @Test("without a coordinator every caseworker does the coordinator's work, as before roles")
    func noCoordinator() throws {
        let cli = try CLI().ready()
        #expect(try cli.run("caseworker", "add", "--initials", "MS", "--name", "Maria Sand", "--org", "AME").status == 0)
        #expect(try cli.run("meeting", "rules", "--limit", "10").status == 0)
        #expect(try cli.run("log").status == 0)
    }
}
