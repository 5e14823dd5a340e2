import LotsenCalendar

/// The action plan's and the weekly tasks' commands. A goal is saved whatever the
/// SMART check says of it: the check advises, the caseworker and the person decide.
extension CommandPlanner {
    func planPlan(_ command: PlanCommand) throws(DomainError) -> [PlannedEvent] {
        switch command {
        case .createPlan(let id, let input):
            let p = try active(id)
            guard p.currentPeriod.programme.plan == nil else { throw .programme(.planExists) }
            let start = try day(input.start, .start, notBefore: p.currentPeriod.registered)
            let details = try planDetails(input, start: start, old: nil)
            return [PlannedEvent(event: .plan(.planCreated(start: start, details)), subject: id)]

        case .updatePlan(let id, let input):
            let plan = try plan(id)
            let details = try planDetails(input, start: plan.current.start, old: plan.current.details)
            guard details != plan.current.details else { throw .nothingToDo }
            return [PlannedEvent(event: .plan(.planUpdated(details)), subject: id)]

        case .revisePlan(let id, let date, let endText):
            let plan = try plan(id)
            let d = try day(date, .date, notBefore: plan.current.start)
            let end = try laterDay(endText, .end, after: d.adding(days: 1)) ?? d.adding(months: ActionPlanRules.validMonths)
            return [PlannedEvent(event: .plan(.planRevised(date: d, end: end)), subject: id)]

        case .addGoal(let id, let input):
            _ = try plan(id)
            let (content, _) = try goal(input, old: nil)
            return [PlannedEvent(event: .plan(.goalAdded(content)), subject: id)]

        case .updateGoal(let id, let goalID, let input):
            let plan = try plan(id)
            guard let old = plan.goal(goalID) else { throw .programme(.goalNotFound(goalID)) }
            let (content, status) = try goal(input, old: old)
            guard content != old.content || status != old.status else { throw .nothingToDo }
            return [PlannedEvent(event: .plan(.goalUpdated(goal: goalID, content, status: status)), subject: id)]

        case .removeGoal(let id, let goalID):
            guard try plan(id).goal(goalID) != nil else { throw .programme(.goalNotFound(goalID)) }
            return [PlannedEvent(event: .plan(.goalRemoved(goal: goalID)), subject: id)]

        case .followUpPlan(let id, let date, let inputs, let commentText):
            let plan = try plan(id)
            let d = try day(date, .date, notBefore: plan.current.start)
            var results: [GoalResult] = []
            for r in inputs {
                guard plan.goal(r.goal) != nil else { throw .programme(.goalNotFound(r.goal)) }
                guard let result = FieldParsing.followUpResult(r.result) else {
                    throw .invalid(.result, .notAChoice(r.result.trimmingSpaces, .followUpResult))
                }
                results.removeAll { $0.goal == r.goal }
                results.append(GoalResult(goal: r.goal, result: result, comment: try text(r.comment, .comment)))
            }
            let comment = try text(commentText, .comment)
            guard !results.isEmpty || comment != nil else { throw .invalid(.result, .empty) }
            return [PlannedEvent(event: .plan(.planFollowedUp(date: d, results: results, comment: comment)), subject: id)]

        case .addTask(let id, let whatText, let dueText):
            let p = try active(id)
            let what = try FieldParsing.line(whatText, .what, max: 300)
            let due = try laterDay(dueText, .due, after: p.currentPeriod.registered) ?? FieldParsing.defaultTaskDue(today)
            return [PlannedEvent(event: .plan(.taskAdded(what: what, due: due, date: today)), subject: id)]

        case .followUpTask(let id, let taskID, let resultText, let dueText, let commentText):
            let p = try active(id)
            guard let task = p.currentPeriod.programme.tasks.first(where: { $0.id == taskID }) else { throw .programme(.taskNotFound(taskID)) }
            guard task.isOpen else { throw .programme(.taskClosed(taskID)) }
            guard let result = FieldParsing.taskResult(resultText) else {
                throw .invalid(.result, .notAChoice(resultText.trimmingSpaces, .taskResult))
            }
            var due: Day?
            if result == .moved {
                guard let d = try laterDay(dueText, .due, after: task.added) else { throw .invalid(.due, .empty) }
                due = d
            }
            return [PlannedEvent(event: .plan(.taskFollowedUp(task: taskID, date: today, result: result, due: due,
                                                        comment: try text(commentText, .comment))), subject: id)]
        }
    }

    private func plan(_ id: ParticipantID) throws(DomainError) -> ActionPlan {
        guard let plan = try active(id).currentPeriod.programme.plan else { throw .programme(.noPlan) }
        return plan
    }

    private func planDetails(_ input: PlanInput, start: Day, old: PlanDetails?) throws(DomainError) -> PlanDetails {
        let end = try laterDay(input.end, .end, after: start.adding(days: 1))
            ?? old?.end ?? start.adding(months: ActionPlanRules.validMonths)
        func long(_ t: String?, _ f: Field, _ previous: String?) throws(DomainError) -> String? {
            guard let t else { return previous }
            return try text(t, f)
        }
        func status(_ t: String?, _ f: Field, _ previous: DocumentStatus?) throws(DomainError) -> DocumentStatus {
            guard let t, !t.trimmingSpaces.isEmpty else { return previous ?? .missing }
            guard let s = FieldParsing.documentStatus(t) else { throw .invalid(f, .notAChoice(t.trimmingSpaces, .documentStatus)) }
            return s
        }
        return PlanDetails(end: end, background: try long(input.background, .background, old?.background),
                           skills: try long(input.skills, .skills, old?.skills),
                           labourMarket: try long(input.labourMarket, .labourMarket, old?.labourMarket),
                           cv: try status(input.cv, .cv, old?.cv), coverLetter: try status(input.coverLetter, .coverLetter, old?.coverLetter))
    }

