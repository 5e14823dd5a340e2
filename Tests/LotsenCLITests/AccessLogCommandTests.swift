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
