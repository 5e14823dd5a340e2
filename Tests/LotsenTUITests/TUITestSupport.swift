import LotsenCalendar
import LotsenCore
import LotsenJournal
import LotsenTestSupport
import LotsenText
import LotsenWorkspace
import TerminalCore
import Testing
@testable import LotsenTUI

/// The app on a real journal in a temporary directory, drawn into memory at a fixed
/// size, with a fixed day and fixed ids. Keys are pressed by action name, so a test
/// says what the user means and the keymap says which key that is.
final class Harness {
    static let today = Day(iso: "2026-11-24")!
    let dir = TemporaryDirectory("tui")
    let paths: JournalPaths
    let backend: MemoryBackend
    var app: TUIApp!
    var counter = 0

    /// - Parameter demo: open the demo journal of this size (written for `today`) instead
    ///   of the four people below.
    init(size: Size = Size(width: 80, height: 24), author: String? = "AB", lang: Language = .sv, people: Bool = true,
         demo: DemoJournal.Size? = nil) throws {
        paths = JournalPaths(journal: dir.path + "/j.jsonl")
        backend = MemoryBackend(size: size)
        if let demo {
            _ = try DemoJournal(size: demo, today: Harness.today).write(to: paths)
            let (workspace, _) = try Workspace.open(paths, access: .readWrite, env(author))
            app = TUIApp(backend: backend, workspace: workspace, lang: lang, today: { Harness.today }, dayOf: { _ in Harness.today })
            app.render()
            return
        }
        let setup = try Workspace.create(paths, journalID: "tui", env("AB"))
        try setup.perform([
            .caseworker(.addCaseworker(initials: "AB", name: "Anna Bok", organisation: "AF")),
            .caseworker(.addCaseworker(initials: "MS", name: "Maria Sandberg", organisation: "AME")),
        ])
        if people {
            for (pnr, first, last, reg, phone) in Harness.people {
                var i = RegistrationInput()
                i.personnummer = pnr
                i.firstName = first
                i.lastName = last
                i.registered = reg
                i.phones = [phone]
                let id = try setup.perform(.participant(.register(i))).first!.subject!
                try setup.perform(.participant(.assignResponsibility(id, organisation: "AF", caseworker: "AB", date: reg)))
                if last != "Hoa" { try setup.perform(.participant(.giveConsent(id, date: reg, organisations: ["AF", "AME"]))) }
            }
            try setup.perform(.participant(.addNote(ParticipantID("p3"), kind: .call, text: "Ringde om praktiken. Återkommer på fredag.", corrects: nil)))
        }
        setup.close()
        let (workspace, _) = try Workspace.open(paths, access: .readWrite, env(author))
        app = TUIApp(backend: backend, workspace: workspace, lang: lang, today: { Harness.today }, dayOf: { _ in Harness.today })
        app.render()
    }

    static let people = [
        ("000101-2384", "Sara", "Lind", "2026-09-01", "070-123 45 67"),
        ("0603159856", "Erik", "Östlund", "2026-11-01", "073-555 12 12"),
        ("811228-9874", "Åsa", "Öberg", "2026-08-20", "070-999 88 77"),
        ("0802299933", "Nguyễn Thị", "Hoa", "2026-10-10", "08-123 456"),
    ]

    func env(_ author: String?) -> Workspace.Environment {
        Workspace.Environment(author: author, clock: { Timestamp(millisecondsSince1970: 1_795_000_000_000) },
                              today: { Harness.today }, newID: { [unowned self] in
                                  self.counter += 1
                                  return ParticipantID("p\(self.counter)")
                              })
    }

    /// Presses the key the keymap binds to `action` in the current scope.
    func press(_ action: Action, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let key = Keymap.keys(for: action, in: app.state.scope).first else {
            Issue.record("no key for \(action) in \(app.state.scope)", sourceLocation: sourceLocation)
            return
        }
        backend.type(key)
        drive()
    }

    func type(_ text: String) {
        backend.type(text: text)
        drive()
    }

    func resize(_ size: Size) {
        backend.resize(to: size)
        drive()
    }

    /// Handles every scripted event, then draws: the app is idle when this returns.
    func drive() {
        while let e = backend.nextEvent(timeoutMilliseconds: 0) { app.handle(e) }
        app.tick()
        app.render()
    }

    var screen: ScreenBuffer { backend.screen }
    var text: String { screen.lines.joined(separator: "\n") }

    func expectGolden(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if let failure = Golden.check(screen.description, named: name).failure(name) {
            Issue.record(Comment(rawValue: failure), sourceLocation: sourceLocation)
        }
    }
}

@testable import LotsenTUI

/// The TUI's reducer with its effects run against a domain state in memory: what
/// `TUIApp` does with a workspace, without a journal, a file or a terminal (as swift-nio's
/// embedded channel stands in for a socket). A save plans the commands as the workspace
/// does, numbers the entries and acknowledges; a refusal comes back as the planner's
/// message.
struct InMemoryDesk {
    var state: AppState
    var domain: LotsenState
    let author: String
    var sequence: Int
    var exported: [Effect] = []
    var quit = false

    init(_ domain: LotsenState, author: String = "AB", lang: Language = .sv, today: Day = Harness.today,
         size: Size = Size(width: 80, height: 24)) {
        self.domain = domain
        self.author = author
        sequence = domain.lastSequence
        state = AppState(domain: domain, today: today, author: author, lang: lang, size: size,
                         dayOf: { _ in Harness.today })
    }

    /// The small demo, folded in memory once for every test that asks.
    static let demo = DemoJournal(size: .small, today: Harness.today).state()

    mutating func send(_ action: Action) {
        run(AppReducer.reduce(&state, .action(action)))
    }

    mutating func follow(_ path: [Action]) {
        for a in path { send(a) }
    }

    mutating func run(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .perform(let commands, let kind):
                do throws(DomainError) {
                    var scratch = domain
                    var first: Int?
                    for command in commands {
                        let newID = ParticipantID("m\(sequence + 1)")
                        let planned = try CommandPlanner(state: scratch, today: state.today) { newID }.plan(command)
                        for e in planned {
                            sequence += 1
                            first = first ?? sequence
                            scratch.apply(RecordedEvent(event: e.event, subject: e.subject,
                                                        stamp: EntryStamp(sequence: sequence, time: Timestamp(millisecondsSince1970: 1_795_000_000_000),
                                                                          author: author)))
                        }
                    }
                    domain = scratch
                    run(AppReducer.reduce(&state, .saved(kind, sequence: first ?? 0, domain: domain)))
                } catch {
                    run(AppReducer.reduce(&state, .failed(state.lang.domain.error(error) { $0.value }, field: error.field)))
                }
            case .quit:
                quit = true
            case .exportPlan, .exportMinutes:
                exported.append(effect)
            case .showPast(let day):
                // The small demo as it stood at the end of that day (UTC, as the demo's times are).
                let before = Timestamp(millisecondsSince1970: Int64(day.daysSince1970 + 1) * 86_400_000)
                let past = DemoJournal(size: .small, today: Harness.today).state(before: before)
                run(AppReducer.reduce(&state, .pastShown(day, PastView(state: past, end: past.lastSequence == 0 ? nil
                    : Workspace.PastEnd(sequence: past.lastSequence, time: before)))))
            case .showPresent:
                run(AppReducer.reduce(&state, .presentShown(domain, Harness.today)))
            }
        }
    }
}
