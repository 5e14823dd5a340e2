import LotsenCore

/// Statistik: which report, for which period, exact or as it leaves the office.
public struct StatisticsViewState: Equatable, Sendable {
    public var kind = ReportKind.targetGroup
    public var period = ReportRange.Preset.yearToDate
    /// Counts under 5 shown as "<5", as in what is sent out; off: exact, for own use.
    public var outgoing = false
    /// Bars drawn with block characters, or as plain text (#, =, +).
    public var textBars = false
    /// The first line shown.
    public var scroll = 0
    /// Worked out when the view, the period or the journal changes, not per frame.
    public var report: Report?

    public init() {}
}