    /// A goal from what was typed, over the old one for an edit.
    private func goal(_ input: GoalInput, old: Goal?) throws(DomainError) -> (GoalContent, GoalStatus) {
        func optional(_ t: String?, _ f: Field, _ previous: String?) throws(DomainError) -> String? {
            guard let t else { return previous }
            return try FieldParsing.optionalLine(t, f).map { (v) throws(DomainError) in try FieldParsing.line(v, f, max: 300) }
        }
        var term = old?.content.term ?? .short
        if let t = input.term, !t.trimmingSpaces.isEmpty {
            guard let parsed = FieldParsing.goalTerm(t) else { throw .invalid(.term, .notAChoice(t.trimmingSpaces, .goalTerm)) }
            term = parsed
        }
        let what: String
        if let t = input.what { what = try FieldParsing.line(t, .what, max: 300) } else if let o = old { what = o.content.what } else { throw .invalid(.what, .empty) }
        var steps = old?.content.steps ?? []
        if let lines = input.steps {
            steps = []
            for line in lines.flatMap({ $0.split(separator: "\n").map(String.init) }) {
                guard let l = TextCheck.singleLine(line) else { throw .invalid(.steps, .controlCharacters) }
                if l.isEmpty { continue }
                guard l.count <= 300 else { throw .invalid(.steps, .tooLong(300)) }
                steps.append(GoalStep(line: l))
            }
        }
        var due = old?.content.due
        if let t = input.due { due = t.trimmingSpaces.isEmpty ? nil : try FieldParsing.day(t, .due, today: today, allowFuture: true) }
        var status = old?.status ?? .active
        if let t = input.status, !t.trimmingSpaces.isEmpty {
            guard let s = FieldParsing.goalStatus(t) else { throw .invalid(.status, .notAChoice(t.trimmingSpaces, .goalStatus)) }
            status = s
        }
        let content = GoalContent(term: term, what: what, measure: try optional(input.measure, .measure, old?.content.measure),
                                  why: try optional(input.why, .why, old?.content.why), steps: steps, due: due,
                                  owner: try optional(input.owner, .owner, old?.content.owner))
        return (content, status)
    }
}

extension FieldParsing {
    /// A required one-line text of at most `max` characters.
    public static func line(_ text: String, _ field: Field, max: Int) throws(DomainError) -> String {
        guard let t = TextCheck.singleLine(text) else { throw .invalid(field, .controlCharacters) }
        guard !t.isEmpty else { throw .invalid(field, .empty) }
        guard t.count <= max else { throw .invalid(field, .tooLong(max)) }
        return t
    }

    /// This week's Friday, or next week's at the weekend: the weekly follow-up's day.
    public static func defaultTaskDue(_ today: Day) -> Day {
        today.weekday <= 5 ? today.adding(days: 5 - today.weekday) : today.adding(days: 12 - today.weekday)
    }

    /// Folded, with spaces and hyphens alike ("På väg" and "on-the-way" → "pa-vag", "on-the-way").
    static func keyword(_ text: String) -> String { TextFolding.code(text) }

    public static func documentStatus(_ text: String) -> DocumentStatus? {
        switch keyword(text) {
        case "saknas", "missing", "nej", "no", "inget", "none": return .missing
        case "paborjat", "paborjad", "started", "pagar", "utkast", "draft": return .started
        case "klart", "klar", "ready", "done", "ja", "yes": return .ready
        default: return nil
        }
    }

    public static func goalTerm(_ text: String) -> GoalTerm? {
        switch keyword(text) {
        case "kort", "kortsiktigt", "kortsiktig", "short", "short-term", "k", "s": return .short
        case "lang", "langsiktigt", "langsiktig", "long", "long-term", "l": return .long
        default: return nil
        }
    }

    public static func goalStatus(_ text: String) -> GoalStatus? {
        switch keyword(text) {
        case "aktivt", "aktiv", "active", "pagar": return .active
        case "uppnatt", "achieved", "klart", "klar", "done": return .achieved
        case "avslutat", "avslutad", "dropped", "struket", "struken": return .dropped
        default: return nil
        }
    }

    public static func followUpResult(_ text: String) -> FollowUpResult? {
        switch keyword(text) {
        case "uppnatt", "achieved", "klart", "klar": return .achieved
        case "pa-vag", "pavag", "on-the-way", "on-way": return .onTheWay
        case "inte-uppnatt", "ej-uppnatt", "not-achieved": return .notAchieved
        case "andrat", "andrad", "changed": return .changed
        default: return nil
        }
    }

    public static func taskResult(_ text: String) -> TaskResult? {
        switch keyword(text) {
        case "klar", "klart", "gjord", "gjort", "done", "ja", "yes": return .done
        case "inte-klar", "inte-gjord", "inte-gjort", "ej-klar", "not-done", "nej", "no": return .notDone
        case "flyttad", "flyttat", "flytta", "moved", "move": return .moved
        default: return nil
        }
    }
}
