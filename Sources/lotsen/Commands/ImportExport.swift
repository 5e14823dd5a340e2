import ArgumentParser
import Foundation
import LotsenCore
import LotsenJournal
import LotsenText
import LotsenWorkspace

extension Lotsen {
    struct ImportGroup: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "import", abstract: words.help(.importAbstract), subcommands: [Participants.self])
        }

        /// `lotsen import participants FILE.csv [--dry-run] [--skip-invalid]`.
        struct Participants: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "participants", abstract: words.help(.importParticipantsAbstract))
            }
            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp(words.help(.importFileArgument))) var file: String
            @Flag(name: .customLong("dry-run"), help: ArgumentHelp(words.help(.dryRunFlag))) var dryRun = false
            @Flag(name: .customLong("skip-invalid"), help: ArgumentHelp(words.help(.skipInvalidFlag))) var skipInvalid = false

            func run() throws {
                let ctx = global.context
                let lang = ctx.lang
                // Who is importing, and whether the journal takes writes, before the file is read.
                let w = try ctx.open(dryRun ? .readOnly : .readWrite)
                defer { w.close() }
                if !dryRun {
                    do { try w.checkAuthor() } catch { throw CommandFailure.usage(lang.domain.error(error, names: { $0.value })) }
                }
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw CommandFailure.usage(lang.cli.say(.fileUnreadable(path: file)))
                }
                let sheet: ParticipantImport
                do { sheet = try ParticipantImport(bytes: [UInt8](data)) } catch {
                    throw CommandFailure.usage(ImportText.fileError(error, path: file, lang))
                }
                let progress = ProgressLine(.importRows, lang: lang)
                let (commands, errors) = sheet.check(against: w.state, today: ctx.today, progress: progress.update)
                progress.finish()
                // Freed by the process's exit, not value by value (a tenth of a large import).
                ProcessLifetime.keep(Kept((sheet, commands)))
                for e in errors { Console.error(ImportText.rowError(e, file: file, workspace: w, ctx: ctx)) }
                // A dry run is a check, like verify: 1 when rows are bad (docs/cli.md).
                if dryRun {
                    if errors.isEmpty { Console.out(lang.cli.say(.importChecked(rows: commands.count))); return }
                    Console.error(lang.cli.say(.importDryRunFound(valid: commands.count, errors: errors.count)))
                    throw ExitCode(1)
                }
                if !errors.isEmpty && !skipInvalid { throw CommandFailure.usage(lang.cli.say(.importRefused(errors: errors.count))) }
                if !commands.isEmpty {
                    let writing = ProgressLine(.importWrite, lang: lang)
                    _ = try ctx.perform(w, commands, progress: writing.update)
                    writing.finish()
                }
                Console.out(lang.cli.say(.importWritten(rows: commands.count)))
                if !errors.isEmpty { Console.error(lang.cli.say(.importSkipped(rows: errors.count))) }
            }
        }
    }

    struct ExportGroup: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "export", abstract: words.help(.exportAbstract), subcommands: [Participants.self, Activities.self])
        }

        enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

        /// `lotsen export participants [--format csv|json] [--output FILE]`.
        struct Participants: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "participants", abstract: words.help(.exportParticipantsAbstract))
            }
            @OptionGroup var global: GlobalOptions
            @OptionGroup var past: PastOption
            @Option(help: ArgumentHelp(words.help(.formatOption))) var format: Format = .csv
            @Option(help: ArgumentHelp(words.help(.outputOption))) var output: String?
            @Flag(help: ArgumentHelp(words.help(.forceOption))) var force = false
            @Flag(help: ArgumentHelp(words.help(.findAllFlag))) var all = false

            func run() throws {
                let ctx = try global.context(past)
                let w = try ctx.open(.readOnly)
                defer { w.close() }
                // In Swedish name order, as every list of people in Lotsen.
                try ctx.require(.personData, in: w)
                // Each row holds what the caller may see of the person (docs/privacy.md).
                // Someone with protected personal data is never in an export.
                let seen = w.state.order.compactMap { w.state.participant($0, seenBy: ctx.author) }
                    .filter { (all || $0.participant.isActive) && !$0.participant.isProtected }
                    .sorted { SwedishOrder.byName($0.participant, $1.participant) }
                let people = seen.map(\.participant)
                try ctx.logLook(people.map(\.id), "export", via: "export participants", in: w)
                let bytes: [UInt8]
                switch format {
                case .json:
                    bytes = Array(try JSONOutput.encode(seen.map { ParticipantJSON($0, state: w.state, today: ctx.today) }).utf8) + [0x0A]
                case .csv:
                    let progress = ProgressLine(.exportRows, lang: ctx.lang)
                    bytes = ParticipantExport.csv(people, lang: ctx.lang, progress: progress.update).bytes
                    progress.finish()
                }
                try Output.deliver(bytes, to: output, force: force, ctx) { ctx.lang.cli.say(.exported(rows: people.count, path: $0)) }
            }
        }
    }
}

