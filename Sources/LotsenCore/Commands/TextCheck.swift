/// Text from people and spreadsheets, made safe to store and to show on a terminal.
/// Names and other one-line fields with control characters are refused (a name holding
/// an escape sequence is a mistake or an attack); notes pasted from elsewhere are
/// cleaned instead, since losing a long note to a stray character would be worse.
public enum TextCheck {
    /// Trimmed, or nil when the text holds a control or bidirectional-override character.
    public static func singleLine(_ text: String) -> String? {
        let trimmed = text.trimmingSpaces
        for s in trimmed.unicodeScalars where isControl(s) || isBidiOverride(s) { return nil }
        return trimmed
    }

    /// Line ends made `\n`, tabs made spaces, every other control character and
    /// bidirectional override removed; trailing space trimmed.
    public static func multiLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previousCR = false
        for s in text.unicodeScalars {
            defer { previousCR = s == "\r" }
            switch s {
            case "\r": out.append("\n")
            case "\n": if !previousCR { out.append("\n") }
            case "\t": out.append(" ")
            default: if !isControl(s) && !isBidiOverride(s) { out.append(s) }
            }
        }
        return String(out).trimmingSpaces
    }

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F...0x9F).contains(s.value)
    }

    static func isBidiOverride(_ s: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
    }
}
