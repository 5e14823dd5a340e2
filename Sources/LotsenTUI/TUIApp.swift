import LotsenCalendar
import LotsenCore
import LotsenJournal
import LotsenText
import LotsenWorkspace
import TerminalCore

/// The thin shell around the reducer: reads input from a backend, runs effects against
/// the workspace, follows other desks' appends, and draws. Works the same over the
/// ncurses backend and the in-memory one.
public final class TUIApp {
    public private(set) var state: AppState
    let backend: TerminalBackend
    let workspace: Workspace
    let today: () -> Day
    /// Where "the end of a day" is, for a view of the past: the caseworker's midnight.
    let startOfDayAfter: (Day) -> Timestamp
    public private(set) var finished = false
    /// Where printouts go: `exports/` beside the journal, unless the shell says otherwise
    /// (on a shared desk, the caller's own home, written with the caller's rights).
    public var exportsDirectory: String?
    public var writeAsCaller: (() throws -> Void) throws -> Void = { try $0() }
    /// How long without a key before the privacy screen; nil: never.
    public var idleMilliseconds: Int64? = 5 * 60_000
    var lastInput: Timestamp?
    /// The Unix login the access log names (the shell knows it).
    public var login = "?"
    /// Looks written since the list was last on screen: a person's card is logged once
    /// per visit, not at every redraw.
    var logged: Set<String> = []

    public init(backend: TerminalBackend, workspace: Workspace, lang: Language, today: @escaping () -> Day,
                dayOf: @escaping @Sendable (Timestamp) -> Day, minuteOf: @escaping @Sendable (Timestamp) -> String = AppState.utcMinute,
                startOfDayAfter: @escaping (Day) -> Timestamp = { Timestamp(millisecondsSince1970: Int64($0.daysSince1970 + 1) * 86_400_000) }) {
        self.backend = backend
        self.workspace = workspace
        self.today = today
        self.startOfDayAfter = startOfDayAfter
        state = AppState(domain: workspace.state, today: today(), author: workspace.author, lang: lang, size: backend.size,
                         dayOf: dayOf, minuteOf: minuteOf)
        checkJournalStatus()
    }

    /// How long the app waits for a key before it looks for other desks' changes:
    /// another desk's note shows within this and a fold (`lotsen-bench follow`).
    public static let pollMilliseconds = 100

    /// Runs until the user quits or `shouldStop` says so (a signal). Polls every
    /// `pollMilliseconds`, which is how another desk's change shows within a second.
    public func run(shouldStop: () -> Bool) {
        render()
        while !finished && !shouldStop() {
            if let event = backend.nextEvent(timeoutMilliseconds: TUIApp.pollMilliseconds) {
                handle(event)
            } else {
                tick()
            }
            render()
        }
    }

    public func handle(_ event: InputEvent) {
        switch event {
        case .resize(let size): send(.resized(size))
        case .key(let key):
            lastInput = workspace.clockNow()
            if state.locked {
                // Any key, bound or not, only wakes the screen.
                send(.action(.refresh))
                return
            }
            guard let action = Keymap.action(for: key, in: state.scope) else { return }
            send(.action(action))
        case .mouse(let m):
            lastInput = workspace.clockNow()
            // A click only wakes a locked screen, as a key does.
            send(state.locked ? .action(.refresh) : .mouse(m))
        }
    }

    /// Nothing typed: fold in other desks' appends, and notice a new day.
    public func tick() {
        let now = workspace.clockNow()
        if let idle = idleMilliseconds, !state.locked {
            let since = lastInput ?? now
            if lastInput == nil { lastInput = now }
            if now.millisecondsSince1970 - since.millisecondsSince1970 >= idle { send(.idle) }
        }
        let day = today()
        if day != state.today { send(.newDay(day)) }
        // A restore or repair renamed another file into place: say so, write nothing more.
        if (try? workspace.journal.checkReplaced()) == true { checkJournalStatus() }
        guard workspace.journal.hasUnreadData() else { return }
        if let changes = try? workspace.refresh(), !changes.isEmpty { send(.journalChanged(workspace.state)) }
        checkJournalStatus()
    }

