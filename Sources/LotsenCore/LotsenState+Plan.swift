import LotsenCalendar

/// Folding the action plan and the weekly tasks into a period's programme.
extension LotsenState {
    static func applyPlan(_ event: PlanEvent, to g: inout Programme, _ stamp: EntryStamp) -> Bool {
        switch event {
        case .planCreated(let start, let details):
            guard g.plan == nil else { return false }
            g.plan = ActionPlan(first: PlanVersion(number: 1, start: start, details: details, stamp: stamp))
        case .planUpdated(let details):
            guard g.plan != nil else { return false }
            g.plan!.versions[g.plan!.versions.count - 1].details = details
        case .planRevised(let date, let end):
            guard var next = g.plan?.current else { return false }
            next.number += 1
            next.start = date
            next.details.end = end
            next.stamp = stamp
            g.plan!.versions.append(next)
        case .goalAdded(let content):
            guard g.plan != nil else { return false }
            g.plan!.versions[g.plan!.versions.count - 1].goals.append(Goal(id: stamp.sequence, content: content))
        case .goalUpdated(let id, let content, let status):
            guard let v = g.plan?.versions.count, let i = g.plan!.versions[v - 1].goals.firstIndex(where: { $0.id == id }) else { return false }
            g.plan!.versions[v - 1].goals[i] = Goal(id: id, content: content, status: status)
        case .goalRemoved(let id):
            guard let v = g.plan?.versions.count, let i = g.plan!.versions[v - 1].goals.firstIndex(where: { $0.id == id }) else { return false }
            g.plan!.versions[v - 1].goals.remove(at: i)
        case .planFollowedUp(let date, let results, let comment):
            guard g.plan != nil else { return false }
            let v = g.plan!.versions.count - 1
            // An achieved goal is done; the other results leave it for the caseworker
            // to edit (changed) or to carry on (on the way, not achieved).
            for r in results where r.result == .achieved {
                if let i = g.plan!.versions[v].goals.firstIndex(where: { $0.id == r.goal }) { g.plan!.versions[v].goals[i].status = .achieved }
            }
            g.plan!.followUps.append(PlanFollowUp(date: date, version: g.plan!.current.number, results: results,
                                                  comment: comment, stamp: stamp))
        case .taskAdded(let what, let due, let date):
            g.tasks.append(WeeklyTask(id: stamp.sequence, what: what, due: due, added: date, stamp: stamp))
        case .taskFollowedUp(let id, let date, let result, let due, let comment):
            guard let i = g.tasks.firstIndex(where: { $0.id == id }) else { return false }
            g.tasks[i].followUps.append(TaskFollowUp(date: date, result: result, comment: comment, stamp: stamp))
            if result == .moved, let due { g.tasks[i].due = due }
        }
        return true
    }
}
