import LotsenCalendar

/// The reports, computed from the folded state. Every figure is split by gender; the
/// definitions are spelled out in docs/reports.md, and tests check them against
/// figures worked out by hand.
public enum Statistics {
    public static func report(_ kind: ReportKind, in state: LotsenState, range: ReportRange) -> Report {
        let people = state.order.compactMap { state.participant($0) }
        let sections: [ReportSection]
        switch kind {
        case .targetGroup: sections = targetGroup(people, range)
        case .activities: sections = activities(people, range)
        case .exits: sections = exits(people, range)
        case .targets: sections = [targets(people, state.targets(for: range.to.year), range)]
        case .ninetyDays: sections = ninetyDays(people, range)
        case .flow: sections = flow(people, range)
        }
        return Report(kind: kind, range: range, sections: sections)
    }

    /// The age bands of the target-group table.
    public static let ageBands: [ClosedRange<Int>] = [16...19, 20...24, 25...29]

    /// Målgrupp: everyone in the programme on some day of the range, once, with the
    /// profile as recorded now and the age on the range's last day.
    static func targetGroup(_ people: [Participant], _ range: ReportRange) -> [ReportSection] {
        var lines: [ReportLine: Tally] = [:]
        // AF's categories again among the 16–19-year-olds and those without complete
        // grades: the rows of the programme's own target-group table.
        var young: [ReportLine: Tally] = [:], withoutGrades: [ReportLine: Tally] = [:]
        for p in people where p.periods.contains(where: { $0.overlaps(range) }) {
            let g = p.genderGroup
            let category = ReportLine.afCategory(p.profile.afCategory)
            var hits: [ReportLine] = [.inProgramme, category]
            if p.periods.contains(where: { range.contains($0.registered) }) { hits.append(.newlyRegistered) }
            if p.profile.bornAbroad == true { hits.append(.bornAbroad) }
            if p.profile.disability == true { hits.append(.disability) }
            if p.profile.gradesComplete == false { hits.append(.withoutGrades) }
            if p.profile.incomeSupport == true { hits.append(.incomeSupport) }
            let age = p.personnummer.age(on: range.to)
            hits.append(.ageBand(ageBands.first { $0.contains(age) }))
            for line in hits { lines[line, default: Tally()].add(g) }
            if (16...19).contains(age) { young[category, default: Tally()].add(g) }
            if p.profile.gradesComplete == false { withoutGrades[category, default: Tally()].add(g) }
        }
        func rows(_ order: [ReportLine], always: Int, of tallies: [ReportLine: Tally] = lines) -> [ReportRow] {
            // The first `always` rows are shown even when empty; the rest only when not.
            order.enumerated().compactMap { i, line in
                let t = tallies[line] ?? Tally()
                return i < always || t.total > 0 ? ReportRow(line: line, figures: t.figures) : nil
            }
        }
        // 11, 69 and 14 always, as the table names them; then every other code anyone
        // has, by number; then those without one.
        let codes = Set(people.compactMap(\.profile.afCategory)).subtracting(AFCategory.named).sorted()
        let categories = (AFCategory.named + codes).map { ReportLine.afCategory($0) } + [.afCategory(nil)]
        let named = AFCategory.named.count
        return [
            ReportSection(heading: .targetGroup, rows: rows([.inProgramme, .newlyRegistered, .bornAbroad, .disability,
                                                             .withoutGrades, .incomeSupport], always: 6), chart: .genderSplit),
            ReportSection(heading: .afCategory, rows: rows(categories, always: named), chart: .genderSplit),
            ReportSection(heading: .afCategoryAged16To19, rows: rows(categories, always: named, of: young), chart: .genderSplit),
            ReportSection(heading: .afCategoryWithoutGrades, rows: rows(categories, always: named, of: withoutGrades), chart: .genderSplit),
            ReportSection(heading: .age, rows: rows(ageBands.map { .ageBand($0) } + [.ageBand(nil)], always: 3), chart: .genderSplit),
        ]
    }

