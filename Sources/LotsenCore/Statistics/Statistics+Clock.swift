import LotsenCalendar

extension Statistics {
    /// The bands of the 90-day distribution, in days from registration to the first
    /// activity.
    public static let dayBands: [(Int, Int?)] = [(0, 30), (31, 60), (61, 90), (91, 120), (121, 180), (181, nil)]

    /// 90 dagar: every period registered in the range. Its first activity started
    /// within 90 days when it started no later than day 90 (the registration day is day
    /// 0). The share is of those whose outcome is known on the range's last day: the
    /// ones who started, and the ones past day 90 without an activity; people who left
    /// before any activity and people still inside their 90 days are shown, not counted.
    static func ninetyDays(_ people: [Participant], _ range: ReportRange) -> [ReportSection] {
        var lines: [ReportLine: Tally] = [:]
        var share = ShareTally()
        var days = DaySample()
        var bands = [Tally](repeating: Tally(), count: dayBands.count)
        for p in people {
            let g = p.genderGroup
            for period in p.periods where range.contains(period.registered) {
                var line: ReportLine
                if let first = period.firstActivityStart, first <= range.to {
                    let d = max(0, period.registered.days(until: first))
                    line = d <= NinetyDayClock.limit ? .startedWithin : .startedAfter
                    days.add(g, d)
                    if let i = dayBands.firstIndex(where: { d >= $0.0 && d <= ($0.1 ?? Int.max) }) { bands[i].add(g) }
                } else if let exit = period.exit, exit.date <= range.to {
                    line = .exitedWithout
                } else {
                    line = period.registered.days(until: range.to) < NinetyDayClock.limit ? .stillRunning : .overdueWithout
                }
                lines[.registeredInRange, default: Tally()].add(g)
                lines[line, default: Tally()].add(g)
                if [.startedWithin, .startedAfter, .overdueWithout].contains(line) {
                    share.of.add(g)
                    if line == .startedWithin { share.hits.add(g) }
                }
            }
        }
        let counts: [ReportLine] = [.registeredInRange, .startedWithin, .startedAfter, .overdueWithout, .exitedWithout, .stillRunning]
        let rows = counts.map { ReportRow(line: $0, figures: (lines[$0] ?? Tally()).figures) }
            + [ReportRow(line: .shareWithin, figures: share.figures), ReportRow(line: .medianDaysToStart, figures: days.figures)]
        return [
            ReportSection(heading: .ninetyDays, rows: rows, chart: .genderSplit),
            ReportSection(heading: .ninetyDayDistribution, rows: zip(dayBands, bands).map {
                ReportRow(line: .daysBand($0.0.0, $0.0.1), figures: $0.1.figures)
            }, chart: .totals),
        ]
    }

    /// Flöde: the periods in the programme on some day of the range. The funnel counts
    /// how far each had come by the last day; the medians are of stays in a stage that
    /// ended in the range (by a move or an exit); the movement counts moves and exits
    /// dated in the range.
    static func flow(_ people: [Participant], _ range: ReportRange) -> [ReportSection] {
        var reached: [Stage: Tally] = [:]
        var stayDays: [Stage: DaySample] = [:]
        var into: [Stage: Tally] = [:]
        var back = Tally(), exits = Tally()
        for p in people {
            let g = p.genderGroup
            for period in p.periods where period.overlaps(range) {
                let furthest = period.furthestStage(by: range.to)
                for stage in Stage.allCases where stage <= furthest { reached[stage, default: Tally()].add(g) }
                for stay in period.stays {
                    guard let until = stay.until, range.contains(until) else { continue }
                    stayDays[stay.stage, default: DaySample()].add(g, max(0, stay.from.days(until: until)))
                }
                var from = Stage.introduction
                for move in period.programme.moves {
                    if range.contains(move.date) {
                        if move.to > from { into[move.to, default: Tally()].add(g) } else if move.to < from { back.add(g) }
                    }
                    from = move.to
                }
                if let exit = period.exit, range.contains(exit.date) { exits.add(g) }
            }
        }
        let stages = Stage.allCases
        return [
            ReportSection(heading: .funnel, rows: stages.map {
                ReportRow(line: .reached($0), figures: (reached[$0] ?? Tally()).figures)
            }, chart: .totals),
            ReportSection(heading: .medianDays, rows: stages.map {
                ReportRow(line: .medianDays($0), figures: (stayDays[$0] ?? DaySample()).figures)
            }, chart: .totals),
            ReportSection(heading: .movement, rows: stages.dropFirst().map {
                ReportRow(line: .movedInto($0), figures: (into[$0] ?? Tally()).figures)
            } + [ReportRow(line: .movedBack, figures: back.figures), ReportRow(line: .allExits, figures: exits.figures)],
            chart: .totals),
        ]
    }
}
