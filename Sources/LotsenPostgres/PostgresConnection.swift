import CLibpq
import Glibc
import LotsenJournal

/// One libpq connection, used by one thread: statements with parameters, results as
/// bytes, and notifications. Synchronous on purpose — the journal waits for each answer
/// (docs/architecture.md, "Journal stores").
public final class PostgresConnection {
    private var conn: OpaquePointer?
    /// The connection string as given (it may hold a password: never printed).
    let conninfo: String
    /// Where it connects, for messages: the URI without user information or password.
    public let location: String

    public init(_ conninfo: String) throws(JournalError) {
        self.conninfo = conninfo
        location = PostgresLocation.printable(conninfo)
        conn = PQconnectdb(PostgresLocation.withDefaults(conninfo))
        guard let conn, PQstatus(conn) == CONNECTION_OK else {
            let message = conn.map(Self.message(of:)) ?? "out of memory"
            PQfinish(conn)
            self.conn = nil
            throw .store(StoreProblem(.connection, message))
        }
        // libpq prints the server's notices ("terminating connection due to …") on stderr,
        // which is the caseworker's screen under the TUI: errors reach the user as
        // errors, in their language; notices are dropped.
        PQsetNoticeProcessor(conn, { _, _ in }, nil)
        try executeScript(Self.settings)
    }

    /// Acknowledged means committed to disk on the server (and its synchronous standbys),
    /// whatever the server's default; and notices stay on the server.
    static let settings = "SET synchronous_commit TO on; SET client_min_messages TO warning"


    deinit { PQfinish(conn) }

    public func close() {
        PQfinish(conn)
        conn = nil
    }

    public var isConnected: Bool { conn.map { PQstatus($0) == CONNECTION_OK } ?? false }

    /// Tries once to connect again after the connection was lost.
    public func reconnect() -> Bool {
        guard let conn else { return false }
        PQreset(conn)
        guard PQstatus(conn) == CONNECTION_OK else { return false }
        return (try? executeScript(Self.settings)) != nil
    }

    /// The server's socket, for `poll` (a notification makes it readable); -1 when closed.
    public var socket: Int32 { conn.map { PQsocket($0) } ?? -1 }

    @discardableResult
    public func execute(_ sql: String, _ parameters: [[UInt8]?] = []) throws(JournalError) -> PostgresResult {
        try query(sql, parameters)
    }

    /// Runs one statement. Parameters go as bytes in binary format (a `bytea` takes them
    /// as they are; text and numbers as their text with `::` casts in the SQL); results
    /// come back in binary format, so a `bytea` arrives as its bytes.
    public func query(_ sql: String, _ parameters: [[UInt8]?] = [], binary: Bool = true) throws(JournalError) -> PostgresResult {
        guard let conn else { throw .store(StoreProblem(.connection, "connection closed")) }
        return try Self.checked(conn, Self.run(conn, sql, parameters, binary: binary))
    }

