/// `lotsen doctor`: what was checked, what is wrong, and what to do about it, in plain words.
public struct DoctorWords: Spoken {
    public let language: Language

    public var abstract: String {
        say("Kontrollera terminalen, språket, journalen, nycklarna och den delade skrivbordet och säg vad som behöver rättas.",
            "Check the terminal, the locale, the journal, the keys and the shared desk, and say what to fix.")
    }
    public enum Area: Sendable { case terminal, locale, config, journal, health, keys, sharedDesk, database }
    public func area(_ a: Area) -> String {
        switch a {
        case .terminal: return say("Terminal", "Terminal")
        case .locale: return say("Språk", "Locale")
        case .config: return say("Inställningar", "Settings")
        case .journal: return say("Journal", "Journal")
        case .health: return say("Kedjan", "Chain")
        case .keys: return say("Nycklar", "Keys")
        case .sharedDesk: return say("Delat skrivbord", "Shared desk")
        case .database: return say("Databas", "Database")
        }
    }
    public func fix(_ text: String) -> String { say("Gör så här: \(text)", "To fix: \(text)") }

    // The terminal.
    public func terminalOK(_ term: String, width: Int, height: Int, color: Bool) -> String {
        say("\(term), \(width)×\(height)\(color ? ", i färg" : ", utan färg (NO_COLOR)")",
            "\(term), \(width)×\(height)\(color ? ", in colour" : ", without colour (NO_COLOR)")")
    }
    public var notATerminal: String { say("utdata går inte till en terminal: skärmbilderna kan inte visas härifrån",
                                          "output does not go to a terminal: the screens cannot be shown from here") }
    public func noTerm(_ term: String?) -> String { say("TERM är \(term.map { "\"\($0)\"" } ?? "inte satt")", "TERM is \(term.map { "\"\($0)\"" } ?? "not set")") }
    public var setTerm: String { say("sätt TERM, till exempel export TERM=xterm-256color", "set TERM, for example export TERM=xterm-256color") }
    public func unknownTerm(_ term: String) -> String { say("terminaltypen \"\(term)\" är okänd här", "the terminal type \"\(term)\" is unknown here") }
    public var installTerminfo: String { say("installera ncurses-term (apt-get install ncurses-term) eller välj en känd TERM",
                                             "install ncurses-term (apt-get install ncurses-term) or choose a known TERM") }
    public func tooSmall(width: Int, height: Int) -> String {
        say("fönstret är \(width)×\(height); Lotsen behöver minst 80×24", "the window is \(width)×\(height); Lotsen needs at least 80×24")
    }
    public var enlarge: String { say("gör terminalfönstret större", "make the terminal window larger") }

    // The locale.
    public func localeOK(_ codeset: String, _ lang: Language) -> String {
        say("\(codeset), Lotsen talar \(lang == .sv ? "svenska" : "engelska")", "\(codeset), Lotsen speaks \(lang == .sv ? "Swedish" : "English")")
    }
    public func notUTF8(_ codeset: String) -> String {
        say("teckenkodningen är \(codeset), inte UTF-8: å, ä och ö visas fel", "the codeset is \(codeset), not UTF-8: å, ä and ö show wrongly")
    }
    public func localeMissing(_ name: String) -> String {
        say("språkmiljön \(name) finns inte på den här datorn: Lotsen tar C.UTF-8 för skärmen",
            "the locale \(name) is not installed here: Lotsen takes C.UTF-8 for the screen")
    }
    public var installLocale: String {
        say("installera den (apt-get install locales; dpkg-reconfigure locales) eller sätt LANG=C.UTF-8",
            "install it (apt-get install locales; dpkg-reconfigure locales) or set LANG=C.UTF-8")
    }
    public var setUTF8: String { say("sätt LANG=sv_SE.UTF-8 (eller C.UTF-8)", "set LANG=sv_SE.UTF-8 (or C.UTF-8)") }

    // Settings.
    public var configOK: String { say("inga fel i inställningsfilerna (lotsen config visar dem)", "no errors in the settings files (lotsen config shows them)") }
    public var editConfig: String { say("rätta raden, lotsen config visar vad som gäller", "correct the line; lotsen config shows what is in force") }

