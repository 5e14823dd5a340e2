import LotsenCore

/// The caseworker's own views of the list: Ctrl-F goes round the filters and then their
/// saved views; Ctrl-S saves what is on screen under a name, Ctrl-D removes the view on
/// screen. Views are entries in the journal, so every desk of theirs has them.
enum SavedViewsReducer {
    /// The next filter, or after the last filter the caseworker's first view, and so on round.
    static func cycle(_ s: inout AppState) {
        let filters = CaseloadFilter.allCases
        let views = s.author.map { s.domain.savedViews(of: $0) } ?? []
        let position = s.list.view.flatMap { name in views.firstIndex { $0.name == name }.map { filters.count + $0 } }
            ?? filters.firstIndex(of: s.list.filter)!
        let next = (position + 1) % (filters.count + views.count)
        if next < filters.count {
            // Leaving a view leaves its search too: it was the view's, not the caseworker's.
            if s.list.view != nil {
                s.list.query = ""
                s.list.includeExited = false
            }
            s.list.view = nil
            s.list.filter = filters[next]
        } else {
            show(&s, views[next - filters.count])
        }
        s.refreshList(keepSelection: false)
    }

    static func show(_ s: inout AppState, _ v: SavedView) {
        s.list.view = v.name
        s.list.filter = v.filter
        s.list.query = v.query
        s.list.queryIsOld = false
        s.list.includeExited = v.includeExited
    }

    /// After a key in the list: once the search, the filter or the exited choice is no
    /// longer the view's, the header stops naming it.
    static func forgetIfChanged(_ s: inout AppState) {
        guard let name = s.list.view, let author = s.author else { return }
        let v = s.domain.savedViews(of: author).first { $0.name == name }
        if v.map({ $0 != current(s, name: name) }) ?? true { s.list.view = nil }
    }

    static func current(_ s: AppState, name: String) -> SavedView {
        SavedView(name: name, filter: s.list.filter, query: s.list.query.trimmingCharacters(in: .whitespaces),
                  includeExited: s.list.includeExited)
    }

    static func save(_ s: inout AppState) {
        if AppReducer.writeBlocked(&s) { return }
        let w = s.lang.caseload
        s.list.searching = false
        s.stack.push(.form(FormState(purpose: .saveView, title: w.saveTitle + " – " + w.describe(current(s, name: "")),
                                     fields: [.init(field: .name, text: s.list.view ?? "")])))
    }

    static func submit(_ s: inout AppState, _ f: inout FormState) -> [Effect] {
        guard let author = s.author else { return [] }
        let name = f.fields.first { $0.field == .name }?.text ?? ""
        f.saving = true
        let view = current(s, name: name)
        // Named as it will be stored (invisible characters removed), so that the saved view
        // is found again by that name.
        let stored = TextCheck.singleLine(name) ?? name.trimmingCharacters(in: .whitespaces)
        return [.perform([.caseworker(.saveView(by: author, view))], .viewSaved(stored))]
    }

    static func remove(_ s: inout AppState) {
        guard let name = s.list.view else {
            s.message = StatusMessage(text: s.lang.caseload.noViewShown, kind: .error)
            return
        }
        if AppReducer.writeBlocked(&s) { return }
        guard let author = s.author else { return }
        s.stack.push(.confirm(ConfirmState(question: s.lang.caseload.removeQuestion(name), commands: [.caseworker(.removeView(by: author, name: name))],
                                           participant: nil, kind: .viewRemoved(name))))
    }

    /// The save acknowledged: the list now shows the view by its name.
    static func saved(_ s: inout AppState, _ kind: SaveKind) {
        switch kind {
        case .viewSaved(let name):
            s.list.view = s.author.flatMap { a in s.domain.savedViews(of: a).first { $0.name.lowercased() == name.lowercased() }?.name }
            s.message = StatusMessage(text: s.lang.caseload.saved(name), kind: .success)
        case .viewRemoved(let name):
            s.list.view = nil
            s.message = StatusMessage(text: s.lang.caseload.removed(name), kind: .success)
        default:
            break
        }
    }
}
