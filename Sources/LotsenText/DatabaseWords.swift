import LotsenCore

/// A journal kept in PostgreSQL: setting up the database, copying a journal to and from
/// it, and what is said when it cannot be reached.
public struct DatabaseWords: Spoken {
    public let language: Language

    public var databaseOption: String {
        say("Förbered PostgreSQL-databasen (postgresql://…) för Lotsen i stället för ett delat skrivbord: tabellerna, rollerna och journalen.",
            "Set up the PostgreSQL database (postgresql://…) for Lotsen instead of a shared desk: its tables, roles and journal.")
    }
    public var nameOrDatabase: String {
        say("Ange journalens namn för ett delat skrivbord, eller --database för en PostgreSQL-databas.",
            "Give the journal's name for a shared desk, or --database for a PostgreSQL database.")
    }
    public func badCaseworker(_ text: String) -> String {
        say("\(Quoted.text(text)) är ingen handläggare: skriv AB:NAMN:ORG:DATABASROLL[:ROLL].",
            "\(Quoted.text(text)) is not a caseworker: write AB:NAME:ORG:DATABASE-ROLE[:ROLE].")
    }
    public func installed(_ location: String, version: Int) -> String {
        say("Databasen \(location) är förberedd för Lotsen (schema version \(version)).",
            "The database \(location) is set up for Lotsen (schema version \(version)).")
    }
    public func upgraded(_ location: String, from: Int, to: Int) -> String {
        say("Databasen \(location) uppgraderades från schema version \(from) till \(to).",
            "The database \(location) was upgraded from schema version \(from) to \(to).")
    }
    public func alreadyCurrent(_ location: String, version: Int) -> String {
        say("Databasen \(location) var redan förberedd (schema version \(version)); inget ändrades i den.",
            "The database \(location) was already set up (schema version \(version)); nothing in it was changed.")
    }
    public func journalCreated(_ location: String) -> String {
        say("En ny journal skapades i \(location).", "A new journal was created in \(location).")
    }
    public func caseworkerAllowed(role: String, initials: String) -> String {
        say("Databasrollen \(role) skriver som \(initials).", "The database role \(role) writes as \(initials).")
    }
    public func notYou(claimed: String, role: String, initials: String) -> String {
        say("--as \(Quoted.text(claimed)): i databasen är du den din databasroll skriver som (\(Quoted.text(role)), \(initials)).",
            "--as \(Quoted.text(claimed)): in the database you are who your database role writes as (\(Quoted.text(role)), \(initials)).")
    }
    public var noCache: String {
        say("Ingen plats för skrivbordets egna filer: sätt XDG_CACHE_HOME eller HOME.",
            "No place for the desk's own files: set XDG_CACHE_HOME or HOME.")
    }
    public var fileOnly: String {
        say("Det här gäller en journalfil; en journal i en databas säkerhetskopieras och återställs med databasens egna verktyg.",
            "This applies to a journal file; a journal in a database is backed up and restored with the database's own tools.")
    }
    public var demoIsAFile: String {
        say("En demojournal skapas i en fil (--journal FIL); flytta den sedan till databasen med `lotsen migrate --to`. Inget gjordes.",
            "A demo journal is made in a file (--journal FILE); move it to the database after with `lotsen migrate --to`. Nothing was done.")
    }
    public var waitsForJournal: String {
        say("Databasen har ingen journal än: skapa den med --caseworker, eller flytta dit en med `lotsen migrate --to`.",
            "The database holds no journal yet: create it with --caseworker, or move one there with `lotsen migrate --to`.")
    }
    public var migrateToHelp: String {
        say("Kopiera journalen med hela kedjan till en databas (postgresql://…) eller en fil; källan lämnas orörd.",
            "Copy the journal with its whole chain to a database (postgresql://…) or a file; the source is left untouched.")
    }
    public func targetNotEmpty(_ target: String) -> String {
        say("\(target) har redan en annan journal. Inget kopierades.", "\(target) already holds another journal. Nothing was copied.")
    }
    public func copied(records: Int, alreadyThere: Int, from source: String, to target: String) -> String {
        let copied = alreadyThere == 0
            ? say("\(records) poster kopierades från \(source) till \(target)", "\(records) records were copied from \(source) to \(target)")
            : say("\(target) hade redan de första \(alreadyThere) posterna från \(source) (en kopiering som avbröts); de övriga \(records - alreadyThere) kopierades",
                  "\(target) already held the first \(alreadyThere) records of \(source) (a copy cut off); the other \(records - alreadyThere) were copied")
        return copied + say(", och kopians kedja är kontrollerad hel.", ", and the copy's chain was verified whole.")
    }
    public func copyDiffers(at sequence: Int) -> String {
        say("Kopian stämmer inte med källan vid post \(sequence). Kopian ska inte användas.",
            "The copy does not match the source at record \(sequence). The copy must not be used.")
    }
}

extension Language {
    public var database: DatabaseWords { DatabaseWords(language: self) }
}
