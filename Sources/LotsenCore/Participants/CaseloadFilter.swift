import LotsenCalendar

/// Which people a caseworker's list shows: their caseload and the questions they ask of
/// it. The codes are written in the journal (a saved view names its filter).
public enum CaseloadFilter: String, CaseIterable, Sendable {
    case all
    case mine
    case myOrganisation = "organisation"
    /// Mine, given to me in the last two weeks.
    case newToMe = "new"
    /// Mine, with the plan's follow-up within a week or past.
    case followUpDue = "follow-up"
    /// Everyone without a consent in force.
    case noConsent = "no-consent"
    /// Everyone in one stage at least as long as the agenda's rule for it (60 days).
    case stalled

    /// Whether the filter reads the joint programme (the plan's follow-ups, the stage): it
    /// may then list only people whose programme the viewer sees (docs/privacy.md).
    /// Responsibility and consent are on every card, so the others read nothing hidden.
    public var readsProgramme: Bool { self == .followUpDue || self == .stalled }

    /// Whether the filter lets `p` through for `author` (of `organisation`) on `today`.
    public func admits(_ p: Participant, author: String?, organisation: Organisation?, today: Day, stalledDays: Int) -> Bool {
        func mine() -> Bool {
            author.map { a in p.responsible.values.contains { Caseworker.key($0) == Caseworker.key(a) } } ?? false
        }
        switch self {
        case .all: return true
        case .mine: return mine()
        case .myOrganisation: return organisation.map { p.responsible[$0] != nil } ?? false
        case .newToMe:
            return author.map { a in
                p.responsibilities.contains { $0.until == nil && Caseworker.key($0.caseworker) == Caseworker.key(a) && today.days(until: $0.from) >= -14 }
            } ?? false
        case .followUpDue: return mine() && p.flags(on: today).contains { if case .followUpDue = $0 { true } else { false } }
        case .noConsent: return !(p.consent?.isActive ?? false)
        case .stalled: return p.currentPeriod.daysInStage(on: today) >= stalledDays
        }
    }
}

/// A caseworker's own named view of the list, kept in the journal so that every desk of
/// theirs has it: a filter, a search, and whether people who left are shown.
public struct SavedView: Equatable, Sendable {
    public var name: String
    public var filter: CaseloadFilter
    public var query: String
    public var includeExited: Bool

    public init(name: String, filter: CaseloadFilter, query: String = "", includeExited: Bool = false) {
        self.name = name
        self.filter = filter
        self.query = query
        self.includeExited = includeExited
    }
}

extension LotsenState {
    /// A caseworker's saved views, in the order first saved.
    public func savedViews(of author: String) -> [SavedView] { savedViews[Caseworker.key(author)] ?? [] }

    mutating func applyView(_ e: CaseworkerEvent, _ stamp: EntryStamp) {
        let key = Caseworker.key(stamp.author)
        switch e {
        case .caseworkerAdded: return
        case .roleSet(let initials, let role):
            caseworkers[Caseworker.key(initials)]?.role = role
        case .caseworkerContact(let initials, let phone, let email):
            let k = Caseworker.key(initials)
            guard caseworkers[k] != nil else { return }
            if let phone { caseworkers[k]!.phone = phone.isEmpty ? nil : phone }
            if let email { caseworkers[k]!.email = email.isEmpty ? nil : email }
        case .viewSaved(let v):
            if let i = savedViews[key]?.firstIndex(where: { $0.name.lowercased() == v.name.lowercased() }) {
                savedViews[key]![i] = v
            } else {
                savedViews[key, default: []].append(v)
            }
        case .viewRemoved(let name):
            savedViews[key]?.removeAll { $0.name.lowercased() == name.lowercased() }
            if savedViews[key]?.isEmpty == true { savedViews[key] = nil }
        }
    }
}
