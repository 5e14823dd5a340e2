import CNcursesw
import Glibc
import TerminalCore

/// The real terminal, through ncursesw. Create it with `start`, and always `stop` it
/// (the app does so on every exit path, including SIGINT/SIGTERM/SIGHUP, which are
/// blocked and polled in `nextEvent` rather than handled asynchronously).
public final class NcursesTerminal: TerminalBackend {
    public enum StartError: Error, Equatable {
        /// TERM is unset or "dumb".
        case noTerminal(String?)
        /// The terminal type is unknown to terminfo.
        case unknownTerminal(String)
        /// The terminal cannot move the cursor.
        case noCursorAddressing(String)
        case notATTY
    }

    public private(set) var size: Size
    private var screen: OpaquePointer
    private var window: UnsafeMutablePointer<WINDOW>
    private var previous: ScreenBuffer?
    private let useColor: Bool
    private var pairs: [UInt16: Int16] = [:]
    private var stopped = false
    private var signals = sigset_t()
    /// The terminal hung up. A terminal that is not the process's controlling terminal
    /// (`su - anna -c lotsen` runs the command in a session of its own) sends no SIGHUP
    /// when it closes: ncurses then returns ERR at once on every read, and the app would
    /// spin on a dead terminal for ever.
    private var hungUp = false

    /// - Parameters:
    ///   - mouse: clicks and the wheel come as events (the terminal's own selection then
    ///     takes Shift, as in htop and lazygit); off, the terminal keeps the mouse.
    ///   - environment: TERM and NO_COLOR are read from here, not from the process.
    ///     ncurses itself reads TERMINFO, TERMINFO_DIRS and HOME (for ~/.terminfo) from the
    ///     process; on a shared desk the set-user-ID gateway has removed them before this
    ///     (`SharedDesk.harden` in the executable), and ncurses ignores them in a set-ID
    ///     process in any case, so a caller cannot feed it a terminal description of theirs.
    public static func start(environment: [String: String], mouse: Bool = false) throws(StartError) -> NcursesTerminal {
        let term = environment["TERM"]
        guard let term, !term.isEmpty, term != "dumb" else { throw .noTerminal(term) }
        guard isatty(0) != 0, isatty(1) != 0 else { throw .notATTY }
        setlocale(LC_ALL, "")
        // Only C.UTF-8 may be installed; without a UTF-8 codeset åäö are lost.
        if let cs = lotsen_codeset(), String(cString: cs) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
        var errret: Int32 = 0
        guard setupterm(term, 1, &errret) == OK else { throw .unknownTerminal(term) }
        guard lotsen_has_capability("cup") != 0 else { throw .noCursorAddressing(term) }
        let outFile = fdopen(1, "w"), inFile = fdopen(0, "r")
        guard let scr = newterm(term, outFile, inFile) else { throw .unknownTerminal(term) }
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        return NcursesTerminal(screen: scr, useColor: !noColor, mouse: mouse)
    }

    /// What `start` would refuse, without taking the terminal (`lotsen doctor`); nil when
    /// it would start. Also the window's size, when the output is a terminal.
    public static func probe(environment: [String: String]) -> (problem: StartError?, size: Size?) {
        var ws = winsize()
        let size = ioctl(1, UInt(TIOCGWINSZ), &ws) == 0 ? Size(width: Int(ws.ws_col), height: Int(ws.ws_row)) : nil
        let term = environment["TERM"]
        guard let term, !term.isEmpty, term != "dumb" else { return (.noTerminal(term), size) }
        var errret: Int32 = 0
        guard setupterm(term, 1, &errret) == OK else { return (.unknownTerminal(term), size) }
        guard lotsen_has_capability("cup") != 0 else { return (.noCursorAddressing(term), size) }
        guard isatty(0) != 0, isatty(1) != 0 else { return (.notATTY, size) }
        return (nil, size)
    }

