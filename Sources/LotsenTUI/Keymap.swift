import LotsenText
import TerminalCore

/// What a key asks for. Screens reduce actions; they never look at keys.
public enum Action: Hashable, Sendable {
    case up, down, pageUp, pageDown, top, bottom
    case startSearch, clearSearch, previousSearch, open, back, quit, toggleHelp
    case cycleFilter, toggleExited, nextPane
    case newNote, consent, responsible, exit, noteHistory, correctNote, undo, asOf, saveView, removeView, caseloadOverview
    case save, cancel, toggle, confirm
    case lineBreak, backspace, deleteForward, left, right, wordLeft, wordRight, lineStart, lineEnd
    case cycleKind
    case nextView, moveForward, moveBack, programme, add, edit, register, editDetails
    case newActivity, endActivity, newVisit, evaluateVisit, logKanalen, aKassa, intensifiedSupport
    case previousField, nextField, yes, no
    case plan, tasks, newPlan, editPlan, removeGoal, followUp, revise, history, export, done, notDone, moveTask
    case agenda, addItem, remove, refresh, closeMeeting, newMeeting, editMeeting
    case nextReport, previousReport, nextPeriod, previousPeriod, toggleOutgoing, toggleChartStyle
    /// Printable text typed or pasted into whatever has focus.
    case type(String)
}

/// Where keys are being read: each screen (and the search field) has its own table.
public enum Scope: Hashable, Sendable, CaseIterable {
    case list, search, card, note, editor, choice, field, help, caseload
    case board, places, workplace, programme, form, confirm
    case plan, followUp, planHistory, tasks, taskList, meeting, agenda, statistics
}

/// One row of the keymap: the keys, the action, what the help calls it, and whether
/// the status line shows it.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var action: Action
    public var name: TUIActionName
    public var scope: Scope
    public var hint: Bool

    init(_ keys: [Key], _ action: Action, _ name: TUIActionName, _ scope: Scope, hint: Bool = false) {
        self.keys = keys
        self.action = action
        self.name = name
        self.scope = scope
        self.hint = hint
    }
}

