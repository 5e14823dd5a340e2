import Foundation
import LotsenCore
import LotsenText

enum CardReducer {
    static func reduce(_ s: inout AppState, _ card: CardState, _ action: Action) -> [Effect] {
        var c = card
        guard let seen = s.seen(c.id) else { s.stack.pop(); return [] }
        let p = seen.participant
        let notes = p.currentNotes
        // The programme, the plan and the tasks are the registering organisation's: without
        // consent naming both, they are not this caseworker's to open or change.
        if seen.hidden.programme, [.programme, .plan, .tasks, .moveForward, .moveBack, .editDetails, .exit].contains(action) {
            s.message = StatusMessage(text: s.lang.privacy.hidden(seen.hidden, p, in: s.domain), kind: .error)
            return []
        }
        switch action {
        case .back: s.stack.pop(); return []
        case .quit: return [.quit]
        case .nextPane: c.pane = c.pane == .details ? .notes : .details
        case .down, .pageDown:
            c.pane = .notes
            c.selectedNote = min(c.selectedNote + (action == .down ? 1 : 5), max(notes.count - 1, 0))
        case .up, .pageUp:
            c.pane = .notes
            c.selectedNote = max(c.selectedNote - (action == .up ? 1 : 5), 0)
        case .top: c.selectedNote = 0
        case .bottom: c.selectedNote = max(notes.count - 1, 0)
        case .noteHistory: c.showHistory.toggle()
        case .newNote:
            if AppReducer.writeBlocked(&s) { return [] }
            s.stack.replaceTop(.card(c))
            s.stack.push(.editor(EditorState(id: c.id)))
            return []
        case .open:
            guard notes.indices.contains(c.selectedNote) else { return [] }
            c.pane = .notes
            s.stack.replaceTop(.card(c))
            s.stack.push(.note(NoteViewState(id: c.id, note: notes[c.selectedNote].id)))
            return []
        case .correctNote:
            guard notes.indices.contains(c.selectedNote), c.pane == .notes else { return [] }
            if AppReducer.writeBlocked(&s) { return [] }
            let note = notes[c.selectedNote]
            s.stack.replaceTop(.card(c))
            s.stack.push(.editor(EditorState(id: c.id, text: TextEditing(note.text), kind: note.kind, corrects: note.id)))
            return []
        case .consent:
            if AppReducer.writeBlocked(&s) { return [] }
            let orgs = Organisation.known + s.domain.otherOrganisations.sorted().map(Organisation.other)
            var choice = ChoiceState(id: c.id, options: .consent(orgs), labels: orgs.map(\.label))
            if let current = p.consent, current.isActive {
                choice.marked = Set(orgs.indices.filter { current.organisations.contains(orgs[$0]) })
            }
            s.stack.replaceTop(.card(c))
            s.stack.push(.choice(choice))
            return []
        case .responsible:
            if AppReducer.writeBlocked(&s) { return [] }
            let orgs = Organisation.known + s.domain.otherOrganisations.sorted().map(Organisation.other)
            s.stack.replaceTop(.card(c))
            s.stack.push(.choice(ChoiceState(id: c.id, options: .responsibleOrganisation(orgs),
                                               labels: orgs.map { o in o.label + (p.responsible[o].map { " – \($0)" } ?? "") })))
            return []
        case .programme:
            s.stack.replaceTop(.card(c))
            s.stack.push(.programme(ProgrammeViewState(id: c.id)))
            return []
        case .editDetails:
            if AppReducer.writeBlocked(&s) { return [] }
            s.stack.replaceTop(.card(c))
            DetailsForm.open(&s, p)
            return []
        case .plan:
            s.stack.replaceTop(.card(c))
            return PlanReducer.open(&s, c.id)
        case .tasks:
            s.stack.replaceTop(.card(c))
            s.stack.push(.weeklyTasks(TasksViewState(id: c.id)))
            return []
        case .moveForward, .moveBack:
            s.stack.replaceTop(.card(c))
            return MoveFlow.start(&s, c.id, forward: action == .moveForward)
        case .exit:
            if AppReducer.writeBlocked(&s) { return [] }
            guard p.isActive else {
                // Someone who has left comes back: registered again from today, after a yes.
                s.stack.replaceTop(.card(c))
                s.stack.push(.confirm(ConfirmState(question: s.lang.tui.reregisterQuestion(name: p.profile.fullName, date: s.today.iso),
                                                     commands: [.participant(.reregister(c.id, date: nil))], participant: c.id, kind: .exit(c.id))))
                return []
            }
            let reasons = ExitReason.allCases
            s.stack.replaceTop(.card(c))
            s.stack.push(.choice(ChoiceState(id: c.id, options: .exitReason(reasons),
                                               labels: reasons.map(s.lang.domain.exitReason))))
            return []
        default:
            break
        }
        s.stack.replaceTop(.card(c))
        return []
    }
}

