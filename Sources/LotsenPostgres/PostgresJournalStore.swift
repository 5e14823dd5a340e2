import Glibc
import LotsenJournal

/// The journal in PostgreSQL (`lotsen.records`, see `PostgresSchema`): a `JournalStore`
/// over one connection.
///
/// - A writer's turn is a transaction holding the advisory lock `writerLock`; the batch
///   is inserted and committed (`synchronous_commit` on) before `append` returns; a
///   turn without one commits at `unlock`.
/// - A pause for readers holds the same lock shared, at session level.
/// - Reading fetches whole rows after a byte position, a few thousand at a time, and
///   hands out their lines as the file would hold them.
/// - Others' commits arrive as notifications on `channel`; `mayHaveNew` looks for them
///   without a round trip.
public final class PostgresJournalStore: JournalStore {
    let connection: PostgresConnection
    public var location: String { connection.location }
    /// Rows fetched per round trip when reading: a few for a look at one place (the
    /// snapshot's last record, the header), doubling while reading on from there.
    static let firstFetch = 8, largestFetch = 4096
    private var rowsPerFetch = firstFetch

    private enum Turn { case none, shared, exclusive(committed: Bool) }
    private var turn = Turn.none
    /// Where the records ended when this writer's turn began: nobody else appends until
    /// it ends, so it is the answer to `size` for the whole turn.
    private var sizeInTurn: Int?
    /// Lines of the last rows fetched, with their newlines, and where the first starts.
    private var cached: [UInt8] = []
    private var cachedStart = 0
    /// Set when the connection was lost: notifications may have been missed.
    private var missedNotifications = true
    public private(set) var unavailable: StoreProblem?

    public init(_ conninfo: String) throws(JournalError) {
        connection = try PostgresConnection(conninfo)
        try listenCheckingSchema()
    }

    /// One round trip: notifications from now on, and the schema's version.
    private func listenCheckingSchema() throws(JournalError) {
        let version: Int?
        do {
            version = try connection.executeScript("LISTEN \(PostgresSchema.channel); SELECT version FROM lotsen.schema")
                .text(0, 0).flatMap { Int($0) }
        } catch {
            // No schema: not set up for Lotsen. No right to it: a role not (yet) made a
            // caseworker's (`lotsen setup --database … --caseworker`), said as refused.
            if case .store(let p) = error, p.kind == .schema, p.code != "42501" {
                throw .store(StoreProblem(.schema, p.message, code: p.code))
            }
            throw error
        }
        guard version == PostgresSchema.version else {
            throw .store(StoreProblem(.schema, "schema version \(version.map(String.init) ?? "?"), this Lotsen knows \(PostgresSchema.version)"))
        }
    }

    public func size() throws(JournalError) -> Int {
        if case .exclusive(committed: false) = turn, let sizeInTurn { return sizeInTurn }
        return try call { () throws(JournalError) in
            try connection.query("SELECT stop FROM lotsen.records ORDER BY seq DESC LIMIT 1").int64(0, 0) ?? 0
        }
    }

