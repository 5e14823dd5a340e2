import LotsenJournal

/// `lotsen setup --database`: Lotsen's schema in a database, and who may sign as whom.
public enum PostgresSetup {
    public enum Outcome: Equatable, Sendable {
        case installed(version: Int)
        case upgraded(from: Int, to: Int)
        case alreadyCurrent(version: Int)
    }

    /// Brings the schema to this Lotsen's version in one transaction: made from nothing
    /// (the two group roles too, when missing), or the steps after the version it has;
    /// at this version it is left alone. A newer version is refused, never touched.
    public static func install(_ conninfo: String) throws(JournalError) -> Outcome {
        let db = try PostgresConnection(conninfo)
        defer { db.close() }
        try db.execute("BEGIN")
        do throws(JournalError) {
            // Two setups at once: the second waits here, then finds the first one's work.
            try db.execute("SELECT pg_advisory_xact_lock(\(PostgresSchema.setupLock))")
            let exists = try db.query("SELECT to_regclass('lotsen.schema') IS NOT NULL", binary: false).text(0, 0) == "t"
            let current = exists ? try db.query("SELECT version::bigint FROM lotsen.schema").int64(0, 0) ?? 0 : 0
            guard current <= PostgresSchema.version else {
                throw .store(StoreProblem(.schema, "schema version \(current) is newer than this Lotsen's \(PostgresSchema.version)"))
            }
            for step in current..<PostgresSchema.version {
                try db.executeScript(PostgresSchema.steps[step])
                try db.executeScript("UPDATE lotsen.schema SET version = \(step + 1)")
            }
            try db.execute("COMMIT")
            if current == PostgresSchema.version { return .alreadyCurrent(version: current) }
            return current == 0 ? .installed(version: PostgresSchema.version) : .upgraded(from: current, to: PostgresSchema.version)
        } catch {
            _ = try? db.execute("ROLLBACK")
            throw error
        }
    }

    /// Lets the database role `role` sign records as the caseworker `author`: the role
    /// (made able to log in when missing) joins `lotsen_caseworker`.
    public static func allow(role: String, toWriteAs author: String, _ conninfo: String) throws(JournalError) {
        let db = try PostgresConnection(conninfo)
        defer { db.close() }
        let quoted = try db.query("SELECT quote_ident($1::text)", [Array(role.utf8)], binary: false).text(0, 0) ?? role
        try db.execute("BEGIN")
        do throws(JournalError) {
            if try db.query("SELECT 1 FROM pg_roles WHERE rolname = $1::text", [Array(role.utf8)]).rows == 0 {
                try db.execute("CREATE ROLE \(quoted) LOGIN")
            }
            try db.execute("GRANT \(PostgresSchema.caseworkerRole) TO \(quoted)")
            try db.execute("INSERT INTO lotsen.authors (role, author) VALUES ($1::text, $2::text) ON CONFLICT DO NOTHING",
                           [Array(role.utf8), Array(author.utf8)])
            try db.execute("COMMIT")
        } catch {
            _ = try? db.execute("ROLLBACK")
            throw error
        }
    }
}
