/// The command line's own words: help texts and the messages that are not about the
/// journal or the domain. One implementation per language.
public protocol CLIWords {
    static var rootAbstract: String { get }
    static var rootDiscussion: String { get }
    static var journalOptionHelp: String { get }
    static var pathValueName: String { get }
    static var langOptionHelp: String { get }
    static var jsonFlagHelp: String { get }
    static var verifyAbstract: String { get }
    static var verifyDiscussion: String { get }
    static var noJournalLocation: String { get }
    /// Replacements for swift-argument-parser's built-in English, longest first.
    static var parserPhrases: [(String, String)] { get }
}

extension Language {
    public var cli: any CLIWords.Type {
        switch self {
        case .sv: return CLISwedish.self
        case .en: return CLIEnglish.self
        }
    }
}

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
    static let noJournalLocation = "Ingen journal angiven och varken XDG_DATA_HOME eller HOME är satt. Använd --journal SÖKVÄG."
    static let parserPhrases: [(String, String)] = [
        ("See 'lotsen help <subcommand>' for detailed help.", "Se 'lotsen help <underkommando>' för utförlig hjälp."),
        ("' for more information.", "' för mer information."),
        ("See '", "Se '"),
        ("<subcommand>", "<underkommando>"),
        ("(values:", "(värden:"),
        ("Missing expected argument", "Argument saknas"),
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
}

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
    static let noJournalLocation = "No journal given and neither XDG_DATA_HOME nor HOME is set. Use --journal PATH."
    static let parserPhrases: [(String, String)] = []
}
