import LotsenCalendar

/// The six reports the agreements ask for. Each is computed from the folded state for a
/// range of days, as plain figures: the words and the layout belong to the front ends.
public enum ReportKind: String, Sendable, CaseIterable {
    case targetGroup = "målgrupp"
    case activities = "insatser"
    case exits = "avslut"
    case targets = "mål"
    case ninetyDays = "90dagar"
    case flow = "flöde"

    /// The Swedish name with or without å, ä, ö, or the English one.
    public init?(code: String) {
        let key = String(TextFolding.code(code).filter { $0 != "-" })
        switch key {
        case "malgrupp", "targetgroup": self = .targetGroup
        case "insatser", "deltagare", "deltagareochinsatser", "activities": self = .activities
        case "avslut", "exits": self = .exits
        case "mal", "targets": self = .targets
        case "90dagar", "90", "ninetydays", "90days": self = .ninetyDays
        case "flode", "flow": self = .flow
        default: return nil
        }
    }
}

/// The days a report covers, both ends included. `to` is also the day "as of" which
/// stages, ages and running clocks are read.
public struct ReportRange: Equatable, Sendable {
    public var from: Day
    public var to: Day

    public init(from: Day, to: Day) {
        self.from = from
        self.to = to
    }

    /// The calendar year up to `day`: what a report shows unless told otherwise.
    public static func yearToDate(_ day: Day) -> ReportRange {
        ReportRange(from: Day(year: day.year, month: 1, day: 1)!, to: day)
    }

    public func contains(_ day: Day) -> Bool { from <= day && day <= to }
}

/// The columns every figure is split into.
public enum GenderGroup: Int, Sendable, CaseIterable {
    case women, men, otherOrUnknown

    public init(_ g: Gender) {
        switch g {
        case .woman: self = .women
        case .man: self = .men
        case .other, .unknown: self = .otherOrUnknown
        }
    }
}

/// One cell. Counts of people or activities are what small-cell suppression hides.
public enum Figure: Equatable, Sendable {
    case count(Int)
    /// A number people set (a yearly target): never hidden.
    case target(Int)
    /// What remains of a target; hidden when the count it is worked out from is.
    case remaining(Int, counted: Int)
    /// A share, as numerator and denominator.
    case share(Int, of: Int)
    /// The median of `of` values (days); nil when there are none.
    case median(Double?, of: Int)
    /// A count hidden besides the small ones, so that no small count can be worked out by
    /// subtraction (`Suppression`); shown as it is where nothing is suppressed.
    case withheld(Int)

    /// What the figure is about in number of people or activities: for suppression and
    /// for whether the "annat/okänt" column has anything in it.
    public var basis: Int {
        switch self {
        case .count(let n), .withheld(let n): return n
        case .target: return 0
        case .remaining(_, let counted): return counted
        case .share(_, let of), .median(_, let of): return of
        }
    }

    /// The figure as it may leave the office with `threshold`: a count below it (but
    /// not zero) is hidden, and so is a share or median worked out from fewer.
    public func shown(suppressingBelow threshold: Int) -> Shown {
        switch self {
        case .count(let n): return n > 0 && n < threshold ? .fewerThan(threshold) : .number(Double(n))
        case .target(let n): return .number(Double(n))
        case .remaining(let n, let counted):
            return counted > 0 && counted < threshold ? .hidden : .number(Double(n))
        case .share(let n, let of):
            if of == 0 { return .none }
            return of < threshold ? .hidden : .percent(Double(n) * 100 / Double(of))
        case .median(let m, let of):
            guard let m else { return .none }
            return of < threshold ? .hidden : .number(m)
        case .withheld(let n):
            return threshold > 1 ? .hidden : .number(Double(n))
        }
    }

    public enum Shown: Equatable, Sendable {
        case number(Double)
        case percent(Double)
        /// A count below the threshold ("<5").
        case fewerThan(Int)
        /// A share or median worked out from too few people ("..").
        case hidden
        /// Nothing to show (no values: "–").
        case none
    }
}

/// The four columns of a row: women, men, others and unknown, and everyone.
public struct GenderFigures: Equatable, Sendable {
    public var women: Figure
    public var men: Figure
    public var otherOrUnknown: Figure
    public var total: Figure

    public init(women: Figure, men: Figure, otherOrUnknown: Figure, total: Figure) {
        self.women = women
        self.men = men
        self.otherOrUnknown = otherOrUnknown
        self.total = total
    }