    public func read(_ buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws(JournalError) -> Int {
        if offset < cachedStart || offset >= cachedStart + cached.count {
            let readingOn = !cached.isEmpty && offset == cachedStart + cached.count
            rowsPerFetch = readingOn ? min(rowsPerFetch * 2, Self.largestFetch) : Self.firstFetch
            try fetch(from: offset)
            if offset < cachedStart || offset >= cachedStart + cached.count { return 0 }
        }
        let from = offset - cachedStart
        let n = min(buffer.count, cached.count - from)
        cached.withUnsafeBytes { raw in
            buffer.baseAddress!.copyMemory(from: raw.baseAddress! + from, byteCount: n)
        }
        return n
    }

    /// The rows whose lines reach past `offset`, as many as one fetch takes. By `stop`,
    /// which grows with `seq`: through its index the rows are found at once, where
    /// `ORDER BY seq` walked the records from the first to the offset (20 ms on typical).
    private func fetch(from offset: Int) throws(JournalError) {
        keyStoreRead = nil
        let result = try call { () throws(JournalError) in
            try connection.query("SELECT start, line FROM lotsen.records WHERE stop > $1::text::bigint ORDER BY stop LIMIT \(rowsPerFetch)",
                                 [Array(String(offset).utf8)])
        }
        cached.removeAll(keepingCapacity: true)
        guard result.rows > 0, let first = result.int64(0, 0) else { return }
        cachedStart = first
        for row in 0..<result.rows {
            result.withBytes(row, 1) { cached.append(contentsOf: $0) }
            cached.append(0x0A)
        }
    }

    public func lock(exclusive: Bool) throws(JournalError) {
        keyStoreRead = nil
        try call { () throws(JournalError) in
            if exclusive {
                // One round trip: the transaction, the lock, and where the records end.
                // Read committed: each statement after the lock sees what was committed
                // before it was granted (a snapshot taken earlier would not).
                let end = try connection.executeScript(
                    "BEGIN; SELECT pg_advisory_xact_lock(\(PostgresSchema.writerLock)); "
                        + "SELECT stop FROM lotsen.records ORDER BY seq DESC LIMIT 1")
                sizeInTurn = end.text(0, 0).flatMap { Int($0) } ?? 0
                turn = .exclusive(committed: false)
            } else {
                try connection.execute("SELECT pg_advisory_lock_shared(\(PostgresSchema.writerLock))")
                turn = .shared
            }
        }
    }

    public func unlock() {
        sizeInTurn = nil
        switch turn {
        case .none: break
        case .shared: _ = try? connection.execute("SELECT pg_advisory_unlock_shared(\(PostgresSchema.writerLock))")
        // A turn with no append still commits what it did (a key store sealed again under
        // a new master key); one whose insert failed is rolled back by that failure.
        case .exclusive(let committed): if !committed { _ = try? connection.execute("COMMIT") }
        }
        turn = .none
    }

    public func append(_ lines: [UInt8]) throws(JournalError) {
        guard case .exclusive(committed: false) = turn else {
            throw .store(StoreProblem(.other, "append outside a writer's turn"))
        }
        // The rows as hex (which needs no quoting), taken in the order given, the trigger
        // checking each against the one before; a few thousand a statement (an import of
        // 100,000 is not one 100 MB string), the last with the commit: one round trip for
        // a save. If an insert fails the rest is not run: the transaction is aborted, and
        // ends without any of them at `unlock`.
        var rows: [String] = []
        var start = 0
        for i in 0..<lines.count where lines[i] == 0x0A {
            rows.append("(decode('" + Self.hex(lines[start..<i]) + "', 'hex'))")
            start = i + 1
        }
        try call { () throws(JournalError) in
            var from = 0
            repeat {
                let to = min(from + Self.rowsPerStatement, rows.count)
                let last = to == rows.count
                try connection.executeScript("INSERT INTO lotsen.records (line) VALUES " + rows[from..<to].joined(separator: ",")
                                                 + (last ? "; COMMIT" : ""))
                from = to
            } while from < rows.count
            turn = .exclusive(committed: true)
        }
    }

    /// The key store as last read, until records are read or a turn begins: opening asks
    /// for it three times (its kind, whether it is there, its keys) and gets one round
    /// trip; a record sealed under a key made since is read after, and reads it afresh.
    private var keyStoreRead: [UInt8]??

    public func keyStore() throws(JournalError) -> [UInt8]? {
        if let keyStoreRead { return keyStoreRead }
        let bytes = try call { () throws(JournalError) in
            let result = try connection.query("SELECT bytes FROM lotsen.key_store WHERE id = 1")
            return result.rows == 0 ? nil : result.bytes(0, 0)
        }
        keyStoreRead = .some(bytes)
        return bytes
    }

    public func replaceKeyStore(_ bytes: [UInt8]) throws(JournalError) {
        keyStoreRead = nil
        _ = try call { () throws(JournalError) in
            try connection.execute("INSERT INTO lotsen.key_store (id, bytes) VALUES (1, $1::bytea) ON CONFLICT (id) DO UPDATE SET bytes = EXCLUDED.bytes",
                                   [bytes])
        }
    }

    /// Called every tenth of a second by a desk at rest: looks at what arrived on the
    /// socket. A connection found gone makes the desk read (and learn why); connecting
    /// again is tried every `retrySeconds`, and then what was missed is read.
    public func appendAccessLog(_ make: (_ lastSequence: Int, _ lastHash: Digest) -> [[UInt8]]) throws(JournalError) {
        // Its own transaction, or the writer's turn's when one is held (never nested).
        let own: Bool = if case .exclusive(committed: false) = turn { false } else { true }
        try call { () throws(JournalError) in
            let last = try connection.executeScript(
                (own ? "BEGIN; " : "") + "SELECT pg_advisory_xact_lock(\(PostgresSchema.accessLock)); "
                    + "SELECT seq, encode(hash, 'hex') FROM lotsen.access_log ORDER BY seq DESC LIMIT 1")
            let sequence = last.text(0, 0).flatMap { Int($0) } ?? 0
            let hash = last.text(0, 1).flatMap { text in Array(text.utf8).withUnsafeBytes { Digest(hex: $0) } } ?? .zero
            let lines = make(sequence, hash)
            let values = lines.map { "(decode('" + Self.hex($0) + "', 'hex'))" }.joined(separator: ",")
            do throws(JournalError) {
                try connection.executeScript("INSERT INTO lotsen.access_log (line) VALUES " + values + (own ? "; COMMIT" : ""))
            } catch {
                if own { _ = try? connection.execute("ROLLBACK") }
                throw error
            }
        }
    }

    public func accessLog() throws(JournalError) -> [[UInt8]] {
        try call { () throws(JournalError) in
            let result = try connection.query("SELECT line FROM lotsen.access_log ORDER BY seq")
            return (0..<result.rows).map { result.bytes($0, 0) }
        }
    }

    static func hex(_ bytes: some Collection<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(hexDigits[Int(b >> 4)])
            out.append(hexDigits[Int(b & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    static let rowsPerStatement = 2_000

    private static let hexDigits = Array("0123456789abcdef".utf8)

    public func mayHaveNew() -> Bool {
        if !connection.isConnected {
            guard retryDue() else { return false }
            return reconnect()
        }
        if missedNotifications {
            missedNotifications = false
            return true
        }
        guard let notified = connection.notified() else {
            missedNotifications = true
            return true
        }
        return notified
    }

    /// Seconds between attempts to connect again, at rest.
    static let retrySeconds = 2
    private var lastAttempt = 0

    private func retryDue() -> Bool {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        guard now.tv_sec - lastAttempt >= Self.retrySeconds else { return false }
        lastAttempt = now.tv_sec
        return true
    }

    public func close() { connection.close() }

    /// The caseworker the connected role signs as, when it may sign as exactly one
    /// (`lotsen.authors`); nil for an administrator's role, which names its author.
    ///
    /// One question, which also learns `role`.
    public func signingAuthor() throws(JournalError) -> String? {
        let result = try call { () throws(JournalError) in
            try connection.query("SELECT session_user::text, (SELECT CASE WHEN count(*) = 1 THEN min(author) END "
                                     + "FROM lotsen.authors WHERE role = session_user)", binary: false)
        }
        role = result.text(0, 0) ?? "?"
        return result.text(0, 1)
    }

    /// The database role this desk is logged in as, once `signingAuthor` asked.
    public private(set) var role = "?"

    /// Runs one exchange with the server; a lost connection is tried once more after
    /// connecting again, outside a writer's turn (inside one, the turn is gone with it).
    private func call<T>(_ body: () throws(JournalError) -> T) throws(JournalError) -> T {
        do {
            let value = try body()
            unavailable = nil
            return value
        } catch {
            guard !connection.isConnected else { throw error }
            let wasIdle = if case .none = turn { true } else { false }
            lost(error)
            if wasIdle, reconnect() { return try body() }
            throw asLost(error)
        }
    }

    private func lost(_ error: JournalError) {
        turn = .none
        if case .store(let p) = error { unavailable = StoreProblem(.connection, p.message, code: p.code) }
        missedNotifications = true
    }

    /// What a failure with the connection gone is: a connection problem, whatever it said.
    private func asLost(_ error: JournalError) -> JournalError {
        guard case .store(let p) = error else { return error }
        return .store(StoreProblem(.connection, p.message, code: p.code))
    }

    private func reconnect() -> Bool {
        guard connection.reconnect(), (try? listenCheckingSchema()) != nil else { return false }
        unavailable = nil
        missedNotifications = true
        return true
    }
}
