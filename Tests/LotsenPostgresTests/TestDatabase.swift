import Foundation
import LotsenCalendar
import LotsenJournal
import LotsenPostgres
import Testing

/// A database of its own for each test, in the throwaway cluster `make test` starts
/// (`Tests/postgres-cluster.sh`; its URI in `LOTSEN_TEST_DATABASE`). Never a mock: without
/// a server these tests fail, saying how to get one.
struct TestDatabase {
    /// The cluster's socket directory and port, from `LOTSEN_TEST_DATABASE`.
    let host: String
    let port: String
    let name: String

    static let clock: @Sendable () -> Timestamp = { Timestamp(millisecondsSince1970: 1_795_000_000_000) }

    /// A new, empty database; with Lotsen's schema unless `installed` is false.
    init(installed: Bool = true) throws {
        let server = try #require(ProcessInfo.processInfo.environment["LOTSEN_TEST_DATABASE"],
                                  "No PostgreSQL for the tests: run them with `make test`, which starts one (LOTSEN_TEST_DATABASE).")
        let query = try #require(server.split(separator: "?").last)
        var parameters: [String: String] = [:]
        for pair in query.split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1).map(String.init)
            if kv.count == 2 { parameters[kv[0]] = kv[1] }
        }
        host = parameters["host"] ?? "/tmp"
        port = parameters["port"] ?? "5432"
        name = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(20)
        let admin = try PostgresConnection(uri(database: "postgres"))
        defer { admin.close() }
        try admin.execute("CREATE DATABASE \(name)")
        if installed { _ = try PostgresSetup.install(uri()) }
    }

    /// The URI of this test's database, logged in as `user`.
    func uri(user: String = "postgres", database: String? = nil) -> String {
        "postgresql:///\(database ?? name)?host=\(host)&port=\(port)&user=\(user)"
    }

    func connect(as user: String = "postgres") throws -> PostgresConnection { try PostgresConnection(uri(user: user)) }

    func store(as user: String = "postgres") throws -> PostgresJournalStore { try PostgresJournalStore(uri(user: user)) }

    /// Where a desk's files would be: never written by these tests' handles.
    static let noCache = JournalPaths(journal: "/nonexistent/lotsen-tests/journal")

    func create(as user: String = "postgres") throws -> Journal {
        try Journal.create(store: store(as: user), cache: Self.noCache, id: "test-journal", time: Self.clock(), author: "setup",
                           clock: Self.clock)
    }

    func open(as user: String = "postgres", _ access: Journal.Access = .readWrite) throws -> (Journal, [JournalRecord]) {
        var records: [JournalRecord] = []
        let (j, _) = try Journal.open(store: store(as: user), cache: Self.noCache, access: access, clock: Self.clock) { records += $0 }
        return (j, records)
    }

    /// Every byte of the journal as the file store would hold it.
    func bytes() throws -> [UInt8] {
        let db = try connect()
        defer { db.close() }
        let result = try db.query("SELECT line FROM lotsen.records ORDER BY seq")
        var out: [UInt8] = []
        for row in 0..<result.rows { out += result.bytes(row, 0) + [0x0A] }
        return out
    }

    static func draft(_ n: Int, author: String = "AB") -> RecordDraft {
        RecordDraft(time: Timestamp(millisecondsSince1970: 1_795_000_000_000 + Int64(n) * 1000), author: author,
                    type: "test.note", subject: "p-\(n % 3)", payloadJSON: #"{"n":\#(n),"text":"Anteckning nr \#(n) – åäö"}"#)
    }
}

/// `body` refused by the store, with a problem of this kind; `taken` says what it would
/// mean if it went through.
func expectStoreProblem(_ kind: StoreProblem.Kind, else taken: String, sourceLocation: SourceLocation = #_sourceLocation,
                        _ body: () throws -> Void) {
    do {
        try body()
        Issue.record(Comment(rawValue: taken), sourceLocation: sourceLocation)
    } catch JournalError.store(let problem) {
        #expect(problem.kind == kind, "\(problem)", sourceLocation: sourceLocation)
    } catch {
        Issue.record(error, sourceLocation: sourceLocation)
    }
}
