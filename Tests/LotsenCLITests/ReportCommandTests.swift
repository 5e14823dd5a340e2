import Foundation
import Testing
import LotsenTestSupport

/// `lotsen report` from outside, as the acceptance checks it: a spreadsheet of a
/// programme's participants with known figures is imported, and every cell of the
/// report is compared with the figures worked out by hand below.
@Suite("lotsen report, target and export activities")
struct ReportCommandTests {
    /// Eight people; registered, born, the yes/no columns and the category chosen so
    /// that each row of Målgrupp has a figure to check (ages on 2026-06-30). AF's
    /// categories as AF's own lists write them: the code, or the code and its name.
    static let sheet = """
    Personnummer;Förnamn;Efternamn;Kön;Inskriven;Utrikes född;Funktionsnedsättning;Sökandekategori;Gymnasiebetyg;Försörjningsstöd
    20050310-2428;Alva;Ek;kvinna;2026-01-15;ja;;11 Öppet arbetslös;nej;ja
    20080820-2519;Bo;Berg;man;2026-02-01;;ja;SKAT 69;nej;
    20000105-2711;Cem;Kaya;man;2026-01-10;ja;;14;ja;ja
    20031201-2826;Dana;Lind;kvinna;2026-03-05;;;11;ja;
    20070630-2429;Ebba;Nord;kvinna;2026-06-01;;;69;ja;
    20020505-2913;Farid;Haddad;man;2026-04-01;ja;;11;ja;
    20060909-2622;Gun;Sjö;kvinna;2026-03-10;;;69;nej;
    19980701-2332;Hugo;Ås;man;2026-05-20;;;21;ja;

    """

    /// The byte-order mark and the CR of CRLF shown, so the golden keeps them.
    static func visible(_ csv: String) -> String {
        csv.replacingOccurrences(of: "\u{FEFF}", with: "<BOM>").replacingOccurrences(of: "\r\n", with: "<CR>\n")
    }

    func imported() throws -> CLI {
        let cli = try CLI().ready()
        let file = cli.dir.file("programmet.csv")
        Bytes.write(Array(Self.sheet.utf8), to: file)
        let result = try cli.run("import", "participants", file)
        #expect(result.status == 0, "\(result.stderr)")
        return cli
    }

