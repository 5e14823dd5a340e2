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

/// Arbetsförmedlingen's registration category.
public enum AFCategory: String, Sendable, CaseIterable {
    /// 11: openly unemployed.
    case openUnemployment = "11"
    /// 69: the youth job guarantee (UGA).
    case youthGuarantee = "69"
    /// 14: not available for work.
    case notAvailable = "14"
    case other

    public init?(code: String) {
        switch code.trimmingSpaces.lowercased() {
        case "11": self = .openUnemployment
        case "69", "uga": self = .youthGuarantee
        case "14": self = .notAvailable
        case "other", "annan", "övrig", "ovrig": self = .other
        default: return nil
        }
    }
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
