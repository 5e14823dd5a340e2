import LotsenCore

/// The formats a printed document comes in.
public enum DocumentFormat: String, CaseIterable, Sendable {
    case txt, md, html
}

/// One entry of a document, independent of the format.
enum DocumentBlock {
    case title(String), subtitle(String), paragraph(String), heading(String), subheading(String), field(String, String), list([String])
}

/// Renders blocks as plain text (72 columns), Markdown, or HTML that prints on A4: the
/// take-home plan and the meeting's minutes share it.
struct DocumentRenderer {
    let title: String
    let blocks: [DocumentBlock]
    let lang: Language

    func render(_ format: DocumentFormat) -> String {
        switch format {
        case .txt: return text()
        case .md: return markdown()
        case .html: return html()
        }
    }
    func text() -> String {
        var lines: [String] = []
        for block in blocks {
            switch block {
            case .title(let t): lines += [t.uppercased()]
            case .subtitle(let t): lines += [t, ""]
            case .paragraph(let t): lines += Wrap.lines(t, width: 72) + [""]
            case .heading(let t): lines += ["", t] + [String(repeating: "-", count: min(72, t.count))]
            case .subheading(let t): lines += [""] + Wrap.lines(t, width: 72)
            case .field(let k, let v): lines += v.isEmpty ? ["\(k):"] : Wrap.lines("\(k): \(v)", width: 72, indent: "  ")
            case .list(let items): for i in items { lines += Wrap.lines(i, width: 72, first: "  – ", indent: "    ") }
            }
        }
        // One blank line between blocks, never two (a paragraph ends in one, the next
        // heading starts with one).
        lines = lines.enumerated().filter { i, line in !(line.isEmpty && i > 0 && lines[i - 1].isEmpty) }.map(\.element)
        return lines.joined(separator: "\n") + "\n"
    }

    func markdown() -> String {
        var lines: [String] = []
        for block in blocks {
            switch block {
            case .title(let t): lines += ["# \(Escape.markdown(t))", ""]
            case .subtitle(let t): lines += ["**\(Escape.markdown(t))**", ""]
            case .paragraph(let t): lines += [Escape.markdown(t), ""]
            case .heading(let t): lines += ["## \(Escape.markdown(t))", ""]
            case .subheading(let t): lines += ["### \(Escape.markdown(t))", ""]
            case .field(let k, let v): lines += [v.isEmpty ? "**\(Escape.markdown(k))**" : "**\(Escape.markdown(k)):** \(Escape.markdown(v))", ""]
            case .list(let items): lines += items.map { "- " + Escape.markdown($0) } + [""]
            }
        }
        return lines.joined(separator: "\n")
    }

    func html() -> String {
        let e = Escape.html
        var body: [String] = []
        for block in blocks {
            switch block {
            case .title(let t): body.append("<h1>\(e(t))</h1>")
            case .subtitle(let t): body.append("<p class=\"name\">\(e(t))</p>")
            case .paragraph(let t): body.append("<p>\(e(t))</p>")
            case .heading(let t): body.append("<h2>\(e(t))</h2>")
            case .subheading(let t): body.append("<h3>\(e(t))</h3>")
            case .field(let k, let v): body.append(v.isEmpty ? "<p><b>\(e(k))</b></p>" : "<p><b>\(e(k)):</b> \(e(v))</p>")
            case .list(let items): body.append("<ul>" + items.map { "<li>\(e($0))</li>" }.joined() + "</ul>")
            }
        }
        return """
        <!DOCTYPE html>
        <html lang="\(lang.rawValue)">
        <head>
        <meta charset="utf-8">
        <title>\(e(title))</title>
        <style>
        @page { size: A4; margin: 20mm; }
        body { font-family: Georgia, serif; font-size: 12pt; line-height: 1.45; max-width: 170mm; margin: 0 auto; color: #000; }
        h1 { font-size: 20pt; margin-bottom: 0; }
        h2 { font-size: 14pt; margin-top: 1.4em; border-bottom: 1px solid #888; break-after: avoid; }
        h3 { font-size: 12pt; margin: 1.2em 0 0.3em; break-after: avoid; }
        p.name { font-size: 14pt; margin-top: 0.2em; }
        ul { margin-top: 0; }
        h2 + p, li { break-inside: avoid; }
        </style>
        </head>
        <body>
        \(body.joined(separator: "\n"))
        </body>
        </html>

        """
    }
}


/// Word wrapping for plain-text documents.
enum Wrap {
    /// Lines of at most `width` characters (a longer word stands alone); the first
    /// starts with `first`, every other with `indent`.
    static func lines(_ text: String, width: Int, first: String = "", indent: String = "") -> [String] {
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = out.isEmpty ? first : indent
            var empty = true
            for word in paragraph.split(separator: " ") {
                if !empty && line.count + 1 + word.count > width {
                    out.append(line)
                    line = indent
                    empty = true
                }
                line += (empty ? "" : " ") + word
                empty = false
            }
            out.append(line)
        }
        return out
    }
}

/// Escaping user text for the document formats.
enum Escape {
    static func html(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    /// Characters that would turn a caseworker's text into Markdown markup.
    static func markdown(_ s: String) -> String {
        var out = ""
        for c in s {
            if "\\`*_[]<>#|".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