enum EditorReducer {
    static func reduce(_ s: inout AppState, _ editor: EditorState, _ action: Action) -> [Effect] {
        var e = editor
        defer { if case .editor = s.stack.top { s.stack.replaceTop(.editor(e)) } }
        if e.confirmingDiscard {
            switch action {
            case .type(let t) where ["j", "y", "J", "Y"].contains(t):
                s.stack.pop()
                return []
            case .type, .cancel:
                e.confirmingDiscard = false
            default:
                break
            }
            return []
        }
        guard !e.saving else { return [] }
        switch action {
        case .type(let t): e.text.insert(t)
        case .lineBreak: e.text.newline()
        case .backspace: e.text.backspace()
        case .deleteForward: e.text.delete()
        case .left: e.text.left()
        case .right: e.text.right()
        case .up: e.text.up()
        case .down: e.text.down()
        case .wordLeft: e.text.wordLeft()
        case .wordRight: e.text.wordRight()
        case .lineStart: e.text.home()
        case .lineEnd: e.text.end()
        case .cycleKind:
            let all = NoteKind.allCases
            e.kind = all[(all.firstIndex(of: e.kind)! + 1) % all.count]
        case .cancel:
            if e.isChanged { e.confirmingDiscard = true } else { s.stack.pop() }
        case .save:
            guard !e.text.text.allSatisfy(\.isWhitespace) else { return [] }
            if AppReducer.writeBlocked(&s) { return [] }
            e.saving = true
            s.message = StatusMessage(text: s.lang.tui.text(.saving), kind: .info)
            return [.perform([.participant(.addNote(e.id, kind: e.kind, text: e.text.text, corrects: e.corrects))], .note(e.id))]
        default:
            break
        }
        return []
    }
}

enum ChoiceReducer {
    static func reduce(_ s: inout AppState, _ choice: ChoiceState, _ action: Action) -> [Effect] {
        var c = choice
        defer { if case .choice = s.stack.top { s.stack.replaceTop(.choice(c)) } }
        switch action {
        case .up: c.cursor = max(c.cursor - 1, 0)
        case .down: c.cursor = min(c.cursor + 1, c.options.count - 1)
        case .toggle:
            if c.marksSeveral {
                if c.marked.contains(c.cursor) { c.marked.remove(c.cursor) } else { c.marked.insert(c.cursor) }
            }
        case .type(let t):
            if c.typing { c.text += t }
        case .backspace:
            if c.typing && !c.text.isEmpty { c.text.removeLast() }
        case .cancel:
            if c.typing { c.typing = false } else { s.stack.pop() }
        case .confirm:
            return confirm(&s, &c)
        default:
            break
        }
        return []
    }

    static func confirm(_ s: inout AppState, _ c: inout ChoiceState) -> [Effect] {
        guard c.cursor < c.options.count else { return [] }
        switch c.options {
        case .kanalenWorkplace, .income, .activityKind, .activityOutcome, .visitWorkplace, .kanalenActivity, .aKassa, .exportFormat:
            return ProgrammeChoice.confirm(&s, &c)
        case .consent(let all):
            let orgs = c.marked.sorted().map { all[$0].code }
            guard !orgs.isEmpty else { return [] }
            return [.perform([.participant(.giveConsent(c.id, date: nil, organisations: orgs))], .consent(c.id))]
        case .responsibleOrganisation(let orgs):
            let org = orgs[c.cursor]
            // Only the organisation's own caseworkers can be responsible in it.
            let people = s.domain.caseworkers.values.filter { $0.organisation == org }.sorted { $0.initials < $1.initials }
            guard !people.isEmpty else {
                s.message = StatusMessage(text: s.lang.tui.text(.noCaseworkerInOrganisation) + " " + org.label, kind: .error)
                return []
            }
            c = ChoiceState(id: c.id, options: .responsibleCaseworker(org, initials: people.map(\.initials)),
                            labels: people.map { "\($0.initials)  \($0.name) (\($0.organisation.label))" })
            return []
        case .responsibleCaseworker(let org, let initials):
            return [.perform([.participant(.assignResponsibility(c.id, organisation: org.code, caseworker: initials[c.cursor], date: nil))],
                             .responsible(c.id))]
        case .exitReason(let reasons):
            let reason = reasons[c.cursor]
            if reason == .work && !c.typing {
                c.typing = true
                return []
            }
            let occupation = c.text.trimmingCharacters(in: .whitespaces)
            // The date next (today unless changed), then a yes/no: an exit is not undone lightly.
            s.stack.push(.form(FormState(purpose: .exit(c.id, reason, occupation: occupation.isEmpty ? nil : occupation),
                                         title: s.lang.tui.text(.exitTitle), fields: [.init(field: .date, text: s.today.iso)])))
            return []
        }
    }
}

/// One note read whole; `e` corrects it (a new note that replaces it, the old kept).
enum NoteReducer {
    static func reduce(_ s: inout AppState, _ view: NoteViewState, _ action: Action) -> [Effect] {
        var v = view
        defer { if case .note = s.stack.top { s.stack.replaceTop(.note(v)) } }
        let page = max(1, s.size.height - 8)
        switch action {
        case .up: v.scroll = max(0, v.scroll - 1)
        case .down: v.scroll = min(v.scroll + 1, NoteView.lastScroll(s, v))
        case .pageUp: v.scroll = max(0, v.scroll - page)
        case .pageDown: v.scroll = min(v.scroll + page, NoteView.lastScroll(s, v))
        case .back: s.stack.pop()
        case .quit: return [.quit]
        case .correctNote:
            guard let note = s.seen(v.id)?.participant.currentNotes.first(where: { $0.id == v.note }) else { return [] }
            if AppReducer.writeBlocked(&s) { return [] }
            s.stack.replaceTop(.note(v))
            s.stack.push(.editor(EditorState(id: v.id, text: TextEditing(note.text), kind: note.kind, corrects: note.id)))
        default:
            break
        }
        return []
    }
}
