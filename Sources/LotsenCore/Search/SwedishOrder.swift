/// Names in Swedish alphabetical order: a–z, then å, ä, ö (æ with ä, ø with ö, ü with y,
/// other marks ignored: é with e), case ignored. Byte keys, so that sorting 10,000 names
/// compares bytes; Foundation's locale collation is not used because the host's locale
/// data must not decide the order (a server without sv_SE would sort Åkesson first).
public enum SwedishOrder {
    /// The key names sort by; compare keys with `lexicographicallyPrecedes`.
    public static func key(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "å", "Å": out.append(0x7B)
            case "ä", "Ä", "æ", "Æ": out.append(0x7C)
            case "ö", "Ö", "ø", "Ø": out.append(0x7D)
            case "ü", "Ü": out.append(UInt8(ascii: "y"))
            default: TextFolding.append(scalar, to: &out)
            }
        }
        return out
    }

    /// The key people sort by: last name, then first name.
    public static func key(_ p: ParticipantProfile) -> [UInt8] { key(p.lastName + " " + p.firstName) }

    /// Whether person `a` comes before `b` in a list of people.
    public static func byName(_ a: Participant, _ b: Participant) -> Bool {
        key(a.profile).lexicographicallyPrecedes(key(b.profile))
    }

    /// Whether `a` comes before `b`.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        key(a).lexicographicallyPrecedes(key(b))
    }
}