    public subscript(_ g: GenderGroup) -> Figure {
        switch g {
        case .women: return women
        case .men: return men
        case .otherOrUnknown: return otherOrUnknown
        }
    }
}

/// What a row counts, for the words of the front ends.
public enum ReportLine: Hashable, Sendable {
    // Målgrupp
    case inProgramme, newlyRegistered, bornAbroad, disability, withoutGrades, incomeSupport
    case afCategory(AFCategory?)
    /// An age band; nil for ages outside 16–29.
    case ageBand(ClosedRange<Int>?)
    // Deltagare och insatser
    case stage(Stage)
    case activity(ActivityKind)
    // Avslut
    case exitReason(ExitReason)
    case allExits
    /// An occupation as written (first spelling seen); nil when none was given.
    case occupation(String?)
    // Mål
    case target(TargetMeasure)
    // 90 dagar
    case registeredInRange, startedWithin, startedAfter, stillRunning, overdueWithout, exitedWithout, shareWithin
    case medianDaysToStart
    /// Days from registration to the first activity, both ends included; nil: open.
    case daysBand(Int, Int?)
    // Flöde
    case reached(Stage)
    case medianDays(Stage)
    case movedInto(Stage)
    case movedBack
}

public struct ReportRow: Equatable, Sendable {
    public var line: ReportLine
    public var figures: GenderFigures
    /// Mål only: the target and what remains.
    public var target: Figure?
    public var remaining: Figure?

    public init(line: ReportLine, figures: GenderFigures, target: Figure? = nil, remaining: Figure? = nil) {
        self.line = line
        self.figures = figures
        self.target = target
        self.remaining = remaining
    }
}

/// A table of a report, and the picture that says it best.
public struct ReportSection: Equatable, Sendable {
    public enum Heading: Hashable, Sendable {
        case targetGroup, afCategory, afCategoryAged16To19, afCategoryWithoutGrades, age
        case stagesOn(Day), activitiesStarted, activitiesEnded, activitiesRunning(Day)
        case exitsByReason, occupations
        case targets(year: Int)
        case ninetyDays, ninetyDayDistribution
        case funnel, medianDays, movement
    }

    /// Which picture the Statistik screen draws beside the table.
    public enum Chart: Sendable {
        /// Women and men side by side in each row.
        case genderSplit
        /// One bar a row, of the total.
        case totals
        /// Each row's total against its target.
        case progress
    }

    public var heading: Heading
    public var rows: [ReportRow]
    public var chart: Chart

    public init(heading: Heading, rows: [ReportRow], chart: Chart) {
        self.heading = heading
        self.rows = rows
        self.chart = chart
    }
}

public struct Report: Equatable, Sendable {
    public var kind: ReportKind
    public var range: ReportRange
    public var sections: [ReportSection]

    public init(kind: ReportKind, range: ReportRange, sections: [ReportSection]) {
        self.kind = kind
        self.range = range
        self.sections = sections
    }

    /// Whether the "annat/okänt" column has anything in it: it is shown only then.
    public var hasOtherOrUnknown: Bool {
        sections.contains { $0.rows.contains { $0.figures.otherOrUnknown.basis > 0 } }
    }
}

extension ReportRange {
    /// The periods the Statistik screen offers, from the caseworker's today.
    public enum Preset: Sendable, CaseIterable {
        case yearToDate, lastYear, quarterToDate, lastQuarter, last12Months, allTime

        /// `since` is the earliest registration, for `allTime`.
        public func range(today: Day, since: Day?) -> ReportRange {
            let (y, m, _) = today.parts
            let quarterStart = Day(year: y, month: (m - 1) / 3 * 3 + 1, day: 1)!
            switch self {
            case .yearToDate: return .yearToDate(today)
            case .lastYear: return ReportRange(from: Day(year: y - 1, month: 1, day: 1)!, to: Day(year: y - 1, month: 12, day: 31)!)
            case .quarterToDate: return ReportRange(from: quarterStart, to: today)
            case .lastQuarter: return ReportRange(from: quarterStart.adding(months: -3), to: quarterStart.adding(days: -1))
            case .last12Months: return ReportRange(from: today.adding(months: -12).adding(days: 1), to: today)
            case .allTime: return ReportRange(from: min(since ?? today, today), to: today)
            }
        }
    }
}
