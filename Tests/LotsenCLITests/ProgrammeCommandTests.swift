import Foundation
import Testing
import LotsenTestSupport

/// The programme from the command line: a participant walked through every stage as
/// Bilaga 1 describes, and every refusal writing nothing.
@Suite("Programme commands")
struct ProgrammeCommandTests {
    func withBank() throws -> CLI {
        let cli = try CLI().ready()
        #expect(try cli.run("placement", "add", "--name", "Verkstaden", "--sector", "Industri", "--capacity", "1",
                            "--contact", "Per Ek", "--phone", "0591-123 45").status == 0)
        return cli
    }

    @Test("Slussen 1–3, Kanalen, Havet: checklist, visits, placement, activities, log, A-kassa, support")
    func walkThrough() throws {
        let cli = try withBank()
        #expect(try cli.run("checklist", "sara", "it-policy", "drog", "arbetsmiljö", "värdegrund", "5", "6", "semester", "lön").status == 0)
        #expect(try cli.run("checklist", "sara").stdout.contains("8. [x]"))
        #expect(try cli.run("move", "sara", "handlingsplan").stdout.contains("Flyttad till Slussen 2 · Handlingsplan"))
        #expect(try cli.run("move", "sara", "studiebesök").status == 0)
        let visit = try cli.run("visit", "sara", "verkstaden", "--evaluation", "Roligt")
        #expect(visit.stdout.contains("Studiebesök") && visit.stdout.contains("hos Verkstaden (halvdag)"), "\(visit.stdout)")
        let number = try #require(visit.stdout.split(separator: "[").last.flatMap { Int($0.prefix { $0.isNumber }) })
        #expect(try cli.run("visit", "sara", "--evaluate", String(number), "--supervisor", "Passar bra").status == 0)
        let started = try cli.run("activity", "sara", "start", "praktik", "--start", "2026-10-01")
        #expect(started.stdout.contains("Insats startad 2026-10-01: Praktik (AF)"), "\(started.stdout)")
        let activity = try #require(started.stdout.split(separator: "[").last.flatMap { Int($0.prefix { $0.isNumber }) })
        #expect(try cli.run("move", "sara", "kanalen", "--placement", "verkstaden", "--until", "2027-06-30").stdout
            .contains("Flyttad till Kanalen"))
        let shown = try cli.run("placement", "show", "verkstaden")
        #expect(shown.stdout.contains("Sara Lind") && shown.stdout.contains("lediga: 0"), "\(shown.stdout)")
        #expect(try cli.run("kanalen", "sara", "jobbsök", "--hours", "2,5").stdout.contains("arbetssök 2 h 30 min"))
        #expect(try cli.run("kanalen", "sara", "syv").status == 0)
        #expect(try cli.run("akassa", "sara", "ingen-rätt").status == 0)
        #expect(try cli.run("support", "sara", "på").status == 0)
        let board = try cli.json(try cli.run("board", "--json")) as? [[String: Any]]
        let kanalen = try #require(board?.first { $0["stage"] as? String == "kanalen" })
        let card = try #require((kanalen["participants"] as? [[String: Any]])?.first)
        #expect(card["flags"] as? [String] == ["no-consent", "intensified-support", "a-kassa"])
        #expect(try cli.run("move", "sara", "havet", "--income", "arbete", "--occupation", "Svetsare", "--employer", "Bruket AB").status == 0)
        #expect(try cli.run("placement", "show", "verkstaden").stdout.contains("lediga: 1"))
        let card2 = try cli.run("show", "sara")
        #expect(card2.stdout.contains("Steg: Havet") && card2.stdout.contains("Försörjning: arbete, Svetsare, Bruket AB"), "\(card2.stdout)")
        let json = try cli.json(try cli.run("show", "sara", "--json")) as? [String: Any]
        let programme = try #require(json?["programme"] as? [String: Any])
        #expect(programme["stage"] as? String == "havet")
        #expect((programme["moves"] as? [Any])?.count == 4)
        #expect(try cli.run("activity", "sara", "end", String(activity), "--outcome", "arbete").status == 0)
        #expect(try cli.run("activity", "sara").stdout.contains("avslutad"))
        #expect(try cli.run("exit", "sara", "--reason", "arbete", "--occupation", "Svetsare").status == 0)
        #expect(try cli.run("verify").status == 0)
    }

    @Test("refusals name what is missing, exit 2, and write nothing", arguments: [
        (["move", "sara", "kanalen"], "Till Kanalen behövs en arbetsplats"),
        (["move", "sara", "kanalen", "--placement", "Bageriet"], "Ingen arbetsplats i platsbanken heter ”Bageriet”"),
        (["move", "sara", "havet"], "Till Havet behövs försörjningen"),
        (["move", "sara", "sjön"], "Steg: ”sjön” är inget av"),
        (["move", "sara", "1"], "redan i Slussen 1"),
        (["activity", "sara", "start", "semester"], "Typ: ”semester” är inget av"),
        (["activity", "sara", "end", "99", "--outcome", "klar"], "ingen insats nummer 99"),
        (["checklist", "sara", "fika"], "Introduktionen har ingen punkt ”fika”"),
        (["kanalen", "sara", "jobbsök", "--hours", "många"], "Timmar: ”många” är inget av"),
        (["placement", "add", "--name", "verkstaden", "--sector", "x"], "Det finns redan en arbetsplats som heter verkstaden"),
        (["placement", "add", "--name", "Bageriet", "--sector", "Livs", "--capacity", "0"], "Antal platser: ”0”"),
        (["akassa", "sara", "kanske"], "Status: ”kanske” är inget av"),
        (["board", "--caseworker", "ZZ"], "Ingen handläggare med initialerna ZZ"),
    ])
    func refusals(_ args: [String], _ message: String) throws {
        let cli = try withBank()
        let before = cli.bytes
        let r = try cli.lotsenRun(args)
        #expect(r.status == 2)
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(cli.bytes == before)
    }

    @Test("a move back needs a reason; with one it is recorded")
    func moveBack() throws {
        let cli = try withBank()
        #expect(try cli.run("move", "sara", "2").status == 0)
        let refused = try cli.run("move", "sara", "1")
        #expect(refused.status == 2 && refused.stderr.contains("kräver en orsak"))
        #expect(try cli.run("move", "sara", "1", "--reason", "Göra om introduktionen").stdout.contains("orsak: Göra om introduktionen"))
    }

    @Test("English on request")
    func english() throws {
        let cli = try withBank()
        let r = try cli.run("move", "sara", "kanalen", "--lang", "en")
        #expect(r.status == 2 && r.stderr.contains("Moving into Kanalen needs a workplace"), "\(r.stderr)")
        #expect(try cli.run("placement", "list", "--lang", "en").stdout.contains("Free"))
    }
}
