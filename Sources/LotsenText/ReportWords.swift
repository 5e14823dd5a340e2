import LotsenCalendar
import LotsenCore

/// Words of the reports: titles, headings, row labels and columns, for the Statistik
/// screen, `lotsen report` and the exports. One implementation per language.
public protocol ReportWords {
    static func title(_ k: ReportKind) -> String
    static func heading(_ h: ReportSection.Heading) -> String
    static func line(_ l: ReportLine) -> String
    static func column(_ c: ReportColumn) -> String
    /// "2026-01-01 – 2026-06-30".
    static func range(_ r: ReportRange) -> String
    /// Under a report meant to leave the office: how small counts are hidden.
    static func suppressionNote(_ threshold: Int) -> String
    /// Under a report with every figure exact: for the caseworkers' own use.
    static var exactNote: String { get }
    /// A section with no rows.
    static func empty(_ h: ReportSection.Heading) -> String
    static func percent(_ x: Double) -> String
    static func days(_ x: Double) -> String
    static func help(_ key: ReportHelp) -> String
    static func say(_ m: ReportMessage) -> String
    // The Statistik screen.
    /// A word or two, for the row of reports.
    static func shortTitle(_ k: ReportKind) -> String
    static func preset(_ p: ReportRange.Preset) -> String
    static func screen(_ t: StatisticsText) -> String
    /// The headings of `lotsen export activities`.
    static func activityColumn(_ c: ActivityExportColumn) -> String
}

public enum ActivityExportColumn: Sendable, CaseIterable {
    case participant, personnummer, gender, registered, activity, organisation, start, plannedEnd, end, outcome
}

public enum StatisticsText: Sendable, CaseIterable {
    case title, exact, outgoing, women, men, other, total
}

public enum ReportColumn: Sendable, CaseIterable {
    case report, from, to, section, line, women, men, otherOrUnknown, total, target, remaining
}

public enum ReportHelp: Sendable, CaseIterable {
    case reportAbstract, reportDiscussion, kindArgument, fromOption, toOption, formatOption, exactFlag, thresholdOption
    case targetAbstract, targetSetAbstract, targetListAbstract, yearArgument, measureArgument, countArgument, yearOption
    case exportActivitiesAbstract, withPnrFlag
}

public enum ReportMessage: Sendable {
    case unknownReport(String)
    case badDate(String, option: String)
    case rangeBackwards(from: Day, to: Day)
    case targetSet(YearTarget)
    case noTargets(year: Int)
    case reportSaved(path: String)
    case activitiesExported(rows: Int, path: String)
}

extension Language {
    public var report: any ReportWords.Type {
        switch self {
        case .sv: return ReportSwedish.self
        case .en: return ReportEnglish.self
        }
    }
}

extension ReportWords {
    /// A cell as the language writes it.
    public static func cell(_ shown: Figure.Shown, lang: Language) -> String {
        switch shown {
        case .number(let x): return x == x.rounded() ? NumberText.integer(Int(x), lang) : days(x)
        case .percent(let x): return percent(x)
        case .fewerThan(let n): return "<\(n)"
        case .hidden: return ".."
        case .none: return "–"
        }
    }
}
