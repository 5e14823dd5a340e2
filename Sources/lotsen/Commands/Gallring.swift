import ArgumentParser
import Foundation
import LotsenCalendar
import LotsenCore
import LotsenJournal
import LotsenText
import LotsenWorkspace

private var gallringWords: GallringWords { helpLanguage.gallring }

extension Lotsen {
    /// `lotsen gallring [list|rules|propose|purge]` (docs/privacy.md, "Gallring").
    struct GallringGroup: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "gallring", abstract: gallringWords.abstract, discussion: gallringWords.discussion,
                                 subcommands: [List.self, Rules.self, Propose.self, Purge.self], defaultSubcommand: List.self)
        }

        /// Who is due and why: names for those who may see people, ids for the rest.
        struct List: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: gallringWords.listAbstract) }
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let ctx = global.context
                let words = ctx.lang.gallring
                let w = try ctx.open(.readOnly)
                defer { w.close() }
                try ctx.require(.gallringProposal, in: w)
                guard let review = w.state.gallringReview(on: ctx.today) else { return Console.out(words.noRules) }
                let named = w.state.may(ctx.author, .personData)
                var lines = [words.rules(review.rules), words.dueCount(review.due.count, on: ctx.today)]
                lines += review.due.map { words.dueLine(named ? ctx.label(w, $0.id) : $0.id.value, $0, review.rules.start) }
                if !review.keptForResearch.isEmpty { lines.append(words.keptForResearch(review.keptForResearch.count)) }
                if let p = w.state.gallringProposal { lines.append(words.proposal(p)) }
                if w.ring == nil { lines.append(words.unencrypted) }
                Console.out(lines.joined(separator: "\n"))
            }
        }

        struct Rules: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(commandName: "rules", abstract: gallringWords.rulesAbstract) }
            @OptionGroup var global: GlobalOptions
            @Option(help: ArgumentHelp(gallringWords.yearsOption)) var years: String
            @Option(name: .customLong("from"), help: ArgumentHelp(gallringWords.startOption)) var start: String = RetentionStart.lastEntry.rawValue
            @Option(help: ArgumentHelp(gallringWords.researchOption)) var research: String = "off"
            @Option(name: .customLong("second-person"), help: ArgumentHelp(gallringWords.secondPersonOption)) var secondPerson: String = "off"
            @Option(name: .customLong("backup-days"), help: ArgumentHelp(gallringWords.backupDaysOption)) var backupDays: String?

            func run() throws {
                let ctx = global.context
                let command = GallringCommand.setRules(years: years, start: start, research: try ctx.onOff(research, .status),
                                                       secondPerson: try ctx.onOff(secondPerson, .status), backupDays: backupDays)
                let w = try ctx.open(.readWrite)
                defer { w.close() }
                for r in try ctx.perform(w, [.gallring(command)]) {
                    if case .gallring(.rulesSet(let rules)) = r.event { Console.out(ctx.lang.gallring.rules(rules)) }
                }
            }
        }

        struct Propose: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(commandName: "propose", abstract: gallringWords.proposeAbstract) }
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let ctx = global.context
                let w = try ctx.open(.readWrite)
                defer { w.close() }
                let recorded = try ctx.perform(w, [.gallring(.propose(by: ctx.author ?? ""))])
                for r in recorded { if case .gallring(.proposed(let s)) = r.event { Console.out(ctx.lang.gallring.proposed(s.count)) } }
            }
        }

        /// Destroys the keys of everyone approved, after asking: it cannot be undone.
        struct Purge: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(commandName: "purge", abstract: gallringWords.purgeAbstract) }
            @OptionGroup var global: GlobalOptions
            @Flag(help: ArgumentHelp(gallringWords.yesFlag)) var yes = false

            func run() throws {
                let ctx = global.context
                let words = ctx.lang.gallring
                let w = try ctx.open(.readWrite)
                defer { w.close() }
                let command = Command.gallring(.purge(by: ctx.author ?? ""))
                // Planned once to say how many, before asking; planned again under the lock.
                let count: Int
                do {
                    try w.checkAuthor()
                    try ctx.require(.purge, in: w)
                    count = try CommandPlanner(state: w.state, today: ctx.today, newID: { ParticipantID("") }).plan(command).count
                } catch let e as DomainError {
                    throw CommandFailure.usage(ctx.lang.domain.error(e, names: { $0.value }))
                }
                if w.ring == nil { throw CommandFailure.usage(words.unencrypted) }
                var confirmed = yes
                if !confirmed && Console.isTerminal(0) && Console.isTerminal(1) {
                    Console.write(1, words.confirm(count))
                    confirmed = ["j", "ja", "y", "yes"].contains((readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased())
                }
                guard confirmed else {
                    Console.error(words.notConfirmed)
                    throw ExitCode(1)
                }
                let purged = try ctx.perform(w, [command]).compactMap(\.subject)
                // The purge is done and durable; a look that cannot be logged is said, not undone.
                try ctx.logLook(purged, "purged", via: "gallring purge", in: w)
                var lines = [words.purged(purged.count), words.backupsNote]
                let aside = FileStamp.setAside(beside: w.journal.paths.journal)
                if !aside.isEmpty { lines.append(words.filesBeside(aside.map(Quoted.path))) }
                Console.out(lines.joined(separator: "\n"))
            }
        }
    }
}
