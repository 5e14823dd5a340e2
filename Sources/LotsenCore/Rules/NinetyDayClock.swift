import LotsenCalendar

/// The 90-day guarantee: work with a young person must start within 90 days of
/// registration. The clock runs from the registration of the current period until the
/// first activity starts; it warns from day 60 and is overdue from day 90.
public enum NinetyDayClock {
    public static let warnFrom = 60
    public static let limit = 90

    public enum Status: Equatable, Sendable {
        /// Days since registration, under the warning threshold.
        case running(days: Int)
        /// From day 60.
        case warning(days: Int)
        /// From day 90.
        case overdue(days: Int)
        /// The first activity started after this many days.
        case stopped(days: Int)
        /// The period ended before any activity started.
        case closed

        public var isFlagged: Bool {
            switch self {
            case .warning, .overdue: return true
            default: return false
            }
        }
    }

    public static func status(of period: Period, on today: Day) -> Status {
        if let start = period.firstActivityStart, start <= today {
            return .stopped(days: max(0, period.registered.days(until: start)))
        }
        if period.exit != nil { return .closed }
        let days = max(0, period.registered.days(until: today))
        if days >= limit { return .overdue(days: days) }
        if days >= warnFrom { return .warning(days: days) }
        return .running(days: days)
    }
}
