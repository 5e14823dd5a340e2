import LotsenCore
import LotsenCalendar
import Glibc
import LotsenJournal

/// What the front ends say about the journal file itself. One implementation per
/// language; the protocol makes a missing translation a compile error.
public struct JournalWords: Spoken {
    public let language: Language

    public func n(_ x: Int) -> String { NumberText.integer(x, language) }

    public func recordPart(_ p: RecordPart) -> String {
        switch p {
        case .start: return say("början liknar ingen post", "does not start like a record")
        case .version: return say("formatversionen", "format version")
        case .sequence: return say("löpnumret", "sequence number")
        case .previous: return say("länken till förra posten", "link to the record before")
        case .time: return say("tiden", "time")
        case .author: return say("författaren", "author")
        case .type: return say("typen", "type")
        case .subject: return say("vem posten gäller", "subject")
        case .batchCount: return say("antalet i sparningen", "batch count")
        case .payloadKey: return say("innehållet", "payload")
        case .payload: return say("innehållet är inte ett JSON-objekt", "payload is not one JSON object")
        }
    }

    public func damage(_ d: JournalDamage) -> String {
        let place = say("post \(n(d.sequence)) (byte \(n(d.offset)))", "record \(n(d.sequence)) (byte \(n(d.offset)))")
        switch d.kind {
        case .unreadable(let part):
            return say("Journalen är skadad vid \(place): raden går inte att läsa som en post (\(recordPart(part))).",
                       "The journal is damaged at \(place): the line cannot be read as a record (\(recordPart(part))).")
        case .unsupportedVersion(let v):
            return say("Journalen innehåller vid \(place) en post i format \(v), som den här versionen av Lotsen inte kan läsa. Uppdatera Lotsen.",
                       "At \(place) the journal holds a record in format \(v), which this version of Lotsen cannot read. Update Lotsen.")
        case .notAJournal:
            return say("Filen är ingen Lotsen-journal: första raden är inte en journalhuvudpost.",
                       "The file is not a Lotsen journal: its first line is not a journal header.")
        case .outOfOrder(let found):
            return say("Journalen är skadad vid \(place): här borde post \(n(d.sequence)) stå, men det står post \(n(found)). En post har tagits bort, lagts till eller flyttats.",
                       "The journal is damaged at \(place): record \(n(d.sequence)) should be here, but record \(n(found)) is. A record was deleted, inserted or moved.")
        case .changed:
            return say("Journalen är skadad vid \(place): posten har ändrats efter att den sparades (den stämmer inte längre med sin kontrollsumma).",
                       "The journal is damaged at \(place): the record was changed after it was saved (it no longer matches its hash).")
        case .brokenLink:
            return say("Journalen är skadad vid \(place): posten hänger inte ihop med posten före (kontrollsumman för föregående post stämmer inte).",
                       "The journal is damaged at \(place): the record does not link to the one before it (the previous record's hash does not match).")
        case .batchBroken:
            return say("Journalen är skadad vid \(place): posterna i en sparning som hör ihop följer inte på varandra.",
                       "The journal is damaged at \(place): the records of one save do not follow each other.")
        case .missingAtEnd(let head):
            return say("Journalen är avkortad: den slutar före post \(n(d.sequence)), men poster till och med nummer \(n(head)) har sparats. Hela poster saknas i slutet.",
                       "The journal was cut short: it ends before record \(n(d.sequence)), but records up to \(n(head)) were saved. Whole records are missing at the end.")
        case .damagedLastRecord:
            return say("Journalen är skadad vid \(place): den sista posten är ofullständig fast den sparades.",
                       "The journal is damaged at \(place): the last record is incomplete although it was saved.")
        case .foreignHead:
            return say("Kontrollpunktsfilen (.head) hör till en annan journal.",
                       "The checkpoint file (.head) belongs to another journal.")
        case .unreadableHead:
            return say("Kontrollpunktsfilen (.head) går inte att läsa.", "The checkpoint file (.head) cannot be read.")
        case .shrank:
            return say("Journalfilen har blivit kortare medan den var öppen (efter post \(n(d.sequence))). Något annat än Lotsen har ändrat den.",
                       "The journal file became shorter while it was open (after record \(n(d.sequence))). Something other than Lotsen changed it.")
        }
    }

