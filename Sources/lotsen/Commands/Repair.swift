import LotsenCore
import ArgumentParser
import Foundation
import LotsenJournal
import LotsenText

extension Lotsen {
    /// `lotsen repair [--from-backup PATH] [--apply]`: a mended journal beside the
    /// damaged one, verified, and put in place only on request.
    struct Repair: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "repair", abstract: words.help(.repairAbstract), discussion: words.help(.repairDiscussion))
        }
        @OptionGroup var global: GlobalOptions
        @Option(name: .customLong("from-backup"), help: ArgumentHelp(words.help(.repairBackupOption), valueName: words.pathValueName))
        var backup: String?
        @Flag(help: ArgumentHelp(words.help(.repairApplyFlag))) var apply = false

        func run() throws {
            try global.requireFile()
            let ctx = global.context
            let lang = ctx.lang
            let paths: JournalPaths
            do { paths = try global.journalPaths().canonical() } catch let e as JournalError {
                throw CommandFailure.journal(lang.journal.error(e))
            }
            // Named by the moment, to the second; a second try in the same second gets a suffix.
            let now = ctx.clock.now()
            let stamp = FileStamp.free(at: now) {
                FileManager.default.fileExists(atPath: paths.journal + FileStamp.repaired + $0)
                    || FileManager.default.fileExists(atPath: paths.journal + FileStamp.damaged + $0)
            }
            let output = paths.journal + FileStamp.repaired + stamp
            let keptAs = paths.journal + FileStamp.damaged + stamp
            let outcome: JournalRepair.Outcome
            do {
                outcome = try JournalRepair.write(paths, to: output, backup: backup.map(JournalPaths.init(journal:)),
                                                  author: ctx.author ?? "lotsen", time: now)
            } catch JournalRepair.Problem.sound {
                Console.out(lang.journal.repairSound)
                return
            } catch JournalRepair.Problem.cannotReadPast(let d) {
                throw CommandFailure.journal(lang.journal.repairCannot(d))
            } catch JournalRepair.Problem.foreignBackup {
                throw CommandFailure.usage(lang.journal.repairForeignBackup)
            } catch let e as JournalError {
                throw CommandFailure.journal(lang.journal.error(e))
            }
            Console.out(lang.journal.repairWritten(path: Quoted.path(outcome.path), lost: outcome.lost,
                                                   restored: outcome.restored, relinked: outcome.relinked))
            var confirmed = apply
            if !confirmed && Console.isTerminal(0) && Console.isTerminal(1) {
                Console.write(1, lang.journal.repairAsk(keptAs: Quoted.path(keptAs)))
                let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
                confirmed = ["j", "ja", "y", "yes"].contains(answer)
            }
            guard confirmed else {
                Console.out(lang.journal.repairNotApplied(path: Quoted.path(outcome.path)))
                return
            }
            do { try JournalRepair.apply(outcome.path, to: paths, keepingDamagedAs: keptAs) } catch let e as JournalError {
                throw CommandFailure.journal(lang.journal.error(e))
            }
            Console.out(lang.journal.repairApplied(keptAs: Quoted.path(keptAs)))
        }
    }
}
