import LotsenCalendar
import LotsenCore

enum CLISwedish: CLIWords {
    static let rootAbstract = "Lotsen – deltagare, planer och möten i det kommunala samarbetet med Arbetsförmedlingen."
    static let rootDiscussion = """
        Allt som registreras sparas i en journal som bara växer. Journalen väljs med --journal, \
        miljövariabeln LOTSEN_JOURNAL eller, annars, $XDG_DATA_HOME/lotsen/journal.jsonl.
        Slutkoder: 0 klart, 1 kontrollen hittade fel, 2 felaktigt kommando eller indata \
        (inget sparades), 3 journalen kunde inte läsas eller skrivas (inget sparades).
        """
    static let journalOptionHelp = "Journalfilen att använda."
    static let pathValueName = "sökväg"
    static let langOptionHelp = "Språk: sv (svenska) eller en (engelska). Standard: svenska, eller engelska om LANG säger det."
    static let jsonFlagHelp = "Skriv resultatet som JSON."
    static let verifyAbstract = "Kontrollera hela journalens kedja och kontrollpunkt."
    static let verifyDiscussion = """
        Läser varje post och kontrollerar ordningen, kontrollsummorna och kontrollpunkten (.head). \
        Ändrar ingenting. Slutkod 0 när journalen är hel, 1 med numret på första skadade posten.
        """
    static let crashed = "\nLotsen avbröts av ett internt fel. Det som redan sagts sparat finns kvar i journalen. Ingen kraschlogg eller minnesdump skrivs, eftersom den kunde innehålla personuppgifter.\n"
    static let noJournalLocation = "Ingen journal angiven och varken XDG_DATA_HOME eller HOME är satt. Använd --journal SÖKVÄG."
    static let parserPhrases: [(String, String)] = [
        ("See 'lotsen help <subcommand>' for detailed help.", "Se 'lotsen help <underkommando>' för utförlig hjälp."),
        ("' for more information.", "' för mer information."),
        ("See '", "Se '"),
        ("<subcommand>", "<underkommando>"),
        ("(values:", "(värden:"),
        ("Missing expected argument", "Argument saknas"),
        ("Please provide one of", "Ange ett av"),
        ("' and '", "' eller '"),
        ("Did you mean", "Menade du"),
        ("Unknown option", "Okänd flagga"),
        ("Unexpected argument", "Oväntat argument"),
        ("Missing value for", "Värde saknas för"),
        ("The value", "Värdet"),
        ("is invalid for", "är ogiltigt för"),
        ("Show help information.", "Visa hjälp."),
        ("Show the version.", "Visa versionen."),
        ("SUBCOMMANDS:", "UNDERKOMMANDON:"),
        ("ARGUMENTS:", "ARGUMENT:"),
        ("OVERVIEW:", "ÖVERSIKT:"),
        ("OPTIONS:", "FLAGGOR:"),
        ("USAGE:", "ANVÄNDNING:"),
        ("Usage:", "Användning:"),
        ("Help:", "Hjälp:"),
        ("Error:", "Fel:"),
        ("(default:", "(standard:"),
    ]
    static let asOptionHelp = "Vem som skriver: handläggarens initialer (annars LOTSEN_AS eller `lotsen caseworker me`)."
    static let initialsValueName = "initialer"

