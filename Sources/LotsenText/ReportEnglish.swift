import LotsenCalendar
import LotsenCore

enum ReportEnglish: ReportWords {
    static func title(_ k: ReportKind) -> String {
        switch k {
        case .targetGroup: return "Target group"
        case .activities: return "Participants and activities"
        case .exits: return "Exits"
        case .targets: return "Targets"
        case .ninetyDays: return "90 days"
        case .flow: return "Flow"
        }
    }

    static func heading(_ h: ReportSection.Heading) -> String {
        switch h {
        case .targetGroup: return "Participants in the period"
        case .afCategory: return "AF category"
        case .age: return "Age at the end of the period"
        case .stagesOn(let d): return "Participants per stage on \(d.iso)"
        case .activitiesStarted: return "Activities started"
        case .activitiesEnded: return "Activities ended"
        case .activitiesRunning(let d): return "Activities running on \(d.iso)"
        case .exitsByReason: return "Exits by reason"
        case .occupations: return "Occupations of those who left for work"
        case .targets(let year): return "Targets for \(year)"
        case .ninetyDays: return "Registered and first activity"
        case .ninetyDayDistribution: return "Days to the first activity"
        case .funnel: return "The funnel: reached the stage"
        case .medianDays: return "Days in the stage (median)"
        case .movement: return "Movement in the period"
        }
    }

    static func line(_ l: ReportLine) -> String {
        switch l {
        case .inProgramme: return "Registered"
        case .newlyRegistered: return "of whom newly registered"
        case .bornAbroad: return "Born abroad"
        case .disability: return "With a disability"
        case .withoutGrades: return "Without complete upper-secondary grades"
        case .incomeSupport: return "On income support"
        case .afCategory(let c?):
            switch c {
            case .openUnemployment: return "Openly unemployed (11)"
            case .youthGuarantee: return "In the youth guarantee (69)"
            case .notAvailable: return "Not available (14)"
            case .other: return "Other category"
            }
        case .afCategory(nil): return "Category not given"
        case .ageBand(let band?): return "\(band.lowerBound)–\(band.upperBound) years"
        case .ageBand(nil): return "Other ages"
        case .stage(let s), .reached(let s), .medianDays(let s): return ProgrammeEnglish.stage(s)
        case .activity(let k): return k.name
        case .exitReason(let r): return DomainEnglish.exitReason(r).capitalizedFirst
        case .allExits: return "All exits"
        case .occupation(let o): return o ?? "Occupation not given"
        case .target(.started(let k)): return "\(k.name), started"
        case .target(.exited(let r)): return "Exits to \(DomainEnglish.exitReason(r))"
        case .registeredInRange: return "Registered"
        case .startedWithin: return "Activity within 90 days"
        case .startedAfter: return "Activity after more than 90 days"
        case .overdueWithout: return "No activity after 90 days"
        case .exitedWithout: return "Left without an activity"
        case .stillRunning: return "No activity yet, within 90 days"
        case .shareWithin: return "Share within 90 days"
        case .medianDaysToStart: return "Days to the activity (median)"
        case .daysBand(let lo, let hi?): return "\(lo)–\(hi) days"
        case .daysBand(let lo, nil): return "\(lo) days and more"
        case .movedInto(let s): return "Into " + ProgrammeEnglish.stage(s)
        case .movedBack: return "Back a step"
        }
    }

    static func column(_ c: ReportColumn) -> String {
        switch c {
        case .report: return "Report"
        case .from: return "From"
        case .to: return "To"
        case .section: return "Section"
        case .line: return "Row"
        case .women: return "Women"
        case .men: return "Men"
        case .otherOrUnknown: return "Other/unknown"
        case .total: return "Total"
        case .target: return "Target"
        case .remaining: return "Left"
        }
    }

    static func range(_ r: ReportRange) -> String { "\(r.from.iso) – \(r.to.iso)" }

    static func suppressionNote(_ threshold: Int) -> String {
        "Counts under \(threshold) are shown as <\(threshold). Shares and medians of fewer than \(threshold), and Left when the count is hidden, are shown as .."
    }

    static var exactNote: String { "Exact figures, for the caseworkers' own use. What leaves the office shows counts under 5 as <5." }

