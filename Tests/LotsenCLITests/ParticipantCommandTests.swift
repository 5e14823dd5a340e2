import Foundation
import Testing
import LotsenTestSupport

@Suite("lotsen: participants from the command line")
struct ParticipantCommandTests {
    @Test("init, caseworker, add, find, show, note, consent, responsible, exit, reregister")
    func lifecycle() throws {
        let cli = try CLI().ready()
        #expect(Bytes.permissions(cli.dir.file("data")) == 0o700)
        #expect(Bytes.permissions(cli.journal) == 0o600)
        let found = try cli.run("find", "lind")
        #expect(found.status == 0 && found.stdout.contains("Sara Lind"))
        #expect(try cli.run("find", "nobody").status == 1)
        let id = try #require((try cli.json(cli.run("find", "0101", "--json")) as? [[String: Any]])?.first?["id"] as? String)
        #expect(try cli.run("note", "sara lind", "Ringde. Kommer på måndag.").status == 0)
        #expect(try cli.run("consent", id, "--orgs", "AF,AME").status == 0)
        #expect(try cli.run("responsible", "000101-2384", "--org", "AF", "--caseworker", "ab").status == 0)
        let show = try cli.run("show", id)
        #expect(show.stdout.contains("Samtycke: "))
        #expect(show.stdout.contains("Ansvariga: AF AB Anna Bok"))
        #expect(show.stdout.contains("Ringde. Kommer på måndag."))
        let card = try #require(try cli.json(cli.run("show", id, "--json")) as? [String: Any])
        let notes = try #require(card["notes"] as? [[String: Any]])
        let noteNumber = try #require(notes.first?["number"] as? Int)
        #expect(try cli.run("note", id, "Ringde. Kommer på tisdag.", "--corrects", "\(noteNumber)").status == 0)
        #expect(try cli.run("show", id).stdout.contains("(rättad): Ringde. Kommer på tisdag."))
        #expect(try cli.run("exit", id, "--reason", "arbete", "--occupation", "Kock").status == 0)
        #expect(try cli.run("find", "lind").status == 1)
        #expect(try cli.run("find", "lind", "--all").status == 0)
        #expect(try cli.run("reregister", id).status == 0)
        let extract = try #require(try cli.json(cli.run("extract", id, "--json")) as? [String: Any])
        let entries = try #require(extract["entries"] as? [[String: Any]])
        #expect(entries.map { $0["type"] as? String } == [
            "participant.registered", "note.added", "consent.given", "responsibility.assigned", "note.added",
            "participant.exited", "participant.reregistered",
        ])
        #expect(entries.allSatisfy { $0["author"] as? String == "AB" })
        #expect(try cli.run("verify").status == 0)
    }

    @Test("bad input: a clear message naming the field, exit 2, and the journal byte-for-byte unchanged", arguments: [
        (["add", "--pnr", "000101-2385", "--first", "Bo", "--last", "Fel"], "Personnummer: kontrollsiffran"),
        (["add", "--pnr", "000230-2384", "--first", "Bo", "--last", "Fel"], "Personnummer: födelsedatumet"),
        (["add", "--pnr", "811228-9874", "--first", "Bo", "--last", "Fel", "--registered", "2026-02-30"], "Inskriven: ”2026-02-30” är inget datum"),
        (["add", "--pnr", "811228-9874", "--first", "B\u{1B}[31mo", "--last", "Fel"], "Förnamn: innehåller styrtecken"),
        (["add", "--pnr", "000101-2384", "--first", "Sara", "--last", "Lind"], "Personnumret är redan inskrivet"),
        (["consent", "sara", "--orgs", "AF,FK"], "Okänd organisation ”FK”"),
        (["responsible", "sara", "--org", "AF", "--caseworker", "ZZ"], "Ingen handläggare med initialerna ZZ"),
        (["note", "zzz", "text"], "Ingen deltagare hittades för ”zzz”"),
        (["exit", "sara", "--reason", "semester"], "Orsak: ”semester” är inget av"),
        (["add", "--pnr", "811228-9874", "--first", "Bo", "--last", "Fel", "--bogus"], "Okänd flagga '--bogus'"),
    ])
    func badInput(_ args: [String], _ message: String) throws {
        let cli = try CLI().ready()
        let before = cli.bytes
        let r = try cli.lotsenRun(args)
        #expect(r.status == 2)
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(cli.bytes == before)
    }

    @Test("an ambiguous WHO lists the candidates and writes nothing")
    func ambiguous() throws {
        let cli = try CLI().ready()
        try cli.run("add", "--pnr", "811228-9874", "--first", "Sara", "--last", "Berg")
        let before = cli.bytes
        let r = try cli.run("note", "sara", "text")
        #expect(r.status == 2)
        #expect(r.stderr.contains("passar flera deltagare") && r.stderr.contains("Sara Lind") && r.stderr.contains("Sara Berg"))
        #expect(cli.bytes == before)
    }

    @Test("who is writing: refused without one, with a hint; remembered by `caseworker me`")
    func author() throws {
        let cli = try CLI().ready()
        let r = try cli.run("note", "sara", "x", author: nil)
        #expect(r.status == 2 && r.stderr.contains("lotsen caseworker me"))
        #expect(try cli.run("caseworker", "me", "ab", author: nil).status == 0)
        #expect(Bytes.permissions(cli.dir.file("config/lotsen/config")) == 0o600)
        #expect(try cli.run("note", "sara", "x", author: nil).status == 0)
    }

    @Test("English on request")
    func english() throws {
        let cli = try CLI().ready()
        let r = try cli.run("add", "--pnr", "000101-2385", "--first", "Bo", "--last", "Fel", lang: "en_GB.UTF-8")
        #expect(r.stderr.contains("Personal identity number: the check digit"))
        #expect(try cli.run("show", "sara", "--lang", "en").stdout.contains("Status: registered 2026-09-01"))
    }

    /// Valid numbers across the century rules (including 100+ with `+` and
    /// samordningsnummer) are all accepted; each with one digit changed is refused.
    @Test("generated valid numbers are accepted; the same numbers corrupted are refused and nothing is written")
    func personnummerFromOutside() throws {
        let cli = try CLI().ready()
        let numbers = ["19811228-9874", "811228-9874", "200603159856", "000101+2384", "191212+9994", "860370-9828",
                       "0101619971", "200802299933"]
        for (i, n) in numbers.enumerated() {
            let r = try cli.run("add", "--pnr", n, "--first", "Test\(i)", "--last", "Person")
            if i == 1 { #expect(r.status == 2, "duplicate of the first"); continue }
            #expect(r.status == 0, "\(n): \(r.stderr)")
        }
        let before = cli.bytes
        for n in numbers {
            var digits = Array(n)
            let last = digits.count - 1
            digits[last] = digits[last] == "9" ? "0" : Character(String(digits[last].wholeNumberValue! + 1))
            let r = try cli.run("add", "--pnr", String(digits), "--first", "Fel", "--last", "Nummer")
            #expect(r.status == 2, "\(String(digits)) accepted")
        }
        #expect(cli.bytes == before)
    }
}

