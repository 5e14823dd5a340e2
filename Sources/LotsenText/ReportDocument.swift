import LotsenCore

/// A report laid out for reading: a table for the terminal, Markdown, printable HTML,
/// and a grid of cells for the spreadsheet. `threshold` hides small counts (5 for
/// what leaves the office); 0 shows every figure.
public struct ReportDocument {
    public let report: Report
    public let lang: Language
    public let threshold: Int

    public init(_ report: Report, lang: Language, threshold: Int) {
        // What leaves the office hides what would give a small count away, too.
        self.report = Suppression.apply(report, threshold: threshold)
        self.lang = lang
        self.threshold = threshold
    }

    var words: ReportWords { lang.report }

    public var title: String { words.title(report.kind) }

    /// The figure columns: the genders (annat/okänt only when someone is in it), the
    /// total, and for targets the target and what is left.
    public var columns: [ReportColumn] {
        var out: [ReportColumn] = [.women, .men]
        if report.hasOtherOrUnknown { out.append(.otherOrUnknown) }
        out.append(.total)
        if report.kind == .targets { out += [.target, .remaining] }
        return out
    }

    public func figure(_ row: ReportRow, _ column: ReportColumn) -> Figure? {
        switch column {
        case .women: return row.figures.women
        case .men: return row.figures.men
        case .otherOrUnknown: return row.figures.otherOrUnknown
        case .total: return row.figures.total
        case .target: return row.target
        case .remaining: return row.remaining
        default: return nil
        }
    }

    public func text(_ figure: Figure?) -> String {
        guard let figure else { return "" }
        return words.cell(figure.shown(suppressingBelow: threshold), lang: lang)
    }

    public func cells(_ row: ReportRow) -> [String] { columns.map { text(figure(row, $0)) } }

    public var note: String { threshold > 1 ? words.suppressionNote(threshold) : words.exactNote }

    /// One row a figure row, each saying which report, period and section it belongs
    /// to: a table that sorts and filters in a spreadsheet without losing its place.
    public func grid() -> [[String]] {
        let head = [ReportColumn.report, .from, .to, .section, .line].map(words.column) + columns.map(words.column)
        var rows = [head]
        for section in report.sections {
            for row in section.rows {
                rows.append([title, report.range.from.iso, report.range.to.iso, words.heading(section.heading), words.line(row.line)]
                            + cells(row))
            }
        }
        return rows
    }

    /// Columns padded for a terminal: labels left, figures right.
    public func table() -> String {
        let headers = columns.map(words.column)
        var labelWidth = 0
        var widths = headers.map(\.count)
        for section in report.sections {
            labelWidth = max(labelWidth, words.heading(section.heading).count)
            for row in section.rows {
                labelWidth = max(labelWidth, words.line(row.line).count)
                for (i, c) in cells(row).enumerated() { widths[i] = max(widths[i], c.count) }
            }
        }
        func line(_ label: String, _ cells: [String]) -> String {
            label.padding(labelWidth) + zip(cells, widths).map { "  " + String(repeating: " ", count: $1 - $0.count) + $0 }.joined()
        }
        var out = [title, words.range(report.range)]
        for section in report.sections {
            out += ["", line(words.heading(section.heading), headers)]
            if section.rows.isEmpty { out.append("  " + words.empty(section.heading)) }
            for row in section.rows { out.append(line(words.line(row.line), cells(row))) }
        }
        out += [""] + Wrap.lines(note, width: 78)
        return out.joined(separator: "\n") + "\n"
    }

    public func markdown() -> String {
        let e = Escape.markdown
        var out = ["# " + e(title), "", e(words.range(report.range)), ""]
        for section in report.sections {
            out += ["## " + e(words.heading(section.heading)), ""]
            if section.rows.isEmpty {
                out += [e(words.empty(section.heading)), ""]
                continue
            }
            out.append("| | " + columns.map { e(words.column($0)) }.joined(separator: " | ") + " |")
            out.append("|---|" + columns.map { _ in "---:|" }.joined())
            for row in section.rows {
                out.append("| " + e(words.line(row.line)) + " | " + cells(row).map(e).joined(separator: " | ") + " |")
            }
            out.append("")
        }
        out += ["_" + e(note) + "_", ""]
        return out.joined(separator: "\n")
    }

    /// For the steering group: A4, one table a section, nothing that needs a screen.
    public func html() -> String {
        let e = Escape.html
        var body = ["<h1>\(e(title))</h1>", "<p class=\"range\">\(e(words.range(report.range)))</p>"]
        for section in report.sections {
            body.append("<h2>\(e(words.heading(section.heading)))</h2>")
            if section.rows.isEmpty {
                body.append("<p>\(e(words.empty(section.heading)))</p>")
                continue
            }
            body.append("<table>")
            body.append("<thead><tr><th></th>" + columns.map { "<th>\(e(words.column($0)))</th>" }.joined() + "</tr></thead>")
            body.append("<tbody>")
            for row in section.rows {
                body.append("<tr><th>\(e(words.line(row.line)))</th>" + cells(row).map { "<td>\(e($0))</td>" }.joined() + "</tr>")
            }
            body.append("</tbody>")
            body.append("</table>")
        }
        body.append("<p class=\"note\">\(e(note))</p>")
        return """
        <!DOCTYPE html>
        <html lang="\(lang.rawValue)">
        <head>
        <meta charset="utf-8">
        <title>\(e(title)) \(e(words.range(report.range)))</title>
        <style>
        @page { size: A4; margin: 20mm; }
        body { font-family: Georgia, serif; font-size: 11pt; line-height: 1.35; max-width: 170mm; margin: 0 auto; color: #000; }
        h1 { font-size: 20pt; margin-bottom: 0; }
        h2 { font-size: 13pt; margin-top: 1.4em; break-after: avoid; }
        p.range { font-size: 13pt; margin-top: 0.2em; }
        table { border-collapse: collapse; width: 100%; break-inside: avoid; }
        th, td { padding: 2pt 6pt; border-bottom: 1px solid #bbb; }
        thead th { text-align: right; border-bottom: 1.5px solid #000; }
        tbody th { text-align: left; font-weight: normal; }
        td { text-align: right; font-variant-numeric: tabular-nums; }
        p.note { margin-top: 2em; font-size: 9pt; }
        </style>
        </head>
        <body>
        \(body.joined(separator: "\n"))
        </body>
        </html>

        """
    }
}

extension String {
    /// Padded with spaces to `width` characters.
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
