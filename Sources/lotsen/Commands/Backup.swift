import ArgumentParser
import Foundation
import LotsenCalendar
import LotsenCore
import LotsenJournal
import LotsenText
import LotsenWorkspace

extension Lotsen {
    /// `lotsen backup DIR [--list]`: a verified copy of the journal and the access log in a
    /// directory of its own (`JournalBackup`), made while other desks write.
    struct BackupCommand: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "backup", abstract: helpLanguage.backup.backupAbstract,
                                 discussion: helpLanguage.backup.backupDiscussion)
        }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(helpLanguage.backup.directoryArgument, valueName: words.pathValueName)) var directory: String
        @Flag(help: ArgumentHelp(helpLanguage.backup.listFlag)) var list = false

        func run() throws {
            try global.requireFile()
            let ctx = global.context
            let words = ctx.lang.backup
            let w = try ctx.open(.readOnly)
            let paths = w.journal.paths
            defer { w.close() }
            try ctx.require(.backups, in: w)
            if list { return try Self.list(directory, ctx, lastPurge: w.state.purges.last, keptDays: w.state.retentionRules?.backupDays) }
            // Read as the journal's owner; written with the caller's rights, where they may write.
            let source = try BackupSource.open(paths)
            defer { source.close() }
            let made: JournalBackup
            let progress = ProgressLine(.backup, lang: ctx.lang)
            defer { progress.finish() }
            do throws(JournalBackup.Problem) {
                made = try SharedDesk.asCaller { () throws(JournalBackup.Problem) in
                    try JournalBackup.make(from: source, in: directory, time: ctx.clock.now(), progress: progress.update)
                }
            } catch {
                throw CommandFailure.journal(words.problem(error, ctx.lang))
            }
            progress.finish()
            Console.out(words.made(made, path: Quoted.path(made.directory)))
        }

        /// Every backup in `directory`, oldest first, each read back and verified; those
        /// made before the latest purge marked (docs/privacy.md, "Gallring").
        static func list(_ directory: String, _ ctx: CommandContext, lastPurge: Timestamp?, keptDays: Int?) throws {
            let words = ctx.lang.backup
            let names = SharedDesk.asCaller { (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] }
            var lines: [String] = []
            for name in names.sorted() {
                let dir = directory + "/" + name
                guard SharedDesk.asCaller({ FileManager.default.fileExists(atPath: dir + "/" + JournalBackup.manifestName) }) else { continue }
                do throws(JournalBackup.Problem) {
                    let b = try SharedDesk.asCaller { () throws(JournalBackup.Problem) in try JournalBackup.read(dir) }
                    var line = words.listed(b, path: Quoted.path(dir), made: LocalClock.minute(of: b.madeAt))
                    if let lastPurge, b.point.sequence > 0, b.madeAt < lastPurge { line += words.holdsPurged(LocalClock.minute(of: lastPurge)) }
                    if let keptDays, b.madeAt.millisecondsSince1970 < ctx.clock.now().millisecondsSince1970 - Int64(keptDays) * 86_400_000 {
                        line += words.olderThanKept(keptDays)
                    }
                    lines.append(line)
                } catch {
                    lines.append(words.unusable(path: Quoted.path(dir), words.problem(error, ctx.lang)))
                }
            }
            Console.out(lines.isEmpty ? words.noBackups : lines.joined(separator: "\n"))
        }
    }

    /// `lotsen restore BACKUP [--yes]`: the backup's journal put in place, after saying
    /// exactly what the journal holds that the backup does not.
    struct RestoreCommand: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "restore", abstract: helpLanguage.backup.restoreAbstract,
                                 discussion: helpLanguage.backup.restoreDiscussion)
        }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(helpLanguage.backup.backupArgument, valueName: words.pathValueName)) var backup: String
        @Flag(help: ArgumentHelp(helpLanguage.backup.yesFlag)) var yes = false

        func run() throws {
            try global.requireFile()
            let ctx = global.context
            let lang = ctx.lang
            let words = lang.backup
            let paths: JournalPaths
            do { paths = try global.journalPaths().canonical() } catch let e as JournalError {
                throw CommandFailure.journal(lang.journal.error(e))
            }
            let found: JournalBackup
            let files: JournalBackup.Files
            do throws(JournalBackup.Problem) {
                (found, files) = try SharedDesk.asCaller { () throws(JournalBackup.Problem) in
                    let b = try JournalBackup.read(backup)
                    return (b, try b.open())
                }
            } catch {
                throw CommandFailure.journal(words.problem(error, lang))
            }
            defer { files.close() }
            // Who may restore: the journal's own caseworkers, or the backup's when it is lost.
            let readable = FileManager.default.fileExists(atPath: paths.journal) ? try? ctx.open(.readOnly) : nil
            let w = try readable ?? Workspace.open(found.paths, access: .readOnly, ctx.workspaceEnvironment).0
            try ctx.require(.backups, in: w)
            w.close()
            let comparison: JournalBackup.Comparison
            do throws(JournalBackup.Problem) { comparison = try found.compared(to: paths) } catch {
                throw CommandFailure.usage(words.problem(error, lang))
            }
            let keptAs = FileStamp.beside(paths.journal, FileStamp.beforeRestore, at: ctx.clock.now())
            Console.out(words.plan(found, made: LocalClock.minute(of: found.madeAt), comparison, keptAs: Quoted.path(keptAs)))
            var confirmed = yes
            if !confirmed && Console.isTerminal(0) && Console.isTerminal(1) {
                Console.write(1, words.ask)
                let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
                confirmed = ["j", "ja", "y", "yes"].contains(answer)
            }
            guard confirmed else {
                Console.error(words.notRestored)
                throw ExitCode(1)
            }
            let accessRestored: Bool
            do throws(JournalBackup.Problem) { accessRestored = try found.restore(files, to: paths, keepingCurrentAs: keptAs) } catch {
                throw CommandFailure.journal(words.problem(error, lang))
            }
            let check = try Journal.verify(paths)
            guard check.isSound, check.lastSequence == found.point.sequence else {
                throw CommandFailure.journal(lang.journal.verification(check, path: paths.journal, lang))
            }
            Console.out(words.restored(found, comparison, keptAs: Quoted.path(keptAs), accessLog: accessRestored))
        }
    }
}
