import Testing
@testable import LotsenPostgres

@Suite("What --journal names when it names a database")
struct PostgresLocationTests {
    @Test("a password is never in what is printed or hashed for the desk's cache, in the user part or as a parameter")
    func printable() {
        #expect(PostgresLocation.printable("postgresql://anna:hemligt@db.kommun.se:5432/lotsen?sslmode=require")
                == "postgresql://anna@db.kommun.se:5432/lotsen?sslmode=require")
        #expect(PostgresLocation.printable("postgres://db/lotsen?password=hemligt&user=anna") == "postgres://db/lotsen?user=anna")
        #expect(PostgresLocation.printable("postgresql:///lotsen?host=/run/postgresql") == "postgresql:///lotsen?host=/run/postgresql")
        #expect(!PostgresLocation.printable("postgresql://a:b@h/d?PASSWORD=c").contains("c"))
    }

    @Test("the desk's defaults are added, never over what the URI says")
    func defaults() {
        let given = PostgresLocation.withDefaults("postgresql:///lotsen?host=/run/postgresql&connect_timeout=30")
        #expect(given.contains("connect_timeout=30") && !given.contains("connect_timeout=5"))
        #expect(given.contains("keepalives_idle=15"))
        #expect(PostgresLocation.withDefaults("postgresql://db/lotsen").hasPrefix("postgresql://db/lotsen?"))
        #expect(PostgresLocation.isDatabase("postgres://x") && !PostgresLocation.isDatabase("/var/lib/lotsen/j.jsonl"))
    }
}
