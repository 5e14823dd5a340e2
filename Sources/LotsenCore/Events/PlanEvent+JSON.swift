import LotsenCalendar
import LotsenJSON

/// Payloads of the action plan's and the weekly tasks' events, in the style of
/// `Event+JSON.swift`. A plan edit carries the whole plan details and a goal edit the
/// whole goal, so that reading one entry never needs the ones before it.
extension PlanEvent: EventArea {
    func write(into w: inout JSONObjectWriter) {
        switch self {
        case .planCreated(let start, let d):
            w.field("start", start.iso)
            Self.write(d, into: &w)
        case .planUpdated(let d):
            Self.write(d, into: &w)
        case .planRevised(let date, let end):
            w.field("date", date.iso)
            w.field("end", end.iso)
        case .goalAdded(let g):
            Self.write(g, into: &w)
        case .goalUpdated(let goal, let g, let status):
            w.field("goal", goal)
            Self.write(g, into: &w)
            w.field("status", status.rawValue)
        case .goalRemoved(let goal):
            w.field("goal", goal)
        case .planFollowedUp(let date, let results, let comment):
            w.field("date", date.iso)
            w.objects("results", results) { r, o in
                o.field("goal", r.goal)
                o.field("result", r.result.rawValue)
                o.field("comment", r.comment)
            }
            w.field("comment", comment)
        case .taskAdded(let what, let due, let date):
            w.field("what", what)
            w.field("due", due.iso)
            w.field("date", date.iso)
        case .taskFollowedUp(let task, let date, let result, let due, let comment):
            w.field("task", task)
            w.field("date", date.iso)
            w.field("result", result.rawValue)
            w.field("due", due?.iso)
            w.field("comment", comment)
        }
    }

    private static func write(_ d: PlanDetails, into w: inout JSONObjectWriter) {
        w.field("end", d.end.iso)
        w.field("background", d.background)
        w.field("skills", d.skills)
        w.field("market", d.labourMarket)
        w.field("cv", d.cv.rawValue)
        w.field("letter", d.coverLetter.rawValue)
    }

    private static func write(_ g: GoalContent, into w: inout JSONObjectWriter) {
        w.field("term", g.term.rawValue)
        w.field("what", g.what)
        w.field("measure", g.measure)
        w.field("why", g.why)
        w.objects("steps", g.steps) { s, o in
            o.field("what", s.what)
            o.field("who", s.who)
        }
        w.field("due", g.due?.iso)
        w.field("owner", g.owner)
    }

    private static func readDetails(_ o: JSONNode) -> PlanDetails? {
        guard let end = o["end"]?.day else { return nil }
        return PlanDetails(end: end, background: o["background"]?.string, skills: o["skills"]?.string,
                           labourMarket: o["market"]?.string,
                           cv: o["cv"]?.string.flatMap(DocumentStatus.init(rawValue:)) ?? .missing,
                           coverLetter: o["letter"]?.string.flatMap(DocumentStatus.init(rawValue:)) ?? .missing)
    }

    private static func readGoal(_ o: JSONNode) -> GoalContent? {
        guard let term = o["term"]?.string.flatMap(GoalTerm.init(rawValue:)), let what = o["what"]?.string else { return nil }
        let steps = (o["steps"]?.array ?? []).compactMap { s in s["what"]?.string.map { GoalStep(what: $0, who: s["who"]?.string) } }
        return GoalContent(term: term, what: what, measure: o["measure"]?.string, why: o["why"]?.string, steps: steps,
                           due: o["due"]?.day, owner: o["owner"]?.string)
    }

    /// Reads a plan or task event; nil when the payload lacks what the type needs.
    static func read(_ kind: Kind, _ o: JSONNode) -> Self? {
        func day(_ k: StaticString) -> Day? { o[k]?.day }
        switch kind {
        case .planCreated:
            guard let start = day("start"), let d = readDetails(o) else { return nil }
            return .planCreated(start: start, d)
        case .planUpdated:
            return readDetails(o).map { .planUpdated($0) }
        case .planRevised:
            guard let date = day("date"), let end = day("end") else { return nil }
            return .planRevised(date: date, end: end)
        case .goalAdded:
            return readGoal(o).map { .goalAdded($0) }
        case .goalUpdated:
            guard let goal = o["goal"]?.int, let g = readGoal(o),
                  let status = o["status"]?.string.flatMap(GoalStatus.init(rawValue:)) else { return nil }
            return .goalUpdated(goal: goal, g, status: status)
        case .goalRemoved:
            return o["goal"]?.int.map { .goalRemoved(goal: $0) }
        case .planFollowedUp:
            guard let date = day("date"), let rs = o["results"]?.array else { return nil }
            var results: [GoalResult] = []
            for r in rs {
                guard let g = r["goal"]?.int, let result = r["result"]?.string.flatMap(FollowUpResult.init(rawValue:)) else { return nil }
                results.append(GoalResult(goal: g, result: result, comment: r["comment"]?.string))
            }
            return .planFollowedUp(date: date, results: results, comment: o["comment"]?.string)
        case .taskAdded:
            guard let what = o["what"]?.string, let due = day("due"), let date = day("date") else { return nil }
            return .taskAdded(what: what, due: due, date: date)
        case .taskFollowedUp:
            guard let task = o["task"]?.int, let date = day("date"),
                  let result = o["result"]?.string.flatMap(TaskResult.init(rawValue:)) else { return nil }
            return .taskFollowedUp(task: task, date: date, result: result, due: day("due"), comment: o["comment"]?.string)
        }
    }
}
