import LotsenCalendar
import LotsenCore
import LotsenText

/// Keys on the action plan, its follow-up and its version history.
enum PlanReducer {
    /// Opens the plan (from the card, the board or the programme view).
    static func open(_ s: inout AppState, _ id: ParticipantID) -> [Effect] {
        s.stack.push(.plan(PlanViewState(id: id)))
        return []
    }

    static func reduce(_ s: inout AppState, _ state: PlanViewState, _ action: Action) -> [Effect] {
        var v = state
        guard let p = s.domain.participant(v.id) else { s.stack.pop(); return [] }
        let plan = p.currentPeriod.programme.plan
        let goals = plan?.current.goals ?? []
        let goal = goals.indices.contains(v.cursor) ? goals[v.cursor] : nil
        let words = s.lang.plan
        let tui = s.lang.tui
        defer { if case .plan = s.stack.top { s.stack.replaceTop(.plan(v)) } }
        func push(_ screen: Screen) {
            s.stack.replaceTop(.plan(v))
            s.stack.push(screen)
        }
        func form(_ purpose: FormState.Purpose, _ title: PlanLabel, _ fields: [FormState.Entry]) {
            push(.form(FormState(purpose: purpose, title: "\(words.label(title)): \(p.profile.fullName)", fields: fields)))
        }
        func refuse(_ text: String) { s.message = StatusMessage(text: text, kind: .error) }
        switch action {
        case .up: v.cursor = max(0, v.cursor - 1); return []
        case .down: v.cursor = min(max(goals.count - 1, 0), v.cursor + 1); return []
        case .back: s.stack.pop(); return []
        case .quit: return [.quit]
        case .tasks: push(.weeklyTasks(TasksViewState(id: v.id))); return []
        case .history:
            guard let plan else { refuse(words.label(.noPlan)); return [] }
            push(.planHistory(PlanHistoryState(id: v.id, version: plan.current.number)))
            return []
        case .export:
            guard plan != nil else { refuse(words.label(.noPlan)); return [] }
            // Text first: from a terminal a printout is text sent to the printer (`lp`).
            var c = ChoiceState(id: v.id, options: .exportFormat(PlanDocument.Format.allCases),
                                labels: PlanDocument.Format.allCases.map(words.format))
            c.title = tui.text(.chooseFormat)
            c.cursor = 0
            push(.choice(c))
            return []
        default:
            break
        }
        if AppReducer.writeBlocked(&s) { return [] }
        guard p.isActive else { refuse(s.lang.domain.error(.alreadyExited(v.id)) { _ in p.profile.fullName }); return [] }
        if action == .newPlan {
            guard plan == nil else { refuse(s.lang.programme.problem(.planExists)); return [] }
            form(.newPlan(v.id), .newPlan, planFields(nil, start: s.today, s.lang))
            return []
        }
        guard let plan else { refuse(words.label(.noPlan) + " (n)"); return [] }
        switch action {
        case .editPlan:
            form(.editPlan(v.id), .editPlan, planFields(plan.current, start: nil, s.lang))
        case .add:
            form(.newGoal(v.id), .newGoal, goalFields(nil, s.lang))
        case .edit:
            guard let goal else { refuse(tui.text(.nothingSelected)); return [] }
            form(.editGoal(v.id, goal: goal.id), .editGoal, goalFields(goal, s.lang))
        case .removeGoal:
            guard let goal else { refuse(tui.text(.nothingSelected)); return [] }
            push(.confirm(ConfirmState(question: "\(goal.content.what) – \(tui.text(.removeGoalQuestion))",
                                       commands: [.plan(.removeGoal(v.id, goal: goal.id))], participant: v.id)))
        case .followUp:
            let active = plan.current.goals.filter { $0.status == .active }.map(\.id)
            push(.followUp(FollowUpState(id: v.id, goals: active)))
        case .revise:
            form(.revisePlan(v.id), .revise, [.init(field: .date, text: s.today.iso),
                                              .init(field: .end, text: s.today.adding(months: ActionPlanRules.validMonths).iso)])
        default:
            break
        }
        return []
    }

    static func planFields(_ v: PlanVersion?, start: Day?, _ lang: Language) -> [FormState.Entry] {
        var fields: [FormState.Entry] = []
        if let start { fields.append(.init(field: .start, text: start.iso)) }
        let d = v?.details
        fields += [
            .init(field: .end, text: d?.end.iso ?? ""),
            .init(field: .background, text: d?.background ?? "", multiLine: true),
            .init(field: .skills, text: d?.skills ?? "", multiLine: true),
            .init(field: .labourMarket, text: d?.labourMarket ?? "", multiLine: true),
            .init(field: .cv, text: d.map { lang.plan.document($0.cv) } ?? ""),
            .init(field: .coverLetter, text: d.map { lang.plan.document($0.coverLetter) } ?? ""),
        ]
        return fields
    }

    static func goalFields(_ goal: Goal?, _ lang: Language) -> [FormState.Entry] {
        let g = goal?.content
        var fields: [FormState.Entry] = [
            .init(field: .term, text: g.map { lang.plan.term($0.term) } ?? lang.plan.term(.short)),
            .init(field: .what, text: g?.what ?? ""),
            .init(field: .measure, text: g?.measure ?? ""),
            .init(field: .why, text: g?.why ?? ""),
            // Steps on one line, separated by semicolons: a form line has no line breaks.
            .init(field: .steps, text: g?.steps.map(\.line).joined(separator: "; ") ?? ""),
            .init(field: .due, text: g?.due?.iso ?? ""),
            .init(field: .owner, text: g?.owner ?? ""),
        ]
        if let goal { fields.append(.init(field: .status, text: lang.plan.status(goal.status))) }
        return fields
    }

