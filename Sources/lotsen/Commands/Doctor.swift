import ArgumentParser
import Foundation
import Glibc
import LotsenJournal
import LotsenPostgres
import LotsenText
import LotsenWorkspace
import TerminalCore

extension Lotsen {
    /// `lotsen doctor`: the terminal, the locale, the settings, the journal's place,
    /// permissions and chain, its keys, the shared desk and the database, each said in
    /// plain words with what to do. Exit 1 when something is wrong; reads, never writes.
    struct Doctor: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "doctor", abstract: helpLanguage.doctor.abstract)
        }
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let w = global.language.doctor
            var findings: [DoctorFinding] = []
            findings += DoctorChecks.terminal(global.environment, w)
            findings += DoctorChecks.locale(global.language, global.environment, w)
            findings += DoctorChecks.settings(global.language, w)
            if let database = global.database {
                findings += DoctorChecks.database(database, w)
            } else if let paths = try? global.journalPaths() {
                findings += DoctorChecks.journal(paths, global, w)
            }
            findings += DoctorChecks.sharedDesks(w)
            let width = findings.map { DisplayWidth.of(w.area($0.area)) }.max() ?? 0
            var lines: [String] = []
            for f in findings {
                let label = w.area(f.area)
                let mark = switch f.status { case .ok: "✓"; case .warning: "!"; case .problem: "✗" }
                lines.append("\(mark) \(label)\(String(repeating: " ", count: width - DisplayWidth.of(label)))  \(f.text)")
                if let fix = f.fix { lines.append("  \(String(repeating: " ", count: width))  \(w.fix(fix))") }
            }
            let problems = findings.filter { $0.status == .problem }.count
            lines.append("")
            lines.append(w.summary(problems: problems, warnings: findings.filter { $0.status == .warning }.count))
            // Findings quote paths and file lines as they are: shown, never obeyed.
            Console.out(Console.shown(lines.joined(separator: "\n")))
            if problems > 0 { throw ExitCode(1) }
        }
    }
}

/// One thing `lotsen doctor` looked at.
struct DoctorFinding {
    enum Status { case ok, warning, problem }
    var area: DoctorWords.Area
    var status: Status
    var text: String
    var fix: String?
}