    public func tornTail(_ t: TornTail) -> String {
        let what = say("Slutet av journalen var ofullständigt: \(n(t.length)) byte från byte \(n(t.offset)) skrevs aldrig klart, troligen på grund av ett avbrott. De hade aldrig bekräftats som sparade.",
                       "The end of the journal was incomplete: \(n(t.length)) bytes from byte \(n(t.offset)) were never fully written, most likely because of a crash. They had never been acknowledged as saved.")
        if let moved = t.movedTo { return what + say(" De har flyttats till \(moved).",
                                                     " They were moved to \(moved).") }
        return what + say(" Nästa gång Lotsen öppnar journalen för att skriva flyttas de åt sidan.",
                          " The next time Lotsen opens the journal for writing they will be moved aside.")
    }

    public func readOnly(_ r: ReadOnlyReason) -> String {
        switch r {
        case .requested: return say("Journalen är öppnad endast för läsning.", "The journal is open for reading only.")
        case .cannotWrite(let e): return say("Journalen kan bara läsas: \(system(e)).",
                                             "The journal can only be read: \(system(e)).")
        case .damaged(let d): return say("Journalen kan bara läsas eftersom den är skadad. ",
                                         "The journal can only be read because it is damaged. ") + damage(d)
        case .failedWrite(let e):
            return say("Journalen kan bara läsas sedan en skrivning misslyckades (\(system(e))). Det som inte bekräftades sparades inte. Starta om Lotsen när felet är åtgärdat.",
                       "The journal can only be read since a write failed (\(system(e))). Nothing unacknowledged was saved. Restart Lotsen once the problem is fixed.")
        case .replaced:
            return say("Journalen har bytts ut medan den var öppen (återställd från en säkerhetskopia eller lagad): inget mer kan skrivas här. Starta om Lotsen för att se den nya.",
                       "The journal was replaced while open (restored from a backup or repaired): nothing more can be written here. Restart Lotsen to see the new one.")
        case .unavailable(let p):
            return say("Databasen går inte att nå just nu (\(p.message)). Lotsen visar det som fanns och försöker igen själv; inget du skrivit har sparats förrän det sägs.",
                       "The database cannot be reached just now (\(p.message)). Lotsen shows what it had and tries again by itself; nothing you typed is saved until it says so.")
        }
    }

    /// What the journal's database said, and what it means.
    public func store(_ p: StoreProblem) -> String {
        let said = p.description
        switch p.kind {
        case .connection: return say("Databasen kunde inte nås: \(said).", "The database could not be reached: \(said).")
        case .refused: return say("Databasen nekade: \(said).", "The database refused: \(said).")
        case .schema: return say("Databasen är inte förberedd för Lotsen (`lotsen setup --database`): \(said).",
                                 "The database is not set up for Lotsen (`lotsen setup --database`): \(said).")
        case .other: return say("Databasen svarade med ett fel: \(said).", "The database answered with an error: \(said).")
        }
    }

