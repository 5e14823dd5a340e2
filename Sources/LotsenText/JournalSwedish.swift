import LotsenCore
import LotsenJournal

enum JournalSwedish: JournalWords {
    static func n(_ x: Int) -> String { NumberText.integer(x, .sv) }

    static func recordPart(_ p: RecordPart) -> String {
        switch p {
        case .start: return "början liknar ingen post"
        case .version: return "formatversionen"
        case .sequence: return "löpnumret"
        case .previous: return "länken till förra posten"
        case .time: return "tiden"
        case .author: return "författaren"
        case .type: return "typen"
        case .subject: return "vem posten gäller"
        case .batchCount: return "antalet i sparningen"
        case .payloadKey: return "innehållet"
        case .payload: return "innehållet är inte ett JSON-objekt"
        }
    }

    static func damage(_ d: JournalDamage) -> String {
        let place = "post \(n(d.sequence)) (byte \(n(d.offset)))"
        switch d.kind {
        case .unreadable(let part):
            return "Journalen är skadad vid \(place): raden går inte att läsa som en post (\(recordPart(part)))."
        case .unsupportedVersion(let v):
            return "Journalen innehåller vid \(place) en post i format \(v), som den här versionen av Lotsen inte kan läsa. Uppdatera Lotsen."
        case .notAJournal:
            return "Filen är ingen Lotsen-journal: första raden är inte en journalhuvudpost."
        case .outOfOrder(let found):
            return "Journalen är skadad vid \(place): här borde post \(n(d.sequence)) stå, men det står post \(n(found)). En post har tagits bort, lagts till eller flyttats."
        case .changed:
            return "Journalen är skadad vid \(place): posten har ändrats efter att den sparades (den stämmer inte längre med sin kontrollsumma)."
        case .brokenLink:
            return "Journalen är skadad vid \(place): posten hänger inte ihop med posten före (kontrollsumman för föregående post stämmer inte)."
        case .batchBroken:
            return "Journalen är skadad vid \(place): posterna i en sparning som hör ihop följer inte på varandra."
        case .missingAtEnd(let head):
            return "Journalen är avkortad: den slutar före post \(n(d.sequence)), men poster till och med nummer \(n(head)) har sparats. Hela poster saknas i slutet."
        case .damagedLastRecord:
            return "Journalen är skadad vid \(place): den sista posten är ofullständig fast den sparades."
        case .foreignHead:
            return "Kontrollpunktsfilen (.head) hör till en annan journal."
        case .unreadableHead:
            return "Kontrollpunktsfilen (.head) går inte att läsa."
        case .shrank:
            return "Journalfilen har blivit kortare medan den var öppen (efter post \(n(d.sequence))). Något annat än Lotsen har ändrat den."
        }
    }

    static func tornTail(_ t: TornTail) -> String {
        let what = "Slutet av journalen var ofullständigt: \(n(t.length)) byte från byte \(n(t.offset)) skrevs aldrig klart, troligen på grund av ett avbrott. De hade aldrig bekräftats som sparade."
        if let moved = t.movedTo { return what + " De har flyttats till \(moved)." }
        return what + " Nästa gång Lotsen öppnar journalen för att skriva flyttas de åt sidan."
    }

    static func readOnly(_ r: ReadOnlyReason) -> String {
        switch r {
        case .requested: return "Journalen är öppnad endast för läsning."
        case .cannotWrite(let e): return "Journalen kan bara läsas: \(system(e))."
        case .damaged(let d): return "Journalen kan bara läsas eftersom den är skadad. " + damage(d)
        case .failedWrite(let e):
            return "Journalen kan bara läsas sedan en skrivning misslyckades (\(system(e))). Det som inte bekräftades sparades inte. Starta om Lotsen när felet är åtgärdat."
        }
    }

    static func error(_ e: JournalError) -> String {
        switch e {
        case .notFound(let path): return "Ingen journal finns på \(Quoted.text(path)). Skapa en med `lotsen init`."
        case .alreadyExists(let path): return "Det finns redan en journal på \(path)."
        case .readOnly(let r): return "Inget sparades. " + readOnly(r)
        case .damaged(let d): return "Inget sparades. " + damage(d)
        case .invalidDraft(let i, let reason): return "Inget sparades: post \(i + 1) i sparningen är ogiltig (\(reason))."
        case .io(let s): return "Journalen kunde inte läsas eller låsas: \(system(s))."
        case .writeFailed(let s): return "Inget sparades: skrivningen misslyckades (\(system(s))). Journalen är nu skrivskyddad."
        case .syncFailed(let s):
            return "Inget sparades: disken bekräftade inte skrivningen (\(system(s))). Journalen är nu skrivskyddad; försöket upprepades inte."
        case .path(.hardLinked(let p, let n)):
            return "Journalen \(p) har \(n) namn (hårda länkar). En journal får ha ett enda namn, så att alla som skriver delar samma lås; ta bort de andra länkarna. Inget gjordes."
        case .path(.companionIsLink(let p)):
            return "\(p) är en symbolisk länk. Journalens låsfil, kontrollpunkt och ögonblicksbild följs aldrig via länkar; ta bort länken. Inget gjordes."
        case .path(.notARegularFile(let p)): return "\(p) är ingen vanlig fil och kan inte vara en journal. Inget gjordes."
        }
    }

