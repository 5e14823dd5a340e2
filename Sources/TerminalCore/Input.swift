/// A key as the app sees it, whatever the terminal sent.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case char(Character)
    /// Ctrl plus a letter, lower case: `.ctrl("s")`.
    case ctrl(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
    /// Alt/Meta plus a key (ESC prefix), for word movement.
    case alt(Character)

    public var description: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .alt(let c): return "Alt-" + String(c)
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let n): return "F\(n)"
        }
    }
}

/// A click or a turn of the wheel, where it happened on the screen.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, wheelUp, wheelDown }
    public var kind: Kind
    public var at: Point

    public init(_ kind: Kind, at: Point) {
        self.kind = kind
        self.at = at
    }
}

public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case resize(Size)
    case mouse(MouseEvent)
}

/// Where screens are drawn and keys come from: ncurses in the app, memory in tests.
public protocol TerminalBackend: AnyObject {
    var size: Size { get }
    /// Shows `buffer`, sending only what changed since the last call.
    func draw(_ buffer: ScreenBuffer, cursor: Point?)
    /// The next key, click or resize, or nil when `timeoutMilliseconds` pass without one.
    func nextEvent(timeoutMilliseconds: Int) -> InputEvent?
}

/// A terminal in memory: a fixed size, scripted input, and the last screen drawn.
/// `nextEvent` returns nil once the script is used up, which is how a test knows the
/// app is idle — no sleeping.
public final class MemoryBackend: TerminalBackend {
    public private(set) var size: Size
    public private(set) var screen: ScreenBuffer
    public private(set) var cursor: Point?
    /// Cells sent by the last draw (to check that only changes are sent).
    public private(set) var lastChangedCells = 0
    private var script: [InputEvent] = []

    public init(size: Size = Size(width: 80, height: 24)) {
        self.size = size
        screen = ScreenBuffer(size: size)
    }

    public func type(_ events: [InputEvent]) { script += events }
    public func type(_ keys: Key...) { script += keys.map(InputEvent.key) }
    public func type(text: String) { script += text.map { .key(.char($0)) } }

    public func resize(to size: Size) {
        self.size = size
        script.append(.resize(size))
    }

    public func draw(_ buffer: ScreenBuffer, cursor: Point?) {
        lastChangedCells = buffer.changes(since: screen).reduce(0) { $0 + $1.cells.count }
        screen = buffer
        self.cursor = cursor
    }

    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        script.isEmpty ? nil : script.removeFirst()
    }
}
