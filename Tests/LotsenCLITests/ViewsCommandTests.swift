import LotsenTestSupport
import Testing

/// Saved views from the command line: the same views the TUI saves and offers on Ctrl-F,
/// one caseworker's own (issue 23, point 8).
@Suite("lotsen caseworker views and find --view")
struct ViewsCommandTests {
    @Test("save, list, use and remove a view; another caseworker does not have it")
    func roundTrip() throws {
        let cli = try CLI().ready()
        try cli.run("caseworker", "add", "--initials", "CD", "--name", "Cem Dag", "--org", "AME")
        try cli.run("add", "--pnr", "811228-9874", "--first", "Eva", "--last", "Lindqvist", "--registered", "2026-09-01")
        try cli.run("responsible", "sara", "--org", "AF", "--caseworker", "AB")
        let saved = try cli.run("caseworker", "views", "--save", "Mina Lind", "--filter", "mine", "--search", "lind")
        #expect(saved.status == 0 && saved.stdout.contains("Vyn ”Mina Lind” sparad"), "\(saved.stderr)")
        #expect(try cli.run("caseworker", "views").stdout.contains("Mina Lind  mina · sökning ”lind”"))
        let found = try cli.run("find", "--view", "mina lind")
        #expect(found.status == 0 && found.stdout.contains("Sara Lind") && !found.stdout.contains("Eva Lindqvist"), "\(found.stdout)")
        let other = try cli.run(["find", "--view", "Mina Lind"], author: "CD")
        #expect(other.status == 2 && other.stderr.contains("ingen sparad vy"), "\(other.stderr)")
        let badFilter = try cli.run("caseworker", "views", "--save", "X", "--filter", "alla-mina")
        #expect(badFilter.status == 2 && badFilter.stderr.contains("alla-mina"), "\(badFilter.stderr)")
        #expect(try cli.run("caseworker", "views", "--remove", "MINA LIND").status == 0)
        #expect(try cli.run("caseworker", "views").stdout.contains("inga sparade vyer"))
        // A zero-width space typed into the name is not kept, nor echoed.
        let hidden = try cli.run("caseworker", "views", "--save", "Mina\u{200B}Lind")
        #expect(hidden.status == 0 && hidden.stdout.contains("Vyn ”MinaLind” sparad"), "\(hidden.stdout)")
        #expect(try cli.run("verify").status == 0)
    }
}