    static func systemProblem(_ p: SystemProblem) -> String {
        switch p {
        case .diskFull: return "disken är full"
        case .ioError: return "in- eller utmatningsfel på disken"
        case .readOnlyFileSystem: return "filsystemet är skrivskyddat"
        case .permissionDenied: return "behörighet saknas"
        case .noSuchFile: return "filen eller mappen finns inte"
        case .notADirectory: return "en del av sökvägen är ingen mapp"
        case .other(let text): return text
        }
    }

    static func verificationLine(_ l: VerificationLine) -> String {
        switch l {
        case .sound: return "Journalen är hel."
        case .file(let path, let size): return "  Fil:      \(path) (\(size))"
        case .journal(let id): return "  Journal:  \(id)"
        case .records(let n): return "  Poster:   \(n) kontrollerade i obruten kedja"
        case .headMatches: return "  Kontrollpunkt: stämmer med sista posten"
        case .headBehind(let s): return "  Kontrollpunkt: post \(s) (skrivs i efterhand)"
        case .headAhead(let s): return "  Kontrollpunkt: post \(s), bortom journalens slut"
        case .headMissing: return "  Kontrollpunkt: saknas – att hela poster fattas i slutet kan inte upptäckas"
        case .snapshotMissing: return "  Ögonblicksbild: saknas (görs vid nästa öppning)"
        case .snapshotHolds(let s): return "  Ögonblicksbild: post \(s); sigillet och kontrollsummorna stämmer och posten finns i kedjan"
        case .snapshotEqualsReplay(let s): return "  Ögonblicksbild: post \(s); samma innehåll som journalen uppspelad dit"
        case .snapshotDamaged: return "Ögonblicksbilden är skadad. Den är bara en genväg: ta bort den, så görs en ny av journalen."
        case .snapshotNotInChain: return "Ögonblicksbilden gjordes vid en post som journalen inte har. Ta bort den, så görs en ny av journalen."
        case .snapshotDiffers(let s): return "Ögonblicksbilden (post \(s)) säger något annat än journalen uppspelad dit: den har ändrats. `find` och `show` svarar ur den; ta bort den, så görs en ny av journalen."
        case .snapshotSealBroken: return "Ögonblicksbildens sigill stämmer inte: den har ändrats efter att den gjordes. `find` och `show` svarar ur den; ta bort den, så görs en ny av journalen."
        }
    }

    static func skipped(first: Int, last: Int) -> String {
        first == last ? "Post \(n(first)) kunde inte läsas och är utelämnad; posterna efter den är lästa, eftersom deras egen kedja går i god för dem. `lotsen repair` skriver en lagad journal bredvid." : "Posterna \(n(first))–\(n(last)) kunde inte läsas och är utelämnade; posterna efter dem är lästa, eftersom deras egen kedja går i god för dem. `lotsen repair` skriver en lagad journal bredvid."
    }

    static func repairWritten(path: String, lost: [Int], restored: [Int], relinked: Int) -> String {
        var lines = ["Lagad journal skriven och kontrollerad: \(path)"]
        if !restored.isEmpty { lines.append("  Hämtade ur säkerhetskopian: post \(restored.map(n).joined(separator: ", "))") }
        if !lost.isEmpty { lines.append("  Förlorade, ersatta av en post som säger det: post \(lost.map(n).joined(separator: ", "))") }
        if relinked == 1 { lines.append("  1 post efter dem fick sin länk gjord på nytt; inget annat i den ändrades.") }
        if relinked > 1 { lines.append("  \(n(relinked)) poster efter dem fick sin länk gjord på nytt; inget annat i dem ändrades.") }
        lines.append("  Den skadade journalen är orörd.")
        return lines.joined(separator: "\n")
    }
    static func repairAsk(keptAs: String) -> String { "Byta in den lagade journalen nu? Den skadade sparas som \(keptAs). [j/N] " }
    static func repairApplied(keptAs: String) -> String { "Den lagade journalen är inbytt. Den skadade finns kvar som \(keptAs)." }
    static func repairNotApplied(path: String) -> String { "Inget byttes in. Byt in senare med `lotsen repair --apply`, eller ta bort \(path)." }
    static let repairSound = "Journalen är hel; det finns inget att laga."
    static func repairCannot(_ d: JournalDamage) -> String { damage(d) + " Den skadan går inte att läsa förbi, så det finns inget efter den att behålla; återställ från en säkerhetskopia." }
    static let repairForeignBackup = "Säkerhetskopian hör till en annan journal. Inget skrevs."

    static func checkedWhole(_ when: String) -> String { "Journalen kontrollerad hel: \(when) (sedan dess bara tillägg från Lotsen)." }

    static func progress(percent: Int) -> String { "Kontrollerar journalen … \(percent) %" }
}