    public func error(_ e: JournalError) -> String {
        switch e {
        case .notFound(let path): return say("Ingen journal finns på \(Quoted.text(path)). Skapa en med `lotsen init`.",
                                             "There is no journal at \(Quoted.text(path)). Create one with `lotsen init`.")
        case .alreadyExists(let path): return say("Det finns redan en journal på \(path).",
                                                  "A journal already exists at \(path).")
        case .readOnly(let r): return say("Inget sparades. ", "Nothing was saved. ") + readOnly(r)
        case .damaged(let d): return say("Inget sparades. ", "Nothing was saved. ") + damage(d)
        case .invalidDraft(let i, let reason): return say("Inget sparades: post \(i + 1) i sparningen är ogiltig (\(reason)).",
                                                          "Nothing was saved: entry \(i + 1) of the save is invalid (\(reason)).")
        case .io(let s): return say("Journalen kunde inte läsas eller låsas: \(system(s)).",
                                    "The journal could not be read or locked: \(system(s)).")
        case .writeFailed(let s): return say("Inget sparades: skrivningen misslyckades (\(system(s))). Journalen är nu skrivskyddad.",
                                             "Nothing was saved: the write failed (\(system(s))). The journal is now read-only.")
        case .syncFailed(let s):
            return say("Inget sparades: disken bekräftade inte skrivningen (\(system(s))). Journalen är nu skrivskyddad; försöket upprepades inte.",
                       "Nothing was saved: the disk did not confirm the write (\(system(s))). The journal is now read-only; the attempt was not repeated.")
        case .path(.hardLinked(let p, let n)):
            return say("Journalen \(p) har \(n) namn (hårda länkar). En journal får ha ett enda namn, så att alla som skriver delar samma lås; ta bort de andra länkarna. Inget gjordes.",
                       "The journal \(p) has \(n) names (hard links). A journal must have one name, so that everyone who writes shares one lock; remove the other links. Nothing was done.")
        case .path(.companionIsLink(let p)):
            return say("\(p) är en symbolisk länk. Journalens låsfil, kontrollpunkt och ögonblicksbild följs aldrig via länkar; ta bort länken. Inget gjordes.",
                       "\(p) is a symbolic link. The journal's lock, head and snapshot files are never reached through links; remove the link. Nothing was done.")
        case .store(let p): return store(p)
        case .path(.notARegularFile(let p)): return say("\(p) är ingen vanlig fil och kan inte vara en journal. Inget gjordes.",
                                                        "\(p) is not a regular file and cannot be a journal. Nothing was done.")
        }
    }

    /// What went wrong at the system level, in a few words.
    public func systemProblem(_ p: SystemProblem) -> String {
        switch p {
        case .diskFull: return say("disken är full", "the disk is full")
        case .ioError: return say("in- eller utmatningsfel på disken", "an input/output error on the disk")
        case .readOnlyFileSystem: return say("filsystemet är skrivskyddat", "the file system is read-only")
        case .permissionDenied: return say("behörighet saknas", "permission denied")
        case .noSuchFile: return say("filen eller mappen finns inte", "no such file or directory")
        case .notADirectory: return say("en del av sökvägen är ingen mapp", "part of the path is not a directory")
        case .other(let text): return text
        }
    }

    /// The lines of a verification report: "sound", and the labelled facts.
    public func verificationLine(_ l: VerificationLine) -> String {
        switch l {
        case .sound: return say("Journalen är hel.", "The journal is sound.")
        case .file(let path, let size): return say("  Fil:      \(path) (\(size))", "  File:     \(path) (\(size))")
        case .journal(let id): return "  Journal:  \(id)"
        case .records(let n): return say("  Poster:   \(n) kontrollerade i obruten kedja",
                                         "  Records:  \(n) checked in an unbroken chain")
        case .headMatches: return say("  Kontrollpunkt: stämmer med sista posten",
                                      "  Checkpoint: matches the last record")
        case .headBehind(let s): return say("  Kontrollpunkt: post \(s) (skrivs i efterhand)",
                                            "  Checkpoint: record \(s) (written lazily)")
        case .headAhead(let s): return say("  Kontrollpunkt: post \(s), bortom journalens slut",
                                           "  Checkpoint: record \(s), past the end of the journal")
        case .headMissing: return say("  Kontrollpunkt: saknas – att hela poster fattas i slutet kan inte upptäckas",
                                      "  Checkpoint: missing – whole records lost at the end cannot be detected")
        case .snapshotMissing: return say("  Ögonblicksbild: saknas (görs vid nästa öppning)",
                                          "  Snapshot: none (made on the next open)")
        case .snapshotLocked: return say("  Ögonblicksbild: krypterad, och journalens nyckel finns inte här – kedjan är kontrollerad utan den",
                                         "  Snapshot: encrypted, and the journal's key is not at hand – the chain was checked without it")
        case .snapshotHolds(let s): return say("  Ögonblicksbild: post \(s); sigillet och kontrollsummorna stämmer och posten finns i kedjan",
                                               "  Snapshot: record \(s); its seal and checksums hold and the record is in the chain")
        case .snapshotEqualsReplay(let s): return say("  Ögonblicksbild: post \(s); samma innehåll som journalen uppspelad dit",
                                                      "  Snapshot: record \(s); the same contents as the journal replayed to it")
        case .snapshotOtherVersion: return say("  Ögonblicksbild: gjord av en annan version av Lotsen (görs om vid nästa öppning)",
                                               "  Snapshot: made by another version of Lotsen (made again on the next open)")
        case .snapshotDamaged: return say("Ögonblicksbilden är skadad. Den är bara en genväg: ta bort den, så görs en ny av journalen.",
                                          "The snapshot is damaged. It is only a shortcut: remove it and a new one is made from the journal.")
        case .snapshotNotInChain: return say("Ögonblicksbilden gjordes vid en post som journalen inte har. Ta bort den, så görs en ny av journalen.",
                                             "The snapshot was made at a record the journal does not hold. Remove it and a new one is made from the journal.")
        case .snapshotDiffers(let s): return say("Ögonblicksbilden (post \(s)) säger något annat än journalen uppspelad dit: den har ändrats. `find` och `show` svarar ur den; ta bort den, så görs en ny av journalen.",
                                                 "The snapshot (record \(s)) says something the journal replayed to it does not: it was changed. `find` and `show` answer from it; remove it and a new one is made from the journal.")
        case .snapshotSealBroken: return say("Ögonblicksbildens sigill stämmer inte: den har ändrats efter att den gjordes. `find` och `show` svarar ur den; ta bort den, så görs en ny av journalen.",
                                             "The snapshot's seal does not hold: it was changed after it was made. `find` and `show` answer from it; remove it and a new one is made from the journal.")
        }
    }

