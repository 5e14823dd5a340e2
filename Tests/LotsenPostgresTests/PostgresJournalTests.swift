import Foundation
import LotsenCalendar
import LotsenJournal
import LotsenPostgres
import LotsenTestSupport
import Testing

@Suite("The journal in PostgreSQL")
struct PostgresJournalTests {
    @Test("the same commands give the same bytes and chain as the file store, batches included")
    func sameBytesAsFile() throws {
        let db = try TestDatabase()
        let dir = TemporaryDirectory("pg-same")
        let paths = JournalPaths(journal: dir.path + "/journal.jsonl")
        let file = try Journal.create(paths, id: "test-journal", time: TestDatabase.clock(), author: "setup", clock: TestDatabase.clock)
        let stored = try db.create()
        for n in stride(from: 1, through: 30, by: 3) {
            let batch = (n..<(n + n % 4 + 1)).map { TestDatabase.draft($0) }
            let a = try file.append(batch)
            let b = try stored.append(batch)
            #expect(a == b)
        }
        file.close()
        stored.close()
        let fileBytes = Bytes.read(paths.journal)
        #expect(try db.bytes() == fileBytes)
        let report = try Journal.verify(store: db.store())
        #expect(report.isSound)
        #expect(report.bytes == fileBytes.count)
        #expect(report.lastSequence == (try Journal.verify(paths)).lastSequence)
        // Read back from the table, the records are the file's.
        var fromFile: [JournalRecord] = []
        _ = try Journal.open(paths, access: .readOnly, clock: TestDatabase.clock) { fromFile += $0 }
        #expect(try db.open(.readOnly).1 == fromFile)
    }

    @Test("UPDATE, DELETE and TRUNCATE are refused by the database, to a caseworker and to its administrator")
    func appendOnly() throws {
        let db = try TestDatabase()
        let j = try db.create()
        try j.append([TestDatabase.draft(1)])
        j.close()
        try PostgresSetup.allow(role: "cw_\(db.name)", toWriteAs: "AB", db.uri())
        let before = try db.bytes()
        for user in ["cw_\(db.name)", "postgres"] {
            let c = try db.connect(as: user)
            for sql in ["UPDATE lotsen.records SET author = 'X'", "DELETE FROM lotsen.records WHERE seq = 1",
                        "TRUNCATE lotsen.records", "UPDATE lotsen.records SET line = line WHERE seq = 0"] {
                #expect(throws: JournalError.self, "\(user): \(sql)") { try c.execute(sql) }
            }
            c.close()
        }
        #expect(try db.bytes() == before)
    }

