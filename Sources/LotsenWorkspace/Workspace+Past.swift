import LotsenCalendar
import LotsenCore
import LotsenJournal

/// The journal as it stood at a past moment, beside the present one.
public struct PastView: Sendable {
    public var state: LotsenState
    /// The last record it holds; nil when the journal had none that early.
    public var end: Workspace.PastEnd?

    public init(state: LotsenState, end: Workspace.PastEnd?) {
        self.state = state
        self.end = end
    }
}

extension Workspace {
    /// Folds the records stamped before `moment` on a second, read-only handle to the
    /// same journal: the screens show it while this workspace goes on following the
    /// present. The chain is checked whole on the way, as any open without a snapshot.
    public func past(before moment: Timestamp) throws -> PastView {
        var env = Environment(author: author, clock: clock, today: today, newID: newID, io: io, snapshots: false)
        env.before = moment
        env.master = master
        let (past, _) = try Workspace.open(journal.paths, access: .readOnly, env)
        defer { past.close() }
        return PastView(state: past.state, end: past.opening.pastEnd)
    }
}
