/// Stable machine names of a report's sections and rows, for JSON output and scripts:
/// the words change with the language, these never do.
extension ReportSection.Heading {
    public var code: String {
        switch self {
        case .targetGroup: return "target-group"
        case .afCategory: return "af-category"
        case .afCategoryAged16To19: return "af-category-16-19"
        case .afCategoryWithoutGrades: return "af-category-without-grades"
        case .age: return "age"
        case .stagesOn: return "stages"
        case .activitiesStarted: return "activities-started"
        case .activitiesEnded: return "activities-ended"
        case .activitiesRunning: return "activities-running"
        case .exitsByReason: return "exits-by-reason"
        case .occupations: return "occupations"
        case .targets: return "targets"
        case .ninetyDays: return "ninety-days"
        case .ninetyDayDistribution: return "days-to-first-activity"
        case .funnel: return "funnel"
        case .medianDays: return "median-days"
        case .movement: return "movement"
        }
    }
}

extension ReportLine {
    public var code: String {
        switch self {
        case .inProgramme, .registeredInRange: return "registered"
        case .newlyRegistered: return "newly-registered"
        case .bornAbroad: return "born-abroad"
        case .disability: return "disability"
        case .withoutGrades: return "without-grades"
        case .incomeSupport: return "income-support"
        case .afCategory(let c): return "af-category:" + (c?.rawValue ?? "none")
        case .ageBand(let b): return "age:" + (b.map { "\($0.lowerBound)-\($0.upperBound)" } ?? "other")
        case .stage(let s): return "stage:" + s.rawValue
        case .activity(let k): return "activity:" + k.code
        case .exitReason(let r): return "exit:" + r.rawValue
        case .allExits: return "exits"
        case .occupation(let o): return o == nil ? "occupation:none" : "occupation"
        case .target(let m): return "target:" + m.code
        case .startedWithin: return "within-90-days"
        case .startedAfter: return "after-90-days"
        case .overdueWithout: return "none-after-90-days"
        case .exitedWithout: return "left-without-activity"
        case .stillRunning: return "none-yet-within-90-days"
        case .shareWithin: return "share-within-90-days"
        case .medianDaysToStart: return "median-days-to-activity"
        case .daysBand(let lo, let hi): return "days:\(lo)-" + (hi.map(String.init) ?? "")
        case .reached(let s): return "reached:" + s.rawValue
        case .medianDays(let s): return "median-days:" + s.rawValue
        case .movedInto(let s): return "moved-into:" + s.rawValue
        case .movedBack: return "moved-back"
        }
    }
}
