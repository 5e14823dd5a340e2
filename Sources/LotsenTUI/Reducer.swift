import LotsenCalendar
import LotsenCore
import LotsenText
import LotsenWorkspace
import TerminalCore

/// What the shell does for the reducer: I/O is returned as values, never done here.
public enum Effect: Equatable, Sendable {
    /// Append these commands to the journal; report back with `.saved` or `.failed`.
    case perform([Command], SaveKind)
    /// Write the participant's plan to a file for printing; report back with
    /// `.exported` or `.failed`.
    case exportPlan(ParticipantID, PlanDocument.Format)
    /// Write the meeting's minutes as text and printable HTML; report back with
    /// `.exported` or `.failed`.
    case exportMinutes(Int)
    /// Show the journal as it stood at the end of this day; report back with `.pastShown`.
    case showPast(Day)
    /// Back to the present; report back with `.presentShown`.
    case showPresent
    case quit
}

public enum SaveKind: Equatable, Sendable {
    case note(ParticipantID), consent(ParticipantID), responsible(ParticipantID), exit(ParticipantID)
    /// A new participant: their card opens. Changed details: the card stays.
    case registered, details(ParticipantID)
    /// Anything from the stage board, the programme view or the placement bank.
    case programme
    /// A meeting made: the view goes to it. Closed: the minutes are written.
    case meetingCreated, meetingClosed(Int)
    /// An entry taken back: the status line says which.
    case undone(message: String)
    /// A saved view of the list, by the name given; one removed.
    case viewSaved(String), viewRemoved(String)
    /// An item put on the meeting's agenda: the focus goes to it.
    case agendaItemAdded(Int)
    /// A plan followed up: the status line says when the next follow-up is, and why.
    case followedUp(ParticipantID)
}

/// Everything that can happen to the app.
public enum AppEvent: Sendable {
    case action(Action)
    /// A click or the wheel (`MouseReducer`).
    case mouse(MouseEvent)
    case resized(Size)
    /// Another desk (or this one) changed the journal: the new state.
    case journalChanged(LotsenState)
    /// The journal acknowledged a save (the journal sequence number of its first entry).
    case saved(SaveKind, sequence: Int, domain: LotsenState)
    /// A refusal or a write that failed; the field it names, if any.
    case failed(String, field: Field? = nil)
    case exported(path: String, minutes: Bool = false)
    case readOnly(String?)
    case newDay(Day)
    /// The journal as it stood at the end of a day, read on a handle of its own.
    case pastShown(Day, PastView)
    /// The present again, and today.
    case presentShown(LotsenState, Day)
    /// A look could not be written to the access log: nothing of the person is shown.
    case lookRefused(String)
    /// Nobody pressed a key for the idle time: the privacy screen.
    case idle
}

