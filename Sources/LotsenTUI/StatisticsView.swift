import LotsenCore
import LotsenText
import TerminalCore

/// Statistik: the reports one at a time, as tables that fit 80 columns, with a bar
/// beside each row where a picture says more (the gender split, the funnel, the
/// 90-day distribution). Bars are block characters, or plain text on request; they are
/// never the only carrier of a figure, and in the outgoing view a row with a hidden
/// count gets none (its length would give the count away).
enum StatisticsView {
    struct Line {
        var text: String
        var style: Style = .plain
        var bar: [(String, Style)] = []
    }

    static func document(_ s: AppState) -> ReportDocument? {
        s.statistics.report.map { ReportDocument($0, lang: s.lang, threshold: s.statistics.outgoing ? 5 : 0) }
    }

    /// Header rows above the scrolling part.
    static let header = 3

    static func lineCount(_ s: AppState) -> Int { lines(s, width: s.size.width).count }

    static func draw(_ s: AppState, into b: inout ScreenBuffer, _ area: Rect) {
        let w = s.lang.report, v = s.statistics
        guard let doc = document(s) else { return }
        let mode = w.screen(v.outgoing ? .outgoing : .exact)
        b.put(" \(doc.title) · \(w.preset(v.period)) \(w.range(doc.report.range)) · \(mode)", in: area.row(0), style: .bold)
        var x = area.x + 1
        for kind in ReportKind.allCases {
            let name = " \(w.shortTitle(kind)) "
            x = b.put(name, at: Point(x: x, y: area.y + 1), style: kind == v.kind ? Style(bold: true, reverse: true) : .dim,
                      maxX: area.maxX) + 1
        }
        if doc.report.sections.contains(where: { $0.chart == .genderSplit }) {
            b.put(" " + legend(s, doc.columns).map(\.0).joined(separator: "  "), in: area.row(2), style: .dim)
        }
        let all = lines(s, width: area.width)
        // When it does not all fit, the last row says there is more.
        let height = area.height - header - (all.count > area.height - header ? 1 : 0)
        let first = max(0, min(v.scroll, all.count - height))
        for (i, line) in all.dropFirst(first).prefix(height).enumerated() {
            let row = area.row(header + i)
            var at = b.put(line.text, at: Point(x: row.x, y: row.y), style: line.style, maxX: row.maxX)
            for (text, style) in line.bar { at = b.put(text, at: Point(x: at, y: row.y), style: style, maxX: row.maxX) }
        }
        if first + height < all.count {
            let more = "↓ " + s.lang.tui.text(.moreBelow)
            b.put(more, in: Rect(x: area.maxX - DisplayWidth.of(more) - 1, y: area.maxY - 1, width: DisplayWidth.of(more) + 1, height: 1),
                  style: .dim)
        }
    }

