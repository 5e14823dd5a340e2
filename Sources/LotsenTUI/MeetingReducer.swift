import LotsenCalendar
import LotsenCore
import LotsenText

/// Keys in Möte: one agenda item in focus (or the agenda as a list), moving between
/// items, marking them handled, writing the decision and who does what, closing.
enum MeetingReducer {
    /// The item in focus: the chosen one while it is on the agenda, else the first not
    /// yet handled.
    static func focused(_ s: AppState, _ m: Meeting) -> AgendaItem? {
        if let n = s.meeting.item, let item = m.item(n) { return item }
        return m.items.first { !$0.handled } ?? m.items.first
    }

    static func reduce(_ s: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .quit: return [.quit]
        case .newMeeting: return newMeeting(&s)
        default: break
        }
        guard let m = s.domain.currentMeeting else { return [] }
        let item = focused(s, m)
        let index = item.flatMap { m.position(of: $0.id) } ?? 0
        func focus(_ i: Int) {
            guard !m.items.isEmpty else { return }
            s.meeting.item = m.items[max(0, min(i, m.items.count - 1))].id
        }
        switch action {
        case .left, .up, .pageUp: focus(index - (action == .pageUp ? 10 : 1)); return []
        case .right, .down, .pageDown: focus(index + (action == .pageDown ? 10 : 1)); return []
        case .top: focus(0); return []
        case .bottom: focus(m.items.count - 1); return []
        case .agenda: s.meeting.showAgenda.toggle(); return []
        case .back: s.meeting.showAgenda = false; return []
        case .open:
            if s.meeting.showAgenda { s.meeting.showAgenda = false }
            else if let item, !masked(item, m, s), let id = item.content.participant { s.stack.push(.card(CardState(id: id))) }
            return []
        case .export: return [.exportMinutes(m.id)]
        default: break
        }
        if AppReducer.writeBlocked(&s) { return [] }
        let words = s.lang.meeting
        func form(_ purpose: FormState.Purpose, _ title: String, _ fields: [FormState.Entry]) -> [Effect] {
            s.stack.push(.form(FormState(purpose: purpose, title: title, fields: fields)))
            return []
        }
        switch action {
        case .editMeeting:
            return form(.editMeeting(m.id), words.label(.editMeeting), meetingFields(m.date.iso, m.group, m.attendees, m.guests))
        case .addItem:
            return form(.agendaItem(meeting: m.id), words.label(.addItem), [.init(field: .who, text: ""), .init(field: .title, text: "")])
        case .refresh:
            return [.perform([.meeting(.refreshAgenda(meeting: m.id))], .programme)]
        case .closeMeeting:
            let question = words.closeQuestion(unhandled: m.items.count - m.handledCount)
            s.stack.push(.confirm(ConfirmState(question: question, commands: [.meeting(.closeMeeting(meeting: m.id))], participant: nil,
                                                 kind: .meetingClosed(m.id))))
            return []
        default: break
        }
        guard let item else {
            s.message = StatusMessage(text: words.label(.noItems), kind: .error)
            return []
        }
        let title = heading(item, m, s)
        switch action {
        case .toggle:
            // Marked handled, the meeting moves on to the next item.
            if !item.handled, let next = m.items.dropFirst(index + 1).first(where: { !$0.handled }) { s.meeting.item = next.id }
            else { s.meeting.item = item.id }
            return [.perform([.meeting(.handleAgendaItem(meeting: m.id, item: item.id, decision: item.decision, handled: !item.handled))], .programme)]
        case .edit:
            s.meeting.item = item.id
            return form(.decision(meeting: m.id, item: item.id), "\(words.label(.decision)): \(title)",
                        [.init(field: .decision, text: item.decision ?? "", multiLine: true)])
        case .add:
            s.meeting.item = item.id
            return form(.meetingTask(meeting: m.id, item: item.id), "\(words.label(.addTask)): \(title)",
                        [.init(field: .task, text: ""), .init(field: .who, text: s.author ?? ""),
                         .init(field: .due, text: m.date.adding(days: 7).iso)])
        case .remove:
            // Struck with why, for the minutes; the focus goes to the item after it.
            let after = m.items.dropFirst(index + 1).first ?? (index > 0 ? m.items[index - 1] : nil)
            s.meeting.item = after?.id
            return form(.strikeItem(meeting: m.id, item: item.id), "\(s.lang.tui.text(.strikeTitle)): \(title)",
                        [.init(field: .reason, text: "")])
        case .moveBack, .moveForward:
            s.meeting.item = item.id
            let to = action == .moveBack ? "up" : "down"
            let edge = action == .moveBack ? index == 0 : index == m.items.count - 1
            return edge ? [] : [.perform([.meeting(.moveAgendaItem(meeting: m.id, item: item.id, position: to))], .programme)]
        default:
            break
        }
        return []
    }

    static func newMeeting(_ s: inout AppState) -> [Effect] {
        if AppReducer.writeBlocked(&s) { return [] }
        let last = s.domain.meetingList.last
        // A week after the last meeting, or today; never in the past.
        let date = max(s.today, last.map { $0.date.adding(days: 7) } ?? s.today)
        let fields = meetingFields(date.iso, last?.group ?? s.lang.meeting.label(.defaultGroup),
                                   last?.attendees ?? s.author.map { [$0] } ?? [], [])
        s.stack.push(.form(FormState(purpose: .newMeeting, title: s.lang.meeting.label(.newMeeting), fields: fields)))
        return []
    }

    static func meetingFields(_ date: String, _ group: String, _ attendees: [String], _ guests: [String]) -> [FormState.Entry] {
        [.init(field: .date, text: date), .init(field: .group, text: group),
         .init(field: .attendees, text: attendees.joined(separator: ", ")), .init(field: .guests, text: guests.joined(separator: "; "))]
    }

    static func heading(_ item: AgendaItem, _ m: Meeting, _ s: AppState) -> String {
        if masked(item, m, s) { return s.lang.meeting.unnamed(item, in: s.domain) }
        return item.content.participant.flatMap { s.domain.participant($0)?.profile.fullName }
            ?? item.content.title ?? s.lang.meeting.label(.groupTasks)
    }

    /// A person whose consent does not cover every organisation at the meeting: on the
    /// shared screen without name or details (`LotsenState.mayDiscuss`).
    static func masked(_ item: AgendaItem, _ m: Meeting, _ s: AppState) -> Bool {
        guard let id = item.content.participant else { return false }
        return !s.domain.mayDiscuss(id, at: m)
    }

    /// After a save: a new meeting is opened; a closed one gets its minutes written.
    /// A meeting was made: the view goes to it.
    static func created(_ s: inout AppState) -> [Effect] {
        s.tab = .meeting
        s.meeting = MeetingViewState()
        return []
    }

    /// A meeting was closed: its minutes are written.
    static func closed(_ s: inout AppState, _ id: Int) -> [Effect] {
        s.meeting = MeetingViewState()
        return [.exportMinutes(id)]
    }
}

