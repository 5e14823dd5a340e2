import ArgumentParser
import LotsenCore
import LotsenText
import LotsenWorkspace

extension Lotsen.ExportGroup {
    /// `lotsen export activities [--format csv|json] [--with-pnr] [--from DATE] [--to DATE] [--output FILE]`:
    /// one row an activity, in the layout docs/reports.md documents for reporting to AF.
    struct Activities: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "activities", abstract: reportWords.help(.exportActivitiesAbstract))
        }
        @OptionGroup var global: GlobalOptions
        @OptionGroup var past: PastOption
        @Option(help: ArgumentHelp(words.help(.formatOption))) var format: Format = .csv
        @Flag(name: .customLong("with-pnr"), help: ArgumentHelp(reportWords.help(.withPnrFlag))) var withPnr = false
        @OptionGroup var range: Lotsen.RangeOptions
        @Option(help: ArgumentHelp(words.help(.outputOption))) var output: String?
        @Flag(help: ArgumentHelp(words.help(.forceOption))) var force = false

        func run() throws {
            let ctx = try global.context(past)
            let range = try self.range.resolveIfGiven(ctx)
            let w = try ctx.open(.readOnly)
            defer { w.close() }
            try ctx.require(.personData, in: w)
            var rows: [(Participant, Period, Activity)] = []
            for p in w.state.order.compactMap({ w.state.participant($0) }) {
                for period in p.periods {
                    for a in period.programme.activities.sorted(by: { ($0.start, $0.id) < ($1.start, $1.id) }) {
                        // In the range: begun by its end, and not ended before its start.
                        if let range, a.start > range.to || (a.end.map { $0 < range.from } ?? false) { continue }
                        rows.append((p, period, a))
                    }
                }
            }
            let bytes: [UInt8]
            switch format {
            case .json:
                let items = rows.map { p, period, a in
                    ActivityExportJSON(participant: p.id.value, personnummer: p.personnummer.formatted, gender: p.profile.gender.rawValue,
                                       registered: period.registered.iso, kind: a.kind.code, name: a.kind.name,
                                       organisation: a.organisation.code, start: a.start.iso, plannedEnd: a.plannedEnd?.iso,
                                       end: a.end?.iso, outcome: a.outcome?.rawValue, withPersonnummer: withPnr)
                }
                bytes = Array(try JSONOutput.encode(items).utf8) + [0x0A]
            case .csv:
                bytes = ActivityExport.csv(rows, withPersonnummer: withPnr, lang: ctx.lang).bytes
            }
            try Output.deliver(bytes, to: output, force: force, ctx) { ctx.lang.report.say(.activitiesExported(rows: rows.count, path: $0)) }
        }
    }
}

/// The activities' spreadsheet, headed in the user's language.
enum ActivityExport {
    static func csv(_ rows: [(Participant, Period, Activity)], withPersonnummer: Bool, lang: Language) -> SpreadsheetCSV {
        let d = lang.domain, prog = lang.programme
        var sheet = SpreadsheetCSV()
        sheet.row(ActivityExportColumn.allCases.filter { withPersonnummer || $0 != .personnummer }.map(lang.report.activityColumn))
        for (p, period, a) in rows {
            sheet.row([p.id.value] + (withPersonnummer ? [p.personnummer.formatted] : [])
                + [d.gender(p.profile.gender), period.registered.iso, a.kind.name, a.organisation.code, a.start.iso,
                   a.plannedEnd?.iso ?? "", a.end?.iso ?? "", a.outcome.map(prog.outcome) ?? ""])
        }
        return sheet
    }
}
