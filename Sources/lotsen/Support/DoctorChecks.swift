import Foundation
import Glibc
import LotsenJournal
import LotsenPostgres
import LotsenText
import LotsenWorkspace
import TerminalCore
import TerminalNcurses

/// The checks behind `lotsen doctor`, each a few findings; none writes anything.
enum DoctorChecks {
    static func terminal(_ env: [String: String], _ w: DoctorWords) -> [DoctorFinding] {
        let (problem, size) = NcursesTerminal.probe(environment: env)
        switch problem {
        case .noTerminal(let t)?: return [DoctorFinding(area: .terminal, status: .problem, text: w.noTerm(t), fix: w.setTerm)]
        case .unknownTerminal(let t)?, .noCursorAddressing(let t)?:
            return [DoctorFinding(area: .terminal, status: .problem, text: w.unknownTerm(t), fix: w.installTerminfo)]
        case .notATTY?: return [DoctorFinding(area: .terminal, status: .warning, text: w.notATerminal)]
        case nil: break
        }
        let s = size ?? Size(width: 80, height: 24)
        if s.width < 80 || s.height < 24 {
            return [DoctorFinding(area: .terminal, status: .warning, text: w.tooSmall(width: s.width, height: s.height), fix: w.enlarge)]
        }
        let color = (env["NO_COLOR"] ?? "").isEmpty
        return [DoctorFinding(area: .terminal, status: .ok, text: w.terminalOK(env["TERM"] ?? "", width: s.width, height: s.height, color: color))]
    }