    static func help(_ key: HelpKey) -> String {
        switch key {
        case .uiAbstract: return "Öppna Lotsen i terminalen (standard när inget kommando anges)."
        case .initAbstract: return "Skapa en ny, tom journal."
        case .caseworkerAbstract: return "Handläggare: lägg till, lista, ange vem du är."
        case .caseworkerAddAbstract: return "Lägg till en handläggare."
        case .caseworkerListAbstract: return "Lista handläggarna."
        case .caseworkerMeAbstract: return "Spara vem du är (dina initialer) för den här användaren."
        case .initialsOption: return "Initialer, unika i journalen (t.ex. AB)."
        case .nameOption: return "Fullständigt namn."
        case .orgOption: return "Organisation: AF, AME, IFO, Vux, SYV, KAA eller namnet på en annan."
        case .meArgument: return "Dina initialer."
        case .addAbstract: return "Skriv in en deltagare."
        case .editAbstract: return "Ändra uppgifter om en deltagare (bara de som anges)."
        case .pnrOption: return "Personnummer eller samordningsnummer."
        case .firstOption: return "Förnamn."
        case .lastOption: return "Efternamn."
        case .genderOption: return "Kön: kvinna, man, annat, okänt (standard: enligt personnumret)."
        case .phoneOption: return "Telefonnummer (kan anges flera gånger)."
        case .emailOption: return "E-postadress."
        case .registeredOption: return "Inskrivningsdatum, ÅÅÅÅ-MM-DD (standard: i dag)."
        case .viaOption: return "Hur personen kom: uppsökande, självanmälan, af, ifo, skola, annan:TEXT."
        case .bornAbroadOption: return "Utrikesfödd: ja/nej."
        case .disabilityOption: return "Funktionsnedsättning: ja/nej."
        case .afCategoryOption: return "AF-kategori: 11, 69, 14 eller annan."
        case .gradesOption: return "Fullständiga gymnasiebetyg: ja/nej."
        case .incomeSupportOption: return "Försörjningsstöd: ja/nej."
        case .backgroundOption: return "Bakgrund, fritext."
        case .whoArgument: return "Deltagaren: id, personnummer eller en sökning som bara passar en."
        case .findAbstract: return "Sök deltagare på namn, personnummer eller telefon."
        case .findTextArgument: return "Del av namn, personnummer eller telefonnummer."
        case .findAllFlag: return "Ta med avslutade deltagare."
        case .findLimitOption: return "Visa högst så här många träffar."
        case .showAbstract: return "Visa en deltagares kort."
        case .noteAbstract: return "Skriv en anteckning (samtal, möte, annat)."
        case .noteTextArgument: return "Texten; - läser från standard in."
        case .noteKindOption: return "Typ: samtal, möte eller annat (standard: samtal)."
        case .noteCorrectsOption: return "Numret på anteckningen som rättas."
        case .consentAbstract: return "Registrera eller återkalla samtycke."
        case .consentOrgsOption: return "Organisationerna samtycket gäller, t.ex. AF,AME,IFO."
        case .consentWithdrawFlag: return "Återkalla gällande samtycke."
        case .dateOption: return "Datum, ÅÅÅÅ-MM-DD (standard: i dag)."
        case .responsibleAbstract: return "Ange ansvarig handläggare i en organisation."
        case .responsibleCaseworkerOption: return "Handläggarens initialer."
        case .exitAbstract: return "Avsluta en deltagare."
        case .exitReasonOption: return "Orsak: arbete, studier, annan-insats, flyttat, sjukdom, föräldraledighet, okänd, annan."
        case .exitOccupationOption: return "Yrke, vid avslut till arbete."
        case .reregisterAbstract: return "Skriv in en avslutad deltagare igen (en ny period)."
        case .extractAbstract: return "Registerutdrag: allt som registrerats om en person, med vem och när."
        case .importAbstract: return "Importera från fil."
        case .importParticipantsAbstract: return "Importera deltagare från en CSV-fil (UTF-8 eller Windows-1252, ; eller ,)."
        case .importFileArgument: return "CSV-filen."
        case .dryRunFlag: return "Kontrollera bara; skriv ingenting."
        case .skipInvalidFlag: return "Skriv in de giltiga raderna och lista de ogiltiga."
        case .exportAbstract: return "Exportera till fil."
        case .exportParticipantsAbstract: return "Exportera deltagarna (CSV som öppnas rätt i svenska Excel, eller JSON)."
        case .formatOption: return "Format."
        case .outputOption: return "Fil att skriva till (standard: standard ut)."
        case .forceOption: return "Ersätt filen i --output om den redan finns."
        case .demoAbstract: return "Skapa en demojournal med påhittade deltagare."
        case .demoSizeOption: return "Storlek: small (cirka 120 deltagare), typical (1 000), large (10 000)."
        case .demoIfMissingFlag: return "Gör ingenting om journalen redan finns."
        case .demoSeedOption: return "Startvärde för slumpen (samma värde ger samma journal)."
        case .repairAbstract: return "Laga en skadad journal: en ny, kontrollerad journal skrivs bredvid den gamla."
        case .repairDiscussion: return "Varje post som inte går att läsa ersätts av originalet från en säkerhetskopia (--from-backup), om kopians kedja går i god för just de byten, och annars av en post som säger vad som gick förlorat. Posterna efter behåller allt utom länken till posten före, som görs om. Den nya journalen kontrolleras innan den visas. Den byts in först när du säger till (--apply, eller ja på frågan), och den skadade filen sparas bredvid."
        case .repairBackupOption: return "En säkerhetskopia av samma journal att hämta de skadade posterna ur."
        case .repairApplyFlag: return "Byt in den lagade journalen utan att fråga."
        case .verifyDeepFlag: return "Jämför också ögonblicksbilden med journalen uppspelad till samma post."
        }
    }

    static func rows(_ n: Int) -> String { n == 1 ? "1 rad" : "\(n) rader" }

