import LotsenCalendar
import LotsenCore

enum CLIEnglish: CLIWords {
    static let rootAbstract = "Lotsen – participants, plans and meetings in the municipality's joint programme with Arbetsförmedlingen."
    static let rootDiscussion = """
        Everything recorded is kept in a journal that only grows. The journal is chosen with --journal, \
        the LOTSEN_JOURNAL environment variable or, otherwise, $XDG_DATA_HOME/lotsen/journal.jsonl.
        Exit codes: 0 done, 1 the check found a problem, 2 wrong command or input (nothing was saved), \
        3 the journal could not be read or written (nothing was saved).
        """
    static let journalOptionHelp = "The journal file to use."
    static let pathValueName = "path"
    static let langOptionHelp = "Language: sv (Swedish) or en (English). Default: Swedish, or English if LANG says so."
    static let jsonFlagHelp = "Write the result as JSON."
    static let verifyAbstract = "Check the whole journal's chain and checkpoint."
    static let verifyDiscussion = """
        Reads every record and checks their order, their hashes and the checkpoint (.head). \
        Changes nothing. Exit code 0 when the journal is sound, 1 with the number of the first damaged record.
        """
    static let crashed = "\nLotsen stopped on an internal error. What was already reported saved is in the journal. No crash log or memory dump is written, since it could hold personal data.\n"
    static let noJournalLocation = "No journal given and neither XDG_DATA_HOME nor HOME is set. Use --journal PATH."
    static let parserPhrases: [(String, String)] = []
    static let asOptionHelp = "Who is writing: the caseworker's initials (otherwise LOTSEN_AS or `lotsen caseworker me`)."
    static let initialsValueName = "initials"

    static func help(_ key: HelpKey) -> String {
        switch key {
        case .uiAbstract: return "Open Lotsen in the terminal (the default when no command is given)."
        case .initAbstract: return "Create a new, empty journal."
        case .caseworkerAbstract: return "Caseworkers: add, list, say who you are."
        case .caseworkerAddAbstract: return "Add a caseworker."
        case .caseworkerListAbstract: return "List the caseworkers."
        case .caseworkerMeAbstract: return "Save who you are (your initials) for this user."
        case .initialsOption: return "Initials, unique in the journal (e.g. AB)."
        case .nameOption: return "Full name."
        case .orgOption: return "Organisation: AF, AME, IFO, Vux, SYV, KAA or the name of another."
        case .meArgument: return "Your initials."
        case .addAbstract: return "Register a participant."
        case .editAbstract: return "Change a participant's details (only those given)."
        case .pnrOption: return "Personal identity number (personnummer) or co-ordination number."
        case .firstOption: return "First name."
        case .lastOption: return "Last name."
        case .genderOption: return "Gender: woman, man, other, unknown (default: from the number)."
        case .phoneOption: return "Phone number (may be given several times)."
        case .emailOption: return "E-mail address."
        case .registeredOption: return "Registration date, YYYY-MM-DD (default: today)."
        case .viaOption: return "How the person came: outreach, self, af, ifo, school, other:TEXT."
        case .bornAbroadOption: return "Born abroad: yes/no."
        case .disabilityOption: return "Disability: yes/no."
        case .afCategoryOption: return "AF category: 11, 69, 14 or other."
        case .gradesOption: return "Complete upper-secondary grades: yes/no."
        case .incomeSupportOption: return "Income support: yes/no."
        case .backgroundOption: return "Background, free text."
        case .whoArgument: return "The participant: id, personal identity number, or a search that fits only one."
        case .findAbstract: return "Find participants by name, personal identity number or phone."
        case .findTextArgument: return "Part of a name, personal identity number or phone number."
        case .findAllFlag: return "Include participants who exited."
        case .findLimitOption: return "Show at most this many matches."
        case .showAbstract: return "Show a participant's card."
        case .noteAbstract: return "Write a note (call, meeting, other)."
        case .noteTextArgument: return "The text; - reads standard input."
        case .noteKindOption: return "Kind: call, meeting or other (default: call)."
        case .noteCorrectsOption: return "The number of the note this corrects."
        case .consentAbstract: return "Record or withdraw consent."
        case .consentOrgsOption: return "The organisations the consent covers, e.g. AF,AME,IFO."
        case .consentWithdrawFlag: return "Withdraw the consent in force."
        case .dateOption: return "Date, YYYY-MM-DD (default: today)."
        case .responsibleAbstract: return "Set the responsible caseworker in an organisation."
        case .responsibleCaseworkerOption: return "The caseworker's initials."
        case .exitAbstract: return "Record a participant's exit."
        case .exitReasonOption: return "Reason: work, studies, other-measure, moved, sick, parental-leave, unknown, other."
        case .exitOccupationOption: return "Occupation, for an exit to work."
        case .reregisterAbstract: return "Register an exited participant again (a new period)."
        case .extractAbstract: return "Register extract: everything recorded about one person, with who and when."
        case .importAbstract: return "Import from a file."
        case .importParticipantsAbstract: return "Import participants from a CSV file (UTF-8 or Windows-1252, ; or ,)."
        case .importFileArgument: return "The CSV file."
        case .dryRunFlag: return "Only check; write nothing."
        case .skipInvalidFlag: return "Register the valid rows and list the invalid ones."
        case .exportAbstract: return "Export to a file."
        case .exportParticipantsAbstract: return "Export the participants (CSV that opens right in Swedish Excel, or JSON)."
        case .formatOption: return "Format."
        case .outputOption: return "File to write (default: standard output)."
        case .forceOption: return "Replace the --output file if it exists."
        case .demoAbstract: return "Create a demo journal of made-up participants."
        case .demoSizeOption: return "Size: small (about 120 participants), typical (1,000), large (10,000)."
        case .demoIfMissingFlag: return "Do nothing if the journal already exists."
        case .demoSeedOption: return "Random seed (the same seed gives the same journal)."
        case .repairAbstract: return "Mend a damaged journal: a new, verified journal is written beside the old one."
        case .repairDiscussion: return "Each record that cannot be read is replaced by the original from a backup copy (--from-backup) when the copy’s chain vouches for those very bytes, and otherwise by a record that says what was lost. The records after it keep everything but their link to the record before, which is made again. The new journal is verified before it is shown. It is put in place only when you say so (--apply, or yes to the question), and the damaged file is kept beside it."
        case .repairBackupOption: return "A backup copy of the same journal to take the damaged records from."
        case .repairApplyFlag: return "Put the mended journal in place without asking."
        case .verifyDeepFlag: return "Also compare the snapshot with the journal replayed to the same record."
        }
    }

