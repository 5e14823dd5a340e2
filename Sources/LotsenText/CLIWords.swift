import LotsenCore
import LotsenCalendar
/// The command line's own words: help texts and the messages that are not about the
/// journal or the domain. Swedish and English side by side.
public struct CLIWords: Spoken {
    public let language: Language

    public var rootAbstract: String { say("Lotsen – deltagare, planer och möten i det kommunala samarbetet med Arbetsförmedlingen.",
                                          "Lotsen – participants, plans and meetings in the municipality's joint programme with Arbetsförmedlingen.") }
    public var rootDiscussion: String { say("""
        Allt som registreras sparas i en journal som bara växer. Journalen väljs med --journal, \
        miljövariabeln LOTSEN_JOURNAL eller, annars, $XDG_DATA_HOME/lotsen/journal.jsonl.
        Slutkoder: 0 klart, 1 kontrollen hittade fel, 2 felaktigt kommando eller indata \
        (inget sparades), 3 journalen kunde inte läsas eller skrivas (inget sparades).
        """, """
        Everything recorded is kept in a journal that only grows. The journal is chosen with --journal, \
        the LOTSEN_JOURNAL environment variable or, otherwise, $XDG_DATA_HOME/lotsen/journal.jsonl.
        Exit codes: 0 done, 1 the check found a problem, 2 wrong command or input (nothing was saved), \
        3 the journal could not be read or written (nothing was saved).
        """) }
    public var journalOptionHelp: String { say("Journalfilen att använda.", "The journal file to use.") }
    public var pathValueName: String { say("sökväg", "path") }
    public var langOptionHelp: String { say("Språk: sv (svenska) eller en (engelska). Standard: svenska, eller engelska om LANG säger det.",
                                            "Language: sv (Swedish) or en (English). Default: Swedish, or English if LANG says so.") }
    public var jsonFlagHelp: String { say("Skriv resultatet som JSON.", "Write the result as JSON.") }
    public var verifyAbstract: String { say("Kontrollera hela journalens kedja och kontrollpunkt.",
                                            "Check the whole journal's chain and checkpoint.") }
    public var verifyDiscussion: String { say("""
        Läser varje post och kontrollerar ordningen, kontrollsummorna och kontrollpunkten (.head). \
        Ändrar ingenting. Slutkod 0 när journalen är hel, 1 med numret på första skadade posten.
        """, """
        Reads every record and checks their order, their hashes and the checkpoint (.head). \
        Changes nothing. Exit code 0 when the journal is sound, 1 with the number of the first damaged record.
        """) }
    public var crashed: String { say("\nLotsen avbröts av ett internt fel. Det som redan sagts sparat finns kvar i journalen. Ingen kraschlogg eller minnesdump skrivs, eftersom den kunde innehålla personuppgifter.\n",
                                     "\nLotsen stopped on an internal error. What was already reported saved is in the journal. No crash log or memory dump is written, since it could hold personal data.\n") }
    public var noJournalLocation: String { say("Ingen journal angiven och varken XDG_DATA_HOME eller HOME är satt. Använd --journal SÖKVÄG.",
                                               "No journal given and neither XDG_DATA_HOME nor HOME is set. Use --journal PATH.") }
    /// The parser's error messages are its own English; these phrases of them are said in
    /// Swedish. Help is not among them: `HelpPage` draws it from our own words. A test
    /// requires every phrase to occur in the parser's output, so that a new version of
    /// the library that words them differently fails the build instead of leaving English.
    public var parserErrorPhrases: [(String, String)] { say([
        ("' for more information.", "' för mer information."),
        ("See '", "Se '"),
        ("<subcommand>", "<underkommando>"),
        ("Missing expected argument", "Argument saknas"),
        ("Please provide one of", "Ange ett av"),
        ("Did you mean", "Menade du"),
        ("Unknown option", "Okänd flagga"),
        ("Unexpected argument", "Oväntat argument"),
        ("Missing value for", "Värde saknas för"),
        ("The value", "Värdet"),
        ("is invalid for", "är ogiltigt för"),
        ("Usage:", "Användning:"),
        ("Help:", "Hjälp:"),
        ("Error:", "Fel:"),
    ], []) }

    /// The headings and small words of a help page.
    public enum HelpHeading: Sendable, CaseIterable {
        case overview, usage, arguments, options, subcommands, subcommandValue, values, defaultValue, helpFlag, versionFlag
    }