    static func reduceHistory(_ s: inout AppState, _ state: PlanHistoryState, _ action: Action) -> [Effect] {
        var h = state
        let count = s.domain.participant(h.id)?.currentPeriod.programme.plan?.versions.count ?? 0
        switch action {
        case .left: h.version = max(1, h.version - 1); h.scroll = 0
        case .right: h.version = min(count, h.version + 1); h.scroll = 0
        case .up: h.scroll = max(0, h.scroll - 1)
        case .down: h.scroll += 1
        case .back: s.stack.pop(); return []
        case .quit: return [.quit]
        default: break
        }
        s.stack.replaceTop(.planHistory(h))
        return []
    }

    static func reduceFollowUp(_ s: inout AppState, _ state: FollowUpState, _ action: Action) -> [Effect] {
        var f = state
        defer { if case .followUp = s.stack.top { s.stack.replaceTop(.followUp(f)) } }
        let results = FollowUpResult.allCases
        switch action {
        case .left, .right:
            guard let g = f.goal else { return [] }
            let i = f.results[g].flatMap { results.firstIndex(of: $0) } ?? (action == .right ? -1 : results.count)
            f.results[g] = results[(i + (action == .right ? 1 : -1) + results.count) % results.count]
        case .type(let t):
            guard let g = f.goal else { f.comment += t.filter { !$0.isNewline }; return [] }
            f.comments[g, default: ""] += t.filter { !$0.isNewline }
        case .backspace:
            if let g = f.goal, f.comments[g]?.isEmpty == false { f.comments[g]!.removeLast() }
            if f.goal == nil, !f.comment.isEmpty { f.comment.removeLast() }
        case .previousField:
            f.index = max(0, f.index - 1)
        case .confirm:
            guard let g = f.goal else { return save(&s, f) }
            guard f.results[g] != nil else { s.message = StatusMessage(text: s.lang.tui.text(.chooseResult), kind: .error); return [] }
            if f.index < f.goals.count - 1 { f.index += 1 } else { return save(&s, f) }
        case .save:
            return save(&s, f)
        case .cancel:
            s.stack.pop()
        default:
            break
        }
        return []
    }

    /// Asks before the follow-up is written: it is one entry for every goal.
    static func save(_ s: inout AppState, _ f: FollowUpState) -> [Effect] {
        if AppReducer.writeBlocked(&s) { return [] }
        let inputs = f.goals.compactMap { g in
            f.results[g].map { GoalResultInput(goal: g, result: $0.rawValue, comment: f.comments[g]) }
        }
        let name = s.domain.participant(f.id)?.profile.fullName ?? ""
        let question = s.lang.plan.followUpQuestion(name: name, results: inputs.compactMap { FollowUpResult(rawValue: $0.result) },
                                                    missing: inputs.count < f.goals.count)
        s.stack.push(.confirm(ConfirmState(question: question,
                                             commands: [.plan(.followUpPlan(f.id, date: nil, results: inputs,
                                                                            comment: f.comment.isEmpty ? nil : f.comment))], participant: f.id,
                                             kind: .followedUp(f.id))))
        return []
    }
}

/// What a plan or task form asks the planner for. Empty optional fields clear what
/// they show; the planner checks every value and names the field it refuses.
enum PlanForms {
    static func command(_ purpose: FormState.Purpose, _ text: (Field) -> String) -> Command? {
        func plan(start: Bool) -> PlanInput {
            PlanInput(start: start ? text(.start) : nil, end: text(.end), background: text(.background), skills: text(.skills),
                      labourMarket: text(.labourMarket), cv: text(.cv), coverLetter: text(.coverLetter))
        }
        func goal(status: Bool) -> GoalInput {
            let steps = text(.steps).split(whereSeparator: { $0 == ";" || $0 == "\n" }).map(String.init)
            return GoalInput(term: text(.term), what: text(.what), measure: text(.measure), why: text(.why), steps: steps,
                             due: text(.due), owner: text(.owner), status: status ? text(.status) : nil)
        }
        func optional(_ f: Field) -> String? { let t = text(f).trimmingSpaces; return t.isEmpty ? nil : t }
        switch purpose {
        case .newPlan(let id): return .plan(.createPlan(id, plan(start: true)))
        case .editPlan(let id): return .plan(.updatePlan(id, plan(start: false)))
        case .newGoal(let id): return .plan(.addGoal(id, goal(status: false)))
        case .editGoal(let id, let g): return .plan(.updateGoal(id, goal: g, goal(status: true)))
        case .revisePlan(let id): return .plan(.revisePlan(id, date: optional(.date), end: optional(.end)))
        case .newTask(let id): return .plan(.addTask(id, what: text(.what), due: optional(.due)))
        case .taskNotDone(let id, let t):
            return .plan(.followUpTask(id, task: t, result: TaskResult.notDone.rawValue, due: nil, comment: optional(.comment)))
        case .moveTask(let id, let t):
            return .plan(.followUpTask(id, task: t, result: TaskResult.moved.rawValue, due: optional(.due), comment: optional(.comment)))
        default:
            return nil
        }
    }
}
