import LotsenCalendar
import LotsenCore
import LotsenWorkspace

/// What the screens show while a past date is chosen: the banner says it.
public struct PastShown: Equatable, Sendable {
    public var day: Day
    /// The last entry the journal held then; nil when it held none.
    public var lastEntry: Int?
}

/// Ctrl-T: any view as the journal stood at the end of a past day, read only, and Ctrl-T
/// again back to today. The state of that day is folded on a handle of its own
/// (`Workspace.past`), so the present goes on being followed underneath.
enum PastReducer {
    static func ask(_ s: inout AppState) -> [Effect] {
        if s.past != nil { return [.showPresent] }
        s.list.searching = false
        s.stack.push(.form(FormState(purpose: .asOf, title: s.lang.past.formTitle, fields: [.init(field: .date, text: "")])))
        return []
    }

    static func submit(_ s: inout AppState, _ f: inout FormState) -> [Effect] {
        let text = f.fields.first { $0.field == .date }?.text.trimmingCharacters(in: .whitespaces) ?? ""
        guard let day = Day(iso: text) else {
            f.errorField = .date
            s.message = StatusMessage(text: s.lang.domain.problem(.notADate(text)), kind: .error)
            return []
        }
        if day > s.today {
            f.errorField = .date
            s.message = StatusMessage(text: s.lang.domain.problem(.inTheFuture(day)), kind: .error)
            return []
        }
        f.saving = true
        return [.showPast(day)]
    }

    static func shown(_ s: inout AppState, _ day: Day, _ view: PastView) {
        // The screens above the tabs were about the present: a card of someone not yet
        // registered then, a form half filled in. The tab stays.
        s.stack = ScreenStack()
        s.past = PastShown(day: day, lastEntry: view.end?.sequence)
        s.today = day
        s.setDomain(view.state)
        s.message = StatusMessage(text: s.lang.past.shown(day, lastEntry: view.end?.sequence), kind: .info)
    }

    static func present(_ s: inout AppState, _ domain: LotsenState, _ today: Day) {
        s.stack = ScreenStack()
        s.past = nil
        s.today = today
        s.setDomain(domain)
        s.message = StatusMessage(text: s.lang.past.backToToday, kind: .info)
    }
}
