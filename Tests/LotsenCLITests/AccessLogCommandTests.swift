import Foundation
import LotsenTestSupport
import Testing

/// Who looked at whom, from outside (issue 25, point 4): every card, plan, extract and
/// export row is logged before it is shown; a look that cannot be logged shows nothing.
@Suite("lotsen log")
struct AccessLogCommandTests {
    func desk() throws -> CLI {
        let cli = try CLI().ready()
        for args in [["caseworker", "add", "--initials", "MS", "--name", "Maria Sand", "--org", "AME"],
                     ["add", "--pnr", "0603159856", "--first", "Erik", "--last", "Öst", "--registered", "2026-11-01"],
                     ["responsible", "sara", "--org", "AF", "--caseworker", "AB"]] {
            #expect(try cli.run(args).status == 0, "\(args)")
        }
        return cli
    }

    @Test("each look is named: by whom, what and how; the person's extract carries their log")
    func looks() throws {
        let cli = try desk()
        #expect(try cli.run("show", "sara").status == 0)
        #expect(try cli.run(["show", "erik"], author: "MS").status == 0)
        #expect(try cli.run("export", "participants").status == 0)
        let sara = try cli.run("log", "--participant", "sara")
        #expect(sara.status == 0, "\(sara.stderr)")
        let lines = sara.stdout.split(separator: "\n")
        #expect(lines.count == 2 && lines[0].contains("(AB)  kortet") && lines[0].hasSuffix("show")
                && lines[1].contains("exportrad") && lines[1].hasSuffix("export participants"), "\(sara.stdout)")
        let ms = try cli.run("log", "--caseworker", "MS", "--json")
        #expect(ms.stdout.contains("\"caseworker\":\"MS\"") && !ms.stdout.contains("\"caseworker\":\"AB\""), "\(ms.stdout)")
        let extract = try cli.run("extract", "erik").stdout
        #expect(extract.contains("Vem har tittat (loggutdrag)") && extract.contains("(MS)  kortet") && extract.contains("registerutdraget"), "\(extract)")
    }

    @Test("looks outside one's caseload, per caseworker: AB is responsible for Sara, nobody for Erik")
    func outside() throws {
        let cli = try desk()
        _ = try cli.run("show", "sara")
        _ = try cli.run("show", "erik")
        _ = try cli.run(["show", "sara"], author: "MS")
        let r = try cli.run("log", "--outside-caseload").stdout
        #expect(r.contains("AB: 1") && r.contains("MS: 1") && r.contains("Erik Öst"), "\(r)")
        #expect(!r.split(separator: "\n").contains { $0.contains("(AB)") && $0.contains("Sara Lind") }, "\(r)")
    }

    @Test("a look that cannot be logged shows nothing, says why, exits 3")
    func failClosed() throws {
        let cli = try desk()
        try FileManager.default.createDirectory(atPath: cli.journal + ".access", withIntermediateDirectories: false)
        for args in [["show", "sara"], ["extract", "sara"], ["export", "participants"]] {
            let r = try cli.run(args)
            #expect(r.status == 3 && r.stdout.isEmpty && r.stderr.contains("kunde inte loggas"), "\(args): \(r.stdout)\(r.stderr)")
        }
    }

    @Test("a changed line is found, and the log exits 1")
    func tampered() throws {
        let cli = try desk()
        _ = try cli.run("show", "sara")
        _ = try cli.run("show", "erik")
        let file = cli.journal + ".access"
        Bytes.write(Array(String(decoding: Bytes.read(file), as: UTF8.self).replacingOccurrences(of: "\"login\":", with: "\"login\" :").utf8), to: file)
        let r = try cli.run("log")
        #expect(r.status == 1 && r.stderr.contains("kedja bryts vid rad"), "\(r.stderr)")
    }
}

/// The register extract as a document to hand to the person (issue 26, point 3).
@Suite("The register extract as a document")
struct ExtractDocumentTests {
    @Test("Markdown and printable HTML, Swedish and English: who holds what, under which consent, who looked; written only where asked")
    func document() throws {
        let cli = try CLI().ready()
        #expect(try cli.run("caseworker", "add", "--initials", "MS", "--name", "Maria Sand", "--org", "AME").status == 0)
        #expect(try cli.run("consent", "sara", "--orgs", "AF,AME").status == 0)
        #expect(try cli.run(["note", "sara", "Träffades på AME"], author: "MS").status == 0)
        #expect(try cli.run(["show", "sara"], author: "MS").status == 0)
        let md = try cli.run("extract", "sara", "--format", "md")
        #expect(md.status == 0 && md.stdout.hasPrefix("# Registerutdrag"), "\(md.stderr)")
        for part in ["## Organisationer som har uppgifter om dig", "- AF: ", "- AME: 1 post", "Samtycke sedan", "AF, AME får dela",
                     "Träffades på AME", "## Vem har tittat (loggutdrag)", "Maria Sand: kortet", "## Gallring", "inga gallringsregler"] {
            #expect(md.stdout.contains(part), "\(part)\n\(md.stdout)")
        }
        let file = cli.dir.file("utdrag.html")
        let html = try cli.run(["extract", "sara", "--format", "html", "--output", file], lang: "en_GB.UTF-8")
        #expect(html.status == 0 && html.stderr.contains("The register extract is saved in"), "\(html.stderr)")
        let page = try String(contentsOfFile: file, encoding: .utf8)
        #expect(page.contains("<html") && page.contains("Organisations that hold data about you") && page.contains("Who has looked"))
        #expect(Bytes.permissions(file) == 0o600)
        let again = try cli.run(["extract", "sara", "--format", "html", "--output", file])
        #expect(again.status == 2, "an existing file is not written over: \(again.stderr)")
    }
}
