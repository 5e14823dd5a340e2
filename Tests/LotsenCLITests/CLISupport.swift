import Foundation
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
             cwd: String? = nil) throws -> ProcessResult {
        var env = ["LOTSEN_JOURNAL": journal, "LANG": lang, "TZ": "UTC", "XDG_CONFIG_HOME": dir.file("config"), "LOTSEN_TODAY": today]
        if let author { env["LOTSEN_AS"] = author }
        return try LotsenTestSupport.run(lotsen, args, environment: env, stdin: stdin, cwd: cwd)
    }

    /// A journal with one caseworker (AB, AF) and one participant, Sara Lind.
    func ready() throws -> CLI {
        try run("init")
        try run("caseworker", "add", "--initials", "AB", "--name", "Anna Bok", "--org", "AF")
        try run("add", "--pnr", "000101-2384", "--first", "Sara", "--last", "Lind", "--phone", "070-123 45 67", "--registered", "2026-09-01")
        return self
    }

    var bytes: [UInt8] { Bytes.read(journal) }

    func json(_ r: ProcessResult) throws -> Any { try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) }
}
