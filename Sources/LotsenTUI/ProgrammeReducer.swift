import Foundation
import LotsenCalendar
import LotsenCore
import LotsenText

/// Keys on the participant's programme view.
enum ProgrammeReducer {
    static func rows(_ s: AppState, _ id: ParticipantID) -> [ProgrammeViewState.Row] {
        guard let g = s.domain.participant(id)?.currentPeriod.programme else { return [] }
        return s.domain.checklist.items.map { .checklist($0.code) } + g.visits.map { .visit($0.id) } + g.activities.map { .activity($0.id) }
    }

    static func reduce(_ s: inout AppState, _ state: ProgrammeViewState, _ action: Action) -> [Effect] {
        var v = state
        guard let p = s.domain.participant(v.id) else { s.stack.pop(); return [] }
        let rows = rows(s, v.id)
        let row = rows.indices.contains(v.cursor) ? rows[v.cursor] : nil
        let g = p.currentPeriod.programme
        let tui = s.lang.tui
        let words = s.lang.programme
        defer { if case .programme = s.stack.top { s.stack.replaceTop(.programme(v)) } }
        func choose(_ options: ChoiceState.Options, _ title: TUIText, _ labels: [String]) {
            var c = ChoiceState(id: v.id, options: options, labels: labels)
            c.title = tui.text(title)
            s.stack.replaceTop(.programme(v))
            s.stack.push(.choice(c))
        }
        switch action {
        case .up: v.cursor = max(0, v.cursor - 1)
        case .down: v.cursor = min(max(rows.count - 1, 0), v.cursor + 1)
        case .back: s.stack.pop(); return []
        case .quit: return [.quit]
        case .moveForward, .moveBack:
            s.stack.replaceTop(.programme(v))
            return MoveFlow.start(&s, v.id, forward: action == .moveForward)
        case .plan:
            s.stack.replaceTop(.programme(v))
            return PlanReducer.open(&s, v.id)
        case .tasks:
            s.stack.replaceTop(.programme(v))
            s.stack.push(.weeklyTasks(TasksViewState(id: v.id)))
            return []
        default:
            guard action.writes else { return [] }
            if AppReducer.writeBlocked(&s) { return [] }
            guard p.isActive else { s.message = StatusMessage(text: s.lang.domain.error(.alreadyExited(v.id)) { _ in p.profile.fullName }, kind: .error); return [] }
        }
        switch action {
        case .toggle:
            guard case .checklist(let code)? = row else { return [] }
            return [.perform([.programme(.tickChecklist(v.id, items: [code], date: nil, undo: g.ticks[code] != nil))], .programme)]
        case .newActivity:
            let kinds = ActivityKind.catalogue
            choose(.activityKind(kinds), .chooseActivityKind,
                   kinds.map { "\($0.name) (\($0.organisation.label))" })
        case .endActivity:
            guard case .activity(let a)? = row, g.activity(a)?.end == nil else { s.message = StatusMessage(text: tui.text(.nothingSelected), kind: .error); return [] }
            choose(.activityOutcome(activity: a, ActivityOutcome.allCases), .chooseOutcome, ActivityOutcome.allCases.map { words.outcome($0).capitalizedFirst })
        case .newVisit:
            let all = s.domain.workplaceList
            guard !all.isEmpty else { s.message = StatusMessage(text: tui.text(.noWorkplaces), kind: .error); return [] }
            choose(.visitWorkplace(all.map(\.id)), .chooseWorkplace, all.map { "\($0.name) · \($0.sector)" })
        case .evaluateVisit:
            guard case .visit(let id)? = row, let visit = g.visits.first(where: { $0.id == id }) else {
                s.message = StatusMessage(text: tui.text(.nothingSelected), kind: .error)
                return []
            }
            s.stack.replaceTop(.programme(v))
            s.stack.push(.form(FormState(purpose: .evaluateVisit(v.id, visit: id), title: "\(words.label(.visits).capitalizedFirst) [\(id)]",
                                           fields: [.init(field: .evaluation, text: visit.evaluation ?? "", multiLine: true),
                                                    .init(field: .supervisorView, text: visit.supervisorView ?? "", multiLine: true)])))
        case .logKanalen:
            choose(.kanalenActivity(KanalenActivity.allCases), .chooseKanalenActivity,
                   KanalenActivity.allCases.map { words.kanalen($0).capitalizedFirst })
        case .aKassa:
            choose(.aKassa(AKassaStatus.allCases), .chooseAKassa, AKassaStatus.allCases.map { words.aKassa($0).capitalizedFirst })
        case .intensifiedSupport:
            let on = g.intensifiedSupport == nil
            s.stack.replaceTop(.programme(v))
            s.stack.push(.confirm(ConfirmState(question: tui.supportQuestion(name: p.profile.fullName, on: on),
                                                 commands: [.programme(.setIntensifiedSupport(v.id, on: on, date: nil))], participant: v.id)))
        default:
            break
        }
        return []
    }
}

