import ArgumentParser
import LotsenJournal
import LotsenPostgres
import LotsenCore
import LotsenText

extension Lotsen {
    /// `lotsen config`: every setting in force, its value and where it came from; the
    /// files read; what in them is wrong (then exit 2, as for any bad input).
    struct ConfigCommand: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "config", abstract: helpLanguage.config.abstract, discussion: helpLanguage.config.discussion)
        }
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let w = global.language.config
            let settings = Settings.process
            var rows = [w.headings]
            for key in Settings.Key.allCases {
                let given: String? = switch key {
                case .journal: global.journal
                case .as: global.as
                case .lang: global.lang?.rawValue
                case .mouse: nil
                }
                rows.append([key.rawValue] + describe(key, settings.value(key, commandLine: given), w))
            }
            var text = TextTable(rows).render()
            text += "\n\n" + w.filesHeading + "\n"
            text += [settings.user, settings.system].compactMap { $0 }.map { "  " + w.fileState($0.path, exists: $0.exists) }
                .joined(separator: "\n")
            Console.out(text)
            let problems = settings.problems
            for p in problems { Console.error(ConfigText.problem(p, w)) }
            if !problems.isEmpty { throw ExitCode(2) }
        }

        private func describe(_ key: Settings.Key, _ value: Settings.Value?, _ w: ConfigWords) -> [String] {
            guard let value else {
                // The journal's own default place is the journal module's to say.
                if key == .journal, let paths = JournalPaths.resolve(explicit: nil, environment: global.environment) {
                    return [paths.journal, w.builtIn]
                }
                return [w.unset, w.builtIn]
            }
            let shown = key == .mouse ? (Settings.onOff(value.text) == false ? w.mouseValues.off : w.mouseValues.on) : value.text
            // From the environment or the command line a value is shown, never obeyed by the terminal.
            return [Quoted.text(ConfigText.printable(key, shown)), ConfigText.source(value.source, w)]
        }
    }
}

/// How settings and their problems are said, for `config` and `doctor`.
enum ConfigText {
    static func source(_ s: Settings.Source, _ w: ConfigWords) -> String {
        switch s {
        case .commandLine: return w.commandLine
        case .environment(let name): return w.environment(name)
        case .file(let path, let line): return w.file(path, line: line)
        case .locale(let name): return w.locale(name)
        case .builtIn: return w.builtIn
        }
    }

    /// A journal in a database is shown without its password.
    static func printable(_ key: Settings.Key, _ value: String) -> String {
        key == .journal && PostgresLocation.isDatabase(value) ? PostgresLocation.printable(value) : value
    }

    static func problem(_ p: Settings.Problem, _ w: ConfigWords) -> String {
        w.problem(path: p.path, line: p.line, p.kind)
    }
}
