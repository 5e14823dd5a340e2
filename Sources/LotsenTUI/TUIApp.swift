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
    public private(set) var finished = false

    public init(backend: TerminalBackend, workspace: Workspace, lang: Language, today: @escaping () -> Day,
                dayOf: @escaping @Sendable (Timestamp) -> Day) {
        self.backend = backend
        self.workspace = workspace
        self.today = today
        state = AppState(domain: workspace.state, today: today(), author: workspace.author, lang: lang, size: backend.size,
                         dayOf: dayOf)
        checkJournalStatus()
    }

    /// Runs until the user quits or `shouldStop` says so (a signal). Polls every 100 ms,
    /// which is how another desk's change shows within a second.
    public func run(shouldStop: () -> Bool) {
        render()
        while !finished && !shouldStop() {
            if let event = backend.nextEvent(timeoutMilliseconds: 100) {
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
            guard let action = Keymap.action(for: key, in: state.scope) else { return }
            send(.action(action))
        }
    }

    /// Nothing typed: fold in other desks' appends, and notice a new day.
    public func tick() {
        let day = today()
        if day != state.today { send(.newDay(day)) }
        guard workspace.journal.hasUnreadData() else { return }
        if let changes = try? workspace.refresh(), !changes.isEmpty { send(.journalChanged(workspace.state)) }
        checkJournalStatus()
    }

    public func render() {
        let (buffer, cursor) = AppView.render(state)
        backend.draw(buffer, cursor: cursor)
    }

    func send(_ event: AppEvent) {
        for effect in AppReducer.reduce(&state, event) { run(effect) }
    }

    func run(_ effect: Effect) {
        switch effect {
        case .quit:
            finished = true
        case .exportPlan(let id, let format):
            guard let p = workspace.state.participant(id), let doc = PlanDocument(p, in: workspace.state, lang: state.lang) else { return }
            let directory = workspace.journal.paths.directory + "/exports"
            let path = "\(directory)/plan-\(TextFolding.code(p.profile.fullName))-\(state.today.iso).\(format.rawValue)"
            do {
                try PrivateFile.ensureDirectory(directory)
                try PrivateFile.write(doc.render(format), to: path)
                send(.exported(path: path))
            } catch {
                send(.failed(state.lang.cli.say(.cannotWrite(path: error.path, reason: error.reason))))
            }
        case .exportMinutes(let id):
            guard let m = workspace.state.meetings[id] else { return }
            let directory = workspace.journal.paths.directory + "/exports"
            let base = "\(directory)/\(state.lang == .sv ? "protokoll" : "minutes")-\(m.date.iso)"
            do {
                try PrivateFile.ensureDirectory(directory)
                let doc = MinutesDocument(m, in: workspace.state, lang: state.lang)
                try PrivateFile.write(doc.render(.txt), to: base + ".txt")
                try PrivateFile.write(doc.render(.html), to: base + ".html")
                send(.exported(path: base + ".{txt,html}", minutes: true))
            } catch {
                send(.failed(state.lang.cli.say(.cannotWrite(path: error.path, reason: error.reason))))
            }
        case .perform(let commands, let kind):
            do {
                let done = try workspace.perform(commands)
                send(.saved(kind, sequence: done.first?.stamp.sequence ?? 0, domain: workspace.state))
            } catch let e as DomainError {
                var field: Field?
                if case .invalid(let f, _) = e { field = f }
                send(.failed(state.lang.domain.error(e) { [state] id in state.domain.participant(id)?.profile.fullName ?? id.value }, field: field))
            } catch let e as JournalError {
                send(.failed(state.lang.journal.error(e)))
                checkJournalStatus()
            } catch {
                send(.failed("\(error)"))
            }
        }
    }

    func checkJournalStatus() {
        var reason: String?
        if case .readOnly(let r) = workspace.journal.status { reason = state.lang.journal.readOnly(r) }
        if reason != state.readOnlyReason { send(.readOnly(reason)) }
    }
}