    private init(screen: OpaquePointer, useColor: Bool, mouse: Bool) {
        self.screen = screen
        set_term(screen)
        window = lotsen_stdscr()!
        raw()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        if mouse {
            _ = mousemask(lotsen_mouse_wanted(), nil)
            // No waiting to tell a click from a double click: a press is acted on at once.
            _ = mouseinterval(0)
        }
        var color = false
        if useColor && has_colors() {
            start_color()
            use_default_colors()
            color = true
        }
        self.useColor = color
        var rows: Int32 = 0, cols: Int32 = 0
        lotsen_getmaxyx(window, &rows, &cols)
        size = Size(width: Int(cols), height: Int(rows))
        sigemptyset(&signals)
        for s in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&signals, s) }
        pthread_sigmask(SIG_BLOCK, &signals, nil)
    }

    deinit { stop() }

    /// Restores the terminal. Safe to call more than once.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        endwin()
        delscreen(screen)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    /// A signal that asked the app to end (SIGINT, SIGTERM, SIGHUP), if one came; SIGHUP
    /// also when the terminal hung up without one.
    public func pendingSignal() -> Int32? {
        if hungUp { return SIGHUP }
        var pending = sigset_t()
        sigpending(&pending)
        for s in [SIGINT, SIGTERM, SIGHUP] where sigismember(&pending, s) == 1 {
            var set = sigset_t()
            sigemptyset(&set)
            sigaddset(&set, s)
            var got: Int32 = 0
            sigwait(&set, &got)
            return got
        }
        return nil
    }

    public func draw(_ buffer: ScreenBuffer, cursor: Point?) {
        if previous?.size != buffer.size { wclear(window) }
        for change in buffer.changes(since: previous) {
            wmove(window, Int32(change.at.y), Int32(change.at.x))
            for cell in change.cells where !cell.isContinuation {
                wattr_set(window, attributes(cell.style), colorPair(cell.style), nil)
                var wide = Array(cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }) + [0]
                waddnwstr(window, &wide, Int32(wide.count - 1))
            }
        }
        wattr_set(window, lotsen_a_normal(), 0, nil)
        if let cursor {
            curs_set(1)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wrefresh(window)
        previous = buffer
    }

    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        wtimeout(window, Int32(timeoutMilliseconds))
        var ch: wint_t = 0
        let rc = wget_wch(window, &ch)
        if rc == ERR {
            // No key within the timeout, or no terminal any more: only a hang-up sets
            // these on the input (ncurses reads fd 0, as `start` gave it).
            var input = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
            if poll(&input, 1, 0) == 1, input.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { hungUp = true }
            return nil
        }
        if rc == lotsen_key_code_yes() { return functionKey(Int32(ch)) }
        if ch == 27 {
            // ESC alone, or Alt+key sent as ESC followed by the key.
            wtimeout(window, 0)
            var next: wint_t = 0
            let rc = wget_wch(window, &next)
            if rc == OK, let s = Unicode.Scalar(UInt32(next)), next >= 32, next != 127 {
                return .key(.alt(Character(s)))
            }
            // Not an Alt combination (another Esc, say): leave it for the next read.
            if rc != ERR { unget_wch(wchar_t(bitPattern: UInt32(next))) }
            return .key(.escape)
        }
        return character(UInt32(ch))
    }

    private func character(_ v: UInt32) -> InputEvent? {
        switch v {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 127, 8: return .key(.backspace)
        case 1...26: return .key(.ctrl(Character(Unicode.Scalar(v + 96)!)))
        default:
            guard let s = Unicode.Scalar(v), v >= 32 else { return nil }
            return .key(.char(Character(s)))
        }
    }

    private func functionKey(_ code: Int32) -> InputEvent? {
        switch code {
        case KEY_RESIZE:
            var rows: Int32 = 0, cols: Int32 = 0
            lotsen_getmaxyx(window, &rows, &cols)
            size = Size(width: Int(cols), height: Int(rows))
            previous = nil
            return .resize(size)
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case KEY_ENTER: return .key(.enter)
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            let at = Point(x: Int(event.x), y: Int(event.y))
            switch lotsen_mouse_button(event.bstate) {
            case 1: return .mouse(MouseEvent(.press, at: at))
            case 4: return .mouse(MouseEvent(.wheelUp, at: at))
            case 5: return .mouse(MouseEvent(.wheelDown, at: at))
            default: return nil
            }
        case KEY_F0 + 1...KEY_F0 + 12: return .key(.function(Int(code - KEY_F0)))
        default: return nil
        }
    }

    private func attributes(_ s: Style) -> attr_t {
        var a = lotsen_a_normal()
        if s.bold { a |= lotsen_a_bold() }
        if s.reverse { a |= lotsen_a_reverse() }
        if s.underline { a |= lotsen_a_underline() }
        if s.dim { a |= lotsen_a_dim() }
        return a
    }

    /// Colour pairs made on first use; none at all without colour.
    private func colorPair(_ s: Style) -> Int16 {
        guard useColor, s.foreground != nil || s.background != nil else { return 0 }
        let fg = Int16(s.foreground.map { Int16($0.rawValue) } ?? -1)
        let bg = Int16(s.background.map { Int16($0.rawValue) } ?? -1)
        let key = UInt16(bitPattern: (fg + 1) << 8 | (bg + 1))
        if let p = pairs[key] { return p }
        let p = Int16(pairs.count + 1)
        guard Int32(p) < lotsen_color_pairs() else { return 0 }
        init_pair(p, fg, bg)
        pairs[key] = p
        return p
    }
}