/// The one table behind key handling, the status-line hints and the help screen
/// (lazygit's design). Nothing here needs AltGr on a Swedish keyboard.
public enum Keymap {
    public static let bindings: [KeyBinding] = [
        // The participant list. It exists to be searched: every printable key but `/` and
        // `?` is text for the search, so no letter of a name can move or quit; moving
        // takes the arrows and paging keys, leaving a key no name contains.
        .init([.up], .up, .up, .list),
        .init([.down], .down, .down, .list),
        .init([.pageUp], .pageUp, .pageUp, .list),
        .init([.pageDown], .pageDown, .pageDown, .list),
        .init([.home], .top, .top, .list),
        .init([.end], .bottom, .bottom, .list),
        .init([.char("/")], .startSearch, .search, .list, hint: true),
        .init([.enter], .open, .open, .list, hint: true),
        .init([.backspace], .backspace, .erase, .list),
        .init([.ctrl("f")], .cycleFilter, .filter, .list),
        .init([.ctrl("e")], .toggleExited, .exited, .list),
        .init([.ctrl("r")], .previousSearch, .previousSearch, .list),
        .init([.ctrl("n")], .register, .register, .list),
        .init([.ctrl("s")], .saveView, .saveView, .list),
        .init([.ctrl("d")], .removeView, .removeView, .list),
        .init([.ctrl("o")], .caseloadOverview, .caseloadOverview, .list),
        .init([.escape], .clearSearch, .clearSearch, .list),
        .init([.char("?"), .function(1)], .toggleHelp, .help, .list, hint: true),
        .init([.tab], .nextView, .nextView, .list, hint: true),
        .init([.function(10), .ctrl("q"), .ctrl("c")], .quit, .quit, .list, hint: true),

        // Typing in the search field: the same keys, and every printable one is text.
        .init([.up], .up, .up, .search),
        .init([.down], .down, .down, .search),
        .init([.pageUp], .pageUp, .pageUp, .search),
        .init([.pageDown], .pageDown, .pageDown, .search),
        .init([.enter], .open, .open, .search, hint: true),
        .init([.escape], .clearSearch, .clearSearch, .search, hint: true),
        .init([.backspace], .backspace, .erase, .search),
        .init([.ctrl("f")], .cycleFilter, .filter, .search),
        .init([.ctrl("e")], .toggleExited, .exited, .search),
        .init([.tab], .nextView, .nextView, .search, hint: true),
        .init([.ctrl("n")], .register, .register, .search),
        .init([.ctrl("s")], .saveView, .saveView, .search),
        .init([.ctrl("d")], .removeView, .removeView, .search),
        .init([.ctrl("o")], .caseloadOverview, .caseloadOverview, .search),
        .init([.function(1)], .toggleHelp, .help, .search),
        .init([.function(10), .ctrl("q"), .ctrl("c")], .quit, .quit, .search, hint: true),

        // The call card.
        .init([.char("n")], .newNote, .newNote, .card, hint: true),
        .init([.char("c")], .consent, .consent, .card, hint: true),
        .init([.char("r")], .responsible, .responsible, .card, hint: true),
        .init([.char("x")], .exit, .exit, .card),
        .init([.char("d")], .editDetails, .editDetails, .card),
        .init([.char("p")], .programme, .programme, .card, hint: true),
        .init([.char("P")], .plan, .plan, .card, hint: true),
        .init([.char("t")], .tasks, .tasks, .card),
        .init([.char(">"), .char(".")], .moveForward, .moveForward, .card),
        .init([.char("<"), .char(",")], .moveBack, .moveBack, .card),
        .init([.tab], .nextPane, .nextPane, .card),
        .init([.up, .char("k")], .up, .up, .card),
        .init([.down, .char("j")], .down, .down, .card),
        .init([.pageUp], .pageUp, .pageUp, .card),
        .init([.pageDown], .pageDown, .pageDown, .card),
        .init([.home, .char("g")], .top, .top, .card),
        .init([.end, .char("G")], .bottom, .bottom, .card),
        .init([.enter], .open, .readNote, .card),
        .init([.char("h")], .noteHistory, .history, .card),
        .init([.char("e")], .correctNote, .correct, .card),
        .init([.char("?"), .function(1)], .toggleHelp, .help, .card, hint: true),
        .init([.escape, .char("q")], .back, .back, .card, hint: true),
        .init([.ctrl("c")], .quit, .quit, .card),

        // Reading one note whole.
        .init([.up, .char("k")], .up, .up, .note),
        .init([.down, .char("j")], .down, .down, .note),
        .init([.pageUp], .pageUp, .pageUp, .note),
        .init([.pageDown, .char(" ")], .pageDown, .pageDown, .note),
        .init([.char("e")], .correctNote, .correct, .note, hint: true),
        .init([.char("?"), .function(1)], .toggleHelp, .help, .note, hint: true),
        .init([.escape, .char("q")], .back, .back, .note, hint: true),
        .init([.ctrl("c")], .quit, .quit, .note),

        // Writing a note.
        .init([.ctrl("s"), .function(2)], .save, .save, .editor, hint: true),
        .init([.escape, .ctrl("c")], .cancel, .cancel, .editor, hint: true),
        .init([.tab], .cycleKind, .kind, .editor, hint: true),
        .init([.enter], .lineBreak, .lineBreak, .editor),
        .init([.backspace], .backspace, .erase, .editor),
        .init([.delete], .deleteForward, .erase, .editor),
        .init([.left], .left, .left, .editor),
        .init([.right], .right, .right, .editor),
        .init([.up], .up, .up, .editor),
        .init([.down], .down, .down, .editor),
        .init([.alt("b")], .wordLeft, .wordLeft, .editor),
        .init([.alt("f")], .wordRight, .wordRight, .editor),
        .init([.home, .ctrl("a")], .lineStart, .lineStart, .editor),
        .init([.end, .ctrl("e")], .lineEnd, .lineEnd, .editor),
        .init([.function(1)], .toggleHelp, .help, .editor),

        // Choosing from a list (consent, responsibility, exit).
        .init([.up, .char("k")], .up, .up, .choice),
        .init([.down, .char("j")], .down, .down, .choice),
        .init([.char(" ")], .toggle, .toggle, .choice, hint: true),
        .init([.enter], .confirm, .confirm, .choice, hint: true),
        .init([.escape], .cancel, .cancel, .choice, hint: true),
        .init([.function(1)], .toggleHelp, .help, .choice),

        // A one-line text field (the occupation at an exit to work).
        .init([.enter], .confirm, .save, .field, hint: true),
        .init([.escape], .cancel, .cancel, .field, hint: true),
        .init([.backspace], .backspace, .erase, .field),
        .init([.function(1)], .toggleHelp, .help, .field),

        // Tavla, the stage board.
        .init([.left, .char("h")], .left, .previousLane, .board),
        .init([.right, .char("l")], .right, .nextLane, .board),
        .init([.up, .char("k")], .up, .up, .board),
        .init([.down, .char("j")], .down, .down, .board),
        .init([.home, .char("g")], .top, .top, .board),
        .init([.end, .char("G")], .bottom, .bottom, .board),
        .init([.char(">"), .char(".")], .moveForward, .moveForward, .board, hint: true),
        .init([.char("<"), .char(",")], .moveBack, .moveBack, .board, hint: true),
        .init([.enter], .open, .open, .board, hint: true),
        .init([.char("p")], .programme, .programme, .board),
        .init([.char("P")], .plan, .plan, .board),
        .init([.char("f"), .ctrl("f")], .cycleFilter, .boardFilter, .board, hint: true),
        .init([.char("e"), .ctrl("e")], .toggleExited, .exited, .board),
        .init([.tab], .nextView, .nextView, .board, hint: true),
        .init([.char("?"), .function(1)], .toggleHelp, .help, .board, hint: true),
        .init([.char("q"), .ctrl("c")], .quit, .quit, .board),

        // Platser, the placement bank.
        .init([.up, .char("k")], .up, .up, .places),
        .init([.down, .char("j")], .down, .down, .places),
        .init([.enter], .open, .openWorkplace, .places, hint: true),
        .init([.char("a")], .add, .addWorkplace, .places, hint: true),
        .init([.char("e")], .edit, .editWorkplace, .places, hint: true),
        .init([.tab], .nextView, .nextView, .places, hint: true),
        .init([.char("?"), .function(1)], .toggleHelp, .help, .places, hint: true),
        .init([.char("q"), .ctrl("c")], .quit, .quit, .places),

        // One workplace.
        .init([.char("e")], .edit, .editWorkplace, .workplace, hint: true),
        .init([.char("?"), .function(1)], .toggleHelp, .help, .workplace, hint: true),
        .init([.escape, .char("q")], .back, .back, .workplace, hint: true),
        .init([.ctrl("c")], .quit, .quit, .workplace),

        // The participant's programme.
        .init([.up, .char("k")], .up, .up, .programme),
        .init([.down, .char("j")], .down, .down, .programme),
        .init([.char(" ")], .toggle, .tick, .programme, hint: true),
        .init([.char(">"), .char(".")], .moveForward, .moveForward, .programme, hint: true),
        .init([.char("<"), .char(",")], .moveBack, .moveBack, .programme),
        .init([.char("a")], .newActivity, .newActivity, .programme, hint: true),
        .init([.char("s")], .endActivity, .endActivity, .programme),
        .init([.char("v")], .newVisit, .newVisit, .programme, hint: true),
        .init([.char("u")], .evaluateVisit, .evaluateVisit, .programme),
        .init([.char("l")], .logKanalen, .logKanalen, .programme, hint: true),
        .init([.char("A")], .aKassa, .aKassa, .programme),
        .init([.char("f")], .intensifiedSupport, .intensifiedSupport, .programme),
        .init([.char("P")], .plan, .plan, .programme),
        .init([.char("t")], .tasks, .tasks, .programme),
        .init([.char("?"), .function(1)], .toggleHelp, .help, .programme, hint: true),
        .init([.escape, .char("q")], .back, .back, .programme, hint: true),
        .init([.ctrl("c")], .quit, .quit, .programme),

        // Handlingsplan.
        .init([.up, .char("k")], .up, .up, .plan),
        .init([.down, .char("j")], .down, .down, .plan),
        .init([.char("n")], .newPlan, .newPlan, .plan),
        .init([.char("E")], .editPlan, .editPlan, .plan),
        .init([.char("a")], .add, .newGoal, .plan, hint: true),
        .init([.enter, .char("e")], .edit, .editGoal, .plan, hint: true),
        .init([.char("d")], .removeGoal, .removeGoal, .plan),
        .init([.char("u")], .followUp, .followUp, .plan, hint: true),
        .init([.char("R")], .revise, .revise, .plan),
        .init([.char("H")], .history, .planHistory, .plan),
        .init([.char("x")], .export, .exportPlan, .plan, hint: true),
        .init([.char("t")], .tasks, .tasks, .plan),
        .init([.char("?"), .function(1)], .toggleHelp, .help, .plan, hint: true),
        .init([.escape, .char("q")], .back, .back, .plan, hint: true),
        .init([.ctrl("c")], .quit, .quit, .plan),

        // Following the plan up, goal by goal; typing writes the comment.
        .init([.left], .left, .previousResult, .followUp),
        .init([.right], .right, .nextResult, .followUp, hint: true),
        .init([.enter, .tab], .confirm, .nextGoal, .followUp, hint: true),
        .init([.backTab, .up], .previousField, .previousGoal, .followUp),
        .init([.ctrl("s"), .function(2)], .save, .save, .followUp, hint: true),
        .init([.escape], .cancel, .cancel, .followUp, hint: true),
        .init([.backspace], .backspace, .erase, .followUp),
        .init([.function(1)], .toggleHelp, .help, .followUp),

        // The plan's versions.
        .init([.left, .char("h")], .left, .previousVersion, .planHistory, hint: true),
        .init([.right, .char("l")], .right, .nextVersion, .planHistory, hint: true),
        .init([.up, .char("k")], .up, .up, .planHistory),
        .init([.down, .char("j")], .down, .down, .planHistory),
        .init([.char("?"), .function(1)], .toggleHelp, .help, .planHistory),
        .init([.escape, .char("q")], .back, .back, .planHistory, hint: true),
        .init([.ctrl("c")], .quit, .quit, .planHistory),

        // A participant's weekly tasks.
        .init([.up, .char("k")], .up, .up, .tasks),
        .init([.down, .char("j")], .down, .down, .tasks),
        .init([.char("a")], .add, .addTask, .tasks, hint: true),
        .init([.char("d")], .done, .taskDone, .tasks, hint: true),
        .init([.char("n")], .notDone, .taskNotDone, .tasks, hint: true),
        .init([.char("m")], .moveTask, .moveTask, .tasks, hint: true),
        .init([.char("?"), .function(1)], .toggleHelp, .help, .tasks, hint: true),
        .init([.escape, .char("q")], .back, .back, .tasks, hint: true),
        .init([.ctrl("c")], .quit, .quit, .tasks),

        // Uppgifter: every open task from the meetings and every overdue weekly task.
        .init([.up, .char("k")], .up, .up, .taskList),
        .init([.down, .char("j")], .down, .down, .taskList),
        .init([.char("d")], .done, .taskDone, .taskList, hint: true),
        .init([.enter], .open, .openTasks, .taskList, hint: true),
        .init([.char("f"), .ctrl("f")], .cycleFilter, .mineOrAll, .taskList, hint: true),
        .init([.tab], .nextView, .nextView, .taskList, hint: true),
        .init([.char("?"), .function(1)], .toggleHelp, .help, .taskList, hint: true),
        .init([.char("q"), .ctrl("c")], .quit, .quit, .taskList),
    ] + meetingBindings + [
        // Statistik: a report at a time, for a period, exact or as sent out.
        .init([.right, .char("l")], .nextReport, .nextReport, .statistics, hint: true),
        .init([.left, .char("h")], .previousReport, .previousReport, .statistics),
        .init([.char("p")], .nextPeriod, .nextPeriod, .statistics, hint: true),
        .init([.char("P")], .previousPeriod, .previousPeriod, .statistics),
        .init([.char("u")], .toggleOutgoing, .outgoingView, .statistics, hint: true),
        .init([.char("b")], .toggleChartStyle, .chartStyle, .statistics),
        .init([.up, .char("k")], .up, .up, .statistics),
        .init([.down, .char("j")], .down, .down, .statistics),
        .init([.pageUp], .pageUp, .pageUp, .statistics),
        .init([.pageDown], .pageDown, .pageDown, .statistics),
        .init([.home, .char("g")], .top, .top, .statistics),
        .init([.end, .char("G")], .bottom, .bottom, .statistics),
        .init([.tab], .nextView, .nextView, .statistics, hint: true),
        .init([.char("?"), .function(1)], .toggleHelp, .help, .statistics, hint: true),
        .init([.char("q"), .ctrl("c")], .quit, .quit, .statistics),

        // A form of a few fields.
        .init([.ctrl("s"), .function(2)], .save, .save, .form, hint: true),
        .init([.tab, .down], .nextField, .nextField, .form, hint: true),
        .init([.backTab, .up], .previousField, .previousField, .form),
        .init([.enter], .confirm, .nextFieldOrSave, .form),
        .init([.escape], .cancel, .cancel, .form, hint: true),
        .init([.backspace], .backspace, .erase, .form),
        .init([.function(1)], .toggleHelp, .help, .form),

        // A yes/no question.
        .init([.char("j"), .char("y"), .enter], .yes, .yes, .confirm, hint: true),
        .init([.char("n"), .escape], .no, .no, .confirm, hint: true),

        // The help screen.
        .init([.escape, .char("?"), .char("q"), .function(1)], .toggleHelp, .back, .help, hint: true),

        // The coordinator's overview of every caseworker's caseload.
        .init([.up, .char("k")], .up, .up, .caseload),
        .init([.down, .char("j")], .down, .down, .caseload),
        .init([.enter], .open, .showOnBoard, .caseload, hint: true),
        .init([.char("?"), .function(1)], .toggleHelp, .help, .caseload, hint: true),
        .init([.escape, .char("q")], .back, .back, .caseload, hint: true),
        .init([.ctrl("c")], .quit, .quit, .caseload),
    ]
        // Undo the last thing I did: Ctrl-Z, as in the editors people know; it asks before it writes.
        + viewScopes.map { KeyBinding([.ctrl("z")], .undo, .undo, $0) }
        // Any view as the journal stood on a past date, and back to today.
        + viewScopes.map { KeyBinding([.ctrl("t")], .asOf, .asOf, $0) }

