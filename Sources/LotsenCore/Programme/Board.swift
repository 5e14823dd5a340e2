import LotsenCalendar

/// Whose participants a view shows.
public enum ResponsibilityFilter: Hashable, Sendable {
    case all
    /// Those the caseworker with these initials is responsible for, in any organisation.
    case caseworker(String)
    /// Those with someone responsible in this organisation.
    case organisation(Organisation)

    public func includes(_ p: Participant) -> Bool {
        switch self {
        case .all: return true
        case .caseworker(let initials): return p.responsible.values.contains { Caseworker.key($0) == Caseworker.key(initials) }
        case .organisation(let org): return p.responsible[org] != nil
        }
    }
}

/// The stage board: participants per stage, longest in the stage first. Built once per
/// change of the journal or the filter, never per keystroke.
public struct Board: Equatable, Sendable {
    public private(set) var lanes: [Stage: [ParticipantID]] = [:]
    /// People left off because their stage is not the viewer's to see (docs/privacy.md),
    /// per organisation that has them.
    public private(set) var notShown: [Organisation?: Int] = [:]

    public init() {}

    /// - Parameter viewer: the caseworker looking; only people whose programme they may
    ///   see are on their board.
    public init(_ state: LotsenState, filter: ResponsibilityFilter = .all, includeExited: Bool = false, today: Day,
                viewer: String?) {
        var keyed: [Stage: [(days: Int, name: [UInt8], id: ParticipantID)]] = [:]
        for id in state.order {
            guard let p = state.participant(id), includeExited || p.isActive, filter.includes(p) else { continue }
            let d = state.disclosure(of: p, to: viewer)
            guard d.joint else { notShown[d.home, default: 0] += 1; continue }
            let period = p.currentPeriod
            keyed[period.stage, default: []].append((period.daysInStage(on: today), SwedishOrder.key(p.profile), id))
        }
        for (stage, rows) in keyed {
            // Longest in the stage first; equal days in Swedish name order.
            lanes[stage] = rows.sorted { $0.days != $1.days ? $0.days > $1.days : $0.name.lexicographicallyPrecedes($1.name) }.map(\.id)
        }
    }

    public func lane(_ stage: Stage) -> [ParticipantID] { lanes[stage] ?? [] }

    public func count(_ column: Stage.Column) -> Int {
        Stage.allCases.filter { $0.column == column }.reduce(0) { $0 + lane($1).count }
    }
}
