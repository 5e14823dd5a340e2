import Foundation

/// Folds text for searching: lower case, diacritics removed, so that `ostlund` finds
/// Östlund and `nguyen` finds Nguyễn. Works on bytes, with a table built once from
/// Foundation's folding over the Latin blocks (and a few letters that have no
/// decomposition: ø, æ, ß, đ, ł, þ, œ), so a keystroke never calls Foundation.
public enum TextFolding {
    public static func fold(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { append(scalar, to: &out) }
        return out
    }

    /// Appends one scalar folded: for callers that fold scalar by scalar (`SwedishOrder`),
    /// where a `String` made of each one cost ten thousand instructions a name.
    static func append(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let v = scalar.value
        if v < 0x80 {
            out.append(v >= 65 && v <= 90 ? UInt8(v + 32) : UInt8(v))
        } else if let folded = table[v] {
            out.append(contentsOf: folded)
        } else if (0x300...0x36F).contains(v) {
            return  // a combining mark on its own
        } else {
            out.append(contentsOf: Array(String(scalar).lowercased().utf8))
        }
    }

    public static func foldedString(_ text: String) -> String { String(decoding: fold(text), as: UTF8.self) }

    /// A typed code word as compared: folded, trimmed, spaces as hyphens ("Ingen rätt"
    /// → "ingen-ratt").
    public static func code(_ text: String) -> String {
        foldedString(text.trimmingSpaces).split(separator: " ").joined(separator: "-")
    }

    static let table: [UInt32: [UInt8]] = {
        var t: [UInt32: [UInt8]] = [:]
        let ranges: [ClosedRange<UInt32>] = [0xC0...0x24F, 0x1E00...0x1EFF]
        for range in ranges {
            for v in range {
                guard let scalar = Unicode.Scalar(v) else { continue }
                let folded = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                if folded.unicodeScalars.allSatisfy({ $0.value < 0x80 }) { t[v] = Array(folded.utf8) }
            }
        }
        let extras: [(String, String)] = [
            ("ø", "o"), ("Ø", "o"), ("æ", "ae"), ("Æ", "ae"), ("ß", "ss"), ("đ", "d"), ("Đ", "d"),
            ("ł", "l"), ("Ł", "l"), ("þ", "th"), ("Þ", "th"), ("œ", "oe"), ("Œ", "oe"), ("ı", "i"),
        ]
        for (from, to) in extras { t[from.unicodeScalars.first!.value] = Array(to.utf8) }
        return t
    }()
}
