import LotsenCalendar

/// What changed from one version of a plan to the next, field by field, for the
/// version history. Goals are matched by id, so an edited goal is a change and not a
/// removal and an addition.
public enum PlanDiff {
    public static func changes(from old: PlanVersion, to new: PlanVersion) -> [PlanChange] {
        var out: [PlanChange] = []
        func detail(_ part: PlanPart, _ a: String?, _ b: String?) {
            if a != b { out.append(.detail(part, from: a, to: b)) }
        }
        detail(.start, old.start.iso, new.start.iso)
        detail(.end, old.end.iso, new.end.iso)
        detail(.background, old.details.background, new.details.background)
        detail(.skills, old.details.skills, new.details.skills)
        detail(.labourMarket, old.details.labourMarket, new.details.labourMarket)
        if old.details.cv != new.details.cv { out.append(.cv(from: old.details.cv, to: new.details.cv)) }
        if old.details.coverLetter != new.details.coverLetter {
            out.append(.coverLetter(from: old.details.coverLetter, to: new.details.coverLetter))
        }
        for goal in new.goals {
            guard let before = old.goals.first(where: { $0.id == goal.id }) else { out.append(.goalAdded(goal)); continue }
            let parts = goalParts(before, goal)
            if !parts.isEmpty { out.append(.goalChanged(before: before, after: goal, parts)) }
        }
        for goal in old.goals where !new.goals.contains(where: { $0.id == goal.id }) { out.append(.goalRemoved(goal)) }
        return out
    }

    static func goalParts(_ a: Goal, _ b: Goal) -> [GoalPart] {
        var parts: [GoalPart] = []
        let x = a.content, y = b.content
        if x.term != y.term { parts.append(.term) }
        if x.what != y.what { parts.append(.what) }
        if x.measure != y.measure { parts.append(.measure) }
        if x.why != y.why { parts.append(.why) }
        if x.steps != y.steps { parts.append(.steps) }
        if x.due != y.due { parts.append(.due) }
        if x.owner != y.owner { parts.append(.owner) }
        if a.status != b.status { parts.append(.status) }
        return parts
    }
}

public enum PlanChange: Equatable, Sendable {
    case detail(PlanPart, from: String?, to: String?)
    case cv(from: DocumentStatus, to: DocumentStatus)
    case coverLetter(from: DocumentStatus, to: DocumentStatus)
    case goalAdded(Goal)
    case goalRemoved(Goal)
    case goalChanged(before: Goal, after: Goal, [GoalPart])
}

public enum PlanPart: Sendable, Equatable {
    case start, end, background, skills, labourMarket
}

public enum GoalPart: Sendable, Equatable, CaseIterable {
    case term, what, measure, why, steps, due, owner, status
}
