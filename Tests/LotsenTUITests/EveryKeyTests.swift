import LotsenCore
import LotsenText
import TerminalCore
import Testing
@testable import LotsenTUI

/// Every key the help shows does something where it is shown: it changes the screen or
/// asks for work (a save, an export, quitting). Driven through the reducer and the pure
/// renderer on the demo folded in memory: no journal, no terminal.
@Suite("Every key does something")
struct EveryKeyTests {
    /// How to reach each screen from the participant list, by action; `r` is the row of
    /// someone with something there to move about in (`row(for:)`).
    static func path(to scope: Scope, row r: Int) -> [Action] {
        let card = Array(repeating: Action.down, count: r) + [.open]
        switch scope {
        case .list: return [.type("b"), .clearSearch, .type("a"), .open, .back, .down]
        case .search: return [.startSearch, .type("a"), .down]
        case .help: return [.toggleHelp]
        case .caseload: return [.caseloadOverview]
        case .card: return card
        case .note:
            let long = (1...40).flatMap { [Action.type("Rad \($0) av ett långt samtal."), .lineBreak] }
            return card + [.newNote] + long + [.save, .open]
        case .editor: return card + [.newNote, .type("Ringde om"), .lineBreak, .type("praktiken."), .up, .left, .left]
        case .choice: return card + [.consent, .down, .toggle]
        case .field: return card + [.exit, .confirm, .type("Lager")]
        case .programme: return card + [.programme]
        case .form: return card + [.programme, .newVisit, .confirm]
        case .plan: return card + [.plan]
        case .followUp: return card + [.plan, .followUp]
        case .planHistory: return card + [.plan, .history, .left]
        case .tasks: return card + [.tasks, .add, .type("Ring AF"), .save, .add, .type("Sök två jobb"), .save]
        case .board: return [.nextView, .down]
        case .confirm: return [.nextView, .down, .moveForward]
        case .places: return [.nextView, .nextView, .down]
        case .workplace: return [.nextView, .nextView, .down, .open]
        case .taskList: return [.nextView, .nextView, .nextView, .down]
        case .meeting: return [.nextView, .nextView, .nextView, .nextView, .newMeeting, .save]
        case .agenda: return [.nextView, .nextView, .nextView, .nextView, .newMeeting, .save, .agenda]
        case .statistics: return [.nextView, .nextView, .nextView, .nextView, .nextView, .down]
        }
    }

    /// The row in the list of the first person with something on the screen to move
    /// about in: several notes and open goals, or (for the history) a revised plan.
    static func row(for scope: Scope) throws -> Int {
        let s = InMemoryDesk(InMemoryDesk.demo).state
        return try #require(s.list.results.firstIndex { id in
            // Someone whose programme AB (AF) may see: consent naming AF and the registering organisation.
            guard let seen = s.seen(id), !seen.hidden.programme, let plan = seen.participant.currentPeriod.programme.plan else { return false }
            let p = seen.participant
            if scope == .planHistory { return plan.versions.count >= 3 }
            return p.currentPeriod.exit == nil && p.notes.count >= 3 && plan.current.goals.filter { $0.status == .active }.count >= 2
        }, "the demo has someone to try the keys of \(scope) on")
    }

    /// Keys that, in the state reached, rightly leave everything as it was; each says why.
    static let idle: [Scope: [Action: String]] = [
        .planHistory: [.up: "scrolls a version longer than the screen; every version in the demo fits",
                       .down: "scrolls a version longer than the screen; every version in the demo fits"],
    ]

    /// Follows a path the way a user would, effects and all (a meeting made is saved).
    static func reach(_ path: [Action]) -> AppState {
        var desk = InMemoryDesk(InMemoryDesk.demo)
        desk.follow(path)
        return desk.state
    }

    /// The state reached, and beside it the same a step on (down, right, into the next
    /// pane, a letter typed): a key at the edge of a list does nothing there, but must do
    /// something one step away.
    static func variants(_ start: AppState) -> [AppState] {
        let steps: [[Action]] = [[], [.down], [.right], [.nextPane], [.type("x")], [.down, .down], [.confirm], [.left]]
        return steps.compactMap { steps in
            var s = start
            for a in steps { _ = AppReducer.reduce(&s, .action(a)) }
            return s.scope == start.scope ? s : nil
        }
    }

    /// What the user sees: the characters, their styles (a selection is a style) and the cursor.
    static func screen(_ s: AppState) -> String {
        let (buffer, cursor) = AppView.render(s)
        return buffer.description + "\(String(describing: cursor))"
    }

    @Test("every scope is reached by its path")
    func reached() throws {
        for scope in Scope.allCases {
            let path = Self.path(to: scope, row: try Self.row(for: scope))
            let reached = Self.reach(path).scope
            #expect(reached == scope, "\(path) leads to \(reached), not \(scope)")
        }
    }

    @Test("every binding changes the screen or asks for work", arguments: Scope.allCases)
    func everyBinding(_ scope: Scope) throws {
        let start = Self.reach(Self.path(to: scope, row: try Self.row(for: scope)))
        try #require(start.scope == scope)
        let variants = Self.variants(start)
        var dead: [String] = []
        for binding in Keymap.bindings(in: scope) where Self.idle[scope]?[binding.action] == nil {
            let live = variants.contains { v in
                var s = v
                let effects = AppReducer.reduce(&s, .action(binding.action))
                return !effects.isEmpty || Self.screen(s) != Self.screen(v)
            }
            if !live { dead.append("\(scope).\(binding.action)") }
        }
        #expect(dead.isEmpty, "in \(scope): \(dead.joined(separator: ", "))")
    }

    @Test("the help of every screen shows every key and its whole description at 80×24, in both languages", arguments: Scope.allCases)
    func helpNeverCuts(_ scope: Scope) throws {
        guard scope != .help else { return }
        for lang in Language.allCases {
            var desk = InMemoryDesk(InMemoryDesk.demo, lang: lang)
            desk.follow(Self.path(to: scope, row: try Self.row(for: scope)))
            try #require(desk.state.scope == scope)
            desk.send(.toggleHelp)
            let text = AppView.render(desk.state).0.lines.joined(separator: " ")
            for binding in Keymap.bindings(in: scope) {
                let words = lang.tui.action(binding.name).split(separator: " ")
                #expect(words.allSatisfy { text.contains($0) }, "\(lang) \(scope): \(lang.tui.action(binding.name))")
                #expect(text.contains(KeyName.of(binding.keys[0], lang)), "\(lang) \(scope): \(binding.keys[0])")
            }
        }
    }
}