    static func empty(_ h: ReportSection.Heading) -> String {
        if case .targets(let year) = h { return say(.noTargets(year: year)) }
        return "None in the period."
    }

    static func percent(_ x: Double) -> String { NumberText.decimal(x, .en) + "%" }

    static func days(_ x: Double) -> String { NumberText.decimal(x, .en) }

    static func help(_ key: ReportHelp) -> String {
        switch key {
        case .reportAbstract: return "Statistics split by gender for the steering group and AF."
        case .reportDiscussion:
            return """
            REPORT is one of målgrupp, insatser, avslut, mål, 90dagar or flöde (or target-group, activities, exits, \
            targets, 90days, flow). The period is --from to --to (both days included); without them, the year to date. \
            Counts under 5 are shown as <5 (--exact shows every figure, for your own use). The definitions are in \
            docs/reports.md.
            """
        case .kindArgument: return "The report: målgrupp, insatser, avslut, mål, 90dagar or flöde."
        case .fromOption: return "The period's first day (YYYY-MM-DD). Default: 1 January of --to's year."
        case .toOption: return "The period's last day (YYYY-MM-DD), also the day stages and ages are read on. Default: today."
        case .formatOption: return "table, csv, json, md or html (printable)."
        case .exactFlag: return "Show every figure exactly, also under 5: for the caseworkers' own use only."
        case .thresholdOption: return "Hide counts under this number (default 5)."
        case .targetAbstract: return "Yearly targets for the Targets report, e.g. 4 traineejobb started."
        case .targetSetAbstract: return "Set a target for a year; a count of 0 removes it."
        case .targetListAbstract: return "Show a year's targets."
        case .yearArgument: return "The year (YYYY)."
        case .measureArgument: return "The activity (e.g. traineejobb, utbildningskontrakt) or exit:REASON (e.g. exit:work)."
        case .countArgument: return "The count; 0 removes the target."
        case .yearOption: return "The year. Default: this year."
        case .exportActivitiesAbstract: return "Activities per participant (start, end, type, organisation, outcome) for reporting to AF."
        case .withPnrFlag: return "Include the personnummer (otherwise only the participant's id)."
        }
    }

    static func say(_ m: ReportMessage) -> String {
        switch m {
        case .unknownReport(let t):
            return "Unknown report “\(t)”. Choose one of: målgrupp, insatser, avslut, mål, 90dagar, flöde."
        case .badDate(let t, let option): return "\(option): “\(t)” is not a date. Write YYYY-MM-DD."
        case .rangeBackwards(let from, let to): return "The period ends (\(to.iso)) before it begins (\(from.iso))."
        case .targetSet(let t):
            return t.count == 0 ? "The target for \(t.year) is removed: \(line(.target(t.measure)))."
                : "Target for \(t.year): \(line(.target(t.measure))) \(t.count)."
        case .noTargets(let year): return "No targets set for \(year). Set one with: lotsen target set \(year) traineejobb 4"
        case .reportSaved(let path): return "The report is saved in \(path)."
        case .activitiesExported(let rows, let path): return "\(rows) activities saved in \(path)."
        }
    }

    static func shortTitle(_ k: ReportKind) -> String { k == .activities ? "Activities" : title(k) }

    static func preset(_ p: ReportRange.Preset) -> String {
        switch p {
        case .yearToDate: return "this year"
        case .lastYear: return "last year"
        case .quarterToDate: return "this quarter"
        case .lastQuarter: return "last quarter"
        case .last12Months: return "last 12 months"
        case .allTime: return "all time"
        }
    }

    static func screen(_ t: StatisticsText) -> String {
        switch t {
        case .title: return "Statistics"
        case .exact: return "exact figures"
        case .outgoing: return "as sent out (<5)"
        case .women: return "Women"
        case .men: return "Men"
        case .other: return "Other"
        case .total: return "Total"
        }
    }

    static func activityColumn(_ c: ActivityExportColumn) -> String {
        switch c {
        case .participant: return "Participant"
        case .personnummer: return "Personnummer"
        case .gender: return "Gender"
        case .registered: return "Registered"
        case .activity: return "Activity"
        case .organisation: return "Organisation"
        case .start: return "Start"
        case .plannedEnd: return "Planned end"
        case .end: return "End"
        case .outcome: return "Outcome"
        }
    }
}