    public func helpHeading(_ h: HelpHeading) -> String {
        switch h {
        case .overview: return say("ÖVERSIKT", "OVERVIEW")
        case .usage: return say("ANVÄNDNING", "USAGE")
        case .arguments: return say("ARGUMENT", "ARGUMENTS")
        case .options: return say("FLAGGOR", "OPTIONS")
        case .subcommands: return say("UNDERKOMMANDON", "SUBCOMMANDS")
        case .subcommandValue: return say("underkommando", "subcommand")
        case .values: return say("värden", "values")
        case .defaultValue: return say("standard", "default")
        case .helpFlag: return say("Visa hjälp.", "Show help information.")
        case .versionFlag: return say("Visa versionen.", "Show the version.")
        }
    }

    public enum ManualHeading: Sendable { case name, synopsis, description, seeAlso }
    public func manualHeading(_ h: ManualHeading) -> String {
        switch h {
        case .name: return say("NAMN", "NAME")
        case .synopsis: return say("SYNOPSIS", "SYNOPSIS")
        case .description: return say("BESKRIVNING", "DESCRIPTION")
        case .seeAlso: return say("SE ÄVEN", "SEE ALSO")
        }
    }
    public var manualAbstract: String { say("Skriv man-sidorna (en per kommando) i en katalog.", "Write the man pages (one per command) into a directory.") }

    /// "See 'lotsen help <subcommand>' for detailed help."
    public func seeHelp(_ command: String) -> String {
        say("Se '\(command)' för utförlig hjälp.", "See '\(command)' for detailed help.")
    }
    public var asOptionHelp: String { say("Vem som skriver: handläggarens initialer (annars LOTSEN_AS eller `lotsen caseworker me`).",
                                          "Who is writing: the caseworker's initials (otherwise LOTSEN_AS or `lotsen caseworker me`).") }
    public var initialsValueName: String { say("initialer", "initials") }

