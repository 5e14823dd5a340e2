import LotsenCalendar

/// Counts split by gender as a report adds them up.
struct Tally {
    private var n = [0, 0, 0]

    mutating func add(_ g: GenderGroup) { n[g.rawValue] += 1 }

    var total: Int { n[0] + n[1] + n[2] }

    var figures: GenderFigures {
        GenderFigures(women: .count(n[0]), men: .count(n[1]), otherOrUnknown: .count(n[2]), total: .count(total))
    }
}

/// Day counts split by gender, reported as medians.
struct DaySample {
    private var values: [[Int]] = [[], [], []]

    mutating func add(_ g: GenderGroup, _ days: Int) { values[g.rawValue].append(days) }

    var figures: GenderFigures {
        func median(_ v: [Int]) -> Figure { .median(Self.median(v), of: v.count) }
        return GenderFigures(women: median(values[0]), men: median(values[1]), otherOrUnknown: median(values[2]),
                             total: median(values.flatMap { $0 }))
    }

    static func median(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let s = values.sorted()
        let mid = s.count / 2
        return s.count % 2 == 1 ? Double(s[mid]) : Double(s[mid - 1] + s[mid]) / 2
    }
}

/// A share split by gender: how many of how many.
struct ShareTally {
    var hits = Tally()
    var of = Tally()

    var figures: GenderFigures {
        func share(_ h: Figure, _ o: Figure) -> Figure {
            guard case .count(let a) = h, case .count(let b) = o else { return .share(0, of: 0) }
            return .share(a, of: b)
        }
        let h = hits.figures, o = of.figures
        return GenderFigures(women: share(h.women, o.women), men: share(h.men, o.men),
                             otherOrUnknown: share(h.otherOrUnknown, o.otherOrUnknown), total: share(h.total, o.total))
    }
}

/// What the reports read of a period in the programme.
extension Period {
    /// In the programme on at least one day of the range.
    func overlaps(_ range: ReportRange) -> Bool {
        registered <= range.to && (exit.map { $0.date >= range.from } ?? true)
    }

    /// In the programme at the end of `day` (someone who left that day is not).
    func isActive(on day: Day) -> Bool {
        registered <= day && (exit.map { $0.date > day } ?? true)
    }

    /// The stage on `day`, by the moves made by then.
    func stage(on day: Day) -> Stage { programme.moves.last { $0.date <= day }?.to ?? .introduction }

    /// The furthest stage reached by `day`: a move back does not undo having got there.
    func furthestStage(by day: Day) -> Stage {
        programme.moves.filter { $0.date <= day }.map(\.to).max() ?? .introduction
    }

    /// Each stay in a stage: where, from, and until (nil while it lasts).
    var stays: [(stage: Stage, from: Day, until: Day?)] {
        var out: [(stage: Stage, from: Day, until: Day?)] = []
        var stage = Stage.introduction
        var since = registered
        for move in programme.moves {
            out.append((stage, since, move.date))
            stage = move.to
            since = move.date
        }
        out.append((stage, since, exit?.date))
        return out
    }
}

extension Participant {
    var genderGroup: GenderGroup { GenderGroup(profile.gender) }
}
