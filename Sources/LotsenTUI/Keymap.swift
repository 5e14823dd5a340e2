import LotsenText
import TerminalCore

/// What a key asks for. Screens reduce actions; they never look at keys.
public enum Action: Hashable, Sendable {
    case up, down, pageUp, pageDown, top, bottom
    case startSearch, clearSearch, open, back, quit, toggleHelp
    case cycleFilter, toggleExited, nextPane
    case newNote, consent, responsible, exit, noteHistory, correctNote
    case save, cancel, toggle, confirm
    case lineBreak, backspace, deleteForward, left, right, wordLeft, wordRight, lineStart, lineEnd
    case cycleKind
    /// Printable text typed or pasted into whatever has focus.
    case type(String)
}

/// Where keys are being read: each screen (and the search field) has its own table.
public enum Scope: Hashable, Sendable, CaseIterable {
    case list, search, card, editor, choice, field, help
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
        // The participant list. Letters that are not bound here start a search.
        .init([.up, .char("k")], .up, .up, .list),
        .init([.down, .char("j")], .down, .down, .list),
        .init([.pageUp], .pageUp, .pageUp, .list),
        .init([.pageDown], .pageDown, .pageDown, .list),
        .init([.home, .char("g")], .top, .top, .list),
        .init([.end, .char("G")], .bottom, .bottom, .list),
        .init([.char("/")], .startSearch, .search, .list, hint: true),
        .init([.enter], .open, .open, .list, hint: true),
        .init([.ctrl("f")], .cycleFilter, .filter, .list),
        .init([.ctrl("e")], .toggleExited, .exited, .list),
        .init([.escape], .clearSearch, .clearSearch, .list),
        .init([.char("?"), .function(1)], .toggleHelp, .help, .list, hint: true),
        .init([.char("q"), .ctrl("c")], .quit, .quit, .list, hint: true),

        // Typing in the search field.
        .init([.up], .up, .up, .search),
        .init([.down], .down, .down, .search),
        .init([.pageUp], .pageUp, .pageUp, .search),
        .init([.pageDown], .pageDown, .pageDown, .search),
        .init([.enter], .open, .open, .search, hint: true),
        .init([.escape], .clearSearch, .clearSearch, .search, hint: true),
        .init([.backspace], .backspace, .erase, .search),
        .init([.function(1)], .toggleHelp, .help, .search),
        .init([.ctrl("c")], .quit, .quit, .search),

        // The call card.
        .init([.char("n")], .newNote, .newNote, .card, hint: true),
        .init([.char("c")], .consent, .consent, .card, hint: true),
        .init([.char("r")], .responsible, .responsible, .card, hint: true),
        .init([.char("x")], .exit, .exit, .card, hint: true),
        .init([.tab], .nextPane, .nextPane, .card),
        .init([.up, .char("k")], .up, .up, .card),
        .init([.down, .char("j")], .down, .down, .card),
        .init([.pageUp], .pageUp, .pageUp, .card),
        .init([.pageDown], .pageDown, .pageDown, .card),
        .init([.home, .char("g")], .top, .top, .card),
        .init([.end, .char("G")], .bottom, .bottom, .card),
        .init([.char("h")], .noteHistory, .history, .card),
        .init([.char("e")], .correctNote, .correct, .card),
        .init([.char("?"), .function(1)], .toggleHelp, .help, .card, hint: true),
        .init([.escape, .char("q")], .back, .back, .card, hint: true),
        .init([.ctrl("c")], .quit, .quit, .card),

        // Writing a note.
        .init([.ctrl("s"), .function(2)], .save, .save, .editor, hint: true),
        .init([.escape], .cancel, .cancel, .editor, hint: true),
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
        .init([.backspace], .backspace, .erase, .choice),
        .init([.function(1)], .toggleHelp, .help, .choice),

        // A one-line text field (the occupation at an exit to work).
        .init([.enter], .confirm, .save, .field, hint: true),
        .init([.escape], .cancel, .cancel, .field, hint: true),
        .init([.backspace], .backspace, .erase, .field),
        .init([.function(1)], .toggleHelp, .help, .field),

        // The help screen.
        .init([.escape, .char("?"), .char("q"), .function(1)], .toggleHelp, .back, .help, hint: true),
    ]

    public static func bindings(in scope: Scope) -> [KeyBinding] { bindings.filter { $0.scope == scope } }

    /// The action for `key` in `scope`; printable keys that are not bound become text
    /// where text is taken.
    public static func action(for key: Key, in scope: Scope) -> Action? {
        if let b = bindings.first(where: { $0.scope == scope && $0.keys.contains(key) }) { return b.action }
        if case .char(let c) = key, [.list, .search, .editor, .field].contains(scope) { return .type(String(c)) }
        return nil
    }

    /// The keys of the first binding for `action` in `scope`, for tests and hints.
    public static func keys(for action: Action, in scope: Scope) -> [Key] {
        bindings.first { $0.scope == scope && $0.action == action }?.keys ?? []
    }
}
