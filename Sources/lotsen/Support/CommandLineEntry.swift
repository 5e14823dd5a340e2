import ArgumentParser
import Foundation
import LotsenText

/// The language of help and parser messages, decided before parsing (the help texts
/// are built while the parser reads the command line): `--lang`, else the settings.
let helpLanguage: Language = {
    let args = CommandLine.arguments
    var explicit: String?
    for (i, a) in args.enumerated() {
        if a == "--lang", i + 1 < args.count { explicit = args[i + 1] }
        if a.hasPrefix("--lang=") { explicit = String(a.dropFirst(7)) }
    }
    return explicit.flatMap { Language(rawValue: $0.lowercased()) } ?? Settings.process.language
}()

var words: CLIWords { helpLanguage.cli }

/// The process's clock, read once from the environment (`LOTSEN_TODAY`); nil when
/// that is not a date, which `CommandLineEntry` refuses before any command runs.
let processClock: LocalClock? = try? LocalClock(environment: ProcessInfo.processInfo.environment)

/// A failure a command reports itself: already in the user's language, with its exit code.
struct CommandFailure: Error {
    var message: String
    var code: Int32

    /// Bad command line or bad input; nothing was written.
    static func usage(_ message: String) -> CommandFailure { CommandFailure(message: message, code: 2) }
    /// The journal could not be read or written; nothing was written.
    static func journal(_ message: String) -> CommandFailure { CommandFailure(message: message, code: 3) }
    /// A sealed journal's keys could not be had (no key file, a wrong passphrase, no key
    /// store): nothing was read or written.
    static func keys(_ message: String) -> CommandFailure { CommandFailure(message: message, code: 4) }
}

enum CommandLineEntry {
    static func run(_ arguments: [String]) -> Int32 {
        guard processClock != nil else {
            Console.error(words.say(.badPinnedDay(ProcessInfo.processInfo.environment["LOTSEN_TODAY"] ?? "")))
            return 2
        }
        // A config file Lotsen cannot read says so on every command, where and what
        // (`lotsen config` lists them and exits 2); the rest of it still counts.
        if arguments.first != "config" {
            for p in Settings.process.problems { Console.error(ConfigText.problem(p, words.language.config)) }
        }
        do {
            var command = try Lotsen.parseAsRoot(arguments)
            try command.run()
            return ProcessLifetime.answeredFromDamage ? 1 : 0
        } catch let failure as CommandFailure {
            Console.error(failure.message)
            return failure.code
        } catch let code as ExitCode {
            return code.rawValue
        } catch {
            let exitCode = Lotsen.exitCode(for: error)
            if exitCode == .success {
                let help = HelpPage.isRequest(arguments) ? HelpPage.render(for: arguments, words) : nil
                Console.out(help ?? Lotsen.fullMessage(for: error, columns: 80))
                return 0
            }
            let text = translate(Lotsen.fullMessage(for: error, columns: 80))
            Console.error(text)
            // Usage errors are 2 here, as in most Unix tools, not EX_USAGE (64).
            return exitCode == .validationFailure ? 2 : exitCode.rawValue
        }
    }

    /// swift-argument-parser writes its errors in English.
    static func translate(_ text: String) -> String {
        words.parserErrorPhrases.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }
}
