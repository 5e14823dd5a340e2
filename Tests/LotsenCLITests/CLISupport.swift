import Foundation
import LotsenJournal
import LotsenTestSupport
import Testing

/// Runs the built `lotsen` on a journal in a temporary directory, with a fixed
/// environment: Swedish, an author, no HOME, UTC.
/// Compares output with the golden `name` in `Goldens/` beside the CLI tests.
func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    if let failure = Golden.check(text, named: name).failure(name) {
        Issue.record(Comment(rawValue: failure), sourceLocation: sourceLocation)
    }
}

struct CLI {
    let dir = TemporaryDirectory("cli")
    let lotsen = BuiltProducts.path("lotsen")
    /// The day `lotsen` takes for today (`LOTSEN_TODAY`).
    var today = PinnedDay.iso
    var journal: String { dir.file("data/journal.jsonl") }

    @discardableResult
    func run(_ args: String..., author: String? = "AB", lang: String = "sv_SE.UTF-8", stdin: String? = nil) throws -> ProcessResult {
        try run(args, author: author, lang: lang, stdin: stdin)
    }

    @discardableResult
    func run(_ args: [String], author: String? = "AB", lang: String = "sv_SE.UTF-8", stdin: String? = nil,
             cwd: String? = nil, environment extra: [String: String] = [:]) throws -> ProcessResult {
        var env = ["LOTSEN_JOURNAL": journal, "LANG": lang, "TZ": "UTC", "XDG_CONFIG_HOME": dir.file("config"), "LOTSEN_TODAY": today]
        if let author { env["LOTSEN_AS"] = author }
        env.merge(extra) { $1 }
        return try LotsenTestSupport.run(lotsen, args, environment: env, stdin: stdin, cwd: cwd)
    }

    /// A journal with one caseworker (AB, AF) and one participant, Sara Lind.
    func ready() throws -> CLI {
        try run("init")
        try run("caseworker", "add", "--initials", "AB", "--name", "Anna Bok", "--org", "AF")
        try run("add", "--pnr", "000101-2384", "--first", "Sara", "--last", "Lind", "--phone", "070-123 45 67", "--registered", "2026-09-01")
        return self
    }

    /// `ready()` on a journal in the clear, as every journal was before encryption at
    /// rest (and stays until `lotsen migrate --encrypt`): made by the journal library, not `init`.
    func readyInTheClear() throws -> CLI {
        try FileManager.default.createDirectory(atPath: dir.file("data"), withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try Journal.create(JournalPaths(journal: journal), id: "in-the-clear", time: .now(), author: "AB", clock: { .now() }).close()
        try run("caseworker", "add", "--initials", "AB", "--name", "Anna Bok", "--org", "AF")
        try run("add", "--pnr", "000101-2384", "--first", "Sara", "--last", "Lind", "--phone", "070-123 45 67", "--registered", "2026-09-01")
        return self
    }

    var bytes: [UInt8] { Bytes.read(journal) }

    func json(_ r: ProcessResult) throws -> Any { try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) }
}

extension CLI {
    /// Changes one byte of record `sequence` in place (same size), as a disk or a hand in
    /// an editor would: a letter of its sealed payload (the journal is encrypted, so there
    /// is no note text to edit).
    func alterRecord(_ sequence: Int) {
        var lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var line = Array(lines[sequence].utf8)
        guard let start = lines[sequence].range(of: #""sealed":""#) else { Issue.record("record \(sequence) is not sealed"); return }
        let at = lines[sequence].utf8.distance(from: lines[sequence].startIndex, to: start.upperBound) + 10
        line[at] = line[at] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
        lines[sequence] = String(decoding: line, as: UTF8.self)
        Bytes.write(Array(lines.joined(separator: "\n").utf8), to: journal)
    }
}
