import Foundation
import LotsenTestSupport
import Testing

/// The privacy rule from outside (issue 25, point 2; docs/privacy.md): every command
/// that shows a person × every organisation × consent none / naming some / withdrawn.
/// Each person is registered by AME; AF, AME and IFO each wrote a note about them.
@Suite("Who sees what: the consent table")
struct PrivacyTableTests {
    struct Person { let name: String; let pnr: String; let phone: String; let consent: Set<String> }
    /// Consent in force afterwards: none; AME and IFO; and AF, AME, IFO withdrawn.
    static let people = [
        Person(name: "Sara", pnr: "000101-2384", phone: "070-111 11 11", consent: []),
        Person(name: "Erik", pnr: "0603159856", phone: "070-222 22 22", consent: ["AME", "IFO"]),
        Person(name: "Nora", pnr: "811228-9874", phone: "070-333 33 33", consent: []),
    ]
    static let viewers = [("AB", "AF"), ("MS", "AME"), ("IK", "IFO")]

    func journal() throws -> CLI {
        let cli = CLI()
        for args in [["init"], ["caseworker", "add", "--initials", "AB", "--name", "Anna Bok", "--org", "AF"],
                     ["caseworker", "add", "--initials", "MS", "--name", "Maria Sand", "--org", "AME"],
                     ["caseworker", "add", "--initials", "IK", "--name", "Ida Kraft", "--org", "IFO"]] {
            #expect(try cli.run(args, author: args.count > 2 ? args[3] : "MS").status == 0)
        }
        for p in Self.people {
            let steps: [([String], String)] = [
                (["add", "--pnr", p.pnr, "--first", p.name, "--last", "Lind", "--phone", p.phone, "--registered", "2026-09-01",
                  "--income-support", "ja"], "MS"),
                (["plan", "new", p.name, "--start", "2026-09-10"], "MS"),
                (["note", p.name, "AF-anteckning om \(p.name)"], "AB"),
                (["note", p.name, "AME-anteckning om \(p.name)"], "MS"),
                (["note", p.name, "IFO-anteckning om \(p.name)"], "IK"),
            ]
            for (args, author) in steps { #expect(try cli.run(args, author: author).status == 0, "\(args)") }
        }
        #expect(try cli.run(["consent", "erik", "--orgs", "AME,IFO"], author: "MS").status == 0)
        #expect(try cli.run(["consent", "nora", "--orgs", "AF,AME,IFO"], author: "MS").status == 0)
        #expect(try cli.run(["consent", "nora", "--withdraw"], author: "MS").status == 0)
        return cli
    }

    /// The rule, written out independently of the code: an organisation sees its own
    /// entries, and another's while the consent names both; the programme is AME's.
    static func sees(_ viewer: String, _ writer: String, _ consent: Set<String>) -> Bool {
        viewer == writer || (consent.contains(viewer) && consent.contains(writer))
    }

    @Test("show, show --json, extract, find, export, board, plan show and tasks: each organisation sees what the rule allows")
    func table() throws {
        let cli = try journal()
        for (initials, org) in Self.viewers {
            let board = try cli.run(["board"], author: initials).stdout
            let export = try cli.run(["export", "participants"], author: initials).stdout
            for p in Self.people {
                let joint = Self.sees(org, "AME", p.consent)
                let where_ = "\(org) looking at \(p.name) (consent \(p.consent.sorted()))"
                let card = try cli.run(["show", p.name], author: initials).stdout
                let json = try cli.run(["show", p.name, "--json"], author: initials).stdout
                let extract = try cli.run(["extract", p.name], author: initials).stdout
                for writer in ["AF", "AME", "IFO"] {
                    let note = "\(writer)-anteckning om \(p.name)"
                    let expected = Self.sees(org, writer, p.consent)
                    #expect(card.contains(note) == expected, "card: \(where_), \(writer)'s note")
                    #expect(json.contains(note) == expected, "json: \(where_), \(writer)'s note")
                    #expect(extract.contains(note) == expected, "extract: \(where_), \(writer)'s note")
                }
                #expect(card.contains("Steg:") == joint, "card stage: \(where_)")
                #expect(card.contains("försörjningsstöd ja") == Self.sees(org, "IFO", p.consent), "income support is IFO's: \(where_)")
                #expect(card.contains(p.phone) == joint && json.contains(p.phone) == joint, "phone: \(where_)")
                #expect(try cli.run(["find", p.name], author: initials).stdout.contains(p.phone) == joint, "find: \(where_)")
                // A phone number says whose it is only to those who may see it.
                #expect(try cli.run(["find", p.phone], author: initials).stdout.contains(p.name) == joint, "find by phone: \(where_)")
                #expect((try cli.run(["show", p.phone], author: initials).status == 0) == joint, "show by phone: \(where_)")
                #expect(export.contains(p.phone) == joint, "export: \(where_)")
                #expect(board.contains("\(p.name)") == joint, "board: \(where_)")
                let plan = try cli.run(["plan", "show", p.name], author: initials)
                #expect((plan.status == 0) == joint, "plan show: \(where_): \(plan.stderr)")
                if !joint {
                    #expect(card.contains("Dolt för \(org)"), "the card says what is hidden: \(where_)")
                    #expect(plan.stderr.contains("inskriven hos AME"), "\(plan.stderr)")
                }
            }
        }
    }

    @Test("writes to a programme that is not the caller's are refused, nothing written; a note of one's own is not")
    func writes() throws {
        let cli = try journal()
        let before = cli.bytes
        for args in [["move", "sara", "handlingsplan"], ["plan", "goal", "sara", "add", "--what", "Jobb"], ["exit", "sara", "--reason", "arbete"],
                     ["edit", "sara", "--email", "sara@example.se"], ["tasks", "sara", "add", "Ring"]] {
            let r = try cli.run(args, author: "AB")
            #expect(r.status == 2 && r.stderr.contains("samtycket omfattar inte AF"), "\(args): \(r.stderr)")
        }
        #expect(cli.bytes == before, "nothing written")
        #expect(try cli.run(["note", "sara", "Ringde från AF"], author: "AB").status == 0)
        #expect(try cli.run(["move", "erik", "handlingsplan"], author: "IK").status == 0, "IFO is named with AME")
    }

    @Test("the card says what is hidden and why, in Swedish and English")
    func hiddenLine() throws {
        let cli = try journal()
        let sv = try cli.run(["show", "erik"], author: "AB").stdout
        #expect(sv.contains("Dolt för AF: steg, insatser, plan och kontaktuppgifter, 1 anteckning från AME, 1 anteckning från IFO, försörjningsstöd – samtycket omfattar inte AF"), "\(sv)")
        let en = try cli.run(["show", "erik"], author: "IK", lang: "en_GB.UTF-8").stdout
        #expect(en.contains("Hidden from IFO: 1 note from AF – the consent does not cover AF"), "\(en)")
        let withdrawn = try cli.run(["show", "nora"], author: "AB").stdout
        #expect(withdrawn.contains("samtycket återkallades"), "\(withdrawn)")
    }
}
