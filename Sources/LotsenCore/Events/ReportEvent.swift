import LotsenJSON

/// What the programme reports against.
public enum ReportEvent: Equatable, Sendable {
    case targetSet(YearTarget)

    public enum Kind: String, CaseIterable, Sendable {
        case targetSet = "target.set"
    }
}

extension ReportEvent: EventArea {
    public var kind: Kind {
        switch self {
        case .targetSet: return .targetSet
        }
    }

    func write(into w: inout JSONObjectWriter) {
        switch self {
        case .targetSet(let t):
            w.field("year", t.year)
            w.field("measure", t.measure.code)
            w.field("count", t.count)
        }
    }

    static func read(_ kind: Kind, _ o: JSONNode) -> Self? {
        switch kind {
        case .targetSet:
            guard let year = o["year"]?.int, let measure = o["measure"]?.string.flatMap(TargetMeasure.init(code:)),
                  let count = o["count"]?.int, count >= 0 else { return nil }
            return .targetSet(YearTarget(year: year, measure: measure, count: count))
        }
    }
}
