/// How many terminal columns text takes: 0, 1 or 2 per grapheme cluster. Combining
/// marks ride on the letter before them; East Asian wide and full-width characters and
/// emoji take two. Computed from tables, never from the host's locale, so that a test
/// and a terminal agree.
public enum DisplayWidth {
    public static func of(_ c: Character) -> Int {
        let scalars = c.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x20 || (0x7F...0x9F).contains(first.value) { return 0 }
        if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }  // emoji presentation selector
        if first.properties.isEmojiPresentation { return 2 }
        if scalars.count > 1, scalars.contains(where: { $0.value == 0x200D }), first.properties.isEmoji { return 2 }  // ZWJ sequence
        if isWide(first.value) { return 2 }
        if isZeroWidth(first) { return 0 }
        return 1
    }

    public static func of(_ s: some StringProtocol) -> Int {
        var w = 0
        for c in s { w += of(c) }
        return w
    }

    static func isZeroWidth(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return s.value == 0x200B
        }
    }

    /// East Asian Wide and Fullwidth ranges (Unicode 15).
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
             0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// The longest prefix of `text` that fits in `width` columns, with `…` when it had
    /// to be cut. Never splits a grapheme cluster.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        var out = ""
        var used = 0
        for c in text {
            let w = of(c)
            if used + w > width - 1 { break }
            out.append(c)
            used += w
        }
        return out + "…"
    }

    /// `text` cut or padded with spaces to exactly `width` columns.
    public static func fit(_ text: String, to width: Int) -> String {
        let t = truncate(text, to: width)
        return t + String(repeating: " ", count: max(0, width - of(t)))
    }

    /// `text` in lines of at most `width` columns, broken between words; a word longer
    /// than a line is cut. The text's leading spaces start every line, and lines after
    /// the first are indented `indent` more.
    public static func wrap(_ text: String, width: Int, indent: Int) -> [String] {
        let lead = text.prefix { $0 == " " }.count
        guard width > lead + indent + 1 else { return [truncate(text, to: max(width, 1))] }
        var lines: [String] = []
        var line = String(repeating: " ", count: lead)
        var used = lead
        var fresh = true
        for word in text.dropFirst(lead).split(separator: " ") {
            let w = of(String(word))
            if !fresh && used + 1 + w > width {
                lines.append(line)
                line = String(repeating: " ", count: lead + indent)
                used = lead + indent
                fresh = true
            }
            if !fresh { line += " "; used += 1 }
            let piece = w > width - used ? truncate(String(word), to: width - used) : String(word)
            line += piece
            used += of(piece)
            fresh = false
        }
        lines.append(line)
        return lines
    }
}