extension Action {
    /// Actions of the programme view that write to the journal.
    var writes: Bool {
        switch self {
        case .toggle, .newActivity, .endActivity, .newVisit, .evaluateVisit, .logKanalen, .aKassa, .intensifiedSupport: return true
        default: return false
        }
    }
}

/// Keys in a form, and what its submission asks for.
enum FormReducer {
    static func reduce(_ s: inout AppState, _ form: FormState, _ action: Action) -> [Effect] {
        var f = form
        defer { if case .form = s.stack.top { s.stack.replaceTop(.form(f)) } }
        guard !f.saving else { return [] }
        switch action {
        case .type(let t): f.fields[f.focus].text += t.filter { f.fields[f.focus].multiLine || !$0.isNewline }
        case .backspace: if !f.fields[f.focus].text.isEmpty { f.fields[f.focus].text.removeLast() }
        case .nextField: f.focus = (f.focus + 1) % f.fields.count
        case .previousField: f.focus = (f.focus + f.fields.count - 1) % f.fields.count
        case .confirm:
            if f.focus < f.fields.count - 1 { f.focus += 1 } else { return submit(&s, &f) }
        case .save: return submit(&s, &f)
        case .cancel: s.stack.pop()
        default: break
        }
        return []
    }

    static func submit(_ s: inout AppState, _ f: inout FormState) -> [Effect] {
        if AppReducer.writeBlocked(&s) { return [] }
        func value(_ field: Field) -> String? {
            let t = f.fields.first { $0.field == field }?.text.trimmingCharacters(in: .whitespaces) ?? ""
            return t.isEmpty ? nil : t
        }
        func text(_ field: Field) -> String { f.fields.first { $0.field == field }?.text ?? "" }
        let tui = s.lang.tui
        let words = s.lang.programme
        func confirmMove(_ id: ParticipantID, _ input: MoveInput, _ stage: Stage, detail: String?) -> [Effect] {
            let name = s.domain.participant(id)?.profile.fullName ?? ""
            s.stack.push(.confirm(ConfirmState(question: tui.moveQuestion(name: name, to: words.stage(stage), detail: detail),
                                                 commands: [.programme(.move(id, input))], participant: id)))
            return []
        }
        switch f.purpose {
        case .moveBack(let id, let stage):
            guard let reason = value(.reason) else {
                s.message = StatusMessage(text: s.lang.domain.error(.programme(.needsReason)) { $0.value }, kind: .error)
                return []
            }
            return confirmMove(id, MoveInput(to: stage.rawValue, reason: reason), stage, detail: reason)
        case .havet(let id, let kind):
            let input = MoveInput(to: Stage.havet.rawValue, income: kind.rawValue, occupation: value(.occupation),
                                  employer: value(.employer), employmentForm: value(.employmentForm))
            return confirmMove(id, input, .havet, detail: ([words.income(kind)] + [value(.occupation), value(.employer)].compactMap { $0 }).joined(separator: ", "))
        case .kanalen(let id, let workplace):
            let input = MoveInput(to: Stage.kanalen.rawValue, placement: String(workplace), placementEnd: value(.plannedEnd))
            return confirmMove(id, input, .kanalen, detail: s.domain.workplaces[workplace]?.name)
        case .workplace(let existing):
            let input = WorkplaceInput(name: text(.name), sector: text(.sector), address: text(.address), contact: text(.contact),
                                       phone: text(.phone), capacity: text(.capacity), notes: text(.text))
            f.saving = true
            let command: ProgrammeCommand = existing.map { .updateWorkplace(String($0), input) } ?? .addWorkplace(input)
            return [.perform([.programme(command)], .programme)]
        case .activity(let id, let kind):
            f.saving = true
            return [.perform([.programme(.startActivity(id, kind: kind, organisation: nil, start: value(.date), plannedEnd: value(.plannedEnd)))], .programme)]
        case .visit(let id, let workplace):
            f.saving = true
            return [.perform([.programme(.recordVisit(id, workplace: String(workplace), date: value(.date), fullDay: false,
                                           evaluation: value(.evaluation), supervisorView: value(.supervisorView)))], .programme)]
        case .evaluateVisit(let id, let visit):
            f.saving = true
            return [.perform([.programme(.evaluateVisit(id, visit: visit, evaluation: value(.evaluation), supervisorView: value(.supervisorView)))], .programme)]
        case .jobSearch(let id):
            f.saving = true
            return [.perform([.programme(.logKanalen(id, activity: KanalenActivity.jobSearch.rawValue, date: value(.date), hours: value(.hours) ?? ""))], .programme)]
        case .newMeeting, .editMeeting, .decision, .meetingTask, .agendaItem, .strikeItem:
            return MeetingForms.submit(&s, &f)
        case .register:
            var input = RegistrationInput()
            input.personnummer = text(.personnummer)
            input.firstName = text(.firstName)
            input.lastName = text(.lastName)
            input.phones = value(.phone).map { [$0] } ?? []
            input.email = value(.email)
            input.referral = value(.referral)
            // Consent at once, when the caller gives it: the organisations it names.
            input.consentOrganisations = value(.organisations).map { [$0] } ?? []
            f.saving = true
            return [.perform([.participant(.register(input))], .registered)]
        case .exit(let id, let reason, let occupation):
            let name = s.domain.participant(id)?.profile.fullName ?? ""
            let date = value(.date) ?? s.today.iso
            let said = s.lang.domain.exitReason(reason) + (occupation.map { " (\($0))" } ?? "")
            s.stack.push(.confirm(ConfirmState(question: tui.exitQuestion(name: name, date: date, reason: said),
                                                 commands: [.participant(.exit(id, date: date, reason: reason.rawValue, occupation: occupation))],
                                                 participant: id, kind: .exit(id))))
            return []
        case .editDetails(let id):
            return DetailsForm.submit(&s, &f, id)
        case .saveView:
            return SavedViewsReducer.submit(&s, &f)
        case .asOf:
            return PastReducer.submit(&s, &f)
        default:
            guard let command = PlanForms.command(f.purpose, text) else { return [] }
            f.saving = true
            return [.perform([command], .programme)]
        }
    }
}

