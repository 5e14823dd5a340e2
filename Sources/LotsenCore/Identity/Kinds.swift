/// Gender as recorded: every statistic is split by it. Proposed from the personnummer,
/// changeable by the caseworker.
public enum Gender: String, Sendable, CaseIterable {
    case woman, man, other, unknown
}

/// The organisations of the joint programme. `other` carries a name, for local partners.
public enum Organisation: Hashable, Sendable, Comparable {
    case af, ame, ifo, vux, syv, kaa
    case other(String)

    public static let known: [Organisation] = [.af, .ame, .ifo, .vux, .syv, .kaa]

    /// The code written in events and typed on the command line.
    public var code: String {
        switch self {
        case .af: return "AF"
        case .ame: return "AME"
        case .ifo: return "IFO"
        case .vux: return "Vux"
        case .syv: return "SYV"
        case .kaa: return "KAA"
        case .other(let name): return name
        }
    }

    /// One of the six known codes (any case), or a known other organisation's name.
    public init?(code: String, others: Set<String> = []) {
        let trimmed = code.trimmingSpaces
        switch trimmed.lowercased() {
        case "af", "arbetsförmedlingen": self = .af
        case "ame", "arbetsmarknadsenheten": self = .ame
        case "ifo", "försörjningsstöd", "socialtjänsten": self = .ifo
        case "vux", "komvux", "vuxenutbildningen": self = .vux
        case "syv", "studie- och yrkesvägledare": self = .syv
        case "kaa": self = .kaa
        default:
            guard let match = others.first(where: { $0.lowercased() == trimmed.lowercased() }) else { return nil }
            self = .other(match)
        }
    }

    /// As written in events: known codes, anything else is an other organisation.
    public init(storedCode: String) {
        self = Organisation(code: storedCode) ?? .other(storedCode)
    }

    public static func < (a: Organisation, b: Organisation) -> Bool { a.sortKey < b.sortKey }

    private var sortKey: String {
        if let i = Organisation.known.firstIndex(of: self) { return "\(i)" }
        return "9" + code
    }
}

/// How the young person came to the programme.
public enum Referral: Hashable, Sendable {
    case outreach, selfReferral, af, ifo, school
    case other(String)

    public var code: String {
        switch self {
        case .outreach: return "outreach"
        case .selfReferral: return "self"
        case .af: return "af"
        case .ifo: return "ifo"
        case .school: return "school"
        case .other(let s): return "other:" + s
        }
    }

    public init?(code: String) {
        switch code.trimmingSpaces.lowercased() {
        case "outreach", "uppsökande", "uppsokande": self = .outreach
        case "self", "självanmälan", "sjalvanmalan": self = .selfReferral
        case "af": self = .af
        case "ifo": self = .ifo
        case "school", "skola", "kaa", "skola/kaa": self = .school
        default:
            let c = code.trimmingSpaces
            if c.lowercased().hasPrefix("other:") { self = .other(String(c.dropFirst(6))); return }
            if c.lowercased().hasPrefix("annan:") { self = .other(String(c.dropFirst(6))); return }
            return nil
        }
    }
}

/// AF's sökandekategori (SKAT): the two-digit code Arbetsförmedlingen registers a job
/// seeker under. Every code is kept as AF gives it; the reports count 11, 69 and 14 by
/// name, as the programme's target-group table does, and every other code by its number
/// (docs/reports.md).
public struct AFCategory: RawRepresentable, Hashable, Sendable, Comparable {
    /// Two digits, 10–99; or `other`, written before every code was kept.
    public let rawValue: String

    public init?(rawValue: String) {
        let b = Array(rawValue.utf8)
        let twoDigits = b.count == 2 && (0x31...0x39).contains(b[0]) && (0x30...0x39).contains(b[1])
        guard twoDigits || rawValue == "other" else { return nil }
        self.rawValue = rawValue
    }

    /// 11: openly unemployed.
    public static let openUnemployment = AFCategory(rawValue: "11")!
    /// 69: the youth job guarantee (UGA).
    public static let youthGuarantee = AFCategory(rawValue: "69")!
    /// 14: not available for work.
    public static let notAvailable = AFCategory(rawValue: "14")!
    /// A category other than 11, 69 and 14 whose code was not kept (journals before the
    /// codes were); never written now.
    public static let other = AFCategory(rawValue: "other")!

    /// The three the programme's target-group table counts by name (Hällefors 2015).
    public static let named: [AFCategory] = [.openUnemployment, .youthGuarantee, .notAvailable]

    /// The code as a number; nil for `other`.
    public var number: Int? { Int(rawValue) }

    /// As typed or as a spreadsheet from AF has it: `11`, `skat 11`, `SKAT11`,
    /// `11 Öppet arbetslös`, `11 - Öppet arbetslös`; `uga` for 69; `annan`/`other` for a
    /// category whose code is not known.
    public init?(code: String) {
        var t = Substring(code.trimmingSpaces.lowercased())
        switch t {
        case "uga": self = .youthGuarantee; return
        case "other", "annan", "övrig", "ovrig": self = .other; return
        default: break
        }
        if t.hasPrefix("skat") { t = t.dropFirst(4).drop { $0 == " " || $0 == ":" } }
        let digits = t.prefix { $0.isASCII && $0.isNumber }
        let rest = t.dropFirst(digits.count)
        // Two digits, then nothing or a separator before AF's name of the category.
        guard digits.count == 2, rest.isEmpty || rest.first == " " || rest.first == "-" || rest.first == "–" || rest.first == ":",
              let c = AFCategory(rawValue: String(digits)) else { return nil }
        self = c
    }

    /// By code; `other` last.
    public static func < (a: AFCategory, b: AFCategory) -> Bool { (a.number ?? 100) < (b.number ?? 100) }
}

/// Why a period in the programme ended.
public enum ExitReason: String, Sendable, CaseIterable {
    case work, studies, otherMeasure = "other-measure", moved, sick, parentalLeave = "parental-leave", unknown, other

    public init?(code: String) {
        switch code.trimmingSpaces.lowercased() {
        case "work", "arbete": self = .work
        case "studies", "studier": self = .studies
        case "other-measure", "annan-insats", "annan insats": self = .otherMeasure
        case "moved", "flyttat": self = .moved
        case "sick", "sjukdom": self = .sick
        case "parental-leave", "föräldraledighet", "foraldraledighet": self = .parentalLeave
        case "unknown", "okänd", "okand": self = .unknown
        case "other", "annan": self = .other
        default: return nil
        }
    }
}

/// The kind of a note.
public enum NoteKind: String, Sendable, CaseIterable {
    case call, meeting, other

    public init?(code: String) {
        switch code.trimmingSpaces.lowercased() {
        case "call", "samtal": self = .call
        case "meeting", "möte", "mote": self = .meeting
        case "other", "annat": self = .other
        default: return nil
        }
    }

    /// As typed at a front end's edge (default: a call); the refusal names the choices.
    public static func parse(_ text: String?) throws(DomainError) -> NoteKind {
        guard let text else { return .call }
        guard let kind = NoteKind(code: text) else { throw .invalid(.kind, .notAChoice(text, .noteKind)) }
        return kind
    }
}