    /// Deltagare och insatser: who is in which stage on the last day, and the
    /// activities started, ended and running. Activities are counted, not people.
    static func activities(_ people: [Participant], _ range: ReportRange) -> [ReportSection] {
        var stages: [Stage: Tally] = [:]
        var started: [ActivityKind: Tally] = [:], ended: [ActivityKind: Tally] = [:], running: [ActivityKind: Tally] = [:]
        for p in people {
            let g = p.genderGroup
            if let period = p.periods.last(where: { $0.isActive(on: range.to) }) {
                stages[period.stage(on: range.to), default: Tally()].add(g)
            }
            for period in p.periods {
                for a in period.programme.activities {
                    if range.contains(a.start) { started[a.kind, default: Tally()].add(g) }
                    if let end = a.end, range.contains(end) { ended[a.kind, default: Tally()].add(g) }
                    if a.isRunning(on: range.to) { running[a.kind, default: Tally()].add(g) }
                }
            }
        }
        let kinds = ordered(Set(started.keys).union(ended.keys).union(running.keys))
        func rows(_ t: [ActivityKind: Tally]) -> [ReportRow] {
            kinds.map { ReportRow(line: .activity($0), figures: (t[$0] ?? Tally()).figures) }
        }
        return [
            ReportSection(heading: .stagesOn(range.to), rows: Stage.allCases.map {
                ReportRow(line: .stage($0), figures: (stages[$0] ?? Tally()).figures)
            }, chart: .totals),
            ReportSection(heading: .activitiesStarted, rows: rows(started), chart: .totals),
            ReportSection(heading: .activitiesEnded, rows: rows(ended), chart: .totals),
            ReportSection(heading: .activitiesRunning(range.to), rows: rows(running), chart: .totals),
        ]
    }

    /// The catalogue's order, then local kinds by name.
    static func ordered(_ kinds: Set<ActivityKind>) -> [ActivityKind] {
        ActivityKind.catalogue.filter(kinds.contains)
            + kinds.filter { if case .local = $0 { return true } else { return false } }.sorted { $0.name < $1.name }
    }

    /// Avslut: exits in the range by reason, and the occupations of those who left for
    /// work (the same occupation however it was capitalised or spelt with å, ä, ö).
    static func exits(_ people: [Participant], _ range: ReportRange) -> [ReportSection] {
        var reasons: [ExitReason: Tally] = [:]
        var all = Tally()
        var occupations: [String: (shown: String?, tally: Tally)] = [:]
        for p in people {
            for exit in p.periods.compactMap(\.exit) where range.contains(exit.date) {
                reasons[exit.reason, default: Tally()].add(p.genderGroup)
                all.add(p.genderGroup)
                guard exit.reason == .work else { continue }
                let written = exit.occupation?.trimmingSpaces
                let shown = written?.isEmpty == false ? written : nil
                let key = shown.map(TextFolding.foldedString) ?? ""
                occupations[key, default: (shown, Tally())].tally.add(p.genderGroup)
            }
        }
        let byReason = ExitReason.allCases.map { ReportRow(line: .exitReason($0), figures: (reasons[$0] ?? Tally()).figures) }
        let jobs = occupations.values.sorted { a, b in
            if (a.shown == nil) != (b.shown == nil) { return b.shown == nil }
            if a.tally.total != b.tally.total { return a.tally.total > b.tally.total }
            return TextFolding.foldedString(a.shown ?? "") < TextFolding.foldedString(b.shown ?? "")
        }
        return [
            ReportSection(heading: .exitsByReason, rows: byReason + [ReportRow(line: .allExits, figures: all.figures)],
                          chart: .genderSplit),
            ReportSection(heading: .occupations, rows: jobs.map { ReportRow(line: .occupation($0.shown), figures: $0.tally.figures) },
                          chart: .genderSplit),
        ]
    }

    /// Mål: each target of the range's last year, against what was started (or how many
    /// left) from the 1st of January to the range's last day.
    static func targets(_ people: [Participant], _ targets: [YearTarget], _ range: ReportRange) -> ReportSection {
        let year = range.to.year
        let counted = ReportRange(from: Day(year: year, month: 1, day: 1)!, to: min(range.to, Day(year: year, month: 12, day: 31)!))
        let rows = targets.map { target -> ReportRow in
            var t = Tally()
            for p in people {
                for period in p.periods {
                    switch target.measure {
                    case .started(let kind):
                        for a in period.programme.activities where a.kind == kind && counted.contains(a.start) { t.add(p.genderGroup) }
                    case .exited(let reason):
                        if let e = period.exit, e.reason == reason, counted.contains(e.date) { t.add(p.genderGroup) }
                    }
                }
            }
            return ReportRow(line: .target(target.measure), figures: t.figures, target: .target(target.count),
                             remaining: .remaining(max(0, target.count - t.total), counted: t.total))
        }
        return ReportSection(heading: .targets(year: year), rows: rows, chart: .progress)
    }
}