public enum AppReducer {
    public static func reduce(_ s: inout AppState, _ event: AppEvent) -> [Effect] {
        switch event {
        case .mouse(let m): return MouseReducer.reduce(&s, m)
        case .resized(let size):
            s.size = size
            clampList(&s)
            BoardView.clamp(&s)
            return []
        case .journalChanged(let domain):
            // A past date on screen stays as it stood; the present comes back with Ctrl-T.
            if s.past != nil { return [] }
            // Another desk's change never moves this desk's focus: the item in focus is
            // held by its number before the new state comes in.
            if s.meeting.item == nil, let m = s.domain.currentMeeting { s.meeting.item = MeetingReducer.focused(s, m)?.id }
            s.setDomain(domain)
            // Someone on screen purged by another desk: their screens close, down to the list.
            if s.stack.screens.contains(where: { $0.look.map { domain.participant($0.id) == nil } ?? false }) {
                s.stack.pop { _ in true }
                s.message = StatusMessage(text: s.lang.tui.purgedOnScreen, kind: .info)
            }
            clampList(&s)
            return []
        case .saved(let kind, let sequence, let domain):
            s.setDomain(domain)
            s.stack.pop(while: \.isInput)
            let w = s.lang.tui
            switch kind {
            case .note: s.message = StatusMessage(text: w.saved(noteNumber: sequence), kind: .success)
            case .undone(let text): s.message = StatusMessage(text: text, kind: .success)
            case .followedUp(let id):
                if let plan = s.domain.participant(id)?.currentPeriod.programme.plan {
                    s.message = StatusMessage(text: s.lang.plan.followedUp(plan), kind: .success)
                }
            default: s.message = StatusMessage(text: w.text(.saved), kind: .success)
            }
            // Each acknowledgement goes to the screen whose save it was.
            switch kind {
            case .note, .consent, .responsible, .exit, .programme, .details, .undone, .followedUp: return []
            case .viewSaved, .viewRemoved:
                SavedViewsReducer.saved(&s, kind)
                return []
            case .agendaItemAdded(let id):
                // The next decision must land on the item just added, not the one before.
                if let m = s.domain.meetings[id], let added = m.items.last { s.meeting.item = added.id }
                return []
            case .registered:
                // The caller just written in: straight to their card.
                if s.stack.top == nil, let id = s.domain.order.last {
                    s.tab = .participants
                    s.stack.push(.card(CardState(id: id)))
                }
                return []
            case .meetingCreated: return MeetingReducer.created(&s)
            case .meetingClosed(let id): return MeetingReducer.closed(&s, id)
            }
        case .exported(let path, let minutes):
            s.message = StatusMessage(text: minutes ? s.lang.meeting.label(.minutesWritten) + ": " + path : s.lang.plan.written(path),
                                      kind: .success)
            return []
        case .failed(let text, let field):
            switch s.stack.top {
            case .editor(var e)?:
                e.saving = false
                s.stack.replaceTop(.editor(e))
            case .form(var f)?:
                f.saving = false
                f.errorField = field
                if let field, let i = f.fields.firstIndex(where: { $0.field == field }) { f.focus = i }
                s.stack.replaceTop(.form(f))
            case .confirm?:
                // Back to the answers, so they can be put right.
                s.stack.pop()
            default:
                break
            }
            s.message = StatusMessage(text: s.lang.tui.text(.notSaved) + ": " + text, kind: .error)
            return []
        case .readOnly(let reason):
            // The moment a desk turns read-only (damage found, a failed write), it says why
            // in the status line, not only when someone next tries to write.
            if let reason, reason != s.readOnlyReason { s.message = StatusMessage(text: reason, kind: .error) }
            // Back (a database reached again): the reason shown goes, and it says so.
            if reason == nil, let was = s.readOnlyReason, s.message?.text == was {
                s.message = StatusMessage(text: s.lang.tui.text(.writableAgain), kind: .info)
            }
            s.readOnlyReason = reason
            return []
        case .pastShown(let day, let view):
            PastReducer.shown(&s, day, view)
            return []
        case .presentShown(let domain, let today):
            PastReducer.present(&s, domain, today)
            return []
        case .idle:
            s.locked = true
            return []
        case .lookRefused(let text):
            s.stack = ScreenStack()
            s.message = StatusMessage(text: text, kind: .error)
            return []
        case .newDay(let day):
            // Looking at a past date, today is that date until the user comes back.
            if s.past != nil { return [] }
            s.today = day
            s.refreshBoard()
            if s.tab == .statistics { StatisticsReducer.refresh(&s) }
            return []
        case .action(let action):
            // The key that wakes the privacy screen does nothing else.
            if s.locked {
                s.locked = false
                return []
            }
            if action == .toggleHelp { s.showHelp.toggle(); return [] }
            if s.showHelp { return [] }
            // Bound only where no text is being typed, so it never reaches an input.
            if action == .undo { return UndoReducer.ask(&s) }
            if action == .asOf { return PastReducer.ask(&s) }
            if case .type = action {} else if action != .down && action != .up { s.message = nil }
            switch s.stack.top {
            case nil where action == .nextView:
                AppReducer.show(&s, s.tab.next)
                return []
            case nil:
                switch s.tab {
                case .participants: return ListReducer.reduce(&s, action)
                case .board: return BoardReducer.reduce(&s, action)
                case .places: return PlacesReducer.reduce(&s, action)
                case .taskList: return TasksReducer.reduceTaskList(&s, action)
                case .meeting: return MeetingReducer.reduce(&s, action)
                case .statistics: return StatisticsReducer.reduce(&s, action)
                }
            case .card(let c): return CardReducer.reduce(&s, c, action)
            case .editor(let e): return EditorReducer.reduce(&s, e, action)
            case .note(let v): return NoteReducer.reduce(&s, v, action)
            case .choice(let c): return ChoiceReducer.reduce(&s, c, action)
            case .programme(let v): return ProgrammeReducer.reduce(&s, v, action)
            case .plan(let v): return PlanReducer.reduce(&s, v, action)
            case .followUp(let f): return PlanReducer.reduceFollowUp(&s, f, action)
            case .planHistory(let h): return PlanReducer.reduceHistory(&s, h, action)
            case .weeklyTasks(let v): return TasksReducer.reduce(&s, v, action)
            case .workplace(let id): return PlacesReducer.reduceWorkplace(&s, id, action)
            case .form(let f): return FormReducer.reduce(&s, f, action)
            case .confirm(let c): return ConfirmReducer.reduce(&s, c, action)
            case .caseload(let v): return CaseloadOverview.reduce(&s, v, action)
            }
        }
    }

    /// Leaves the current view for `view` (Tab), doing what leaving and entering each
    /// one needs: the list stops searching, the meeting folds its agenda, the board and
    /// the statistics are brought up to date.
    static func show(_ s: inout AppState, _ tab: Tab) {
        switch s.tab {
        case .participants: s.list.searching = false
        case .meeting: s.meeting.showAgenda = false
        case .board, .places, .taskList, .statistics: break
        }
        s.tab = tab
        switch tab {
        case .board: if s.board.isStale { s.refreshBoard() }
        case .statistics: StatisticsReducer.refresh(&s)
        case .participants, .places, .taskList, .meeting: break
        }
    }

