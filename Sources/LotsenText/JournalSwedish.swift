import Glibc
import LotsenJournal

enum JournalSwedish: JournalWords {
    static func n(_ x: Int) -> String { NumberText.integer(x, .sv) }

    static func damage(_ d: JournalDamage) -> String {
        let place = "post \(n(d.sequence)) (byte \(n(d.offset)))"
        switch d.kind {
        case .unreadable(let part):
            return "Journalen är skadad vid \(place): raden går inte att läsa som en post (\(part))."
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
        case .notFound(let path): return "Ingen journal finns på \(path). Skapa en med `lotsen init`."
        case .alreadyExists(let path): return "Det finns redan en journal på \(path)."
        case .readOnly(let r): return "Inget sparades. " + readOnly(r)
        case .damaged(let d): return "Inget sparades. " + damage(d)
        case .invalidDraft(let i, let reason): return "Inget sparades: post \(i + 1) i sparningen är ogiltig (\(reason))."
        case .io(let s): return "Journalen kunde inte läsas eller låsas: \(system(s))."
        case .writeFailed(let s): return "Inget sparades: skrivningen misslyckades (\(system(s))). Journalen är nu skrivskyddad."
        case .syncFailed(let s):
            return "Inget sparades: disken bekräftade inte skrivningen (\(system(s))). Journalen är nu skrivskyddad; försöket upprepades inte."
        }
    }

    static func system(_ e: SystemError) -> String {
        let what: String
        switch e.errno {
        case ENOSPC, EDQUOT: what = "disken är full"
        case EIO: what = "in- eller utmatningsfel på disken"
        case EROFS: what = "filsystemet är skrivskyddat"
        case EACCES, EPERM: what = "behörighet saknas"
        case ENOENT: what = "filen eller mappen finns inte"
        case ENOTDIR: what = "en del av sökvägen är ingen mapp"
        default: what = String(cString: strerror(e.errno))
        }
        return e.path.map { "\(what): \($0)" } ?? what
    }

    static func verification(_ r: VerificationReport, path: String) -> String {
        var lines: [String] = []
        if let d = r.damage {
            lines.append(damage(d))
        } else if let t = r.tornTail {
            lines.append(tornTail(t))
        } else {
            lines.append("Journalen är hel.")
        }
        lines.append("  Fil:      \(path) (\(NumberText.bytes(r.bytes, .sv)))")
        if let id = r.journalID { lines.append("  Journal:  \(id)") }
        lines.append("  Poster:   \(n(max(r.lastSequence, 0))) kontrollerade i obruten kedja")
        switch r.head {
        case .matches: lines.append("  Kontrollpunkt: stämmer med sista posten")
        case .behind(let s): lines.append("  Kontrollpunkt: post \(n(s)) (skrivs i efterhand)")
        case .ahead(let s): lines.append("  Kontrollpunkt: post \(n(s)), bortom journalens slut")
        case .missing: lines.append("  Kontrollpunkt: saknas – att hela poster fattas i slutet kan inte upptäckas")
        }
        return lines.joined(separator: "\n")
    }

    static func progress(percent: Int) -> String { "Kontrollerar journalen … \(percent) %" }
}