    @Test("a record that does not follow the last one is refused by the database, whoever inserts it")
    func chainCheckedByDatabase() throws {
        let db = try TestDatabase()
        let j = try db.create()
        let written = try j.append([TestDatabase.draft(1)])
        j.close()
        let c = try db.connect()
        defer { c.close() }
        let good = Array(try db.bytes().split(separator: 0x0A).last!)
        // The same record again (a replay), one with a wrong link, one skipping a number.
        let wrongPrev = Array(String(decoding: good, as: UTF8.self).replacingOccurrences(of: #""seq":1"#, with: #""seq":2"#).utf8)
        for line in [good, wrongPrev, Array(#"{"v":1}"#.utf8), Array("not json".utf8)] {
            #expect(throws: JournalError.self) { try c.execute("INSERT INTO lotsen.records (line) VALUES ($1::bytea)", [line]) }
        }
        #expect(try db.open(.readOnly).1.last == written.last)
    }

    @Test("the author is checked against the connected role by the database; a batch is all or nothing")
    func authorCheckedByDatabase() throws {
        let db = try TestDatabase()
        try db.create().close()
        let role = "cd_\(db.name)"
        try PostgresSetup.allow(role: role, toWriteAs: "CD", db.uri())
        let (j, _) = try db.open(as: role)
        defer { j.close() }
        let store = try db.store(as: role)
        #expect(try store.signingAuthor() == "CD")
        store.close()
        try j.append([TestDatabase.draft(1, author: "CD")])
        let before = try db.bytes()
        expectStoreProblem(.refused, else: "a record signed as someone else was taken") {
            try j.append([TestDatabase.draft(2, author: "CD"), TestDatabase.draft(3, author: "AB")])
        }
        #expect(try db.bytes() == before)
        // The handle goes on: the next batch is taken.
        try j.append([TestDatabase.draft(4, author: "CD")])
        #expect(try Journal.verify(store: db.store()).lastSequence == 2)
    }

    @Test("a batch larger than one statement (an import) is still all or nothing")
    func largeBatch() throws {
        let db = try TestDatabase()
        try db.create().close()
        let role = "big_\(db.name)"
        try PostgresSetup.allow(role: role, toWriteAs: "AB", db.uri())
        let (j, _) = try db.open(as: role)
        defer { j.close() }
        var batch = (1...4_500).map { TestDatabase.draft($0) }
        batch[4_400].author = "CD"
        #expect(throws: JournalError.self) { try j.append(batch) }
        #expect(try Journal.verify(store: db.store()).lastSequence == 0)
        batch[4_400].author = "AB"
        let written = try j.append(batch)
        #expect(written.count == 4_500)
        let report = try Journal.verify(store: db.store())
        #expect(report.isSound && report.lastSequence == 4_500 && report.lastHash == written.last?.hash)
    }

    @Test("another desk's append is seen by notification, without reading the table")
    func notified() throws {
        let db = try TestDatabase()
        try db.create().close()
        let (a, _) = try db.open()
        let (b, _) = try db.open()
        defer { a.close(); b.close() }
        _ = b.hasUnreadData() // the first look after opening always reads
        #expect(try b.readNew().isEmpty)
        #expect(!b.hasUnreadData())
        try a.append([TestDatabase.draft(1)])
        var seen = false
        for _ in 0..<50 where !seen {
            seen = b.hasUnreadData()
            if !seen { usleep(10_000) }
        }
        #expect(seen)
        #expect(try b.readNew().map(\.sequence) == [1])
        // b folds its own append on top of what it read.
        try b.append([TestDatabase.draft(2)])
        #expect(try a.readNew().map(\.sequence) == [2])
    }

    @Test("an empty database is no journal; one not set up for Lotsen says so")
    func notAJournal() throws {
        let empty = try TestDatabase()
        #expect(throws: JournalError.notFound(path: PostgresLocation.printable(empty.uri()))) { try empty.open() }
        // A role nobody made a caseworker's is refused, and told so — not "not set up".
        let stranger = "x_" + empty.name
        let admin = try empty.connect()
        try admin.execute("CREATE ROLE \(stranger) LOGIN")
        admin.close()
        expectStoreProblem(.refused, else: "a role without rights opened the journal") {
            _ = try empty.store(as: stranger)
        }
        let bare = try TestDatabase(installed: false)
        expectStoreProblem(.schema, else: "a database without the schema was taken") { _ = try bare.store() }
    }
}

@Suite("lotsen setup --database: the schema's versions")
struct PostgresSchemaTests {
    @Test("made once in one transaction, then left alone; a newer version is refused and not touched")
    func versions() throws {
        let db = try TestDatabase(installed: false)
        #expect(try PostgresSetup.install(db.uri()) == .installed(version: PostgresSchema.version))
        #expect(try PostgresSetup.install(db.uri()) == .alreadyCurrent(version: PostgresSchema.version))
        let c = try db.connect()
        defer { c.close() }
        try c.execute("UPDATE lotsen.schema SET version = version + 1")
        #expect(throws: JournalError.self) { try PostgresSetup.install(db.uri()) }
        #expect(try c.query("SELECT version::bigint FROM lotsen.schema").int64(0, 0) == PostgresSchema.version + 1)
        // A store refuses to work on a schema it does not know.
        expectStoreProblem(.schema, else: "a newer schema was taken") { _ = try db.store() }
    }
}
