import Foundation

/// The one rule for text that enters the journal, from people and spreadsheets: safe to
/// store and to show on a terminal, and found by search as it reads.
/// - Control characters (C0, DEL, C1) and the bidi controls that reorder what is shown
///   (embeddings, overrides, isolates, marks) are refused in one-line fields: a name or
///   a "kom via" holding an escape sequence or a newline is a mistake or an attack.
///   Notes pasted from elsewhere are cleaned instead, since losing a long note to a
///   stray character would be worse.
/// - Invisible characters (zero-width space and joiners, word joiner, soft hyphen, BOM)
///   are removed: `An\u{200B}na` is stored as `Anna`, which is what everyone sees and
///   types.
/// - Text is stored in NFC, so a name typed with a combining ring finds and matches the
///   one typed with `å`.
public enum TextCheck {
    /// Trimmed and normalised, or nil when the text holds a control or bidi character.
    public static func singleLine(_ text: String) -> String? {
        // Printable ASCII and the Latin letters of Swedish and its neighbours (up to
        // U+024F) have nothing to refuse, remove or compose: most names and every code.
        if text.unicodeScalars.allSatisfy({ ($0.value >= 0x20 && $0.value < 0x7F) || ($0.value >= 0xA0 && $0.value <= 0x24F && $0.value != 0xAD) }) {
            return text.trimmingSpaces
        }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if isControl(s) || isBidiControl(s) { return nil }
            if !isInvisible(s) { out.append(s) }
        }
        return normalised(String(out)).trimmingSpaces
    }

    /// Line ends made `\n`, tabs made spaces, every other control, bidi and invisible
    /// character removed; normalised; trailing space trimmed.
    public static func multiLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previousCR = false
        for s in text.unicodeScalars {
            defer { previousCR = s == "\r" }
            switch s {
            case "\r": out.append("\n")
            case "\n": if !previousCR { out.append("\n") }
            case "\t": out.append(" ")
            default: if !isControl(s) && !isBidiControl(s) && !isInvisible(s) { out.append(s) }
            }
        }
        return normalised(String(out)).trimmingSpaces
    }

    static func normalised(_ s: String) -> String {
        // Text below U+0300 (ASCII, Latin-1, Latin Extended-A and -B) holds no combining
        // marks or other decomposable sequences and is NFC as it is.
        s.unicodeScalars.allSatisfy { $0.value < 0x300 } ? s : s.precomposedStringWithCanonicalMapping
    }

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F...0x9F).contains(s.value)
    }

    /// Characters that change the direction or order of what is shown.
    static func isBidiControl(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }

    /// Characters that take no space and show nothing.
    static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x200B...0x200D, 0x2060...0x2064, 0xFEFF, 0x00AD, 0x180E, 0x034F: return true
        default: return false
        }
    }
}