    static func rows(_ n: Int) -> String { n == 1 ? "1 row" : "\(n) rows" }
    static func errors(_ n: Int) -> String { n == 1 ? "1 error" : "\(n) errors" }

    static func say(_ m: CLIMessage) -> String {
        switch m {
        case .journalCreated(let path): return "New journal created: \(path)"
        case .caseworkerAdded(let i, let n, let o): return "Caseworker added: \(i) \(n), \(o)"
        case .authorSaved(let i, let path): return "You now write as \(i) (saved in \(path))."
        case .registered(let l): return "Registered: \(l)"
        case .updated(let l): return "Changed: \(l)"
        case .noteSaved(let l, let n): return "Note \(n) saved for \(l)."
        case .consentGiven(let l, let o): return "Consent recorded for \(l): \(o)"
        case .consentWithdrawn(let l): return "Consent withdrawn for \(l)."
        case .responsibleSet(let l, let o, let c): return "\(c) is responsible in \(o) for \(l)."
        case .exited(let l, let r): return "Exited: \(l), reason \(r)."
        case .reregistered(let l, let d): return "Registered again \(d.iso): \(l)"
        case .noMatches(let q): return "No matches for “\(Quoted.text(q))”."
        case .matches(let c, let s): return c > s ? "\(c) matches, showing \(s)." : "\(c) matches."
        case .noCaseworkers: return "No caseworkers yet. Add one with `lotsen caseworker add`."
        case .demoCreated(let p, let n, let r): return "Demo journal created: \(p) (\(NumberText.integer(n, .en)) participants, \(NumberText.integer(r, .en)) records)."
        case .demoKept(let p): return "The demo journal already exists: \(p)"
        case .importChecked(let n): return "\(rows(n)) checked; all valid. Nothing was written (--dry-run)."
        case .importDryRunFound(let v, let e): return "\(rows(v)) valid, \(errors(e)). Nothing was written (--dry-run)."
        case .importWritten(let n): return n == 1 ? "1 participant registered." : "\(n) participants registered."
        case .importSkipped(let n): return "\(rows(n)) skipped."
        case .importRefused(let n): return "\(errors(n)). Nothing was written. Fix the file, or use --skip-invalid to register the valid rows."
        case .exported(let n, let p): return (n == 1 ? "1 participant" : "\(n) participants") + " exported to \(p)."
        case .terminalRefused(let problem):
            let reason: String
            switch problem {
            case .noTerminal(let t): reason = "TERM is \(t.map { "“\($0)”" } ?? "not set"); a real terminal is needed (e.g. TERM=xterm-256color)"
            case .unknownTerminal(let t): reason = "the terminal type “\(t)” is unknown"
            case .noCursorAddressing(let t): reason = "the terminal “\(t)” cannot move the cursor"
            case .notATTY: reason = "standard input and output are not a terminal; use the commands (lotsen find, show …) in scripts"
            }
            return "Lotsen cannot be shown: \(reason)."
        case .importFile(let path, let problem):
            switch problem {
            case .empty: return "\(Quoted.text(path)): the file is empty or has no heading row."
            case .missingColumns(let c): return "\(Quoted.text(path)): columns are missing: \(c.joined(separator: ", "))."
            case .unknownColumn(let c): return "\(Quoted.text(path)): unknown column “\(Quoted.text(c))”."
            case .duplicateColumn(let c): return "\(Quoted.text(path)): the column “\(Quoted.text(c))” appears twice."
            case .malformed: return "\(Quoted.text(path)): the file cannot be read as CSV (check the quotes)."
            case .unterminatedQuote(let line):
                return "\(Quoted.text(path)): the quote on line \(line) is never closed; the rest of the file would become one cell. Check that line."
            case .cellsBeyondHeadings(let row, let cells, let headings):
                return "\(Quoted.text(path)): row \(row) has \(cells) filled cells but the heading row only \(headings); a cell probably holds the delimiter without quotes."
            }
        case .importRow(let path, let row, let column): return "\(Quoted.text(path)): row \(row)" + (column.map { ", column “\(Quoted.text($0))”" } ?? "")
        case .fileRow(let row): return "row \(row) of the file"
        case .fileUnreadable(let p): return "The file cannot be read: \(Quoted.text(p))"
        case .cannotWrite(let p, let r): return "Cannot write \(Quoted.text(p)): \(r)"
        case .outputExists(let p): return "\(p) already exists. Nothing was written. Choose another name, or replace it with --force."
        case .outputIsJournal(let p): return "\(p) is the journal or one of its own files and is never written over. Nothing was written. Choose another name."
        case .badPinnedDay(let t): return "LOTSEN_TODAY is “\(Quoted.text(t))”, not a date YYYY-MM-DD. Nothing was done."
        }
    }
}
