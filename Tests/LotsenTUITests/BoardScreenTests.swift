import LotsenCalendar
import LotsenCore
import LotsenTestSupport
import LotsenWorkspace
import TerminalCore
import Testing
@testable import LotsenTUI

/// Tavla, the programme view and Platser, on the demo journal and on a small one.
@Suite("The stage board, the programme and the placement bank (goldens)", .serialized)
struct BoardScreenTests {
    func board(_ size: Size) throws -> Harness {
        let h = try Harness(size: size, demo: .small)
        h.press(.nextView)
        #expect(h.app.state.tab == .board)
        return h
    }

    @Test("the board at 80×24: three lanes, the rest a key away, no card spilling")
    func board80() throws {
        let h = try board(Size(width: 80, height: 24))
        h.expectGolden("board-80x24")
        for _ in 0..<4 { h.press(.right) }
        #expect(h.app.state.board.stage == .havet)
        #expect(h.app.state.board.firstLane == 2)
        h.expectGolden("board-80x24-havet")
    }

    @Test("the board at 160×48 shows all five lanes")
    func board160() throws {
        let h = try board(Size(width: 160, height: 48))
        h.expectGolden("board-160x48")
    }

    @Test("filters: mine, my organisation, each caseworker; exited on request")
    func filters() throws {
        let h = try board(Size(width: 80, height: 24))
        let all = Stage.allCases.reduce(0) { $0 + h.app.state.board.board.lane($1).count }
        h.press(.cycleFilter)
        #expect(h.app.state.board.filter == .caseworker("AB"))
        let mine = Stage.allCases.reduce(0) { $0 + h.app.state.board.board.lane($1).count }
        #expect(mine > 0 && mine < all)
        h.press(.cycleFilter)
        #expect(h.app.state.board.filter == .organisation(.af))
        h.press(.cycleFilter)
        guard case .caseworker(let other) = h.app.state.board.filter else { Issue.record("no caseworker filter"); return }
        #expect(other != "AB")
        h.press(.toggleExited)
        #expect(h.text.contains("även avslutade"))
    }

    @Test("the board is built when it is shown, not on opening: another desk's registration is on it when Tab gets there")
    func builtWhenShown() throws {
        let h = try Harness()
        #expect(h.app.state.tab == .participants)
        #expect(h.app.state.board.isStale)
        let other = try Workspace.open(h.paths, access: .readWrite, h.env("MS")).0
        var input = RegistrationInput()
        input.personnummer = "19121212-1212"
        input.firstName = "Ny"
        input.lastName = "Person"
        input.registered = "2026-11-20"
        // Consent naming AME, who registers, and AF, whose board this is (docs/privacy.md).
        input.consentOrganisations = ["AF,AME"]
        let id = try #require(try other.perform(.participant(.register(input))).first?.subject)
        other.close()
        h.drive()
        #expect(h.app.state.domain.participant(id) != nil)
        #expect(h.app.state.board.isStale)
        h.press(.nextView)
        #expect(h.app.state.tab == .board)
        #expect(!h.app.state.board.isStale)
        #expect(h.app.state.board.board.lane(Stage.allCases[0]).contains(id))
    }

    @Test("the placement bank at 80×24")
    func places() throws {
        let h = try board(Size(width: 80, height: 24))
        h.press(.nextView)
        #expect(h.app.state.tab == .places)
        h.expectGolden("places-80x24")
    }
}

