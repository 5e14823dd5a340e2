/// Input quoted back to the user safely: a message that names a file, a flag's value
/// or a spreadsheet cell must not let that text move the cursor, clear the screen or
/// start a line of its own. Control, zero-width and bidi-control characters are shown
/// as escapes (`\e`, `\n`, `\u{200B}`); everything else as it is.
public enum Quoted {
    public static func text(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: isHidden) else { return s }
        var out = ""
        for u in s.unicodeScalars {
            guard isHidden(u) else { out.unicodeScalars.append(u); continue }
            switch u.value {
            case 0x1B: out += "\\e"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            default: out += "\\u{" + String(u.value, radix: 16, uppercase: true) + "}"
            }
        }
        return out
    }

    /// A path as given; the same rule (a file name may hold any byte but `/` and NUL).
    public static func path(_ s: String) -> String { text(s) }

    /// What `TextCheck` refuses or removes: controls, bidi controls, invisible characters.
    public static func isHidden(_ u: Unicode.Scalar) -> Bool {
        TextCheck.isControl(u) || TextCheck.isBidiControl(u) || TextCheck.isInvisible(u)
    }
}
