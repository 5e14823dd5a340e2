import LotsenCalendar

/// How many active participants a caseworker is responsible for, and how many of them
/// have something overdue: for the coordinator who shares out the work.
public struct CaseloadCount: Equatable, Sendable {
    public var participants = 0
    public var overdue = 0

    public init(participants: Int = 0, overdue: Int = 0) {
        self.participants = participants
        self.overdue = overdue
    }
}

public enum Caseload {
    /// By caseworker (`Caseworker.key` of the initials). Overdue: past the 90-day limit,
    /// a plan follow-up past its day, or weekly tasks past theirs.
    public static func overview(_ state: LotsenState, today: Day) -> [String: CaseloadCount] {
        var out: [String: CaseloadCount] = [:]
        for id in state.order {
            guard let p = state.participant(id), p.isActive else { continue }
            let late = p.flags(on: today).contains { flag in
                switch flag {
                case .ninetyDaysOverdue, .tasksOverdue: return true
                case .followUpDue(let d): return d < today
                default: return false
                }
            }
            for initials in Set(p.responsible.values.map(Caseworker.key)) {
                out[initials, default: CaseloadCount()].participants += 1
                if late { out[initials, default: CaseloadCount()].overdue += 1 }
            }
        }
        return out
    }
}