/// Yes or no before a move (or intensified support) is written.
enum ConfirmReducer {
    static func reduce(_ s: inout AppState, _ c: ConfirmState, _ action: Action) -> [Effect] {
        switch action {
        case .yes:
            if AppReducer.writeBlocked(&s) { return [] }
            s.message = StatusMessage(text: s.lang.tui.text(.saving), kind: .info)
            return [.perform(c.commands, c.kind)]
        case .no, .cancel:
            s.stack.pop()
        default:
            break
        }
        return []
    }
}

/// The programme's choices: what comes after each.
enum ProgrammeChoice {
    static func confirm(_ s: inout AppState, _ c: inout ChoiceState) -> [Effect] {
        let today = s.today.iso
        func form(_ purpose: FormState.Purpose, _ title: String, _ fields: [FormState.Entry]) -> [Effect] {
            s.stack.push(.form(FormState(purpose: purpose, title: title, fields: fields)))
            return []
        }
        let name = s.domain.participant(c.id)?.profile.fullName ?? ""
        switch c.options {
        case .kanalenWorkplace(let ids):
            let w = ids[c.cursor]
            return form(.kanalen(c.id, workplace: w), "Kanalen: \(name) · \(s.domain.workplaces[w]?.name ?? "")", [.init(field: .plannedEnd, text: "")])
        case .income(let kinds):
            let kind = kinds[c.cursor]
            if kind == .work {
                return form(.havet(c.id, kind), "Havet: \(name)", [.init(field: .occupation, text: ""), .init(field: .employer, text: ""),
                                                                     .init(field: .employmentForm, text: "")])
            }
            s.stack.push(.confirm(ConfirmState(question: s.lang.tui.moveQuestion(name: name, to: s.lang.programme.stage(.havet),
                                                                                    detail: s.lang.programme.income(kind)),
                                                 commands: [.programme(.move(c.id, MoveInput(to: Stage.havet.rawValue, income: kind.rawValue)))], participant: c.id)))
            return []
        case .activityKind(let kinds):
            let kind = kinds[c.cursor]
            return form(.activity(c.id, kind: kind.code), "\(kind.name): \(name)", [.init(field: .date, text: today), .init(field: .plannedEnd, text: "")])
        case .activityOutcome(let a, let outcomes):
            return [.perform([.programme(.endActivity(c.id, activity: a, date: nil, outcome: outcomes[c.cursor].rawValue))], .programme)]
        case .visitWorkplace(let ids):
            let w = ids[c.cursor]
            return form(.visit(c.id, workplace: w), "\(s.lang.programme.label(.visits).capitalizedFirst): \(name) · \(s.domain.workplaces[w]?.name ?? "")",
                        [.init(field: .date, text: today), .init(field: .evaluation, text: "", multiLine: true),
                         .init(field: .supervisorView, text: "", multiLine: true)])
        case .kanalenActivity(let activities):
            let activity = activities[c.cursor]
            if activity == .jobSearch {
                return form(.jobSearch(c.id), "\(s.lang.programme.kanalen(.jobSearch).capitalizedFirst): \(name)",
                            [.init(field: .hours, text: ""), .init(field: .date, text: today)])
            }
            return [.perform([.programme(.logKanalen(c.id, activity: activity.rawValue, date: nil, hours: nil))], .programme)]
        case .aKassa(let statuses):
            return [.perform([.programme(.checkAKassa(c.id, status: statuses[c.cursor].rawValue, date: nil))], .programme)]
        case .exportFormat(let formats):
            s.stack.pop()
            return [.exportPlan(c.id, formats[c.cursor])]
        case .consent, .responsibleOrganisation, .responsibleCaseworker, .exitReason:
            return []
        }
    }
}
