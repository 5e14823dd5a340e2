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
    static var asOptionHelp: String { get }
    static var initialsValueName: String { get }
    /// Written by the crash guard: no personal data, no memory, and where the log is not.
    static var crashed: String { get }
    /// Help for one subcommand, option or argument.
    static func help(_ key: HelpKey) -> String
    /// What a command reports.
    static func say(_ message: CLIMessage) -> String
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
