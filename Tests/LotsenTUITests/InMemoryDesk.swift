import LotsenCalendar
import LotsenCore
import LotsenText
import LotsenWorkspace
import TerminalCore
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
            }
        }
    }
}