    /// Help for one subcommand, option or argument.
    public func help(_ key: HelpKey) -> String {
        switch key {
        case .uiAbstract: return say("Öppna Lotsen i terminalen (standard när inget kommando anges).",
                                     "Open Lotsen in the terminal (the default when no command is given).")
        case .initAbstract: return say("Skapa en ny, tom journal.", "Create a new, empty journal.")
        case .protectAbstract: return say("Markera skyddade personuppgifter: namn, personnummer och kontaktuppgifter visas bara för de ansvariga.",
                                          "Mark protected personal data: name, personal number and contact details are shown only to those responsible.")
        case .protectOffFlag: return say("Ta bort markeringen.", "Remove the mark.")
        case .caseworkerRoleOption: return say("Rollen: handläggare, samordnare, statistik eller administratör.",
                                               "The role: caseworker, coordinator, statistics or administrator.")
        case .caseworkerRoleAbstract: return say("Ge en handläggare en roll (samordnaren eller administratören gör det).",
                                                 "Give a caseworker a role (the coordinator or administrator does).")
        case .idleMinutesOption: return say("Minuter utan tangent innan skärmen döljs (0: aldrig).",
                                            "Minutes without a key before the screen is hidden (0: never).")
        case .logAbstract: return say("Vem har tittat på vem: åtkomstloggen.", "Who looked at whom: the access log.")
        case .logParticipantOption: return say("Bara tittningar på den här personen (loggutdrag).", "Only looks at this person (their access log extract).")
        case .logCaseworkerOption: return say("Bara den här handläggarens tittningar.", "Only this caseworker's looks.")
        case .logOutsideFlag: return say("Bara tittningar utanför egna ärenden (utan ansvar eller mötespunkt), per handläggare.",
                                         "Only looks outside one's own caseload (without responsibility or a meeting item), per caseworker.")
        case .setupAbstract: return say("Upprätta ett delat skrivbord (körs en gång av root).", "Set up a shared desk (run once, by root).")
        case .setupDiscussion:
            return say("Skapar systemanvändaren lotsen, /var/lib/lotsen/NAMN (bara lotsen kommer åt den), journalen, /etc/lotsen/NAMN.conf och de första handläggarna med sina inloggningar. Med --install läggs lotsen dit som set-user-ID lotsen: handläggarna kör den, och Lotsen vet vem som skriver av inloggningen.",
                       "Makes the lotsen system user, /var/lib/lotsen/NAME (only lotsen reaches it), the journal, /etc/lotsen/NAME.conf and the first caseworkers with their logins. With --install, lotsen is put there set-user-ID lotsen: caseworkers run it, and Lotsen knows who is writing from the login.")
        case .setupNameArgument: return say("Journalens namn: bokstäver, siffror, - och _.", "The journal's name: letters, digits, - and _.")
        case .setupCaseworkerOption: return say("En handläggare: initialer, namn, organisation och inloggning (kan upprepas).",
                                                "A caseworker: initials, name, organisation and login (repeatable).")
        case .setupInstallOption: return say("Var lotsen installeras för handläggarna, t.ex. /usr/local/bin/lotsen.",
                                             "Where lotsen is installed for the caseworkers, e.g. /usr/local/bin/lotsen.")
        case .caseworkerAbstract: return say("Handläggare: lägg till, lista, ange vem du är.",
                                             "Caseworkers: add, list, say who you are.")
        case .caseworkerAddAbstract: return say("Lägg till en handläggare.", "Add a caseworker.")
        case .caseworkerListAbstract: return say("Lista handläggarna.", "List the caseworkers.")
        case .caseworkerMeAbstract: return say("Spara vem du är (dina initialer) för den här användaren.",
                                               "Save who you are (your initials) for this user.")
        case .initialsOption: return say("Initialer, unika i journalen (t.ex. AB).",
                                         "Initials, unique in the journal (e.g. AB).")
        case .nameOption: return say("Fullständigt namn.", "Full name.")
        case .orgOption: return say("Organisation: AF, AME, IFO, Vux, SYV, KAA eller namnet på en annan.",
                                    "Organisation: AF, AME, IFO, Vux, SYV, KAA or the name of another.")
        case .meArgument: return say("Dina initialer.", "Your initials.")
        case .addAbstract: return say("Skriv in en deltagare.", "Register a participant.")
        case .editAbstract: return say("Ändra uppgifter om en deltagare (bara de som anges).",
                                       "Change a participant's details (only those given).")
        case .pnrOption: return say("Personnummer eller samordningsnummer.",
                                    "Personal identity number (personnummer) or co-ordination number.")
        case .firstOption: return say("Förnamn.", "First name.")
        case .lastOption: return say("Efternamn.", "Last name.")
        case .genderOption: return say("Kön: kvinna, man, annat, okänt (standard: enligt personnumret).",
                                       "Gender: woman, man, other, unknown (default: from the number).")
        case .phoneOption: return say("Telefonnummer (kan anges flera gånger).",
                                      "Phone number (may be given several times).")
        case .emailOption: return say("E-postadress.", "E-mail address.")
        case .registeredOption: return say("Inskrivningsdatum, ÅÅÅÅ-MM-DD (standard: i dag).",
                                           "Registration date, YYYY-MM-DD (default: today).")
        case .addConsentOption: return say("Samtycke redan vid inskrivningen: organisationerna det gäller, med komma emellan (AF,IFO).",
                                           "Consent given at registration: the organisations it names, separated by commas (AF,IFO).")
        case .viaOption: return say("Hur personen kom: uppsökande, självanmälan, af, ifo, skola, annan:TEXT.",
                                    "How the person came: outreach, self, af, ifo, school, other:TEXT.")
        case .bornAbroadOption: return say("Utrikesfödd: ja/nej.", "Born abroad: yes/no.")
        case .disabilityOption: return say("Funktionsnedsättning: ja/nej.", "Disability: yes/no.")
        case .afCategoryOption: return say("AF:s sökandekategori, två siffror: 11 öppet arbetslös, 14 ej till förfogande, 69 UGA …",
                                           "AF's category (sökandekategori), two digits: 11 openly unemployed, 14 not available, 69 UGA …")
        case .gradesOption: return say("Fullständiga gymnasiebetyg: ja/nej.",
                                       "Complete upper-secondary grades: yes/no.")
        case .incomeSupportOption: return say("Försörjningsstöd: ja/nej.", "Income support: yes/no.")
        case .backgroundOption: return say("Bakgrund, fritext.", "Background, free text.")
        case .whoArgument: return say("Deltagaren: id, personnummer eller en sökning som bara passar en.",
                                      "The participant: id, personal identity number, or a search that fits only one.")
        case .findAbstract: return say("Sök deltagare på namn, personnummer eller telefon.",
                                       "Find participants by name, personal identity number or phone.")
        case .findTextArgument: return say("Del av namn, personnummer eller telefonnummer.",
                                           "Part of a name, personal identity number or phone number.")
        case .findAllFlag: return say("Ta med avslutade deltagare.", "Include participants who exited.")
        case .findLimitOption: return say("Visa högst så här många träffar.", "Show at most this many matches.")
        case .showAbstract: return say("Visa en deltagares kort.", "Show a participant's card.")
        case .noteAbstract: return say("Skriv en anteckning (samtal, möte, annat).",
                                       "Write a note (call, meeting, other).")
        case .noteTextArgument: return say("Texten; - läser från standard in.", "The text; - reads standard input.")
        case .noteKindOption: return say("Typ: samtal, möte eller annat (standard: samtal).",
                                         "Kind: call, meeting or other (default: call).")
        case .noteCorrectsOption: return say("Numret på anteckningen som rättas.",
                                             "The number of the note this corrects.")
        case .consentAbstract: return say("Registrera eller återkalla samtycke.", "Record or withdraw consent.")
        case .consentOrgsOption: return say("Organisationerna samtycket gäller, t.ex. AF,AME,IFO.",
                                            "The organisations the consent covers, e.g. AF,AME,IFO.")
        case .consentWithdrawFlag: return say("Återkalla gällande samtycke.", "Withdraw the consent in force.")
        case .dateOption: return say("Datum, ÅÅÅÅ-MM-DD (standard: i dag).", "Date, YYYY-MM-DD (default: today).")
        case .responsibleAbstract: return say("Ange ansvarig handläggare i en organisation.",
                                              "Set the responsible caseworker in an organisation.")
        case .responsibleCaseworkerOption: return say("Handläggarens initialer.", "The caseworker's initials.")
        case .exitAbstract: return say("Avsluta en deltagare.", "Record a participant's exit.")
        case .exitReasonOption: return say("Orsak: arbete, studier, annan-insats, flyttat, sjukdom, föräldraledighet, okänd, annan.",
                                           "Reason: work, studies, other-measure, moved, sick, parental-leave, unknown, other.")
        case .exitOccupationOption: return say("Yrke, vid avslut till arbete.", "Occupation, for an exit to work.")
        case .reregisterAbstract: return say("Skriv in en avslutad deltagare igen (en ny period).",
                                             "Register an exited participant again (a new period).")
        case .extractAbstract: return say("Registerutdrag: allt som registrerats om en person, med vem och när.",
                                          "Register extract: everything recorded about one person, with who and when.")
        case .importAbstract: return say("Importera från fil.", "Import from a file.")
        case .importParticipantsAbstract: return say("Importera deltagare från en CSV-fil (UTF-8 eller Windows-1252, ; eller ,).",
                                                     "Import participants from a CSV file (UTF-8 or Windows-1252, ; or ,).")
        case .importFileArgument: return say("CSV-filen.", "The CSV file.")
        case .dryRunFlag: return say("Kontrollera bara; skriv ingenting.", "Only check; write nothing.")
        case .skipInvalidFlag: return say("Skriv in de giltiga raderna och lista de ogiltiga.",
                                          "Register the valid rows and list the invalid ones.")
        case .exportAbstract: return say("Exportera till fil.", "Export to a file.")
        case .exportParticipantsAbstract: return say("Exportera deltagarna (CSV som öppnas rätt i svenska Excel, eller JSON).",
                                                     "Export the participants (CSV that opens right in Swedish Excel, or JSON).")
        case .formatOption: return "Format."
        case .outputOption: return say("Fil att skriva till (standard: standard ut).",
                                       "File to write (default: standard output).")
        case .forceOption: return say("Ersätt filen i --output om den redan finns.",
                                      "Replace the --output file if it exists.")
        case .demoAbstract: return say("Skapa en demojournal med påhittade deltagare.",
                                       "Create a demo journal of made-up participants.")
        case .demoSizeOption: return say("Storlek: small (cirka 120 deltagare), typical (1 000), large (10 000).",
                                         "Size: small (about 120 participants), typical (1,000), large (10,000).")
        case .demoIfMissingFlag: return say("Gör ingenting om journalen redan finns.",
                                            "Do nothing if the journal already exists.")
        case .demoSeedOption: return say("Startvärde för slumpen (samma värde ger samma journal).",
                                         "Random seed (the same seed gives the same journal).")
        case .repairAbstract: return say("Laga en skadad journal: en ny, kontrollerad journal skrivs bredvid den gamla.",
                                         "Mend a damaged journal: a new, verified journal is written beside the old one.")
        case .repairDiscussion: return say("Varje post som inte går att läsa ersätts av originalet från en säkerhetskopia (--from-backup), om kopians kedja går i god för just de byten, och annars av en post som säger vad som gick förlorat. Posterna efter behåller allt utom länken till posten före, som görs om. Den nya journalen kontrolleras innan den visas. Den byts in först när du säger till (--apply, eller ja på frågan), och den skadade filen sparas bredvid.",
                                           "Each record that cannot be read is replaced by the original from a backup copy (--from-backup) when the copy’s chain vouches for those very bytes, and otherwise by a record that says what was lost. The records after it keep everything but their link to the record before, which is made again. The new journal is verified before it is shown. It is put in place only when you say so (--apply, or yes to the question), and the damaged file is kept beside it.")
        case .repairBackupOption: return say("En säkerhetskopia av samma journal att hämta de skadade posterna ur.",
                                             "A backup copy of the same journal to take the damaged records from.")
        case .repairApplyFlag: return say("Byt in den lagade journalen utan att fråga.",
                                          "Put the mended journal in place without asking.")
        case .verifyDeepFlag: return say("Jämför också ögonblicksbilden med journalen uppspelad till samma post.",
                                         "Also compare the snapshot with the journal replayed to the same record.")
        case .undoAbstract: return say("Ångra din senaste post (en anteckning, en flytt, en uppgift markerad klar …).",
                                       "Undo your latest entry (a note, a move, a task marked done …).")
        case .undoDiscussion:
            return say("Ångrandet är en ny post som pekar ut den ångrade; inget tas bort och historiken visar båda. Bara den som skrev en post kan ångra den.",
                       "The undo is a new entry naming the one undone; nothing is removed and the history shows both. Only the one who wrote an entry can undo it.")
        case .undoEntryOption: return say("Numret på en av dina senaste poster (se --list).", "The number of one of your latest entries (see --list).")
        case .findViewOption: return say("En av dina sparade vyer (urval och sökning, sparade i Lotsen med Ctrl-S); TEXT ersätter vyns sökning.",
                                         "One of your saved views (filter and search, saved in Lotsen with Ctrl-S); TEXT replaces the view's search.")
        case .caseworkerContactAbstract: return say("Ändra en handläggares telefon och e-post (står på planen deltagaren får med sig).",
                                                    "Change a caseworker's phone and e-mail (on the plan the participant takes home).")
        case .caseworkerPhoneOption: return say("Telefon; tomt tar bort den.", "Phone; empty removes it.")
        case .caseworkerEmailOption: return say("E-post; tomt tar bort den.", "E-mail; empty removes it.")
        case .caseworkerLoginOption: return say("Inloggningen (Unix-användaren) på ett delat skrivbord: där vet Lotsen vem som skriver av den.",
                                                "The login (Unix user) on a shared desk: there Lotsen knows who is writing from it.")
        case .caseworkerViewsAbstract: return say("Lista, spara eller ta bort dina sparade vyer av listan.", "List, save or remove your saved views of the list.")
        case .viewSaveOption: return say("Spara en vy med det här namnet (samma namn ersätter).", "Save a view under this name (the same name replaces it).")
        case .viewFilterOption:
            return say("Vyns urval: \(CaseloadFilter.allCases.map(\.rawValue).joined(separator: ", ")).",
                       "The view's filter: \(CaseloadFilter.allCases.map(\.rawValue).joined(separator: ", ")).")
        case .viewSearchOption: return say("Vyns sökning.", "The view's search.")
        case .viewExitedFlag: return say("Vyn visar även avslutade.", "The view shows those who exited too.")
        case .viewRemoveOption: return say("Ta bort vyn med det här namnet.", "Remove the view of this name.")
        case .undoListFlag: return say("Visa dina senaste poster och vilka som kan ångras, utan att ändra något.",
                                       "List your latest entries and which can be undone, changing nothing.")
        }
    }

