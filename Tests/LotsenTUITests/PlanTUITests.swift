import Foundation
import LotsenCalendar
import LotsenCore
import Testing
@testable import LotsenTUI

/// A plan written, followed up, revised and printed with keys only, as a caseworker
/// would at the desk with the participant beside them.
@Suite("The action plan and weekly tasks in the TUI", .serialized)
struct PlanTUITests {
    let sara = ParticipantID("p1")

    func plan(_ h: Harness) -> ActionPlan? { h.app.state.domain.participant(sara)?.currentPeriod.programme.plan }

    /// Opens Sara's card and her plan.
    func openPlan(_ h: Harness) {
        h.type("lind")
        h.press(.open)
        h.press(.plan)
    }

    /// Types into the fields of the open form, from the focused one on; nil skips a field.
    func fill(_ h: Harness, _ values: [String?]) {
        for (i, v) in values.enumerated() {
            if let v { h.type(v) }
            if i < values.count - 1 { h.press(.nextField) }
        }
    }

    @Test("write a plan with a SMART goal and a weak one; the check names what is missing")
    func write() throws {
        let h = try Harness()
        openPlan(h)
        #expect(h.app.state.scope == .plan)
        #expect(h.text.contains("Ingen handlingsplan än"))
        h.press(.newPlan)
        #expect(h.app.state.scope == .form)
        // Start (today), end (empty: six months), background.
        fill(h, [nil, nil, "Gymnasiet, barn- och fritid. Vill jobba i butik."])
        h.press(.save)
        #expect(plan(h)?.current.end == Day(iso: "2027-05-24"))
        h.press(.add)
        fill(h, [nil, "Ha ett CV som är klart att skicka", "CV:t är granskat av SYV", "Jag vill kunna söka jobb i butik",
                 "Deltagaren: skriver utkast; AB: bokar tid hos SYV", "2027-01-15", "AB"])
        h.press(.save)
        h.press(.add)
        fill(h, [nil, "Bli bättre på att söka jobb"])
        h.press(.save)
        #expect(plan(h)?.current.goals.map(\.content.what) == ["Ha ett CV som är klart att skicka", "Bli bättre på att söka jobb"])
        #expect(plan(h)?.current.goals[0].content.steps == [GoalStep(what: "skriver utkast", who: "Deltagaren"),
                                                            GoalStep(what: "bokar tid hos SYV", who: "AB")])
        h.expectGolden("plan-80x24")
        // A bad date is refused with the field marked and focused; nothing is written.
        h.press(.add)
        fill(h, [nil, "Praktik i butik", nil, nil, nil, "i morgon"])
        h.press(.save)
        guard case .form(let f)? = h.app.state.stack.top else { Issue.record("the form closed"); return }
        #expect(f.errorField == .due && f.fields[f.focus].field == .due)
        #expect(h.text.contains("! Klart senast:"))
        #expect(plan(h)?.current.goals.count == 2)
        h.press(.cancel)
    }

    @Test("follow up goal by goal, revise, compare the versions, print the plan")
    func followUpReviseExport() throws {
        let h = try Harness()
        openPlan(h)
        h.press(.newPlan)
        h.press(.save)
        h.press(.add)
        fill(h, [nil, "Ha ett CV som är klart att skicka"])
        h.press(.save)
        h.press(.add)
        fill(h, [nil, "Skicka tre ansökningar i veckan"])
        h.press(.save)
        // The follow-up walks the goals; a goal needs a result before moving on.
        h.press(.followUp)
        #expect(h.app.state.scope == .followUp)
        #expect(h.text.contains("mål 1/2") && h.text.contains("Ha ett CV som är klart att skicka"))
        h.press(.right)
        h.type("Granskat av SYV")
        h.press(.confirm)
        h.press(.confirm)
        #expect(h.text.contains("Välj ett resultat"))
        h.press(.right)
        h.press(.right)
        h.expectGolden("plan-followup-80x24")
        h.press(.confirm)
        #expect(h.app.state.scope == .confirm)
        h.press(.yes)
        #expect(h.app.state.scope == .plan)
        let followUp = try #require(plan(h)?.followUps.first)
        #expect(followUp.results.map(\.result) == [.achieved, .onTheWay])
        #expect(followUp.results[0].comment == "Granskat av SYV")
        #expect(plan(h)?.current.goals[0].status == .achieved)
        // Three months on from this follow-up, not the plan's end (issue 24, point 3).
        #expect(plan(h)?.nextFollowUp == Day(iso: "2027-02-24"))
        let words = h.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("nästa uppföljning 2027-02-24 (tre månader efter uppföljningen 2026-11-24)"), "the plan says which and why")
        #expect(words.contains("Uppföljningen sparad; nästa uppföljning 2027-02-24"), "and so does the status line")
        // Revise: a new version from today; edit the second goal in it.
        h.press(.revise)
        h.press(.nextField)
        h.press(.backspace)
        h.type("0")
        h.press(.save)
        #expect(plan(h)?.versions.count == 2 && plan(h)?.current.end == Day(iso: "2027-05-20"))
        h.press(.down)
        h.press(.edit)
        fill(h, [nil, nil, "Tre ansökningar i loggen varje fredag"])
        h.press(.save)
        #expect(plan(h)?.current.goals[1].content.measure == "Tre ansökningar i loggen varje fredag")
        #expect(plan(h)?.versions[0].goals[1].content.measure == nil)
        h.press(.history)
        #expect(h.app.state.scope == .planHistory)
        #expect(h.text.contains("Gäller till: ”2027-05-24” → ”2027-05-20”"))
        #expect(h.text.contains("~ Mål") && h.text.contains("ändrat hur vi vet"))
        h.press(.left)
        #expect(h.text.contains("första versionen"))
        h.press(.back)
        // Print: text to send to the printer is offered first, and the status line says how;
        // HTML is there for a browser. The files are private.
        h.press(.export)
        #expect(h.app.state.scope == .choice)
        #expect(h.text.contains("Text att skriva ut (.txt)") && h.text.contains("HTML för webbläsaren, A4 (.html)"))
        h.press(.confirm)
        let text = h.dir.path + "/exports/plan-sara-lind-2026-11-24.txt"
        #expect(h.text.contains("skriv ut med: lp"))
        #expect(try String(contentsOfFile: text, encoding: .utf8).contains("Skicka tre ansökningar i veckan"))
        h.press(.export)
        h.press(.down)
        h.press(.down)
        h.press(.confirm)
        let path = h.dir.path + "/exports/plan-sara-lind-2026-11-24.html"
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.contains("<h1>Min handlingsplan</h1>") && html.contains("Skicka tre ansökningar i veckan"))
        for file in [text, path] {
            let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
    }

    @Test("a follow-up when every goal is met says so, not 'no goals yet', and still records the follow-up")
    func allGoalsMet() throws {
        var desk = InMemoryDesk(InMemoryDesk.demo)
        let row = try #require(desk.state.list.results.firstIndex { id in
            guard let p = desk.domain.participant(id), p.isActive, let plan = p.currentPeriod.programme.plan else { return false }
            return !plan.current.goals.isEmpty && plan.current.goals.allSatisfy { $0.status != .active }
        }, "the demo has someone whose goals are all met")
        let id = desk.state.list.results[row]
        desk.follow(Array(repeating: .down, count: row) + [.open, .plan, .followUp])
        let screen = EveryKeyTests.screen(desk.state)
        #expect(screen.contains("Inga aktiva mål") && !screen.contains("inga mål än"))
        let before = desk.domain.participant(id)!.currentPeriod.programme.plan!.followUps.count
        desk.follow([.type("Klarar sig själv nu; planen avslutas vid nästa möte."), .save, .yes])
        let plan = desk.domain.participant(id)!.currentPeriod.programme.plan!
        #expect(plan.followUps.count == before + 1)
        #expect(plan.followUps.last?.comment == "Klarar sig själv nu; planen avslutas vid nästa möte.")
    }

    @Test("weekly tasks: add, done, moved; everyone's overdue ones on Uppgifter")
    func tasks() throws {
        let h = try Harness()
        h.type("lind")
        h.press(.open)
        h.press(.tasks)
        #expect(h.app.state.scope == .tasks)
        h.press(.add)
        fill(h, ["Söka tre jobb"])
        h.press(.save)
        h.press(.add)
        h.type("Ringa Återbruket")
        h.press(.nextField)
        for _ in 0..<10 { h.press(.backspace) }
        h.type("2026-11-20")
        h.press(.save)
        func tasks() -> [WeeklyTask] { h.app.state.domain.participant(sara)!.currentPeriod.programme.tasks }
        #expect(tasks().map(\.what) == ["Söka tre jobb", "Ringa Återbruket"])
        #expect(h.text.contains("[!] 2026-11-20 Ringa Återbruket"))
        // The card says so; Uppgifter lists it; Enter opens the person's tasks.
        h.press(.back)
        #expect(h.text.contains("Ingen handlingsplan än") && h.text.contains("Öppna uppgifter (2):")
                && h.text.contains("2026-11-20 Ringa Återbruket (deltagaren) – försenad"), "\(h.text)")
        h.press(.back)
        h.press(.clearSearch)
        for _ in 0..<3 { h.press(.nextView) }
        #expect(h.app.state.scope == .taskList)
        #expect(h.text.contains("Sara Lind") && h.text.contains("Ringa Återbruket"))
        h.press(.open)
        #expect(h.app.state.scope == .tasks)
        // The overdue one is first: move it to Friday; then the other is done.
        h.press(.moveTask)
        h.press(.save)
        #expect(tasks()[1].due == Day(iso: "2026-12-04") && tasks()[1].isOpen)
        h.press(.done)
        #expect(tasks()[0].result == .done)
        h.press(.back)
        #expect(h.text.contains("Inga öppna uppgifter."))
    }
}