    /// The report's CSV as rows of cells (BOM, `;`, CRLF as the export rules say).
    func cells(_ r: ProcessResult) -> [[String]] {
        String(r.stdout.drop { $0 == "\u{FEFF}" }).split(separator: "\r\n").map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test("Målgrupp of an imported spreadsheet: every cell, exact and as sent out")
    func targetGroupCells() throws {
        let cli = try imported()
        let range = ["--from", "2026-01-01", "--to", "2026-06-30"]
        let exact = try cli.run(["report", "målgrupp", "--format", "csv", "--exact"] + range)
        #expect(exact.status == 0)
        let rows = cells(exact)
        #expect(rows[0] == ["Rapport", "Från", "Till", "Avsnitt", "Rad", "Kvinnor", "Män", "Totalt"])
        // Sara Lind of ready() is registered 2026-09-01: after the range, not counted.
        let expected: [(String, [String])] = [
            ("Inskrivna", ["4", "4", "8"]), ("varav nyinskrivna", ["4", "4", "8"]), ("Utrikes födda", ["1", "2", "3"]),
            ("Med funktionsnedsättning", ["0", "1", "1"]), ("Utan fullständiga gymnasiebetyg", ["2", "1", "3"]),
            ("Med försörjningsstöd", ["1", "1", "2"]), ("Öppet arbetslösa (11)", ["2", "1", "3"]),
            ("Inskrivna i UGA (69)", ["2", "1", "3"]), ("Ej till förfogande (14)", ["0", "1", "1"]), ("Sökandekategori 21", ["0", "1", "1"]),
            // Among the 16–19-year-olds (Bo, Ebba, Gun), and those without complete grades (Alva, Bo, Gun).
            ("Öppet arbetslösa (11)", ["0", "0", "0"]), ("Inskrivna i UGA (69)", ["2", "1", "3"]), ("Ej till förfogande (14)", ["0", "0", "0"]),
            ("Öppet arbetslösa (11)", ["1", "0", "1"]), ("Inskrivna i UGA (69)", ["1", "1", "2"]), ("Ej till förfogande (14)", ["0", "0", "0"]),
            ("16–19 år", ["2", "1", "3"]), ("20–24 år", ["2", "1", "3"]), ("25–29 år", ["0", "2", "2"]),
        ]
        #expect(rows.dropFirst().map { $0[4] } == expected.map(\.0), "no other rows, in this order")
        var sections: [String] = []
        for row in rows.dropFirst() where sections.last != row[3] { sections.append(row[3]) }
        #expect(sections == ["Deltagare under perioden", "AF-kategori (sökandekategori)", "AF-kategori, 16–19 år",
                             "AF-kategori, utan fullständiga gymnasiebetyg", "Ålder vid periodens slut"])
        for (row, (label, figures)) in zip(rows.dropFirst(), expected) {
            #expect(Array(row[5...]) == figures, "\(label)")
            #expect(Array(row[..<3]) == ["Målgrupp", "2026-01-01", "2026-06-30"])
        }
        let outgoing = cells(try cli.run(["report", "malgrupp", "--format", "csv"] + range))
        #expect(outgoing[1].suffix(3) == ["<5", "<5", "8"])
        #expect(outgoing[4].suffix(3) == ["0", "<5", "<5"], "zero is not hidden")
    }

    @Test("Avslut of an imported history: people who have already left come in with their exit")
    func exitsImported() throws {
        let cli = try CLI().ready()
        let lines = Self.sheet.split(separator: "\n").map(String.init)
        let exits = ["Avslutad;Avslutsorsak;Yrke", "2026-05-15;arbete;Undersköterska", ";;", "2026-03-01;flyttat;", ";;", ";;",
                     "2026-06-15;arbete;", "2026-06-30;Arbete;undersköterska", ";;"]
        let file = cli.dir.file("historik.csv")
        Bytes.write(Array(zip(lines, exits).map { $0 + ";" + $1 }.joined(separator: "\n").utf8), to: file)
        let imported = try cli.run("import", "participants", file)
        #expect(imported.status == 0, "\(imported.stderr)")
        let rows = cells(try cli.run("report", "avslut", "--from", "2026-01-01", "--to", "2026-06-30", "--format", "csv", "--exact"))
        let figures = Dictionary(rows.dropFirst().map { ($0[4], Array($0[5...])) }, uniquingKeysWith: { a, _ in a })
        #expect(figures["Arbete"] == ["2", "1", "3"])
        #expect(figures["Flyttat"] == ["0", "1", "1"])
        #expect(figures["Studier"] == ["0", "0", "0"])
        #expect(figures["Alla avslut"] == ["2", "2", "4"])
        #expect(figures["Undersköterska"] == ["2", "0", "2"])
        #expect(figures["Yrke ej angivet"] == ["0", "1", "1"])
        // A reason without a date, and one that is not a reason: both named by row and column, nothing written.
        let bad = cli.dir.file("fel.csv")
        Bytes.write(Array("Personnummer;Förnamn;Efternamn;Avslutad;Avslutsorsak\n811228-9874;Åsa;Öberg;;arbete\n0603159856;Erik;Östlund;2026-05-01;semester\n".utf8), to: bad)
        let before = cli.bytes
        let refused = try cli.run("import", "participants", bad)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("rad 2, kolumn ”Avslutad”"))
        #expect(refused.stderr.contains("rad 3, kolumn ”Avslutsorsak”"))
        #expect(cli.bytes == before)
    }

    @Test("every format of one report, and the English table (goldens)")
    func formats() throws {
        let cli = try imported()
        let range = ["--from", "2026-01-01", "--to", "2026-06-30"]
        for format in ["table", "csv", "json", "md", "html"] {
            let r = try cli.run(["report", "målgrupp", "--format", format] + range)
            #expect(r.status == 0)
            expectGolden(format == "csv" ? Self.visible(r.stdout) : r.stdout, "report-malgrupp-\(format)")
        }
        expectGolden(try cli.run(["report", "90dagar", "--exact"] + range, lang: "en_GB.UTF-8").stdout, "report-90dagar-en")
        let out = cli.dir.file("styrgrupp.html")
        #expect(try cli.run(["report", "flöde", "--format", "html", "--output", out] + range).status == 0)
        #expect(Bytes.permissions(out) == 0o600)
    }

    @Test("targets: set, listed, counted in Mål; 0 removes; bad input is refused and nothing written")
    func targets() throws {
        let cli = try imported()
        #expect(try cli.run("target", "set", "2026", "traineejobb", "4").stdout == "Mål för 2026: Traineejobb, påbörjade 4.\n")
        #expect(try cli.run("target", "set", "2026", "avslut:arbete", "3").status == 0)
        try cli.run("activity", "Alva Ek", "start", "traineejobb", "--start", "2026-02-10")
        let mal = try cli.run("report", "mål", "--to", "2026-06-30", "--exact")
        #expect(mal.stdout.contains("Traineejobb, påbörjade        1    0       1    4     3"))
        #expect(mal.stdout.contains("Avslut till arbete            0    0       0    3     3"))
        let before = cli.bytes
        for bad in [["target", "set", "26", "traineejobb", "4"], ["target", "set", "2026", "trainee", "4"],
                    ["target", "set", "2026", "traineejobb", "-1"], ["target", "set", "2026", "traineejobb", "4"]] {
            let r = try cli.run(bad)
            #expect(r.status == 2, "\(bad)")
            #expect(!r.stderr.isEmpty)
        }
        #expect(cli.bytes == before)
        #expect(try cli.run("target", "set", "2026", "traineejobb", "0").status == 0)
        #expect(try cli.run("target", "list", "--year", "2026").stdout == "Avslut till arbete  exit:work  3\n")
    }

    @Test("bad input: an unknown report, a bad date, a period backwards; exit 2, nothing written")
    func badInput() throws {
        let cli = try imported()
        let before = cli.bytes
        let unknown = try cli.run("report", "kvartal")
        #expect(unknown.status == 2 && unknown.stderr.contains("Okänd rapport ”kvartal”"))
        let date = try cli.run("report", "avslut", "--from", "2026-13-01")
        #expect(date.status == 2 && date.stderr.contains("--from: ”2026-13-01” är inget datum"))
        let backwards = try cli.run("report", "avslut", "--from", "2026-06-01", "--to", "2026-05-01")
        #expect(backwards.status == 2 && backwards.stderr.contains("slutar (2026-05-01) före den börjar (2026-06-01)"))
        #expect(cli.bytes == before)
    }

    @Test("export activities: the documented layout in CSV and JSON, personnummer only on request")
    func exportActivities() throws {
        let cli = try imported()
        try cli.run("activity", "Alva Ek", "start", "traineejobb", "--start", "2026-02-10", "--planned-end", "2026-08-10")
        try cli.run("activity", "Bo Berg", "start", "praktik", "--start", "2026-03-01")
        let number = try #require((try cli.json(try cli.run("activity", "Bo Berg", "list", "--json")) as? [[String: Any]])?.first?["number"] as? Int)
        try cli.run("activity", "Bo Berg", "end", String(number), "--date", "2026-04-15", "--outcome", "avbruten")
        func anonymous(_ text: String) -> String {
            // Participant ids are random: number them in order of appearance.
            var seen: [String: String] = [:]
            let regex = try! NSRegularExpression(pattern: "\\bd[a-z0-9]{8}\\b")
            var out = text
            for m in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
                let id = String(text[Range(m.range, in: text)!])
                let name = seen[id] ?? "ID\(seen.count + 1)"
                seen[id] = name
                out.replaceSubrange(Range(m.range, in: out)!, with: name)
            }
            return out
        }
        let csv = try cli.run("export", "activities")
        #expect(!csv.stdout.contains("20050310"))
        expectGolden(Self.visible(anonymous(csv.stdout)), "export-activities-csv")
        let withPnr = try cli.run("export", "activities", "--format", "json", "--with-pnr")
        #expect(withPnr.stdout.contains("\"personnummer\":\"20050310-2428\""))
        expectGolden(anonymous(try cli.run("export", "activities", "--format", "json").stdout), "export-activities-json")
        let april = try cli.run("export", "activities", "--from", "2026-04-16", "--to", "2026-12-31", "--format", "json")
        #expect(!april.stdout.contains("praktik"), "ended before the range")
    }
}
