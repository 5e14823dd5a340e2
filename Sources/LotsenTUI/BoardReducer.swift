import LotsenCalendar
import LotsenCore
import LotsenText

/// Keys on Tavla: lanes left and right, cards up and down, moves with the questions
/// each step needs.
enum BoardReducer {
    static func reduce(_ s: inout AppState, _ action: Action) -> [Effect] {
        var b = s.board
        defer {
            s.board = b
            BoardView.clamp(&s)
        }
        let lanes = Stage.allCases.count
        switch action {
        case .left: b.lane = max(0, b.lane - 1)
        case .right: b.lane = min(lanes - 1, b.lane + 1)
        case .up: b.rows[b.lane] -= 1
        case .down: b.rows[b.lane] += 1
        case .top: b.rows[b.lane] = 0
        case .bottom: b.rows[b.lane] = b.board.lane(b.stage).count - 1
        case .open:
            if let id = b.selectedID { s.stack.push(.card(CardState(id: id))) }
        case .programme:
            if let id = b.selectedID { s.stack.push(.programme(ProgrammeViewState(id: id))) }
        case .plan:
            if let id = b.selectedID { return PlanReducer.open(&s, id) }
        case .moveForward, .moveBack:
            guard let id = b.selectedID else { return [] }
            return MoveFlow.start(&s, id, forward: action == .moveForward)
        case .cycleFilter:
            let options = filterOptions(s)
            let i = options.firstIndex(of: b.filter) ?? 0
            b.filter = options[(i + 1) % options.count]
            b.refresh(s.domain, today: s.today, viewer: s.author)
        case .toggleExited:
            b.includeExited.toggle()
            b.refresh(s.domain, today: s.today, viewer: s.author)
        case .quit: return [.quit]
        default: break
        }
        return []
    }

    /// All, mine, my organisation, then each caseworker.
    static func filterOptions(_ s: AppState) -> [ResponsibilityFilter] {
        var out: [ResponsibilityFilter] = [.all]
        if let a = s.author { out.append(.caseworker(a)) }
        if let o = s.authorOrganisation { out.append(.organisation(o)) }
        for c in s.domain.caseworkers.values.sorted(by: { $0.initials < $1.initials }) where Caseworker.key(c.initials) != s.author.map(Caseworker.key) {
            out.append(.caseworker(c.initials))
        }
        return out
    }
}

/// Starting a move: forward asks what the next step needs (a workplace for Kanalen, an
/// income for Havet), back asks for a reason, and every move ends in a yes/no.
enum MoveFlow {
    static func start(_ s: inout AppState, _ id: ParticipantID, forward: Bool) -> [Effect] {
        if AppReducer.writeBlocked(&s) { return [] }
        guard let p = s.domain.participant(id) else { return [] }
        let w = s.lang.tui
        guard p.isActive else { s.message = StatusMessage(text: s.lang.domain.error(.alreadyExited(id)) { _ in p.profile.fullName }, kind: .error); return [] }
        let stage = p.currentPeriod.stage
        if !forward {
            guard let previous = stage.previous else { s.message = StatusMessage(text: w.text(.firstStage), kind: .error); return [] }
            s.stack.push(.form(FormState(purpose: .moveBack(id, previous),
                                           title: "\(s.lang.programme.label(.moveBack).capitalizedFirst): \(p.profile.fullName) → \(s.lang.programme.stage(previous))",
                                           fields: [.init(field: .reason, text: "")])))
            return []
        }
        guard let next = stage.next else { s.message = StatusMessage(text: w.text(.lastStage), kind: .error); return [] }
        switch next {
        case .kanalen:
            let free = s.domain.workplaceList.filter { s.domain.freePlaces($0.id) > 0 }
            guard !free.isEmpty else { s.message = StatusMessage(text: w.text(.noWorkplaces), kind: .error); return [] }
            var c = ChoiceState(id: id, options: .kanalenWorkplace(free.map(\.id)),
                                labels: free.map { "\($0.name) · \($0.sector) (\(w.free(s.domain.freePlaces($0.id))))" })
            c.title = w.text(.chooseWorkplace)
            s.stack.push(.choice(c))
        case .havet:
            var c = ChoiceState(id: id, options: .income(IncomeKind.allCases),
                                labels: IncomeKind.allCases.map { s.lang.programme.income($0).capitalizedFirst })
            c.title = w.text(.chooseIncome)
            s.stack.push(.choice(c))
        default:
            s.stack.push(.confirm(ConfirmState(question: w.moveQuestion(name: p.profile.fullName, to: s.lang.programme.stage(next), detail: nil),
                                                 commands: [.programme(.move(id, MoveInput(to: next.rawValue)))], participant: id)))
        }
        return []
    }
}

/// Keys on Platser and on one workplace.
enum PlacesReducer {
    static func reduce(_ s: inout AppState, _ action: Action) -> [Effect] {
        let all = s.domain.workplaceList
        switch action {
        case .up: s.places.selected = max(0, s.places.selected - 1)
        case .down: s.places.selected = min(max(all.count - 1, 0), s.places.selected + 1)
        case .open:
            if all.indices.contains(s.places.selected) { s.stack.push(.workplace(all[s.places.selected].id)) }
        case .add:
            if AppReducer.writeBlocked(&s) { return [] }
            s.stack.push(.form(workplaceForm(s, nil)))
        case .edit:
            if AppReducer.writeBlocked(&s) { return [] }
            if all.indices.contains(s.places.selected) { s.stack.push(.form(workplaceForm(s, all[s.places.selected]))) }
        case .quit: return [.quit]
        default: break
        }
        return []
    }

    static func reduceWorkplace(_ s: inout AppState, _ id: Int, _ action: Action) -> [Effect] {
        switch action {
        case .edit:
            if AppReducer.writeBlocked(&s) { return [] }
            if let w = s.domain.workplaces[id] { s.stack.push(.form(workplaceForm(s, w))) }
        case .back: s.stack.pop()
        case .quit: return [.quit]
        default: break
        }
        return []
    }

    static func workplaceForm(_ s: AppState, _ w: Workplace?) -> FormState {
        FormState(purpose: .workplace(w?.id), title: s.lang.tui.text(w == nil ? .newWorkplace : .editWorkplace) + (w.map { ": \($0.name)" } ?? ""),
                  fields: [
                    .init(field: .name, text: w?.name ?? ""), .init(field: .sector, text: w?.sector ?? ""),
                    .init(field: .capacity, text: w.map { String($0.capacity) } ?? "1"), .init(field: .address, text: w?.address ?? ""),
                    .init(field: .contact, text: w?.contact ?? ""), .init(field: .phone, text: w?.phone ?? ""),
                    .init(field: .text, text: w?.notes ?? ""),
                  ])
    }
}
