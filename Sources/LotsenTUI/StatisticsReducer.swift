import LotsenCore

/// Keys in Statistik: which report, which period, exact or as sent out, scrolling.
enum StatisticsReducer {
    /// Works the report out again: on entering the view, a new choice, a new day, or
    /// another desk's change.
    static func refresh(_ s: inout AppState) {
        let domain = s.domain
        let since = domain.order.lazy.compactMap { domain.participant($0)?.periods.first?.registered }.min()
        let range = s.statistics.period.range(today: s.today, since: since)
        s.statistics.report = Statistics.report(s.statistics.kind, in: s.domain, range: range)
    }

    static func reduce(_ s: inout AppState, _ action: Action) -> [Effect] {
        let kinds = ReportKind.allCases, presets = ReportRange.Preset.allCases
        func step<T: Equatable>(_ all: [T], _ current: T, _ by: Int) -> T {
            all[(all.firstIndex(of: current)! + by + all.count) % all.count]
        }
        var v = s.statistics
        switch action {
        case .nextReport, .previousReport:
            v.kind = step(kinds, v.kind, action == .nextReport ? 1 : -1)
            v.scroll = 0
        case .nextPeriod, .previousPeriod:
            v.period = step(presets, v.period, action == .nextPeriod ? 1 : -1)
        case .toggleOutgoing: v.outgoing.toggle()
        case .toggleChartStyle: v.textBars.toggle()
        case .up: v.scroll -= 1
        case .down: v.scroll += 1
        case .pageUp: v.scroll -= 10
        case .pageDown: v.scroll += 10
        case .top: v.scroll = 0
        case .bottom: v.scroll = Int.max / 2
        case .quit: return [.quit]
        default: return []
        }
        let changed = v.kind != s.statistics.kind || v.period != s.statistics.period
        s.statistics = v
        if changed { refresh(&s) }
        // The view clamps what it shows; keep the number it clamps from small.
        s.statistics.scroll = max(0, min(s.statistics.scroll, StatisticsView.lineCount(s)))
        return []
    }
}