    /// Every screen that is not taking text: Ctrl-Z and Ctrl-T work on all of them.
    static let viewScopes: [Scope] = [.list, .search, .caseload, .card, .note, .board, .places, .workplace, .programme, .plan,
                                      .planHistory, .tasks, .taskList, .meeting, .agenda, .statistics]

    /// Möte: one item in focus, and the agenda as a list. The same keys do the same in
    /// both, so the group never has to think about which one is showing.
    static let meetingBindings: [KeyBinding] = [.meeting, .agenda].flatMap { (scope: Scope) -> [KeyBinding] in
        let list = scope == .agenda
        return [
            .init(list ? [.up, .char("k")] : [.left, .up, .char("k")], .up, .previousItem, scope),
            .init(list ? [.down, .char("j")] : [.right, .down, .char("j")], .down, .nextItem, scope, hint: !list),
            .init([.pageUp], .pageUp, .pageUp, scope),
            .init([.pageDown], .pageDown, .pageDown, scope),
            .init([.home, .char("g")], .top, .top, scope),
            .init([.end, .char("G")], .bottom, .bottom, scope),
            .init([.char("h"), .char(" ")], .toggle, .handled, scope, hint: true),
            .init([.char("b"), .char("e")], .edit, .decide, scope, hint: !list),
            .init([.char("a")], .add, .meetingTask, scope, hint: !list),
            .init([.enter], .open, list ? .focusItem : .openCard, scope, hint: list),
            .init(list ? [.char("o"), .escape] : [.char("o")], list ? .back : .agenda, .agenda, scope, hint: !list),
            .init([.char("i"), .char("+")], .addItem, .addItem, scope, hint: list),
            .init([.char("d")], .remove, .removeItem, scope, hint: list),
            .init([.char("<"), .char(",")], .moveBack, .itemUp, scope, hint: list),
            .init([.char(">"), .char(".")], .moveForward, .itemDown, scope, hint: list),
            .init([.char("r")], .refresh, .refreshAgenda, scope),
            .init([.char("x")], .export, .exportMinutes, scope),
            .init([.char("S")], .closeMeeting, .closeMeeting, scope, hint: true),
            .init([.char("n")], .newMeeting, .newMeeting, scope),
            .init([.char("E")], .editMeeting, .editMeeting, scope),
            .init([.tab], .nextView, .nextView, scope),
            .init([.char("?"), .function(1)], .toggleHelp, .help, scope, hint: true),
            .init([.char("q"), .ctrl("c")], .quit, .quit, scope),
        ]
    }

    public static func bindings(in scope: Scope) -> [KeyBinding] { bindings.filter { $0.scope == scope } }

    /// The action for `key` in `scope`; printable keys that are not bound become text
    /// where text is taken.
    public static func action(for key: Key, in scope: Scope) -> Action? {
        if let b = bindings.first(where: { $0.scope == scope && $0.keys.contains(key) }) { return b.action }
        if case .char(let c) = key, [.list, .search, .editor, .field, .form, .followUp].contains(scope) { return .type(String(c)) }
        return nil
    }

    /// The keys of the first binding for `action` in `scope`, for tests and hints.
    public static func keys(for action: Action, in scope: Scope) -> [Key] {
        bindings.first { $0.scope == scope && $0.action == action }?.keys ?? []
    }
}

/// A key as the user's language names it: the two keys with a word for a name are said
/// in Swedish in Swedish ("Mellanslag", "Backsteg"); the rest are the same in both.
enum KeyName {
    static func of(_ key: Key, _ lang: Language) -> String {
        switch key {
        case .char(" "): return lang.tui.text(.spaceKey)
        case .backspace: return lang.tui.text(.backspaceKey)
        default: return key.description
        }
    }
}