    static func locale(_ lang: Language, _ env: [String: String], _ w: DoctorWords) -> [DoctorFinding] {
        guard setlocale(LC_ALL, "") != nil else {
            let name = env["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? env["LANG"] ?? "?"
            return [DoctorFinding(area: .locale, status: .warning, text: w.localeMissing(name), fix: w.installLocale)]
        }
        let codeset = nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? "?"
        guard codeset == "UTF-8" else {
            return [DoctorFinding(area: .locale, status: .warning, text: w.notUTF8(codeset), fix: w.setUTF8)]
        }
        return [DoctorFinding(area: .locale, status: .ok, text: w.localeOK(codeset, lang))]
    }

    static func settings(_ lang: Language, _ w: DoctorWords) -> [DoctorFinding] {
        let problems = Settings.process.problems
        guard !problems.isEmpty else { return [DoctorFinding(area: .config, status: .ok, text: w.configOK)] }
        return problems.map { DoctorFinding(area: .config, status: .problem, text: ConfigText.problem($0, lang.config), fix: w.editConfig) }
    }

    static func journal(_ paths: JournalPaths, _ global: GlobalOptions, _ w: DoctorWords) -> [DoctorFinding] {
        var out: [DoctorFinding] = []
        let path = paths.journal
        var st = stat()
        guard lstat(path, &st) == 0 else {
            return [DoctorFinding(area: .journal, status: .problem, text: w.noJournal(path), fix: w.makeJournal)]
        }
        if (st.st_mode & S_IFMT) == S_IFLNK {
            out.append(DoctorFinding(area: .journal, status: .problem, text: w.symlink(path), fix: w.useRealPath))
        }
        // What opening refuses (a second hard link, a linked companion file, not a regular
        // file), as opening says it: the journal module's one check of a journal's name.
        do { _ = try paths.canonical() } catch {
            if case .path(.hardLinked(let real, let links)) = error {
                out.append(DoctorFinding(area: .journal, status: .problem, text: w.hardLinks(real, links), fix: w.useRealPath))
            } else {
                out.append(DoctorFinding(area: .journal, status: .problem, text: global.language.journal.error(error), fix: w.useRealPath))
            }
        }
        // The file's own rights, through a link too: a symlink's are always 0777.
        var file = stat()
        let mode = (stat(path, &file) == 0 ? file.st_mode : st.st_mode) & 0o777
        if mode & 0o077 != 0 {
            out.append(DoctorFinding(area: .journal, status: .problem, text: w.openToOthers(path, mode: octal(mode)), fix: w.chmod("600", path)))
        }
        var dst = stat()
        if stat(paths.directory, &dst) == 0, dst.st_mode & 0o077 != 0 {
            out.append(DoctorFinding(area: .journal, status: .problem, text: w.openToOthers(paths.directory, mode: octal(dst.st_mode & 0o777)),
                                     fix: w.chmod("700", paths.directory)))
        }
        if out.isEmpty { out.append(DoctorFinding(area: .journal, status: .ok, text: w.journalOK(path))) }
        do {
            let report = try Journal.verify(paths)
            if let damage = report.damage {
                out.append(DoctorFinding(area: .health, status: .problem, text: w.damaged(damage.sequence), fix: w.repair))
            } else {
                out.append(DoctorFinding(area: .health, status: .ok, text: w.sound(report.lastSequence + 1)))
            }
        } catch let e as JournalError {
            out.append(DoctorFinding(area: .health, status: .problem, text: w.unreadable(global.language.journal.error(e)), fix: w.repair))
        } catch {
            out.append(DoctorFinding(area: .health, status: .problem, text: w.unreadable("\(error)"), fix: w.repair))
        }
        out += keys(paths, global, w)
        return out
    }

    static func keys(_ paths: JournalPaths, _ global: GlobalOptions, _ w: DoctorWords) -> [DoctorFinding] {
        let canonical = (try? paths.canonical()) ?? paths
        switch KeyStore.kind(canonical) {
        case nil: return [DoctorFinding(area: .keys, status: .warning, text: w.inTheClear, fix: w.encrypt)]
        case "scrypt": return [DoctorFinding(area: .keys, status: .ok, text: w.sealedWithPassphrase)]
        default:
            let path = MasterKeys.keyFilePath(global) ?? "?"
            var st = stat()
            guard stat(path, &st) == 0 else {
                return [DoctorFinding(area: .keys, status: .problem, text: w.keyFileMissing(path), fix: w.restoreKeyFile)]
            }
            if st.st_mode & 0o077 != 0 {
                return [DoctorFinding(area: .keys, status: .problem, text: w.openToOthers(path, mode: octal(st.st_mode & 0o777)), fix: w.chmod("600", path))]
            }
            return [DoctorFinding(area: .keys, status: .ok, text: w.sealedWithFile(path))]
        }
    }

    static func database(_ uri: String, _ w: DoctorWords) -> [DoctorFinding] {
        let location = PostgresLocation.printable(uri)
        do {
            let store = try PostgresJournalStore(uri)
            defer { store.close() }
            let signs = try store.signingAuthor()
            return [DoctorFinding(area: .database, status: .ok, text: w.databaseOK(location, role: store.role, signs: signs))]
        } catch {
            let why = w.language.journal.error(error)
            return [DoctorFinding(area: .database, status: .problem, text: w.databaseRefused(location, why), fix: w.checkDatabase)]
        }
    }

    static func sharedDesks(_ w: DoctorWords) -> [DoctorFinding] {
        let names = SharedDesk.names()
        guard !names.isEmpty else { return [DoctorFinding(area: .sharedDesk, status: .ok, text: w.noSharedDesk)] }
        return names.map { name in
            switch SharedDesk.config(named: name) {
            case .success(let c): return DoctorFinding(area: .sharedDesk, status: .ok, text: w.sharedDesk(name, c.journal))
            case .failure(let p):
                return DoctorFinding(area: .sharedDesk, status: .problem, text: w.sharedDeskUnusable(name, w.language.shared.problem(p)),
                                     fix: w.setupAgain)
            }
        }
    }

    static func octal(_ mode: mode_t) -> String { String(mode, radix: 8).leftPadded(to: 4) }
}

private extension String {
    func leftPadded(to n: Int) -> String { String(repeating: "0", count: max(0, n - count)) + self }
}