    /// Rows available to the list at the current size.
    static func listRows(_ s: AppState) -> Int { max(1, s.size.height - 6) }

    static func clampList(_ s: inout AppState) {
        let rows = listRows(s)
        let n = s.list.results.count
        s.list.selected = max(0, min(s.list.selected, n - 1))
        if s.list.selected < s.list.scroll { s.list.scroll = s.list.selected }
        if s.list.selected >= s.list.scroll + rows { s.list.scroll = s.list.selected - rows + 1 }
        s.list.scroll = max(0, min(s.list.scroll, max(0, n - rows)))
    }

    /// Refuses an edit with a message when nobody can write; nil when writing is fine.
    static func writeBlocked(_ s: inout AppState) -> Bool {
        if let past = s.past {
            s.message = StatusMessage(text: s.lang.past.refusedWrite(past.day), kind: .error)
            return true
        }
        if let reason = s.readOnlyReason {
            s.message = StatusMessage(text: reason, kind: .error)
            return true
        }
        if s.author == nil {
            s.message = StatusMessage(text: s.lang.tui.text(.unknownAuthor), kind: .error)
            return true
        }
        return false
    }
}

enum ListReducer {
    static func reduce(_ s: inout AppState, _ action: Action) -> [Effect] {
        let rows = AppReducer.listRows(s)
        switch action {
        case .up: s.list.selected -= 1
        case .down: s.list.selected += 1
        case .pageUp: s.list.selected -= rows
        case .pageDown: s.list.selected += rows
        case .top: s.list.selected = 0
        case .bottom: s.list.selected = s.list.results.count - 1
        case .startSearch:
            if s.list.queryIsOld { startNewSearch(&s) }
            s.list.searching = true
        case .type(let t):
            if s.list.queryIsOld { startNewSearch(&s) }
            s.list.searching = true
            s.list.query += t
            s.refreshList(keepSelection: false)
        case .backspace:
            s.list.queryIsOld = false
            if !s.list.query.isEmpty { s.list.query.removeLast() }
            if s.list.query.isEmpty { s.list.searching = false }
            s.refreshList(keepSelection: false)
        case .clearSearch:
            if !s.list.query.isEmpty { s.list.previousQuery = s.list.query }
            s.list.query = ""
            s.list.queryIsOld = false
            s.list.searching = false
            s.refreshList()
        case .register:
            if AppReducer.writeBlocked(&s) { return [] }
            // What was typed to find them is kept: a number as the personnummer.
            let digits = s.list.query.filter { $0.isNumber || $0 == "-" || $0 == "+" }
            let pnr = digits.count == s.list.query.count && digits.filter(\.isNumber).count >= 10 ? s.list.query : ""
            s.stack.push(.form(FormState(purpose: .register, title: s.lang.tui.text(.registerTitle), fields: [
                .init(field: .personnummer, text: pnr), .init(field: .firstName, text: ""), .init(field: .lastName, text: ""),
                .init(field: .phone, text: ""), .init(field: .email, text: ""), .init(field: .referral, text: ""),
                .init(field: .organisations, text: ""),
            ])))
        case .previousSearch:
            guard !s.list.previousQuery.isEmpty else { return [] }
            swap(&s.list.query, &s.list.previousQuery)
            s.list.queryIsOld = false
            s.list.searching = true
            s.refreshList(keepSelection: false)
        case .cycleFilter:
            SavedViewsReducer.cycle(&s)
        case .saveView:
            SavedViewsReducer.save(&s)
        case .removeView:
            SavedViewsReducer.remove(&s)
        case .caseloadOverview:
            s.list.searching = false
            // Everyone's caseload is the coordinator's to see (once there is one).
            guard s.domain.may(s.author, .followUp) else {
                s.message = StatusMessage(text: s.lang.domain.error(.notPermitted(.followUp, role: s.author.flatMap { s.domain.caseworker($0)?.role } ?? .caseworker),
                                                                    names: { $0.value }), kind: .error)
                return []
            }
            CaseloadOverview.open(&s)
        case .toggleExited:
            s.list.includeExited.toggle()
            s.refreshList()
        case .open:
            if let id = s.list.selectedID {
                s.list.searching = false
                // Back from the card, the next call's first letter starts a new search.
                s.list.queryIsOld = !s.list.query.isEmpty
                s.stack.push(.card(CardState(id: id)))
            }
        case .quit:
            return [.quit]
        default:
            break
        }
        SavedViewsReducer.forgetIfChanged(&s)
        AppReducer.clampList(&s)
        return []
    }

    /// The search on screen is the last call's: it steps back (Ctrl-R brings it again).
    static func startNewSearch(_ s: inout AppState) {
        s.list.previousQuery = s.list.query
        s.list.query = ""
        s.list.queryIsOld = false
        s.refreshList(keepSelection: false)
    }
}