    /// Records left out because of damage; those after them were read.
    public func skipped(first: Int, last: Int) -> String {
        first == last ? say("Post \(n(first)) kunde inte läsas och är utelämnad; posterna efter den är lästa, eftersom deras egen kedja går i god för dem. `lotsen repair` skriver en lagad journal bredvid.", "Record \(n(first)) could not be read and is left out; the records after it were read, since their own chain vouches for them. `lotsen repair` writes a mended journal beside it.") : say("Posterna \(n(first))–\(n(last)) kunde inte läsas och är utelämnade; posterna efter dem är lästa, eftersom deras egen kedja går i god för dem. `lotsen repair` skriver en lagad journal bredvid.", "Records \(n(first))–\(n(last)) could not be read and are left out; the records after them were read, since their own chain vouches for them. `lotsen repair` writes a mended journal beside it.")
    }

    /// `lotsen repair`.
    public func repairWritten(path: String, lost: [Int], restored: [Int], relinked: Int) -> String {
        var lines = [say("Lagad journal skriven och kontrollerad: \(path)",
                         "Mended journal written and verified: \(path)")]
        if !restored.isEmpty { lines.append(say("  Hämtade ur säkerhetskopian: post \(restored.map(n).joined(separator: ", "))",
                                                "  Taken from the backup: record \(restored.map(n).joined(separator: ", "))")) }
        if !lost.isEmpty { lines.append(say("  Förlorade, ersatta av en post som säger det: post \(lost.map(n).joined(separator: ", "))",
                                            "  Lost, replaced by a record that says so: record \(lost.map(n).joined(separator: ", "))")) }
        if relinked == 1 { lines.append(say("  1 post efter dem fick sin länk gjord på nytt; inget annat i den ändrades.",
                                            "  1 record after them had its link made again; nothing else in it changed.")) }
        if relinked > 1 { lines.append(say("  \(n(relinked)) poster efter dem fick sin länk gjord på nytt; inget annat i dem ändrades.",
                                           "  \(n(relinked)) records after them had their link made again; nothing else in them changed.")) }
        lines.append(say("  Den skadade journalen är orörd.", "  The damaged journal is untouched."))
        return lines.joined(separator: "\n")
    }
    public func repairAsk(keptAs: String) -> String { say("Byta in den lagade journalen nu? Den skadade sparas som \(keptAs). [j/N] ",
                                                          "Put the mended journal in place now? The damaged one is kept as \(keptAs). [y/N] ") }
    public func repairApplied(keptAs: String) -> String { say("Den lagade journalen är inbytt. Den skadade finns kvar som \(keptAs).",
                                                              "The mended journal is in place. The damaged one is kept as \(keptAs).") }
    public func repairNotApplied(path: String) -> String { say("Inget byttes in. Byt in senare med `lotsen repair --apply`, eller ta bort \(path).",
                                                               "Nothing was put in place. Do it later with `lotsen repair --apply`, or remove \(path).") }
    public var repairSound: String { say("Journalen är hel; det finns inget att laga.",
                                         "The journal is sound; there is nothing to mend.") }
    public func repairCannot(_ d: JournalDamage) -> String { damage(d) + say(" Den skadan går inte att läsa förbi, så det finns inget efter den att behålla; återställ från en säkerhetskopia.",
                                                                             " Reading cannot go past that damage, so there is nothing after it to keep; restore from a backup.") }
    public var repairForeignBackup: String { say("Säkerhetskopian hör till en annan journal. Inget skrevs.",
                                                 "The backup belongs to another journal. Nothing was written.") }