    public func rows(_ n: Int) -> String { n == 1 ? say("1 rad", "1 row") : say("\(n) rader", "\(n) rows") }
    /// "12 deltagare, 3 med något försenat".
    public func caseload(participants n: Int, overdue o: Int) -> String {
        say("\(n) deltagare, \(o) med något försenat", "\(n) \(n == 1 ? "participant" : "participants"), \(o) with something overdue")
    }

    public func errors(_ n: Int) -> String { n == 1 ? say("1 fel", "1 error") : say("\(n) fel", "\(n) errors") }

    /// What a command reports.
    public func say(_ m: CLIMessage) -> String {
        switch m {
        case .journalCreated(let path): return say("Ny journal skapad: \(path)", "New journal created: \(path)")
        case .caseworkerAdded(let i, let n, let o): return say("Handläggare tillagd: \(i) \(n), \(o)",
                                                               "Caseworker added: \(i) \(n), \(o)")
        case .authorSaved(let i, let path): return say("Du skriver nu som \(i) (sparat i \(path)).",
                                                       "You now write as \(i) (saved in \(path)).")
        case .registered(let l): return say("Inskriven: \(l)", "Registered: \(l)")
        case .updated(let l): return say("Ändrad: \(l)", "Changed: \(l)")
        case .noteSaved(let l, let n): return say("Anteckning \(n) sparad för \(l).", "Note \(n) saved for \(l).")
        case .consentGiven(let l, let o): return say("Samtycke registrerat för \(l): \(o)",
                                                     "Consent recorded for \(l): \(o)")
        case .consentWithdrawn(let l): return say("Samtycket återkallat för \(l).", "Consent withdrawn for \(l).")
        case .responsibleSet(let l, let o, let c): return say("\(c) är ansvarig i \(o) för \(l).",
                                                              "\(c) is responsible in \(o) for \(l).")
        case .exited(let l, let r): return say("Avslutad: \(l), orsak \(r).", "Exited: \(l), reason \(r).")
        case .reregistered(let l, let d): return say("Inskriven igen \(d.iso): \(l)", "Registered again \(d.iso): \(l)")
        case .onlyExitedMatch(let q, let n):
            return say("Ingen aktiv träff för ”\(Quoted.text(q))”; \(n == 1 ? "1 avslutad matchar" : "\(n) avslutade matchar") – visa med --all.",
                       "No active match for “\(Quoted.text(q))”; \(n == 1 ? "1 who has left matches" : "\(n) who have left match") – show with --all.")
        case .noMatches(let q): return say("Inga träffar för ”\(Quoted.text(q))”.",
                                           "No matches for “\(Quoted.text(q))”.")
        case .matches(let c, let s): return c > s ? say("\(c) träffar, visar \(s).", "\(c) matches, showing \(s).") : say("\(c) träffar.", "\(c) matches.")
        case .noCaseworkers: return say("Inga handläggare ännu. Lägg till med `lotsen caseworker add`.",
                                        "No caseworkers yet. Add one with `lotsen caseworker add`.")
        case .demoCreated(let p, let n, let r): return say("Demojournal skapad: \(p) (\(NumberText.integer(n, .sv)) deltagare, \(NumberText.integer(r, .sv)) poster).",
                                                           "Demo journal created: \(p) (\(NumberText.integer(n, .en)) participants, \(NumberText.integer(r, .en)) records).")
        case .demoKept(let p): return say("Demojournalen finns redan: \(p)", "The demo journal already exists: \(p)")
        case .importChecked(let n): return say("\(rows(n)) kontrollerade; alla giltiga. Inget skrevs (--dry-run).",
                                               "\(rows(n)) checked; all valid. Nothing was written (--dry-run).")
        case .importDryRunFound(let v, let e): return say("\(rows(v)) giltiga, \(e) fel. Inget skrevs (--dry-run).",
                                                          "\(rows(v)) valid, \(errors(e)). Nothing was written (--dry-run).")
        case .importWritten(let n): return n == 1 ? say("1 deltagare inskriven.", "1 participant registered.") : say("\(n) deltagare inskrivna.", "\(n) participants registered.")
        case .importSkipped(let n): return say("\(rows(n)) hoppades över.", "\(rows(n)) skipped.")
        case .importRefused(let n): return say("\(n) fel. Inget skrevs. Rätta filen, eller använd --skip-invalid för att skriva in de giltiga raderna.",
                                               "\(errors(n)). Nothing was written. Fix the file, or use --skip-invalid to register the valid rows.")
        case .exported(let n, let p): return say("\(n) deltagare exporterade till \(p).",
                                                 (n == 1 ? "1 participant" : "\(n) participants") + " exported to \(p).")
        case .terminalRefused(let problem):
            let reason: String
            switch problem {
            case .noTerminal(let t): reason = say("TERM är \(t.map { "”\($0)”" } ?? "inte satt"); en riktig terminal behövs (t.ex. TERM=xterm-256color)",
                                                  "TERM is \(t.map { "“\($0)”" } ?? "not set"); a real terminal is needed (e.g. TERM=xterm-256color)")
            case .unknownTerminal(let t): reason = say("terminaltypen ”\(t)” är okänd",
                                                       "the terminal type “\(t)” is unknown")
            case .noCursorAddressing(let t): reason = say("terminalen ”\(t)” kan inte flytta markören",
                                                          "the terminal “\(t)” cannot move the cursor")
            case .notATTY: reason = say("standard in och ut är ingen terminal; använd kommandona (lotsen find, show …) i skript",
                                        "standard input and output are not a terminal; use the commands (lotsen find, show …) in scripts")
            }
            return say("Lotsen kan inte visas: \(reason).", "Lotsen cannot be shown: \(reason).")
        case .importFile(let path, let problem):
            switch problem {
            case .empty: return say("\(Quoted.text(path)): filen är tom eller saknar rubrikrad.",
                                    "\(Quoted.text(path)): the file is empty or has no heading row.")
            case .missingColumns(let c): return say("\(Quoted.text(path)): kolumner saknas: \(c.joined(separator: ", ")).",
                                                    "\(Quoted.text(path)): columns are missing: \(c.joined(separator: ", ")).")
            case .unknownColumn(let c): return say("\(Quoted.text(path)): okänd kolumn ”\(Quoted.text(c))”.",
                                                   "\(Quoted.text(path)): unknown column “\(Quoted.text(c))”.")
            case .duplicateColumn(let c): return say("\(Quoted.text(path)): kolumnen ”\(Quoted.text(c))” finns två gånger.",
                                                     "\(Quoted.text(path)): the column “\(Quoted.text(c))” appears twice.")
            case .malformed: return say("\(Quoted.text(path)): filen går inte att läsa som CSV (kontrollera citattecknen).",
                                        "\(Quoted.text(path)): the file cannot be read as CSV (check the quotes).")
            case .unterminatedQuote(let line):
                return say("\(Quoted.text(path)): citattecknet på rad \(line) avslutas aldrig; resten av filen skulle bli en enda cell. Kontrollera raden.",
                           "\(Quoted.text(path)): the quote on line \(line) is never closed; the rest of the file would become one cell. Check that line.")
            case .cellsBeyondHeadings(let row, let cells, let headings):
                return say("\(Quoted.text(path)): rad \(row) har \(cells) ifyllda celler men rubrikraden bara \(headings); troligen har en cell ett avgränsningstecken utan citattecken.",
                           "\(Quoted.text(path)): row \(row) has \(cells) filled cells but the heading row only \(headings); a cell probably holds the delimiter without quotes.")
            }
        case .importRow(let path, let row, let column): return say("\(Quoted.text(path)): rad \(row)", "\(Quoted.text(path)): row \(row)") + (column.map { say(", kolumn ”\(Quoted.text($0))”", ", column “\(Quoted.text($0))”") } ?? "")
        case .fileRow(let row): return say("rad \(row) i filen", "row \(row) of the file")
        case .fileUnreadable(let p): return say("Filen går inte att läsa: \(Quoted.text(p))",
                                                "The file cannot be read: \(Quoted.text(p))")
        case .cannotWrite(let p, let r): return say("Kan inte skriva \(Quoted.text(p)): \(r)",
                                                    "Cannot write \(Quoted.text(p)): \(r)")
        case .outputExists(let p): return say("\(p) finns redan. Inget skrevs. Välj ett annat namn, eller ersätt filen med --force.",
                                              "\(p) already exists. Nothing was written. Choose another name, or replace it with --force.")
        case .outputIsJournal(let p): return say("\(p) är journalen eller en av dess egna filer och skrivs aldrig över. Inget skrevs. Välj ett annat namn.",
                                                 "\(p) is the journal or one of its own files and is never written over. Nothing was written. Choose another name.")
        case .badPinnedDay(let t): return say("LOTSEN_TODAY är ”\(Quoted.text(t))”, inte ett datum ÅÅÅÅ-MM-DD. Inget gjordes.",
                                              "LOTSEN_TODAY is “\(Quoted.text(t))”, not a date YYYY-MM-DD. Nothing was done.")
        }
    }
}

extension Language {
    public var cli: CLIWords { CLIWords(language: self) }
}