/// The participants' spreadsheet, headed in the user's language.
enum ParticipantExport {
    static func csv(_ people: [Participant], lang: Language, progress: ((Int, Int) -> Void)? = nil) -> SpreadsheetCSV {
        let d = lang.domain
        var sheet = SpreadsheetCSV()
        let fields: [Field] = [.firstName, .lastName, .gender, .phone, .email, .registered, .referral, .bornAbroad,
                               .disability, .afCategory, .gradesComplete, .incomeSupport]
        sheet.row([d.label(.id), d.field(.personnummer)] + fields.map(d.field)
            + [d.label(.status), d.field(.date), d.field(.reason), d.field(.occupation), d.label(.consent), d.label(.responsible)])
        func yn(_ b: Bool?) -> String { b.map { d.yesNo($0) } ?? "" }
        for (index, p) in people.enumerated() {
            if index % 1000 == 0 { progress?(index, people.count) }
            let exit = p.currentPeriod.exit
            let consent = p.consent.map { c in c.isActive ? c.organisations.map(\.code).joined(separator: ",") : "" } ?? ""
            let responsible = p.responsible.sorted { $0.key < $1.key }.map { "\($0.key.code):\($0.value)" }.joined(separator: ",")
            sheet.row([
                p.id.value, p.personnummer.formatted, p.profile.firstName, p.profile.lastName, d.gender(p.profile.gender),
                p.profile.phones.joined(separator: ", "), p.profile.email ?? "", p.currentPeriod.registered.iso,
                p.profile.referral.map(d.referral) ?? "", yn(p.profile.bornAbroad), yn(p.profile.disability),
                p.profile.afCategory?.rawValue ?? "", yn(p.profile.gradesComplete), yn(p.profile.incomeSupport),
                p.isActive ? d.label(.active) : d.label(.exited), exit?.date.iso ?? "", exit.map { d.exitReason($0.reason) } ?? "",
                exit?.occupation ?? "", consent, responsible,
            ])
        }
        return sheet
    }
}

/// Import problems, in the user's words from the catalog.
enum ImportText {
    static func fileError(_ e: ParticipantImport.FileError, path: String, _ lang: Language) -> String {
        let problem: ImportFileProblem
        switch e {
        case .empty: problem = .empty
        case .missingColumns(let fields): problem = .missingColumns(fields.map(lang.domain.field))
        case .unknownColumn(let c): problem = .unknownColumn(c)
        case .duplicateColumn(let c): problem = .duplicateColumn(c)
        case .malformed: problem = .malformed
        case .unterminatedQuote(let line): problem = .unterminatedQuote(line: line)
        case .cellsBeyondHeadings(let row, let cells, let headings): problem = .cellsBeyondHeadings(row: row, cells: cells, headings: headings)
        }
        return lang.cli.say(.importFile(path: path, problem))
    }

    static func rowError(_ e: ParticipantImport.RowError, file: String, workspace: Workspace, ctx: CommandContext) -> String {
        let lang = ctx.lang
        let place = lang.cli.say(.importRow(path: file, row: e.row, column: e.column))
        let message = lang.domain.error(e.error) { id in
            ParticipantImport.row(of: id).map { lang.cli.say(.fileRow($0)) } ?? ctx.label(workspace, id)
        }
        return place + ": " + message
    }
}