    /// The report as lines: per section a heading with the column names, its rows, a
    /// blank line; the note on suppression last.
    static func lines(_ s: AppState, width: Int) -> [Line] {
        guard let doc = document(s) else { return [] }
        let w = s.lang.report
        let columns = doc.columns
        let names: [String] = columns.map { c in
            switch c {
            case .women: return w.screen(.women)
            case .men: return w.screen(.men)
            case .otherOrUnknown: return w.screen(.other)
            case .total: return w.screen(.total)
            default: return w.column(c)
            }
        }
        var widths = names.map { DisplayWidth.of($0) }
        var labelWidth = 0
        for section in doc.report.sections {
            labelWidth = max(labelWidth, DisplayWidth.of(w.heading(section.heading)))
            for row in section.rows {
                labelWidth = max(labelWidth, DisplayWidth.of(w.line(row.line)))
                for (i, cell) in doc.cells(row).enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) }
            }
        }
        let figures = widths.reduce(0) { $0 + $1 + 1 }
        labelWidth = min(labelWidth, max(16, width - 2 - figures - 16))
        let barWidth = width - 2 - labelWidth - figures - 2
        func cells(_ texts: [String]) -> String {
            zip(texts, widths).map { " " + String(repeating: " ", count: max(0, $1 - DisplayWidth.of($0))) + $0 }.joined()
        }
        var out: [Line] = []
        for section in doc.report.sections {
            let heading = DisplayWidth.fit(w.heading(section.heading), to: labelWidth)
            out.append(Line(text: " " + heading + cells(names), style: Style(bold: true)))
            if section.rows.isEmpty { out.append(Line(text: "   " + w.empty(section.heading), style: .dim)) }
            let scale = section.rows.compactMap { row -> Double? in
                if section.chart == .genderSplit, case .count(let n) = row.figures.total { return Double(n) }
                return section.chart == .genderSplit ? nil : value(row.figures.total)
            }.max() ?? 0
            for row in section.rows {
                var line = Line(text: " " + DisplayWidth.fit(w.line(row.line), to: labelWidth) + cells(doc.cells(row)))
                if barWidth >= 8 { line.bar = [("  ", .plain)] + bar(s, doc, row, section.chart, scale: scale, width: barWidth) }
                out.append(line)
            }
            out.append(Line(text: ""))
        }
        for l in DisplayWidth.wrap(doc.note, width: max(20, width - 2), indent: 0) { out.append(Line(text: " " + l, style: .dim)) }
        return out
    }

    /// What a bar measures: a count, or a number of days; nothing for a share.
    static func value(_ f: Figure) -> Double? {
        switch f {
        case .count(let n): return Double(n)
        case .median(let m, _): return m
        // Hidden so that a small count cannot be worked out: no bar either.
        case .withheld: return nil
        default: return nil
        }
    }

    static let glyphs = (women: "█", men: "▒", other: "░", eighths: ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"])
    static let textGlyphs = (women: "#", men: "=", other: "+")

    /// What the glyphs of a split bar stand for.
    static func legend(_ s: AppState, _ columns: [ReportColumn]) -> [(String, Style)] {
        let w = s.lang.report, text = s.statistics.textBars
        var out: [(String, Style)] = [((text ? textGlyphs.women : glyphs.women) + " " + w.screen(.women).lowercased(), .dim),
                                      ((text ? textGlyphs.men : glyphs.men) + " " + w.screen(.men).lowercased(), .dim)]
        if columns.contains(.otherOrUnknown) {
            out.append(((text ? textGlyphs.other : glyphs.other) + " " + w.column(.otherOrUnknown).lowercased(), .dim))
        }
        return out
    }

    static func bar(_ s: AppState, _ doc: ReportDocument, _ row: ReportRow, _ chart: ReportSection.Chart, scale: Double,
                    width: Int) -> [(String, Style)] {
        let f = row.figures
        // A hidden figure in the row: no bar, or its length would tell.
        let shown = [f.women, f.men, f.otherOrUnknown, f.total].map { $0.shown(suppressingBelow: doc.threshold) }
        if shown.contains(where: { if case .number = $0 { return false } else { return $0 != .none } }) { return [] }
        let text = s.statistics.textBars
        switch chart {
        case .genderSplit:
            // Only counts split: a median of days does not add up by gender.
            guard case .count(let total) = f.total, total > 0, scale > 0 else { return [] }
            let cellsFor = { (x: Double) in Int((x / scale * Double(width)).rounded()) }
            let women = cellsFor(value(f.women) ?? 0), men = cellsFor(value(f.men) ?? 0), other = cellsFor(value(f.otherOrUnknown) ?? 0)
            return [(String(repeating: text ? textGlyphs.women : glyphs.women, count: women), .plain),
                    (String(repeating: text ? textGlyphs.men : glyphs.men, count: men), .plain),
                    (String(repeating: text ? textGlyphs.other : glyphs.other, count: other), .plain)]
        case .totals:
            guard let total = value(f.total), scale > 0 else { return [] }
            let eighths = Int((total / scale * Double(width * 8)).rounded())
            if text { return [(String(repeating: "#", count: (eighths + 4) / 8), .plain)] }
            return [(String(repeating: glyphs.women, count: eighths / 8) + glyphs.eighths[eighths % 8], .plain)]
        case .progress:
            guard case .target(let goal)? = row.target, goal > 0, let total = value(f.total) else { return [] }
            let done = min(width, Int((min(total, Double(goal)) / Double(goal) * Double(width)).rounded()))
            return [(String(repeating: text ? "#" : glyphs.women, count: done), .plain),
                    (String(repeating: text ? "." : "·", count: width - done), .dim)]
        }
    }
}
