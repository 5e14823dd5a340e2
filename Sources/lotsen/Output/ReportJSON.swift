import LotsenCore
import LotsenText

/// A report for scripts: stable machine names for sections and rows beside the words,
/// and each cell a number, "<5" (a hidden count), ".." (a hidden share or median) or
/// null (nothing to show).
struct ReportJSON: Encodable {
    struct Section: Encodable {
        var key: String
        var heading: String
        var rows: [Row]
    }

    struct Row: Encodable {
        var key: String
        var label: String
        var cells: [(String, Figure.Shown)]

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(_ s: String) { stringValue = s }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(key, forKey: Key("key"))
            try c.encode(label, forKey: Key("label"))
            for (name, shown) in cells {
                switch shown {
                case .number(let x): try c.encode(x, forKey: Key(name))
                case .percent(let x): try c.encode((x * 10).rounded() / 10, forKey: Key(name))
                case .fewerThan(let n): try c.encode("<\(n)", forKey: Key(name))
                case .hidden: try c.encode("..", forKey: Key(name))
                case .none: try c.encodeNil(forKey: Key(name))
                }
            }
        }
    }

    var report: String
    var title: String
    var from: String
    var to: String
    /// Counts under this are hidden; 0 when every figure is exact.
    var suppressedBelow: Int
    var sections: [Section]

    init(_ doc: ReportDocument) {
        let r = doc.report
        let words = doc.lang.report
        report = r.kind.rawValue
        title = doc.title
        from = r.range.from.iso
        to = r.range.to.iso
        suppressedBelow = doc.threshold > 1 ? doc.threshold : 0
        let names: [ReportColumn: String] = [.women: "women", .men: "men", .otherOrUnknown: "otherOrUnknown", .total: "total",
                                             .target: "target", .remaining: "remaining"]
        sections = r.sections.map { s in
            Section(key: s.heading.code, heading: words.heading(s.heading), rows: s.rows.map { row in
                Row(key: row.line.code, label: words.line(row.line), cells: doc.columns.compactMap { col in
                    doc.figure(row, col).map { (names[col]!, $0.shown(suppressingBelow: doc.threshold)) }
                })
            })
        }
    }
}

/// One activity of `lotsen export activities --format json`: every key always present
/// (null when not known), the journal's codes for kind, organisation and outcome.
struct ActivityExportJSON: Encodable {
    var participant: String
    var personnummer: String?
    var gender: String
    var registered: String
    var kind: String
    var name: String
    var organisation: String
    var start: String
    var plannedEnd: String?
    var end: String?
    var outcome: String?
    var withPersonnummer: Bool

    enum CodingKeys: String, CodingKey {
        case participant, personnummer, gender, registered, kind, name, organisation, start, plannedEnd, end, outcome
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(participant, forKey: .participant)
        if withPersonnummer { try c.encode(personnummer, forKey: .personnummer) }
        try c.encode(gender, forKey: .gender)
        try c.encode(registered, forKey: .registered)
        try c.encode(kind, forKey: .kind)
        try c.encode(name, forKey: .name)
        try c.encode(organisation, forKey: .organisation)
        try c.encode(start, forKey: .start)
        try c.encode(plannedEnd, forKey: .plannedEnd)
        try c.encode(end, forKey: .end)
        try c.encode(outcome, forKey: .outcome)
    }
}
