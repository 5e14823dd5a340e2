import LotsenCalendar

/// The introduction's checklist (Slussen step 1). The eight items of Bilaga 1 are built
/// in; a municipality adds its own and retires any with journal entries, so every desk
/// sharing the journal sees the same list.
public struct ChecklistItem: Equatable, Sendable {
    /// Built-in items have a fixed English code; local ones `local:` and their label.
    public var code: String
    /// Nil for built-in items: their label comes from the language catalog.
    public var label: String?

    public var isBuiltIn: Bool { label == nil }

    /// Words that find a built-in item when typed (folded, hyphenated), besides its code.
    static let aliases: [String: [String]] = [
        "it-policy": ["it", "it-policyn"],
        "drug-policy": ["drog", "alkohol", "drogpolicy", "drog-och-alkoholpolicy", "drog-alkoholpolicy"],
        "work-environment": ["arbetsmiljo", "arbetsmiljopolicy"],
        "values": ["vardegrund", "vardegrunden", "kommunens-vardegrund"],
        "measure": ["atgard", "ame", "att-vara-i-atgard"],
        "sick-reporting": ["sjukanmalan", "sjukrapportering", "sjuk"],
        "holidays": ["semester"],
        "pay": ["lon", "loner"],
    ]

    public static let builtIn: [ChecklistItem] = [
        "it-policy", "drug-policy", "work-environment", "values", "measure", "sick-reporting", "holidays", "pay",
    ].map { ChecklistItem(code: $0, label: nil) }
}

/// The items in use and how they were configured.
public struct ChecklistConfiguration: Equatable, Sendable {
    public internal(set) var items: [ChecklistItem] = ChecklistItem.builtIn

    public init() {}

    public func item(_ code: String) -> ChecklistItem? { items.first { $0.code == code } }

    mutating func add(code: String, label: String) {
        guard item(code) == nil else { return }
        items.append(ChecklistItem(code: code, label: label))
    }

    mutating func remove(code: String) { items.removeAll { $0.code == code } }

    /// The item a caseworker means: its code, its number in the list (1-based), or a
    /// local item's label.
    public func find(_ text: String) -> ChecklistItem? {
        let t = text.trimmingSpaces
        if let n = Int(t), items.indices.contains(n - 1) { return items[n - 1] }
        let key = TextFolding.code(t)
        return items.first { item in
            item.code == t || TextFolding.code(item.code) == key || item.label.map(TextFolding.code) == key
                || ChecklistItem.aliases[item.code]?.contains(key) == true
        }
    }
}

public struct ChecklistTick: Equatable, Sendable {
    public var date: Day
    public var stamp: EntryStamp
}

/// A half day (or a whole one) at a workplace during the study visits (Slussen step 3),
/// with what the participant and the supervisor thought of it.
public struct Visit: Equatable, Sendable {
    public var id: Int
    public var workplace: Int
    public var date: Day
    public var halfDay: Bool
    public var evaluation: String?
    public var supervisorView: String?
    public var stamp: EntryStamp
}

/// What Kanalen logs week by week besides the work itself.
public enum KanalenActivity: String, Sendable, CaseIterable {
    /// Job search (the time spent is logged with it).
    case jobSearch = "job-search"
    /// A meeting with the study and career counsellor (SYV).
    case counsellor
    case cvUpdated = "cv"
    case letterUpdated = "letter"

    public init?(code: String) {
        switch TextFolding.code(code) {
        case "job-search", "jobbsok", "arbetssok", "sok": self = .jobSearch
        case "counsellor", "syv", "vagledning": self = .counsellor
        case "cv": self = .cvUpdated
        case "letter", "brev", "personligt-brev": self = .letterUpdated
        default: return nil
        }
    }

    public static let codes = ["jobbsök", "syv", "cv", "brev"]
}

public struct KanalenEntry: Equatable, Sendable {
    public var activity: KanalenActivity
    public var date: Day
    /// Time spent, for job search (whole minutes: no rounding in the journal).
    public var minutes: Int?
    public var stamp: EntryStamp
}

public struct AKassaCheck: Equatable, Sendable {
    public var status: AKassaStatus
    public var date: Day
    public var stamp: EntryStamp
}
