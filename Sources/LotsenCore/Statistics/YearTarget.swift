/// What a yearly target counts: activities of a kind started in the year (Hällefors:
/// "4 traineejobb and 5 utbildningskontrakt started"), or exits for a reason.
public enum TargetMeasure: Hashable, Sendable {
    case started(ActivityKind)
    case exited(ExitReason)

    /// As written in events and typed on the command line: an activity code, or
    /// `avslut:REASON`.
    public var code: String {
        switch self {
        case .started(let kind): return kind.code
        case .exited(let reason): return "exit:" + reason.rawValue
        }
    }

    /// An activity kind (code or name), or `avslut:`/`exit:` and an exit reason.
    public init?(code: String) {
        let t = code.trimmingSpaces
        let lower = t.lowercased()
        for prefix in ["exit:", "avslut:"] where lower.hasPrefix(prefix) {
            guard let reason = ExitReason(code: String(t.dropFirst(prefix.count))) else { return nil }
            self = .exited(reason)
            return
        }
        guard let kind = ActivityKind(code: t) else { return nil }
        self = .started(kind)
    }
}

/// One target for one year. A count of zero removes it.
public struct YearTarget: Equatable, Sendable {
    public var year: Int
    public var measure: TargetMeasure
    public var count: Int

    public init(year: Int, measure: TargetMeasure, count: Int) {
        self.year = year
        self.measure = measure
        self.count = count
    }
}

extension LotsenState {
    /// The targets set for a year, in the order they were first set.
    public func targets(for year: Int) -> [YearTarget] { yearTargets.filter { $0.year == year } }

    mutating func applyTarget(_ t: YearTarget) {
        if let i = yearTargets.firstIndex(where: { $0.year == t.year && $0.measure == t.measure }) {
            if t.count == 0 { yearTargets.remove(at: i) } else { yearTargets[i].count = t.count }
        } else if t.count > 0 {
            yearTargets.append(t)
        }
    }
}