    /// When the chain a command answered from was last verified from header to end.
    public func checkedWhole(_ when: String) -> String { say("Journalen kontrollerad hel: \(when) (sedan dess bara tillägg från Lotsen).",
                                                             "Journal checked whole: \(when) (since then only Lotsen's own appends).") }
}

/// The system errors people can act on; anything else is shown as the C library says it.
public enum SystemProblem: Sendable {
    case diskFull, ioError, readOnlyFileSystem, permissionDenied, noSuchFile, notADirectory
    case other(String)

    init(_ e: SystemError) {
        switch e.errno {
        case ENOSPC, EDQUOT: self = .diskFull
        case EIO: self = .ioError
        case EROFS: self = .readOnlyFileSystem
        case EACCES, EPERM: self = .permissionDenied
        case ENOENT: self = .noSuchFile
        case ENOTDIR: self = .notADirectory
        default: self = .other(String(cString: strerror(e.errno)))
        }
    }
}

public enum VerificationLine: Sendable {
    case sound
    case file(String, size: String)
    case journal(String)
    case records(String)
    case headMatches, headBehind(String), headAhead(String), headMissing
    /// The snapshot beside the journal (`lotsen verify`, `--deep`).
    case snapshotMissing, snapshotLocked, snapshotHolds(String), snapshotEqualsReplay(String), snapshotOtherVersion
    case snapshotDamaged, snapshotNotInChain, snapshotDiffers(String), snapshotSealBroken
}

extension JournalWords {
    public func system(_ e: SystemError) -> String {
        let what = systemProblem(SystemProblem(e))
        return e.path.map { "\(what): \($0)" } ?? what
    }

    /// The report `lotsen verify` prints: the verdict, then the facts.
    public func verification(_ r: VerificationReport, path: String, _ lang: Language) -> String {
        var lines: [String] = []
        if let d = r.damage { lines.append(damage(d)) }
        else if let t = r.tornTail { lines.append(tornTail(t)) }
        else { lines.append(verificationLine(.sound)) }
        lines.append(verificationLine(.file(path, size: NumberText.bytes(r.bytes, lang))))
        if let id = r.journalID { lines.append(verificationLine(.journal(id))) }
        lines.append(verificationLine(.records(NumberText.integer(max(r.lastSequence, 0), lang))))
        switch r.head {
        case .matches: lines.append(verificationLine(.headMatches))
        case .behind(let s): lines.append(verificationLine(.headBehind(NumberText.integer(s, lang))))
        // After damage the chain stops being counted: the head is then not "past the end".
        case .ahead(let s): if r.damage == nil { lines.append(verificationLine(.headAhead(NumberText.integer(s, lang)))) }
        case .missing: lines.append(verificationLine(.headMissing))
        }
        return lines.joined(separator: "\n")
    }
}

extension Language {
    public var journal: JournalWords { JournalWords(language: self) }
}

/// Stable, language-free names for `--json`.
public enum JournalCodes {
    public static func damage(_ kind: JournalDamage.Kind) -> String { kind.code }
}