    /// Writes the look at the person on screen to the access log before it is drawn; when
    /// that fails, the person is not shown (fail closed).
    func recordLooks() {
        guard let look = state.stack.top?.look else {
            if state.stack.isEmpty { logged.removeAll() }
            return
        }
        let key = look.id.value + "/" + look.what
        guard !logged.contains(key) else { return }
        do {
            try AccessLog.append([AccessEntry(time: workspace.clockNow(), login: login, caseworker: state.author, what: look.what,
                                              subject: look.id.value, via: "tui")], workspace.journal.paths,
                                  store: workspace.journal.store)
            logged.insert(key)
        } catch {
            send(.lookRefused(state.lang.access.cannotLog(state.lang.journal.system(error))))
        }
    }

    /// Starts on a past date (`lotsen --as-of DATE`), as Ctrl-T and a date would.
    public func show(past day: Day) { run(.showPast(day)) }

    public func render() {
        recordLooks()
        let (buffer, cursor) = AppView.render(state)
        backend.draw(buffer, cursor: cursor)
    }

    func send(_ event: AppEvent) {
        for effect in AppReducer.reduce(&state, event) { run(effect) }
    }

    /// Writes a document into `exports/` beside the journal (0700; files 0600), in each
    /// format, and reports the path back.
    func export(_ name: String, _ formats: [DocumentFormat], minutes: Bool, render: (DocumentFormat) -> String) {
        let directory = exportsDirectory ?? workspace.journal.paths.directory + "/exports"
        let base = directory + "/" + name
        var failure: PrivateFile.Failure?
        try? writeAsCaller {
            do throws(PrivateFile.Failure) {
                try PrivateFile.ensureDirectory(directory)
                for format in formats { try PrivateFile.write(render(format), to: base + "." + format.rawValue) }
            } catch {
                failure = error
            }
        }
        if let error = failure {
            let reason = error.systemError.map(state.lang.journal.system) ?? ""
            send(.failed(state.lang.cli.say(.cannotWrite(path: error.path, reason: reason))))
            return
        }
        let suffix = formats.count == 1 ? formats[0].rawValue : "{" + formats.map(\.rawValue).joined(separator: ",") + "}"
        send(.exported(path: base + "." + suffix, minutes: minutes))
    }

    func run(_ effect: Effect) {
        switch effect {
        case .quit:
            finished = true
        case .exportPlan(let id, let format):
            guard let p = state.domain.participant(id), let doc = PlanDocument(p, in: state.domain, lang: state.lang) else { return }
            let name = "plan-\(TextFolding.code(p.profile.fullName))-\(state.today.iso)"
            export(name, [format], minutes: false) { doc.render($0) }
        case .showPast(let day):
            do {
                send(.pastShown(day, try workspace.past(before: startOfDayAfter(day))))
            } catch let e as JournalError {
                send(.failed(state.lang.journal.error(e)))
            } catch {
                send(.failed("\(error)"))
            }
        case .showPresent:
            send(.presentShown(workspace.state, today()))
        case .exportMinutes(let id):
            // The minutes of what is on screen: a past date's meeting as it stood then.
            guard let m = state.domain.meetings[id] else { return }
            let doc = MinutesDocument(m, in: state.domain, lang: state.lang)
            export("\(state.lang == .sv ? "protokoll" : "minutes")-\(m.date.iso)", [.txt, .html], minutes: true) { doc.render($0) }
        case .perform(let commands, let kind):
            do {
                let done = try workspace.perform(commands)
                send(.saved(kind, sequence: done.first?.stamp.sequence ?? 0, domain: workspace.state))
            } catch let e as DomainError {
                send(.failed(state.lang.domain.error(e) { [state] id in state.domain.participant(id)?.profile.fullName ?? id.value }, field: e.field))
            } catch let e as JournalError {
                send(.failed(state.lang.journal.error(e)))
                checkJournalStatus()
            } catch let e as KeyStore.Problem {
                send(.failed(state.lang.keys.problem(e)))
            } catch {
                send(.failed("\(error)"))
            }
        }
    }

    func checkJournalStatus() {
        var reason: String?
        switch workspace.journal.status {
        case .readOnly(.damaged(let d)): reason = state.lang.tui.damaged(record: d.sequence)
        case .readOnly(let r): reason = state.lang.journal.readOnly(r)
        case .writable: break
        }
        if reason != state.readOnlyReason { send(.readOnly(reason)) }
    }
}
