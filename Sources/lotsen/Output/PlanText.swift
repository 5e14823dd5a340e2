import LotsenCalendar
import LotsenCore
import LotsenText

/// The action plan and weekly tasks as plain text for `lotsen plan show` and
/// `lotsen tasks`.
enum PlanText {
    static func plan(_ plan: ActionPlan, version: PlanVersion, _ lang: Language) -> String {
        let w = lang.plan
        var lines = ["\(w.label(.plan)), \(w.label(.version)) \(version.number)/\(plan.versions.count)"]
        var status = "  \(w.label(.valid)) \(version.start.iso) – \(version.end.iso)"
        if version.number == plan.current.number {
            status += " · " + w.nextFollowUp(plan)
        }
        lines.append(status)
        lines.append("  \(w.label(.cv)): \(w.document(version.details.cv)) · \(w.label(.coverLetter)): \(w.document(version.details.coverLetter))")
        for (label, text) in [(PlanLabel.background, version.details.background), (.skills, version.details.skills),
                              (.labourMarket, version.details.labourMarket)] {
            if let text { lines.append("  \(w.label(label).capitalizedFirst): \(text.replacingNewlines)") }
        }
        lines.append("")
        lines.append(w.label(.goals).capitalizedFirst + (version.goals.isEmpty ? ": " + w.label(.noGoals) : ""))
        for goal in version.goals { lines += self.goal(goal, planEnd: version.end, lang) }
        let followUps = plan.followUps(of: version.number)
        if !followUps.isEmpty {
            lines.append("")
            lines.append(w.label(.followUps).capitalizedFirst)
            for f in followUps {
                lines.append("  \(f.date.iso) \(f.stamp.author): " + f.results.map { r in
                    "[\(r.goal)] \(w.result(r.result))" + (r.comment.map { " (\($0))" } ?? "")
                }.joined(separator: ", ") + (f.comment.map { " – \($0)" } ?? ""))
            }
        }
        return lines.joined(separator: "\n")
    }

    static func goal(_ goal: Goal, planEnd: Day, _ lang: Language) -> [String] {
        let w = lang.plan
        let g = goal.content
        var lines = ["  [\(goal.id)] \(w.term(g.term)) · \(w.status(goal.status)) · \(g.what)"]
        if let m = g.measure { lines.append("       \(w.label(.measure)): \(m)") }
        if let y = g.why { lines.append("       \(w.label(.why)): \(y)") }
        for s in g.steps { lines.append("       – \(s.line)") }
        let dueOwner = [g.due.map { "\(w.label(.due)) \($0.iso)" }, g.owner.map { "\(w.label(.owner)) \($0)" }].compactMap { $0 }
        if !dueOwner.isEmpty { lines.append("       " + dueOwner.joined(separator: " · ")) }
        if goal.status == .active {
            for f in SmartCheck.check(g, planEnd: planEnd) { lines.append("       ! \(f.letter): \(w.finding(f)) – \(w.suggestion(f))") }
        }
        return lines
    }

    static func history(_ plan: ActionPlan, _ lang: Language) -> String {
        let w = lang.plan
        var lines: [String] = []
        for v in plan.versions {
            lines.append("\(w.label(.version).capitalizedFirst) \(v.number): \(v.start.iso) – \(v.end.iso), \(v.stamp.author)")
            guard v.number > 1, let before = plan.version(v.number - 1) else {
                lines.append("  " + w.label(.firstVersion))
                continue
            }
            let changes = PlanDiff.changes(from: before, to: v)
            lines += changes.isEmpty ? ["  " + w.label(.noChanges)] : changes.map { "  " + w.change($0) }
        }
        return lines.joined(separator: "\n")
    }

    static func taskRow(_ t: WeeklyTask, _ lang: Language, today: Day) -> [String] {
        let w = lang.plan
        let state = t.isOverdue(on: today) ? "!" : t.isOpen ? " " : "✓"
        let result = t.followUps.last.map { w.taskResult($0.result) + ($0.comment.map { ": \($0)" } ?? "") } ?? ""
        return ["[\(t.id)]", state, t.due.iso, t.what, result]
    }
}
