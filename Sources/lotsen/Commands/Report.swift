import ArgumentParser
import LotsenCalendar
import LotsenCore
import LotsenJournal
import LotsenText
import LotsenWorkspace

extension Lotsen {
    /// `lotsen report KIND [--from DATE] [--to DATE] [--format …] [--exact] [--output FILE]`.
    struct ReportCommand: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "report", abstract: reportWords.help(.reportAbstract),
                                 discussion: reportWords.help(.reportDiscussion))
        }

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json, md, html }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var past: PastOption
        @Argument(help: ArgumentHelp(reportWords.help(.kindArgument)), completion: Completions.reports) var kind: String
        @OptionGroup var range: RangeOptions
        @Option(help: ArgumentHelp(reportWords.help(.formatOption))) var format: Format = .table
        @Flag(help: ArgumentHelp(reportWords.help(.exactFlag))) var exact = false
        @Option(name: .customLong("suppress-below"), help: ArgumentHelp(reportWords.help(.thresholdOption)))
        var suppressBelow = 5
        @Option(help: ArgumentHelp(words.help(.outputOption))) var output: String?
        @Flag(help: ArgumentHelp(words.help(.forceOption))) var force = false

        func run() throws {
            let ctx = try global.context(past)
            guard let kind = ReportKind(code: kind) else { throw CommandFailure.usage(ctx.lang.report.say(.unknownReport(kind))) }
            let range = try self.range.resolve(ctx)
            let w = try ctx.open(.readOnly)
            defer { w.close() }
            let report = Statistics.report(kind, in: w.state, range: range)
            let doc = ReportDocument(report, lang: ctx.lang, threshold: exact ? 0 : max(0, suppressBelow))
            let bytes: [UInt8]
            switch format {
            case .table: bytes = Array(doc.table().utf8)
            case .md: bytes = Array(doc.markdown().utf8)
            case .html: bytes = Array(doc.html().utf8)
            case .json: bytes = Array(try JSONOutput.encode(ReportJSON(doc)).utf8) + [0x0A]
            case .csv:
                var sheet = SpreadsheetCSV()
                for row in doc.grid() { sheet.row(row) }
                bytes = sheet.bytes
            }
            try Output.deliver(bytes, to: output, force: force, ctx) { ctx.lang.report.say(.reportSaved(path: $0)) }
        }
    }

    /// `--from` and `--to`, as every report and export reads them.
    struct RangeOptions: ParsableArguments {
        @Option(help: ArgumentHelp(reportWords.help(.fromOption))) var from: String?
        @Option(help: ArgumentHelp(reportWords.help(.toOption))) var to: String?

        /// Without `--to`, today; without `--from`, the 1st of January of `--to`'s year.
        func resolve(_ ctx: CommandContext) throws -> ReportRange {
            func day(_ text: String, _ option: String) throws -> Day {
                guard let d = Day(iso: text.trimmingSpaces) else {
                    throw CommandFailure.usage(ctx.lang.report.say(.badDate(text, option: option)))
                }
                return d
            }
            let end = try to.map { try day($0, "--to") } ?? ctx.today
            let start = try from.map { try day($0, "--from") } ?? ReportRange.yearToDate(end).from
            guard start <= end else { throw CommandFailure.usage(ctx.lang.report.say(.rangeBackwards(from: start, to: end))) }
            return ReportRange(from: start, to: end)
        }

        /// Only when given: an export without them takes everything.
        func resolveIfGiven(_ ctx: CommandContext) throws -> ReportRange? {
            from == nil && to == nil ? nil : try resolve(ctx)
        }
    }

    /// `lotsen target set YEAR MEASURE COUNT` and `lotsen target list [--year YEAR]`.
    struct TargetGroup: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "target", abstract: reportWords.help(.targetAbstract), subcommands: [Set.self, List.self])
        }

        struct Set: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(commandName: "set", abstract: reportWords.help(.targetSetAbstract)) }
            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp(reportWords.help(.yearArgument))) var year: String
            @Argument(help: ArgumentHelp(reportWords.help(.measureArgument))) var measure: String
            @Argument(help: ArgumentHelp(reportWords.help(.countArgument))) var count: String

            func run() throws {
                let ctx = global.context
                let w = try ctx.open(.readWrite)
                defer { w.close() }
                let recorded = try ctx.perform(w, [.report(.setTarget(year: year, measure: measure, count: count))])
                for r in recorded { if case .report(.targetSet(let t)) = r.event { Console.out(ctx.lang.report.say(.targetSet(t))) } }
            }
        }

        struct List: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: reportWords.help(.targetListAbstract)) }
            @OptionGroup var global: GlobalOptions
            @Option(help: ArgumentHelp(reportWords.help(.yearOption))) var year: Int?

            func run() throws {
                let ctx = global.context
                let w = try ctx.open(.readOnly)
                defer { w.close() }
                let y = year ?? ctx.today.year
                let targets = w.state.targets(for: y)
                if targets.isEmpty { Console.out(ctx.lang.report.say(.noTargets(year: y))); return }
                let r = ctx.lang.report
                Console.out(TextTable(targets.map { [r.line(.target($0.measure)), $0.measure.code, String($0.count)] }).render())
            }
        }
    }
}

var reportWords: ReportWords { helpLanguage.report }
