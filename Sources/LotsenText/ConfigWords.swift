/// `lotsen config`: the settings in force and where each came from.
public struct ConfigWords: Spoken {
    public let language: Language

    public var abstract: String {
        say("Visa inställningarna som gäller och var var och en kommer ifrån.", "Show the settings in force and where each came from.")
    }
    public var discussion: String {
        say("""
            Ordningen är densamma för varje inställning: kommandoraden, miljön, din egen fil \
            ($XDG_CONFIG_HOME/lotsen/config), systemets (/etc/lotsen/config), Lotsens standard. \
            Inställningar: journal, as (bara i din egen fil), lang (sv|en), mouse (on|off).
            """,
            """
            The order is the same for every setting: the command line, the environment, your own \
            file ($XDG_CONFIG_HOME/lotsen/config), the system's (/etc/lotsen/config), Lotsen's \
            default. Settings: journal, as (only in your own file), lang (sv|en), mouse (on|off).
            """)
    }
    public var headings: [String] { say(["inställning", "värde", "varifrån"], ["setting", "value", "from"]) }
    public var unset: String { say("(inte satt)", "(not set)") }
    public var commandLine: String { say("kommandoraden", "the command line") }
    public func environment(_ name: String) -> String { say("miljön (\(name))", "the environment (\(name))") }
    public func locale(_ name: String) -> String { say("språkmiljön (\(name))", "the locale (\(name))") }
    public var builtIn: String { say("standard", "default") }
    public func file(_ path: String, line: Int) -> String { say("\(path), rad \(line)", "\(path), line \(line)") }
    public func defaultJournal(_ path: String) -> String { say("\(path) (standardplatsen)", "\(path) (the default place)") }
    public var filesHeading: String { say("Filer:", "Files:") }
    public func fileState(_ path: String, exists: Bool) -> String {
        exists ? path : say("\(path) (finns inte)", "\(path) (does not exist)")
    }
    public var mouseValues: (on: String, off: String) { say(("på", "av"), ("on", "off")) }

    public enum ProblemKind: Equatable, Sendable {
        case notASetting, unknownKey(String), userOnly(String), badValue(String, String), hiddenCharacters(String)
    }
    public func problem(path: String, line: Int, _ kind: ProblemKind) -> String {
        let at = file(path, line: line)
        switch kind {
        case .notASetting:
            return say("\(at): inte en inställning (skriv namn = värde).", "\(at): not a setting (write name = value).")
        case .unknownKey(let k):
            return say("\(at): okänd inställning \"\(k)\" (journal, as, lang, mouse).",
                       "\(at): unknown setting \"\(k)\" (journal, as, lang, mouse).")
        case .userOnly(let k):
            return say("\(at): \"\(k)\" hör hemma i varje handläggares egen fil, inte i systemets.",
                       "\(at): \"\(k)\" belongs in each caseworker's own file, not the system's.")
        case .hiddenCharacters(let k):
            return say("\(at): \"\(k)\" innehåller styrtecken eller osynliga tecken.",
                       "\(at): \"\(k)\" contains control or invisible characters.")
        case .badValue(let k, let allowed):
            return say("\(at): \"\(k)\" tar \(allowed).", "\(at): \"\(k)\" takes \(allowed).")
        }
    }
}

extension Language {
    public var config: ConfigWords { ConfigWords(language: self) }
}
