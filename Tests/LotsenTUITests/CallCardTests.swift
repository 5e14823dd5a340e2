import LotsenCore
import LotsenText
import LotsenWorkspace
import TerminalCore
import Testing
@testable import LotsenTUI

/// A card that answers the call, the same in the TUI and from `lotsen show`
/// (issue 23, point 3).
@Suite("The call card")
struct CallCardTests {
    /// Someone in Kanalen with a placement, running activities and a plan.
    static func busy(_ domain: LotsenState) throws -> Participant {
        try #require(domain.order.lazy.compactMap { domain.participant($0) }.first { p in
            let g = p.currentPeriod.programme
            return p.isActive && g.placement != nil && g.plan != nil && g.activities.contains { $0.isRunning(on: Harness.today) }
        })
    }

    static func open(_ p: Participant, size: Size) -> (InMemoryDesk, String) {
        var desk = InMemoryDesk(InMemoryDesk.demo, size: size)
        for c in p.personnummer.digits.suffix(10) { desk.send(.type(String(c))) }
        desk.send(.open)
        return (desk, EveryKeyTests.screen(desk.state))
    }

    @Test("on a large terminal the card says every line the CLI's show says, in two columns")
    func everyLineWide() throws {
        let p = try Self.busy(InMemoryDesk.demo)
        let (desk, screen) = Self.open(p, size: Size(width: 200, height: 50))
        let card = CallCard(.sv)
        let lines = card.person(p, in: desk.domain, today: Harness.today) + card.programme(p, in: desk.domain, today: Harness.today) + card.facts(p)
        // Every line, wrapped where it is long: each of its words is there, in order.
        let flat = screen.split(separator: "\n").joined(separator: " ")
        for line in lines {
            #expect(line.text.split(separator: " ").allSatisfy { flat.contains($0) }, "\(line.text)")
        }
        let header = card.header(p, today: Harness.today)
        #expect(screen.contains(header.details))
        // Two columns: the placement sits on the same row as the phone.
        #expect(screen.split(separator: "\n").contains { $0.contains("Telefon:") && $0.contains("Plats:") })
        #expect(!screen.contains("…"), "nothing cut at 200 columns")
    }

    @Test("at 80×24 the card shows the placement, the plan and its goals, and keeps four rows of notes")
    func small() throws {
        let p = try Self.busy(InMemoryDesk.demo)
        let (_, screen) = Self.open(p, size: Size(width: 80, height: 24))
        #expect(screen.contains("Plats: ") && screen.contains("Handlingsplan v") && screen.contains("  • "), "\(screen)")
        let rows = screen.split(separator: "\n")
        let heading = try #require(rows.firstIndex { $0.contains("── Anteckningar") })
        #expect(rows.count - heading >= 5, "\(screen)")
    }

    @Test("a long name never pushes out the personnummer or the age")
    func longName() throws {
        var domain = InMemoryDesk.demo
        var input = RegistrationInput()
        input.personnummer = "0603159856"
        input.firstName = "Karl-Gustaf Maximilian Alexander"
        input.lastName = "von Holstein-Gottorp Bernadotte-Wilhelmina"
        let planned = try CommandPlanner(state: domain, today: Harness.today) { ParticipantID("dlong0001") }.plan(.participant(.register(input)))
        for e in planned {
            domain.apply(RecordedEvent(event: e.event, subject: e.subject, stamp: EntryStamp(sequence: domain.lastSequence + 1, time: .init(millisecondsSince1970: 0), author: "AB")))
        }
        var desk = InMemoryDesk(domain)
        for c in "bernadotte" { desk.send(.type(String(c))) }
        desk.send(.open)
        let header = EveryKeyTests.screen(desk.state).split(separator: "\n")[2]
        #expect(header.contains("20060315-9856") && header.contains("20 år") && header.contains("AB (AF)") == false, "\(header)")
    }

    @Test("a plan whose goals are all met lists them as met, not “(0 mål)”")
    func goalsMet() throws {
        let domain = InMemoryDesk.demo
        let p = try #require(domain.order.lazy.compactMap { domain.participant($0) }.first { p in
            guard let goals = p.currentPeriod.programme.plan?.current.goals, !goals.isEmpty else { return false }
            return goals.allSatisfy { $0.status == .achieved }
        })
        let lines = CallCard(.sv).programme(p, in: domain, today: Harness.today).map(\.text)
        #expect(!lines.contains { $0.contains("(0 mål)") })
        #expect(lines.filter { $0.hasPrefix("  • ") && $0.contains("(uppnått") }.count == p.currentPeriod.programme.plan!.current.goals.count)
    }
}
