/// What a caseworker's work lets them do (docs/privacy.md, "Roles"). A journal where
/// nobody has been named coordinator (or administrator) works as before roles: everyone
/// may do that role's work, so that a personal journal needs no set-up.
public enum Role: String, Sendable, CaseIterable, Comparable {
    /// Works with people: cards, notes, plans, the board, meetings.
    case caseworker
    /// A caseworker who also shares out the work: caseworkers, the agenda rules, targets,
    /// the placement bank, the caseload overview, the access log's follow-up.
    case coordinator
    /// Reports only: no person-level data.
    case statistics
    /// Runs the desk: caseworkers and their logins, the access log; no person-level data.
    case administrator

    public init?(code: String) {
        switch code.trimmingSpaces.lowercased() {
        case "caseworker", "handläggare", "handlaggare": self = .caseworker
        case "coordinator", "samordnare": self = .coordinator
        case "statistics", "statistik": self = .statistics
        case "administrator", "admin", "administratör": self = .administrator
        default: return nil
        }
    }

    public static func < (a: Role, b: Role) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
}

/// The kinds of work a role opens.
public enum Permission: Sendable, Equatable {
    /// Anything that shows or changes one person.
    case personData
    /// Adding caseworkers, their logins and roles.
    case caseworkers
    /// The agenda rules, yearly targets and the placement bank.
    case programmeSettings
    /// Every caseworker's caseload, and the access log beyond one's own looks.
    case followUp
    /// Backups and restores: the whole journal at once.
    case backups
    /// Proposing whom to purge (gallring): those due by the rules.
    case gallringProposal
    /// Approving a purge: it destroys people's keys for good.
    case purge
}

extension Role {
    func grants(_ p: Permission) -> Bool {
        switch (self, p) {
        case (.caseworker, .personData), (.coordinator, .personData): return true
        case (.coordinator, .purge): return false
        case (.coordinator, _): return true
        case (.administrator, .caseworkers), (.administrator, .followUp), (.administrator, .backups),
             (.administrator, .gallringProposal), (.administrator, .purge): return true
        default: return false
        }
    }
}

extension Permission {
    /// Whether `author` may do this kind of work, from the caseworkers alone (what a
    /// lookup from the snapshot has). Unknown authors are refused elsewhere
    /// (`unknownAuthor`); a journal without caseworkers lets anyone set it up.
    public func isGranted(to author: String?, among caseworkers: [String: Caseworker]) -> Bool {
        guard !caseworkers.isEmpty else { return true }
        let named = caseworkers.values.contains { $0.role == .coordinator || $0.role == .administrator }
        // Someone not yet a caseworker may add themselves until the desk has someone to ask.
        guard let author, let c = caseworkers[Caseworker.key(author)] else { return self == .personData || (self == .caseworkers && !named) }
        if c.role.grants(self) { return true }
        // Before anyone holds the role that grants it, the work is everyone's who works with people.
        switch self {
        case .personData: return false
        case .caseworkers, .backups: return c.role == .caseworker && !named
        case .programmeSettings, .followUp, .gallringProposal:
            return c.role == .caseworker && !caseworkers.values.contains { $0.role == .coordinator }
        case .purge:
            // Until an administrator is named, whoever shares out the work approves.
            return c.role != .statistics && !caseworkers.values.contains { $0.role == .administrator }
                && (c.role == .coordinator || !caseworkers.values.contains { $0.role == .coordinator })
        }
    }
}

extension LotsenState {
    /// Whether `author` may do this kind of work (`Permission.isGranted`).
    public func may(_ author: String?, _ p: Permission) -> Bool { p.isGranted(to: author, among: caseworkers) }
}

extension Command {
    /// The kind of work this command is (`Role`).
    public var permission: Permission {
        switch self {
        case .caseworker(.addCaseworker), .caseworker(.setRole): return .caseworkers
        case .caseworker(.setCaseworkerContact), .caseworker(.saveView), .caseworker(.removeView): return .personData
        case .programme(.addWorkplace), .programme(.updateWorkplace), .programme(.addChecklistItem), .programme(.removeChecklistItem):
            return .programmeSettings
        case .meeting(.setAgendaRules): return .programmeSettings
        case .report: return .programmeSettings
        case .participant, .programme, .plan, .meeting, .entry: return .personData
        case .gallring(.setRules): return .programmeSettings
        case .gallring(.propose): return .gallringProposal
        case .gallring(.purge): return .purge
        }
    }
}