    /// The result when the server did what was asked; else what went wrong, the result freed.
    private static func checked(_ conn: OpaquePointer, _ result: OpaquePointer?) throws(JournalError) -> PostgresResult {
        let status = PQresultStatus(result)
        guard let result, status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
            let problem = Self.problem(conn, result)
            PQclear(result)
            throw .store(problem)
        }
        return PostgresResult(result)
    }

    private static func run(_ conn: OpaquePointer, _ sql: String, _ parameters: [[UInt8]?], binary: Bool) -> OpaquePointer? {
        let count = Int32(parameters.count)
        var pointers: [UnsafePointer<CChar>?] = []
        var lengths: [Int32] = []
        var formats: [Int32] = []
        var storage: [UnsafeMutableRawPointer] = []
        defer { storage.forEach { $0.deallocate() } }
        for p in parameters {
            guard let p else {
                pointers.append(nil)
                lengths.append(0)
                formats.append(1)
                continue
            }
            let raw = UnsafeMutableRawPointer.allocate(byteCount: max(p.count, 1), alignment: 1)
            p.withUnsafeBytes { if let base = $0.baseAddress { raw.copyMemory(from: base, byteCount: p.count) } }
            storage.append(raw)
            pointers.append(UnsafePointer(raw.assumingMemoryBound(to: CChar.self)))
            lengths.append(Int32(p.count))
            formats.append(1)
        }
        return PQexecParams(conn, sql, count, nil, pointers, lengths, formats, binary ? 1 : 0)
    }

    /// Runs several statements in one round trip (a schema's script; a writer's turn
    /// begun and its first question asked), without parameters; the last one's result,
    /// in text format. The first that fails stops the rest.
    @discardableResult
    public func executeScript(_ sql: String) throws(JournalError) -> PostgresResult {
        guard let conn else { throw .store(StoreProblem(.connection, "connection closed")) }
        return try Self.checked(conn, PQexec(conn, sql))
    }

    /// Reads what the server sent without waiting; true when a notification came, nil
    /// when the connection turned out to be gone.
    public func notified() -> Bool? {
        guard let conn else { return nil }
        if PQconsumeInput(conn) == 0 || PQstatus(conn) != CONNECTION_OK { return nil }
        var any = false
        while let n = PQnotifies(conn) {
            any = true
            PQfreemem(n)
        }
        return any
    }

    static func message(of conn: OpaquePointer) -> String {
        String(cString: PQerrorMessage(conn)).trimmingNewlines()
    }

    static func problem(_ conn: OpaquePointer, _ result: OpaquePointer?) -> StoreProblem {
        let message = result.flatMap { r in PQresultErrorMessage(r).map { String(cString: $0) } } ?? ""
        let text = (message.isEmpty ? Self.message(of: conn) : message).trimmingNewlines()
        let code = result.flatMap { PQresultErrorField($0, Int32(UInt8(ascii: "C"))) }.map { String(cString: $0) }
        let kind: StoreProblem.Kind
        // No SQLSTATE: the server never answered (libpq's own error), so the connection failed.
        if PQstatus(conn) != CONNECTION_OK || code == nil || code?.hasPrefix("08") == true || code?.hasPrefix("57P") == true {
            kind = .connection
        } else if code == "42501" || code?.hasPrefix("23") == true || code == "P0001" {
            kind = .refused
        } else if code == "42P01" || code == "3F000" {
            kind = .schema
        } else {
            kind = .other
        }
        return StoreProblem(kind, text, code: code)
    }
}

/// A result's rows: values as bytes (binary format) or text.
public final class PostgresResult {
    private let result: OpaquePointer

    init(_ result: OpaquePointer) { self.result = result }
    deinit { PQclear(result) }

    public var rows: Int { Int(PQntuples(result)) }

    public func isNull(_ row: Int, _ column: Int) -> Bool { PQgetisnull(result, Int32(row), Int32(column)) == 1 }

    /// The value's bytes, without copying; valid while the result lives.
    public func withBytes<T>(_ row: Int, _ column: Int, _ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        let length = Int(PQgetlength(result, Int32(row), Int32(column)))
        let value = PQgetvalue(result, Int32(row), Int32(column))
        return try body(UnsafeRawBufferPointer(start: value, count: length))
    }

    public func bytes(_ row: Int, _ column: Int) -> [UInt8] { withBytes(row, column) { Array($0) } }

    public func text(_ row: Int, _ column: Int) -> String? {
        guard row < rows, !isNull(row, column) else { return nil }
        return withBytes(row, column) { String(decoding: $0, as: UTF8.self) }
    }

    /// A `bigint` in binary format (8 bytes, network order).
    public func int64(_ row: Int, _ column: Int) -> Int? {
        guard row < rows, !isNull(row, column) else { return nil }
        return withBytes(row, column) { raw -> Int? in
            guard raw.count == 8 else { return nil }
            var v: UInt64 = 0
            for b in raw { v = v << 8 | UInt64(b) }
            return Int(Int64(bitPattern: v))
        }
    }
}

extension String {
    func trimmingNewlines() -> String {
        var s = Substring(self)
        while let last = s.last, last == "\n" || last == " " { s = s.dropLast() }
        return String(s)
    }
}