    static func say(_ m: CLIMessage) -> String {
        switch m {
        case .journalCreated(let path): return "Ny journal skapad: \(path)"
        case .caseworkerAdded(let i, let n, let o): return "Handläggare tillagd: \(i) \(n), \(o)"
        case .authorSaved(let i, let path): return "Du skriver nu som \(i) (sparat i \(path))."
        case .registered(let l): return "Inskriven: \(l)"
        case .updated(let l): return "Ändrad: \(l)"
        case .noteSaved(let l, let n): return "Anteckning \(n) sparad för \(l)."
        case .consentGiven(let l, let o): return "Samtycke registrerat för \(l): \(o)"
        case .consentWithdrawn(let l): return "Samtycket återkallat för \(l)."
        case .responsibleSet(let l, let o, let c): return "\(c) är ansvarig i \(o) för \(l)."
        case .exited(let l, let r): return "Avslutad: \(l), orsak \(r)."
        case .reregistered(let l, let d): return "Inskriven igen \(d.iso): \(l)"
        case .noMatches(let q): return "Inga träffar för ”\(Quoted.text(q))”."
        case .matches(let c, let s): return c > s ? "\(c) träffar, visar \(s)." : "\(c) träffar."
        case .noCaseworkers: return "Inga handläggare ännu. Lägg till med `lotsen caseworker add`."
        case .demoCreated(let p, let n, let r): return "Demojournal skapad: \(p) (\(NumberText.integer(n, .sv)) deltagare, \(NumberText.integer(r, .sv)) poster)."
        case .demoKept(let p): return "Demojournalen finns redan: \(p)"
        case .importChecked(let n): return "\(rows(n)) kontrollerade; alla giltiga. Inget skrevs (--dry-run)."
        case .importDryRunFound(let v, let e): return "\(rows(v)) giltiga, \(e) fel. Inget skrevs (--dry-run)."
        case .importWritten(let n): return n == 1 ? "1 deltagare inskriven." : "\(n) deltagare inskrivna."
        case .importSkipped(let n): return "\(rows(n)) hoppades över."
        case .importRefused(let n): return "\(n) fel. Inget skrevs. Rätta filen, eller använd --skip-invalid för att skriva in de giltiga raderna."
        case .exported(let n, let p): return "\(n) deltagare exporterade till \(p)."
        case .terminalRefused(let problem):
            let reason: String
            switch problem {
            case .noTerminal(let t): reason = "TERM är \(t.map { "”\($0)”" } ?? "inte satt"); en riktig terminal behövs (t.ex. TERM=xterm-256color)"
            case .unknownTerminal(let t): reason = "terminaltypen ”\(t)” är okänd"
            case .noCursorAddressing(let t): reason = "terminalen ”\(t)” kan inte flytta markören"
            case .notATTY: reason = "standard in och ut är ingen terminal; använd kommandona (lotsen find, show …) i skript"
            }
            return "Lotsen kan inte visas: \(reason)."
        case .importFile(let path, let problem):
            switch problem {
            case .empty: return "\(Quoted.text(path)): filen är tom eller saknar rubrikrad."
            case .missingColumns(let c): return "\(Quoted.text(path)): kolumner saknas: \(c.joined(separator: ", "))."
            case .unknownColumn(let c): return "\(Quoted.text(path)): okänd kolumn ”\(Quoted.text(c))”."
            case .duplicateColumn(let c): return "\(Quoted.text(path)): kolumnen ”\(Quoted.text(c))” finns två gånger."
            case .malformed: return "\(Quoted.text(path)): filen går inte att läsa som CSV (kontrollera citattecknen)."
            case .unterminatedQuote(let line):
                return "\(Quoted.text(path)): citattecknet på rad \(line) avslutas aldrig; resten av filen skulle bli en enda cell. Kontrollera raden."
            case .cellsBeyondHeadings(let row, let cells, let headings):
                return "\(Quoted.text(path)): rad \(row) har \(cells) ifyllda celler men rubrikraden bara \(headings); troligen har en cell ett avgränsningstecken utan citattecken."
            }
        case .importRow(let path, let row, let column): return "\(Quoted.text(path)): rad \(row)" + (column.map { ", kolumn ”\(Quoted.text($0))”" } ?? "")
        case .fileRow(let row): return "rad \(row) i filen"
        case .fileUnreadable(let p): return "Filen går inte att läsa: \(Quoted.text(p))"
        case .cannotWrite(let p, let r): return "Kan inte skriva \(Quoted.text(p)): \(r)"
        case .outputExists(let p): return "\(p) finns redan. Inget skrevs. Välj ett annat namn, eller ersätt filen med --force."
        case .outputIsJournal(let p): return "\(p) är journalen eller en av dess egna filer och skrivs aldrig över. Inget skrevs. Välj ett annat namn."
        case .badPinnedDay(let t): return "LOTSEN_TODAY är ”\(Quoted.text(t))”, inte ett datum ÅÅÅÅ-MM-DD. Inget gjordes."
        }
    }
}