/// A participant walked through every stage as Bilaga 1 describes, with keys only.
@Suite("Walking through the programme in the TUI", .serialized)
struct ProgrammeWalkTests {
    @Test("Slussen 1–3, Kanalen with a placement, Havet with a job; checklist, visit, activity, log on the way")
    func walk() throws {
        let h = try Harness()
        try h.setUpBank()
        h.type("lind")
        h.press(.open)
        h.press(.programme)
        #expect(h.app.state.scope == .programme)
        // The introduction: tick all eight items.
        for _ in 0..<8 {
            h.press(.toggle)
            h.press(.down)
        }
        let sara = ParticipantID("p1")
        func programme() -> Programme { h.app.state.domain.participant(sara)!.currentPeriod.programme }
        #expect(programme().ticks.count == 8)
        h.expectGolden("programme-80x24")
        // Forward to Handlingsplan and Studiebesök, each confirmed.
        h.press(.moveForward)
        #expect(h.app.state.scope == .confirm)
        h.press(.yes)
        #expect(programme().stage == .actionPlan)
        h.press(.moveForward)
        h.press(.yes)
        #expect(programme().stage == .studyVisits)
        // A study visit at Verkstaden, evaluated.
        h.press(.newVisit)
        h.press(.confirm)
        #expect(h.app.state.scope == .form)
        h.press(.nextField)
        h.type("Trivdes")
        h.press(.save)
        #expect(programme().visits.first?.evaluation == "Trivdes")
        // An activity stops the 90-day clock.
        h.press(.newActivity)
        h.press(.confirm)
        h.press(.save)
        #expect(programme().activities.first?.kind == .praktik)
        // Back needs a reason; an empty one is refused with a message.
        h.press(.moveBack)
        h.press(.save)
        #expect(h.text.contains("orsak"))
        h.press(.cancel)
        // Into Kanalen: a workplace with free places, a planned end, yes.
        h.press(.moveForward)
        #expect(h.text.contains("Verkstaden · Industri (2 lediga)"))
        h.press(.confirm)
        h.type("2027-06-30")
        h.press(.save)
        #expect(h.text.contains("Flytta Sara Lind till Kanalen (Verkstaden)?"))
        h.press(.yes)
        #expect(programme().stage == .kanalen && programme().placement?.plannedEnd == Day(iso: "2027-06-30"))
        #expect(h.app.state.domain.freePlaces(programme().placement!.workplace) == 1)
        // Kanalen's log: three hours of job search.
        h.press(.logKanalen)
        h.press(.confirm)
        h.type("3")
        h.press(.save)
        #expect(programme().jobSearchMinutes(weekOf: Harness.today) == 180)
        // A-kassa: not a member; intensified support on, confirmed.
        h.press(.aKassa)
        h.press(.down)
        h.press(.confirm)
        #expect(programme().aKassa?.status == .notMember)
        h.press(.intensifiedSupport)
        h.press(.yes)
        #expect(programme().intensifiedSupport == Harness.today)
        // The activity (the last row) ended as completed; the visit evaluated again.
        for _ in 0..<12 { h.press(.down) }
        h.press(.endActivity)
        h.press(.confirm)
        #expect(programme().activities.first?.outcome == .completed)
        h.press(.up)
        h.press(.evaluateVisit)
        h.press(.nextField)
        h.type("Passar bra")
        h.press(.save)
        #expect(programme().visits.first?.supervisorView == "Passar bra")
        // Havet: work, with the job.
        h.press(.moveForward)
        h.press(.confirm)
        h.type("Svetsare")
        h.press(.save)
        h.press(.yes)
        #expect(programme().stage == .havet && programme().income?.occupation == "Svetsare")
        #expect(programme().placement == nil)
        #expect(h.app.state.scope == .programme)
    }
}

extension Harness {
    /// A workplace in the bank, written as another desk would.
    func setUpBank() throws {
        try app.workspace.perform([.programme(.addWorkplace(WorkplaceInput(name: "Verkstaden", sector: "Industri", capacity: "2")))])
        drive()
    }
}

@Suite("Platser in the TUI", .serialized)
struct PlacesTUITests {
    @Test("add a workplace with the form, a bad capacity refused with the field named, then edit it")
    func addAndEdit() throws {
        let h = try Harness()
        h.press(.nextView)
        h.press(.nextView)
        #expect(h.app.state.tab == .places)
        h.press(.add)
        #expect(h.app.state.scope == .form)
        h.type("Bageriet")
        h.press(.nextField)
        h.type("Livsmedel")
        h.press(.nextField)
        h.press(.backspace)
        h.type("noll")
        h.press(.save)
        #expect(h.text.contains("Antal platser: ”noll”"), "\(h.text)")
        #expect(h.app.state.domain.workplaceList.isEmpty)
        h.press(.backspace)
        h.press(.backspace)
        h.press(.backspace)
        h.press(.backspace)
        h.type("3")
        h.press(.save)
        #expect(h.app.state.scope == .places)
        #expect(h.app.state.domain.workplaceList.map(\.name) == ["Bageriet"])
        h.press(.edit)
        h.press(.nextField)
        h.press(.nextField)
        h.press(.backspace)
        h.type("4")
        h.press(.save)
        #expect(h.app.state.domain.workplaceList.first?.capacity == 4)
        h.press(.open)
        #expect(h.text.contains("Bageriet · Livsmedel") && h.text.contains("ingen placerad"), "\(h.text)")
    }
}
