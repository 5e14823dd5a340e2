/// What Swedish spreadsheets save: UTF-8 (with or without a byte-order mark), from
/// Excel's "CSV (semikolonavgränsad)" Windows-1252, and from its "Unicode-text" UTF-16
/// with a byte-order mark (tab-separated).
public enum SpreadsheetText {
    public enum Encoding: Equatable, Sendable { case utf8, windows1252, utf16 }

    public static func decode(_ bytes: [UInt8]) -> (text: String, encoding: Encoding) {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let little = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                units.append(little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
                i += 2
            }
            return (String(decoding: units, as: UTF16.self), .utf16)
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let s = String(validating: body, as: UTF8.self) { return (s, .utf8) }
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            if (0x80...0x9F).contains(b), let mapped = windows1252High[Int(b - 0x80)] {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(b))
            }
        }
        return (String(scalars), .windows1252)
    }

    /// 0x80–0x9F in Windows-1252; nil where the code page has no character.
    static let windows1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// `;`, `,` or a tab: whichever occurs most often outside quotes in the first line.
    public static func delimiter(of text: String) -> Unicode.Scalar {
        var semicolons = 0, commas = 0, tabs = 0, quoted = false
        for s in text.unicodeScalars {
            if s == "\"" { quoted.toggle() }
            else if !quoted && (s == "\n" || s == "\r") { break }
            else if !quoted && s == ";" { semicolons += 1 }
            else if !quoted && s == "," { commas += 1 }
            else if !quoted && s == "\t" { tabs += 1 }
        }
        if tabs > semicolons && tabs > commas { return "\t" }
        return semicolons >= commas && semicolons > 0 ? ";" : ","
    }

    /// The line where a quoted cell opens that is never closed, if one is (a spreadsheet
    /// cut short, or a stray `"`): without this check the rest of the file would become
    /// one cell. `""` inside quotes is an escaped quote and toggles twice.
    public static func unterminatedQuote(in text: String) -> Int? {
        var line = 1, opened = 0, quoted = false
        for s in text.utf8 {
            if s == UInt8(ascii: "\"") {
                quoted.toggle()
                if quoted { opened = line }
            } else if s == 0x0A {
                line += 1
            }
        }
        return quoted ? opened : nil
    }
}
