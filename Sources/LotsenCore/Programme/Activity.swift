import LotsenCalendar

/// The kinds of activity (insats) the programme uses, each with the organisation that
/// usually runs it and the rule the board watches. Local kinds go by their own name.
public enum ActivityKind: Hashable, Sendable {
    case praktik, instegspraktik, arbetstraning, arbetsprovning, arbetsmarknadsutbildning
    case yrkesintroduktion, nystartsjobb, lonebidrag, extratjanst, traineejobb, utbildningskontrakt
    case folkhogskola, provaPa, feriepraktik, sommarforetag, kam, sysselsattningsgrupp, aktivitetsgrupp, sius
    case local(String)

    static let byExactCode: [String: ActivityKind] = Dictionary(catalogue.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })

    public static let catalogue: [ActivityKind] = [
        .praktik, .instegspraktik, .arbetstraning, .arbetsprovning, .arbetsmarknadsutbildning, .yrkesintroduktion,
        .nystartsjobb, .lonebidrag, .extratjanst, .traineejobb, .utbildningskontrakt, .folkhogskola, .provaPa,
        .feriepraktik, .sommarforetag, .kam, .sysselsattningsgrupp, .aktivitetsgrupp, .sius,
    ]

    /// The code written in events: the Swedish name folded to ASCII.
    public var code: String {
        switch self {
        case .praktik: return "praktik"
        case .instegspraktik: return "instegspraktik"
        case .arbetstraning: return "arbetstraning"
        case .arbetsprovning: return "arbetsprovning"
        case .arbetsmarknadsutbildning: return "arbetsmarknadsutbildning"
        case .yrkesintroduktion: return "yrkesintroduktionsanstallning"
        case .nystartsjobb: return "nystartsjobb"
        case .lonebidrag: return "lonebidrag"
        case .extratjanst: return "extratjanst"
        case .traineejobb: return "traineejobb"
        case .utbildningskontrakt: return "utbildningskontrakt"
        case .folkhogskola: return "studiemotiverande-folkhogskolekurs"
        case .provaPa: return "prova-pa-utbildning"
        case .feriepraktik: return "feriepraktik"
        case .sommarforetag: return "sommarforetag"
        case .kam: return "kam"
        case .sysselsattningsgrupp: return "sysselsattningsgrupp"
        case .aktivitetsgrupp: return "aktivitetsgrupp"
        case .sius: return "sius"
        case .local(let name): return "local:" + name
        }
    }

    /// The name caseworkers use (the same in both languages: these are Swedish terms).
    public var name: String {
        switch self {
        case .praktik: return "Praktik"
        case .instegspraktik: return "Instegspraktik"
        case .arbetstraning: return "Arbetsträning"
        case .arbetsprovning: return "Arbetsprövning"
        case .arbetsmarknadsutbildning: return "Arbetsmarknadsutbildning"
        case .yrkesintroduktion: return "Yrkesintroduktionsanställning"
        case .nystartsjobb: return "Nystartsjobb"
        case .lonebidrag: return "Lönebidrag"
        case .extratjanst: return "Extratjänst"
        case .traineejobb: return "Traineejobb"
        case .utbildningskontrakt: return "Utbildningskontrakt"
        case .folkhogskola: return "Studiemotiverande folkhögskolekurs"
        case .provaPa: return "Prova-på-utbildning"
        case .feriepraktik: return "Feriepraktik"
        case .sommarforetag: return "Sommarföretag"
        case .kam: return "KAM"
        case .sysselsattningsgrupp: return "Sysselsättningsgrupp"
        case .aktivitetsgrupp: return "Aktivitetsgrupp"
        case .sius: return "SIUS"
        // Stored before the one-line rule held for it: never a control byte on screen.
        case .local(let name): return Quoted.text(name)
        }
    }

    /// Who usually runs it; a local activity names its own organisation when started.
    public var organisation: Organisation {
        switch self {
        case .feriepraktik, .sommarforetag, .kam, .sysselsattningsgrupp, .aktivitetsgrupp, .local: return .ame
        case .provaPa: return .vux
        default: return .af
        }
    }

    /// What the board watches for this kind.
    public enum Rule: Equatable, Sendable {
        /// Warn when it has run longer than this many months.
        case maxMonths(Int)
        /// Runs in cycles of this many weeks, each ending in a checkpoint (avstämning).
        case cycleWeeks(Int)
    }

    public var rule: Rule? {
        switch self {
        case .instegspraktik: return .maxMonths(6)
        case .aktivitetsgrupp: return .cycleWeeks(12)
        default: return nil
        }
    }

    /// A code, a catalogue name (any case, with or without å, ä, ö), or `local:NAME`.
    public init?(code: String) {
        // Journals store the exact code: no folding or search for those.
        if let k = ActivityKind.byExactCode[code] { self = k; return }
        let t = code.trimmingSpaces
        if t.lowercased().hasPrefix("local:") || t.lowercased().hasPrefix("lokal:") {
            let name = String(t.drop { $0 != ":" }.dropFirst()).trimmingSpaces
            guard !name.isEmpty else { return nil }
            self = .local(name)
            return
        }
        let key = TextFolding.code(t)
        guard let match = ActivityKind.catalogue.first(where: { $0.code == key || TextFolding.code($0.name) == key })
            ?? (key == "yrkesintroduktion" ? .yrkesintroduktion : key == "folkhogskola" ? .folkhogskola : nil)
        else { return nil }
        self = match
    }
}

/// How an activity ended.
public enum ActivityOutcome: String, Sendable, CaseIterable {
    case completed, interrupted, work, studies, other

    public init?(code: String) {
        switch TextFolding.code(code) {
        case "completed", "fullfoljd", "klar": self = .completed
        case "interrupted", "avbruten": self = .interrupted
        case "work", "arbete": self = .work
        case "studies", "studier": self = .studies
        case "other", "annat": self = .other
        default: return nil
        }
    }

    public static let codes = ["fullföljd", "avbruten", "arbete", "studier", "annat"]
}

/// One activity in a period. Its id is the journal sequence number that started it.
public struct Activity: Equatable, Sendable {
    public var id: Int
    public var kind: ActivityKind
    public var organisation: Organisation
    public var start: Day
    public var plannedEnd: Day?
    public var end: Day?
    public var outcome: ActivityOutcome?
    public var stamp: EntryStamp

    public func isRunning(on day: Day) -> Bool { start <= day && (end.map { day < $0 } ?? true) }

    /// What the kind's rule says about it on `day`, while it runs.
    public func warning(on day: Day) -> ActivityWarning? {
        guard isRunning(on: day), let rule = kind.rule else { return nil }
        switch rule {
        case .maxMonths(let months):
            let limit = start.adding(months: months)
            return day >= limit ? .overLimit(since: limit) : nil
        case .cycleWeeks(let weeks):
            // The checkpoint day still belongs to the cycle it closes.
            let length = weeks * 7
            let cycle = max(1, (start.days(until: day) + length - 1) / length)
            return .cycle(number: cycle, checkpoint: start.adding(days: cycle * length))
        }
    }
}

public enum ActivityWarning: Equatable, Sendable {
    /// Ran past its limit (instegspraktik: six months) on this day.
    case overLimit(since: Day)
    /// In this cycle (aktivitetsgrupp), whose checkpoint is on this day.
    case cycle(number: Int, checkpoint: Day)
}