    // The journal.
    public func journalOK(_ path: String) -> String { say("\(path), bara din att läsa", "\(path), yours alone to read") }
    public func noJournal(_ path: String) -> String { say("ingen journal på \(path)", "no journal at \(path)") }
    public var makeJournal: String { say("lotsen init skapar en, lotsen demo en att öva på", "lotsen init makes one, lotsen demo one to practise on") }
    public func symlink(_ path: String) -> String { say("\(path) är en symbolisk länk", "\(path) is a symbolic link") }
    public func hardLinks(_ path: String, _ n: Int) -> String { say("\(path) har \(n) hårda länkar", "\(path) has \(n) hard links") }
    public var useRealPath: String { say("peka --journal på själva filen och ta bort de andra länkarna",
                                         "point --journal at the file itself and remove the other links") }
    public func openToOthers(_ path: String, mode: String) -> String {
        say("\(path) har rättigheterna \(mode): andra kan läsa personuppgifter", "\(path) has mode \(mode): others can read personal data")
    }
    public func chmod(_ mode: String, _ path: String) -> String { "chmod \(mode) \(path)" }
    public func sound(_ records: Int) -> String { say("hel, \(records) poster", "sound, \(records) records") }
    public func damaged(_ sequence: Int) -> String { say("skadad vid post \(sequence)", "damaged at record \(sequence)") }
    public var repair: String { say("lotsen verify säger var; lotsen repair lägger undan det skadade och behåller resten",
                                    "lotsen verify says where; lotsen repair sets the damage aside and keeps the rest") }
    public func unreadable(_ reason: String) -> String { say("går inte att läsa: \(reason)", "cannot be read: \(reason)") }

    // Keys.
    public func sealedWithFile(_ path: String) -> String { say("krypterad, huvudnyckeln i \(path)", "encrypted, the master key in \(path)") }
    public var sealedWithPassphrase: String { say("krypterad med en lösenfras", "encrypted with a passphrase") }
    public func keyFileMissing(_ path: String) -> String { say("krypterad, men nyckelfilen \(path) saknas", "encrypted, but the key file \(path) is missing") }
    public var restoreKeyFile: String { say("lägg tillbaka din kopia av nyckelfilen", "put your copy of the key file back") }
    public var inTheClear: String { say("journalen är okrypterad", "the journal is not encrypted") }
    public var encrypt: String { say("lotsen migrate --encrypt skriver en krypterad kopia", "lotsen migrate --encrypt writes an encrypted copy") }

    // The shared desk.
    public var noSharedDesk: String { say("inget delat skrivbord på den här datorn (/etc/lotsen/*.conf)", "no shared desk on this host (/etc/lotsen/*.conf)") }
    public func sharedDesk(_ name: String, _ journal: String) -> String { say("\(name): \(journal)", "\(name): \(journal)") }
    public func sharedDeskUnusable(_ name: String, _ why: String) -> String { say("\(name): \(why)", "\(name): \(why)") }
    public var setupAgain: String { say("kör lotsen setup NAMN igen som root", "run lotsen setup NAME again as root") }

    // The database.
    public func databaseOK(_ location: String, role: String, signs: String?) -> String {
        say("\(location), som \(role)\(signs.map { " (skriver som \($0))" } ?? "")", "\(location), as \(role)\(signs.map { " (signs as \($0))" } ?? "")")
    }
    public func databaseRefused(_ location: String, _ why: String) -> String { say("\(location): \(why)", "\(location): \(why)") }
    public var checkDatabase: String { say("kontrollera adressen, att servern är igång och att rollen får logga in",
                                           "check the address, that the server is running and that the role may log in") }

    public func summary(problems: Int, warnings: Int) -> String {
        if problems == 0 && warnings == 0 { return say("Allt ser bra ut.", "Everything looks fine.") }
        return say("\(problems) fel, \(warnings) att se över.",
                   "\(problems) \(problems == 1 ? "problem" : "problems"), \(warnings) to look at.")
    }
}

extension Language {
    public var doctor: DoctorWords { DoctorWords(language: self) }
}
