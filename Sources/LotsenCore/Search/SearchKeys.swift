/// What a participant can be found by, prepared once per change so that a search
/// keystroke only compares bytes.
public struct SearchKeys: Equatable, Sendable {
    /// "anna berg", folded.
    public var fullName: [UInt8]
    /// Each word of the first and last name, folded (hyphenated names split too).
    public var nameWords: [[UInt8]]
    /// `YYYYMMDDNNNC`.
    public var personnummer: [UInt8]
    /// Phone numbers as digits, a leading +46 / 0046 written as 0.
    public var phones: [[UInt8]]
    public var isActive: Bool
    /// Protected personal data: found only by the responsible caseworkers.
    public var isProtected: Bool
    /// Who registered the person (initials: a small string, kept inline), and the
    /// organisations the consent in force names — the known ones as bits, any other by
    /// name: what the privacy rule needs to say whether a viewer sees the phone, without
    /// decoding the person (`SearchSight`). Small, because a snapshot stores the keys of
    /// everyone.
    public var registeredBy: String
    var consentBits: UInt8
    var consentOthers: [String]?

    public var consented: Set<Organisation> {
        var out = Set(Organisation.known.enumerated().filter { consentBits & (1 << $0.offset) != 0 }.map(\.element))
        for name in consentOthers ?? [] { out.insert(.other(name)) }
        return out
    }
    /// "berg anna": a whole name typed last name first.
    public var sortName: [UInt8]
    /// For ordering: last name, first name, in Swedish order (`SwedishOrder`).
    public var orderKey: [UInt8]

    public init(_ p: Participant) {
        fullName = TextFolding.fold(p.profile.firstName + " " + p.profile.lastName)
        nameWords = fullName.split(whereSeparator: { $0 == 0x20 || $0 == UInt8(ascii: "-") }).map(Array.init)
        personnummer = Array(p.personnummer.digits.utf8)
        phones = p.profile.phones.map(PhoneNumber.searchDigits)
        registeredBy = p.registeredBy.author
        isActive = false
        isProtected = false
        consentBits = 0
        sortName = TextFolding.fold(p.profile.lastName + " " + p.profile.firstName)
        orderKey = SwedishOrder.key(p.profile)
        update(Standing(p))
    }

    /// What the keys hold that changes without the name or a number changing: whether
    /// the person is active, protected, and whose consent is in force. Worked out alone
    /// for the events that change only these (a consent, an exit, an undo): the keys
    /// were a quarter of a replay's folding, and half of them were made for these.
    struct Standing {
        var isActive: Bool
        var isProtected: Bool
        var consentBits: UInt8 = 0
        var consentOthers: [String]?

        init(_ p: Participant) {
            isActive = p.isActive
            isProtected = p.isProtected
            var others: [String] = []
            for o in p.consent.flatMap({ $0.isActive ? $0.organisations : nil }) ?? [] {
                if let i = Organisation.known.firstIndex(of: o) { consentBits |= 1 << i } else { others.append(o.code) }
            }
            consentOthers = others.isEmpty ? nil : others
        }
    }

    mutating func update(_ s: Standing) {
        isActive = s.isActive
        isProtected = s.isProtected
        consentBits = s.consentBits
        consentOthers = s.consentOthers
    }
}

/// Phone numbers as people type them: `070-123 45 67`, `+46 70 123 45 67`.
public enum PhoneNumber {
    /// The digits, with a Swedish country prefix replaced by the trunk 0.
    public static func searchDigits(_ text: String) -> [UInt8] {
        var digits = Array(text.utf8.filter { $0 >= 48 && $0 <= 57 })
        let trimmed = text.trimmingSpaces
        if trimmed.hasPrefix("+46") { digits = [48] + digits.dropFirst(2) }
        else if trimmed.hasPrefix("0046") { digits = [48] + digits.dropFirst(4) }
        return digits
    }

    /// Accepts digits, spaces, dashes, parentheses and a leading +; 6–15 digits.
    public static func isPlausible(_ text: String) -> Bool {
        let t = text.trimmingSpaces
        let allowed = t.unicodeScalars.enumerated().allSatisfy { i, s in
            ("0"..."9").contains(s) || s == " " || s == "-" || s == "(" || s == ")" || (s == "+" && i == 0)
        }
        let count = t.utf8.filter { $0 >= 48 && $0 <= 57 }.count
        return allowed && (6...15).contains(count)
    }
}