extension CLI {
    func lotsenRun(_ args: [String]) throws -> ProcessResult {
        try LotsenTestSupport.run(lotsen, args, environment: ["LOTSEN_JOURNAL": journal, "LANG": "sv_SE.UTF-8", "TZ": "UTC", "LOTSEN_AS": "AB",
                                                             "XDG_CONFIG_HOME": dir.file("config")])
    }
}

/// `find` and `show` agree on who matches, and someone who has left is never just "no
/// matches" (issue 23, point 2).
@Suite("Who matches, on the phone")
struct WhoMatchesTests {
    @Test("a number typed as 46… without + finds the person as +46… does")
    func internationalWithoutPlus() throws {
        let cli = try CLI().ready()
        for typed in ["46701234567", "+46701234567", "0046701234567", "0701234567", "4670123"] {
            let r = try cli.run("find", typed)
            #expect(r.status == 0 && r.stdout.contains("Sara Lind"), "\(typed): \(r.stdout)\(r.stderr)")
        }
    }

    @Test("show picks the one active match that find lists; someone who has left is said to match")
    func findAndShowAgree() throws {
        let cli = try CLI().ready()
        #expect(try cli.run("exit", "sara", "--reason", "studier", "--date", "2026-10-01").status == 0)
        let gone = try cli.run("find", "sara")
        #expect(gone.status == 1 && gone.stderr.contains("Ingen aktiv träff för ”sara”; 1 avslutad matchar – visa med --all."), "\(gone.stderr)")
        #expect(try cli.run("find", "--all", "sara").stdout.contains("Sara Lind"))
        #expect(try cli.run("add", "--pnr", "0603159856", "--first", "Sara", "--last", "Berg").status == 0)
        let found = try cli.run("find", "sara")
        #expect(found.stdout.contains("Sara Berg") && !found.stdout.contains("Sara Lind"), "\(found.stdout)")
        let shown = try cli.run("show", "sara")
        #expect(shown.status == 0 && shown.stdout.contains("Sara Berg"), "\(shown.stdout)\(shown.stderr)")
        let english = try cli.run(["find", "lind"], lang: "en_GB.UTF-8")
        #expect(english.stderr.contains("No active match for “lind”; 1 who has left matches – show with --all."), "\(english.stderr)")
    }

    @Test("responsibility in an organisation goes only to its own caseworkers; nothing is written otherwise")
    func responsibilityInOwnOrganisation() throws {
        let cli = try CLI().ready()
        let before = cli.bytes
        let r = try cli.run("responsible", "sara", "--org", "AME", "--caseworker", "AB")
        #expect(r.status == 2 && r.stderr.contains("AB arbetar inte i AME; ansvarig i AME blir någon av dess egna handläggare."), "\(r.stderr)")
        #expect(cli.bytes == before)
    }

    @Test("caseworker list shows each one's caseload and how many have something overdue")
    func caseloadOverview() throws {
        let cli = try CLI().ready()
        #expect(try cli.run("responsible", "sara", "--org", "AF", "--caseworker", "AB").status == 0)
        func ab() throws -> [String: Any] {
            let rows = try #require(try cli.json(try cli.run("caseworker", "list", "--json")) as? [[String: Any]])
            return try #require(rows.first { $0["initials"] as? String == "AB" })
        }
        #expect(try ab()["participants"] as? Int == 1 && ab()["overdue"] as? Int == 0)
        #expect(try cli.run("tasks", "sara", "add", "Ringa AF", "--due", "2026-11-20").status == 0)
        #expect(try ab()["overdue"] as? Int == 1)
        #expect(try cli.run("caseworker", "list").stdout.contains("1 deltagare, 1 med något försenat"))
    }

    @Test("add --consent records the consent with the registration; an unknown organisation writes nothing")
    func consentAtRegistration() throws {
        let cli = try CLI().ready()
        let before = cli.bytes
        let bad = try cli.run("add", "--pnr", "0603159856", "--first", "Tove", "--last", "Qvist", "--consent", "AF,FK")
        #expect(bad.status == 2 && cli.bytes == before, "\(bad.stderr)")
        #expect(try cli.run("add", "--pnr", "0603159856", "--first", "Tove", "--last", "Qvist", "--consent", "AF,IFO").status == 0)
        #expect(try cli.run("show", "tove").stdout.contains("Samtycke: 2026-11-24  AF, IFO"))
    }
}