/// What a meeting form asks the planner for. A participant typed for a new item is
/// found as `lotsen` finds WHO; an ambiguity is named, and nothing is written.
enum MeetingForms {
    static func submit(_ s: inout AppState, _ f: inout FormState) -> [Effect] {
        let fields = f.fields
        func text(_ field: Field) -> String { fields.first { $0.field == field }?.text ?? "" }
        func optional(_ field: Field) -> String? { let t = text(field).trimmingSpaces; return t.isEmpty ? nil : t }
        let command: Command
        var kind = SaveKind.programme
        switch f.purpose {
        case .newMeeting, .editMeeting:
            let input = MeetingInput(date: optional(.date), group: text(.group), attendees: [text(.attendees)],
                                     guests: text(.guests).split(separator: ";").map { String($0).trimmingSpaces })
            if case .editMeeting(let id) = f.purpose { command = .meeting(.updateMeeting(id, input)) } else {
                command = .meeting(.createMeeting(input, agenda: true))
                kind = .meetingCreated
            }
        case .decision(let m, let item):
            // Writing the decision does not close the item: h does, and moves on.
            let handled = s.domain.meetings[m]?.item(item)?.handled ?? false
            command = .meeting(.handleAgendaItem(meeting: m, item: item, decision: text(.decision), handled: handled))
        case .meetingTask(let m, let item):
            command = .meeting(.addMeetingTask(MeetingTaskInput(what: text(.task), who: text(.who), due: optional(.due), meeting: m, item: item)))
        case .agendaItem(let m):
            var participant: ParticipantID?
            if let who = optional(.who) {
                do { participant = try WhoResolver.resolve(who, in: s.domain, today: s.today, viewer: s.author) } catch {
                    f.errorField = .who
                    f.focus = 0
                    let state = s.domain
                    s.message = StatusMessage(text: s.lang.domain.error(error) { state.participant($0)?.profile.fullName ?? $0.value }
                                                .replacingNewlines, kind: .error)
                    return []
                }
            }
            command = .meeting(.addAgendaItem(meeting: m, participant: participant, title: optional(.title)))
            kind = .agendaItemAdded(m)
        case .strikeItem(let m, let item):
            command = .meeting(.removeAgendaItem(meeting: m, item: item, reason: text(.reason)))
        default:
            return []
        }
        f.saving = true
        return [.perform([command], kind)]
    }
}
