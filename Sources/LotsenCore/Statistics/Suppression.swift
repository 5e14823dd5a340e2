/// What leaves the office must not let anyone work out a small count. Counts from 1 to
/// threshold − 1 are hidden ("<5"), and then, in every sum a table holds — a row's women,
/// men and others add up to its total; in Avslut the reasons add up to all exits — a sum
/// with exactly one hidden cell would give it away by subtraction, so the smallest other
/// cell of that sum is withheld too (".."), until every sum holds none or at least two
/// hidden cells. `derivable` is the checker: it solves every sum with one unknown, again
/// and again, and returns what it recovered.
public enum Suppression {
    /// A cell of a section: its row, and 0 women, 1 men, 2 others, 3 total.
    public struct Cell: Hashable, Sendable {
        public var row: Int
        public var column: Int
    }

    static func figure(_ s: ReportSection, _ c: Cell) -> Figure {
        let f = s.rows[c.row].figures
        return [f.women, f.men, f.otherOrUnknown, f.total][c.column]
    }

    static func count(_ s: ReportSection, _ c: Cell) -> Int? {
        switch figure(s, c) {
        case .count(let n), .withheld(let n): return n
        default: return nil
        }
    }

    /// The sums the section's counts make, each as its cells (the total first).
    public static func sums(_ s: ReportSection) -> [[Cell]] {
        var out: [[Cell]] = []
        for r in s.rows.indices {
            let cells = [3, 0, 1, 2].map { Cell(row: r, column: $0) }
            if cells.allSatisfy({ count(s, $0) != nil }) { out.append(cells) }
        }
        // Avslut: the last row, all exits, is the sum of the reasons above it.
        if s.heading == .exitsByReason, s.rows.count > 1 {
            let last = s.rows.count - 1
            for col in 0...3 {
                let cells = [Cell(row: last, column: col)] + (0..<last).map { Cell(row: $0, column: col) }
                if cells.allSatisfy({ count(s, $0) != nil }) { out.append(cells) }
            }
        }
        return out
    }

    /// The counts hidden because they are small.
    public static func small(_ s: ReportSection, threshold: Int) -> Set<Cell> {
        var out = Set<Cell>()
        for r in s.rows.indices {
            for col in 0...3 {
                let c = Cell(row: r, column: col)
                if case .count(let n) = figure(s, c), n > 0, n < threshold { out.insert(c) }
            }
        }
        return out
    }

    /// Every cell to hide: the small ones, and those withheld so they cannot be worked out.
    public static func hidden(_ s: ReportSection, threshold: Int) -> Set<Cell> {
        var hidden = small(s, threshold: threshold)
        let sums = sums(s)
        var changed = true
        while changed {
            changed = false
            for sum in sums where sum.count(where: { hidden.contains($0) }) == 1 {
                // The smallest other non-zero cell: it gives the least away.
                let candidate = sum.filter { !hidden.contains($0) && (count(s, $0) ?? 0) > 0 }
                    .min { (count(s, $0)!, $0.row, $0.column) < (count(s, $1)!, $1.row, $1.column) }
                guard let candidate else { continue }
                hidden.insert(candidate)
                changed = true
            }
        }
        return hidden
    }

    /// The checker: the hidden cells that subtraction recovers from what is shown.
    public static func derivable(_ s: ReportSection, hidden: Set<Cell>) -> Set<Cell> {
        var unknown = hidden
        var recovered = Set<Cell>()
        var progress = true
        while progress {
            progress = false
            for sum in sums(s) {
                let open = sum.filter { unknown.contains($0) }
                if open.count == 1 {
                    unknown.remove(open[0])
                    recovered.insert(open[0])
                    progress = true
                }
            }
        }
        return recovered
    }

    /// The report as it may leave the office: counts to withhold marked `.withheld` (the
    /// small ones stay counts, which `Figure.shown` hides).
    public static func apply(_ report: Report, threshold: Int) -> Report {
        guard threshold > 1 else { return report }
        var out = report
        for i in out.sections.indices {
            let s = out.sections[i]
            let withheld = hidden(s, threshold: threshold).subtracting(small(s, threshold: threshold))
            for c in withheld {
                guard let n = count(s, c) else { continue }
                switch c.column {
                case 0: out.sections[i].rows[c.row].figures.women = .withheld(n)
                case 1: out.sections[i].rows[c.row].figures.men = .withheld(n)
                case 2: out.sections[i].rows[c.row].figures.otherOrUnknown = .withheld(n)
                default: out.sections[i].rows[c.row].figures.total = .withheld(n)
                }
            }
        }
        return out
    }
}
