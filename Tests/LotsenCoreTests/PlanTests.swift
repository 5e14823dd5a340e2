import Testing
import LotsenCalendar
@testable import LotsenCore

/// Action plans: the SMART check, the follow-up schedule, versions and weekly tasks,
/// with an injected date. Every event goes through its payload and back.
@Suite("Action plans, follow-ups and weekly tasks")
struct PlanTests: DomainScenario {
    let today = Day(iso: "2026-11-24")!
    var state = LotsenState()
    var seq = 0
    let id = ParticipantID("d1")

    init() throws {
        try registerSara()
    }

    var programme: Programme { state.participant(id)!.currentPeriod.programme }
    var plan: ActionPlan { programme.plan! }

    static let good = GoalContent(term: .short, what: "Ha ett CV som är klart att skicka", measure: "CV:t är granskat av SYV",
                                  why: "Jag vill kunna söka jobb i butik", steps: [GoalStep(what: "skriver första utkastet", who: "Deltagaren"),
                                                                                   GoalStep(what: "bokar tid hos SYV", who: "AB")],
                                  due: Day(iso: "2027-01-15"), owner: "AB")

    static func with(_ change: (inout GoalContent) -> Void) -> GoalContent {
        var g = good
        change(&g)
        return g
    }

    static let smartCases: [(String, GoalContent, [SmartFinding])] = [
        ("a good goal passes", good, []),
        ("one word is too short to be specific", with { $0.what = "Jobb" }, [.whatTooShort]),
        ("two words can be specific", with { $0.what = "Ta B-körkort" }, []),
        ("a vague word in the goal", with { $0.what = "Bli bättre på att söka jobb" }, [.vagueWord("bättre", .what)]),
        ("vague English words", with { $0.what = "Try to improve the CV" }, [.vagueWord("try", .what), .vagueWord("improve", .what)]),
        ("a vague word in the measure", with { $0.measure = "Söker mer jobb" }, [.vagueWord("mer", .measure)]),
        ("a vague word in a step", with { $0.steps[0].what = "försöka skriva" }, [.vagueWord("försöka", .step(1))]),
        ("no measure", with { $0.measure = nil }, [.noMeasure]),
        ("no why", with { $0.why = nil }, [.noWhy]),
        ("no steps", with { $0.steps = [] }, [.noSteps]),
        ("a step without owner", with { $0.steps[1].who = nil }, [.stepWithoutOwner(2)]),
        ("no date", with { $0.due = nil }, [.noDue]),
        ("a date after the plan", with { $0.due = Day(iso: "2027-07-01") }, [.dueAfterPlanEnd(Day(iso: "2027-05-24")!)]),
        ("no owner", with { $0.owner = nil }, [.noOwner]),
        ("typ is vague but typisk is not", with { $0.what = "Typisk arbetsdag på lagret, typ" }, [.vagueWord("typ", .what)]),
        ("everything missing, in SMART order", GoalContent(term: .long, what: "Jobb"),
         [.whatTooShort, .noMeasure, .noWhy, .noSteps, .noDue, .noOwner]),
    ]

    @Test("the SMART check names each weakness, and passes a good goal", arguments: smartCases.indices)
    func smartCheck(_ i: Int) {
        let (name, goal, expected) = Self.smartCases[i]
        #expect(SmartCheck.check(goal, planEnd: Day(iso: "2027-05-24")) == expected, "\(name)")
    }

    @Test("the SMART letters follow the parts")
    func smartLetters() {
        let letters = SmartCheck.check(GoalContent(term: .long, what: "Jobb"), planEnd: nil).map(\.letter)
        #expect(letters == ["S", "M", "A", "R", "T", "R"])
    }

    static let scheduleCases: [(start: String, end: String?, expected: [String])] = [
        ("2026-11-24", nil, ["2027-02-24", "2027-05-24"]),
        // Month ends: three months after 30 November is the last day of February.
        ("2026-11-30", nil, ["2027-02-28", "2027-05-30"]),
        ("2027-11-30", nil, ["2028-02-29", "2028-05-30"]),
        ("2026-08-31", nil, ["2026-11-30", "2027-02-28"]),
        // A plan of three months or less has one follow-up, at its end.
        ("2026-11-24", "2027-01-31", ["2027-01-31"]),
        ("2026-11-24", "2027-02-24", ["2027-02-24"]),
        ("2026-11-24", "2027-12-31", ["2027-02-24", "2027-12-31"]),
    ]

    @Test("follow-ups fall three months in and at the end", arguments: scheduleCases.indices)
    mutating func schedule(_ i: Int) throws {
        let c = Self.scheduleCases[i]
        let day = Day(iso: c.start)!
        try run(.plan(.createPlan(id, PlanInput(start: c.start, end: c.end))), on: day)
        #expect(plan.current.followUpSchedule.map(\.iso) == c.expected)
        #expect(plan.nextFollowUp?.iso == c.expected.first)
    }

    @Test("the next follow-up is three months after the last one, or the plan's end if sooner; one on the end leaves none")
    mutating func followUps() throws {
        try run(.plan(.createPlan(id, PlanInput(start: "2026-06-10"))))
        try run(.plan(.addGoal(id, GoalInput(what: "Ha ett CV klart", due: "2026-08-01"))))
        let goal = plan.current.goals[0].id
        #expect(plan.nextFollowUp == Day(iso: "2026-09-10"))
        #expect(state.participant(id)!.flags(on: today).contains(.followUpDue(Day(iso: "2026-09-10")!)))
        try run(.plan(.followUpPlan(id, date: "2026-09-20", results: [GoalResultInput(goal: goal, result: "på väg", comment: "Nästan klart")], comment: nil)))
        #expect(plan.nextFollowUp == Day(iso: "2026-12-10"))
        #expect(!state.participant(id)!.flags(on: today).contains { if case .followUpDue = $0 { return true } else { return false } })
        #expect(state.participant(id)!.flags(on: Day(iso: "2026-12-03")!).contains(.followUpDue(Day(iso: "2026-12-10")!)))
        #expect(plan.nextFollowUpAndWhy?.basis == .planEnd)
        try run(.plan(.followUpPlan(id, date: "2026-11-24", results: [GoalResultInput(goal: goal, result: "Uppnått")], comment: "Bra jobbat")))
        // Early, and the end is sooner than three months on: the end is still to follow up.
        #expect(plan.nextFollowUp == Day(iso: "2026-12-10"))
        try run(.plan(.followUpPlan(id, date: "2026-12-10", results: [], comment: "Planen avslutas")), on: Day(iso: "2026-12-10")!)
        #expect(plan.nextFollowUp == nil)
        #expect(plan.current.goals[0].status == .achieved)
        #expect(plan.followUps.map { $0.results.map(\.result) } == [[.onTheWay], [.achieved], []])
        #expect(refusal(.plan(.followUpPlan(id, date: nil, results: [GoalResultInput(goal: goal, result: "kanske")], comment: nil)))
                == .invalid(.result, .notAChoice("kanske", .followUpResult)))
        #expect(refusal(.plan(.followUpPlan(id, date: nil, results: [GoalResultInput(goal: 999, result: "uppnått")], comment: nil)))
                == .programme(.goalNotFound(999)))
        #expect(refusal(.plan(.followUpPlan(id, date: nil, results: [], comment: nil))) == .invalid(.result, .empty))
    }

    @Test("revising keeps every version; each compares with the one before")
    mutating func versions() throws {
        try run(.plan(.createPlan(id, PlanInput(start: "2026-06-10", background: "Gymnasiet, barn- och fritid", cv: "påbörjat"))))
        #expect(plan.current.end == Day(iso: "2026-12-10"))
        try run(.plan(.addGoal(id, GoalInput(term: "kort", what: "Ha ett CV klart", steps: ["Deltagaren: skriver", "syv bokar tid"], due: "2026-08-01"))))
        try run(.plan(.addGoal(id, GoalInput(term: "lång", what: "Arbete inom handel", owner: "AB"))))
        let (cvGoal, jobGoal) = (plan.current.goals[0].id, plan.current.goals[1].id)
        #expect(plan.current.goals[0].content.steps == [GoalStep(what: "skriver", who: "Deltagaren"), GoalStep(what: "syv bokar tid")])
        try run(.plan(.revisePlan(id, date: "2026-11-01", end: nil)))
        #expect(plan.versions.count == 2 && plan.current.number == 2)
        #expect(plan.current.start == Day(iso: "2026-11-01") && plan.current.end == Day(iso: "2027-05-01"))
        #expect(plan.nextFollowUp == Day(iso: "2027-02-01"))
        try run(.plan(.updateGoal(id, goal: cvGoal, GoalInput(measure: "Granskat av SYV", status: "uppnått"))))
        try run(.plan(.removeGoal(id, goal: jobGoal)))
        try run(.plan(.addGoal(id, GoalInput(what: "Praktik i butik", due: "2027-03-01"))))
        try run(.plan(.updatePlan(id, PlanInput(cv: "klart"))))
        // Version 1 is untouched.
        #expect(plan.versions[0].goals.map(\.content.what) == ["Ha ett CV klart", "Arbete inom handel"])
        #expect(plan.versions[0].details.cv == .started)
        let changes = PlanDiff.changes(from: plan.versions[0], to: plan.versions[1])
        #expect(changes == [
            .detail(.start, from: "2026-06-10", to: "2026-11-01"),
            .detail(.end, from: "2026-12-10", to: "2027-05-01"),
            .cv(from: .started, to: .ready),
            .goalChanged(before: plan.versions[0].goals[0], after: plan.current.goals[0], [.measure, .status]),
            .goalAdded(plan.current.goals[1]),
            .goalRemoved(plan.versions[0].goals[1]),
        ])
        #expect(PlanDiff.changes(from: plan.current, to: plan.current).isEmpty)
    }

    @Test("plan commands refuse what does not fit, and write nothing")
    mutating func refusals() throws {
        #expect(refusal(.plan(.addGoal(id, GoalInput(what: "Något")))) == .programme(.noPlan))
        #expect(refusal(.plan(.createPlan(id, PlanInput(start: "2026-05-01")))) == .invalid(.start, .beforeRegistration(Day(iso: "2026-06-01")!)))
        #expect(refusal(.plan(.createPlan(id, PlanInput(start: "2026-07-01", end: "2026-06-30")))) == .invalid(.end, .beforeRegistration(Day(iso: "2026-07-02")!)))
        #expect(refusal(.plan(.createPlan(id, PlanInput(cv: "halvklart")))) == .invalid(.cv, .notAChoice("halvklart", .documentStatus)))
        try run(.plan(.createPlan(id, PlanInput())))
        #expect(refusal(.plan(.createPlan(id, PlanInput()))) == .programme(.planExists))
        #expect(refusal(.plan(.addGoal(id, GoalInput(what: "  ")))) == .invalid(.what, .empty))
        #expect(refusal(.plan(.addGoal(id, GoalInput(term: "mellan", what: "Ett mål")))) == .invalid(.term, .notAChoice("mellan", .goalTerm)))
        #expect(refusal(.plan(.addGoal(id, GoalInput(what: "Ett mål", due: "i morgon")))) == .invalid(.due, .notADate("i morgon")))
        #expect(refusal(.plan(.updateGoal(id, goal: 42, GoalInput(what: "x")))) == .programme(.goalNotFound(42)))
        #expect(refusal(.plan(.updatePlan(id, PlanInput()))) == .nothingToDo)
        // The SMART check advises but never blocks: a weak goal is saved.
        try run(.plan(.addGoal(id, GoalInput(what: "Bli bättre"))))
        #expect(plan.current.goals.count == 1)
    }

    @Test("weekly tasks: due on Friday by default, followed up, overdue ones flagged")
    mutating func tasks() throws {
        #expect(FieldParsing.defaultTaskDue(Day(iso: "2026-11-24")!) == Day(iso: "2026-11-27"))
        #expect(FieldParsing.defaultTaskDue(Day(iso: "2026-11-27")!) == Day(iso: "2026-11-27"))
        #expect(FieldParsing.defaultTaskDue(Day(iso: "2026-11-29")!) == Day(iso: "2026-12-04"))
        try run(.plan(.addTask(id, what: "Söka tre jobb", due: nil)), on: Day(iso: "2026-11-16")!)
        try run(.plan(.addTask(id, what: "Ringa Återbruket", due: "2026-11-18")), on: Day(iso: "2026-11-16")!)
        try run(.plan(.addTask(id, what: "Uppdatera CV", due: nil)))
        let (apply, call, cv) = (programme.tasks[0].id, programme.tasks[1].id, programme.tasks[2].id)
        #expect(programme.tasks.map(\.due.iso) == ["2026-11-20", "2026-11-18", "2026-11-27"])
        #expect(state.participant(id)!.flags(on: today).contains(.tasksOverdue(2)))
        try run(.plan(.followUpTask(id, task: apply, result: "klar", due: nil, comment: "Skickade fyra")))
        try run(.plan(.followUpTask(id, task: call, result: "flyttad", due: "2026-11-26", comment: nil)))
        #expect(programme.overdueTasks(on: today).isEmpty)
        #expect(!state.participant(id)!.flags(on: today).contains { if case .tasksOverdue = $0 { return true } else { return false } })
        #expect(programme.tasks[1].due == Day(iso: "2026-11-26") && programme.tasks[1].isOpen)
        #expect(refusal(.plan(.followUpTask(id, task: apply, result: "klar", due: nil, comment: nil))) == .programme(.taskClosed(apply)))
        #expect(refusal(.plan(.followUpTask(id, task: cv, result: "flyttad", due: nil, comment: nil))) == .invalid(.due, .empty))
        #expect(refusal(.plan(.followUpTask(id, task: cv, result: "kanske", due: nil, comment: nil)))
                == .invalid(.result, .notAChoice("kanske", .taskResult)))
        #expect(refusal(.plan(.followUpTask(id, task: 999, result: "klar", due: nil, comment: nil))) == .programme(.taskNotFound(999)))
        #expect(refusal(.plan(.addTask(id, what: "", due: nil))) == .invalid(.what, .empty))
        // This week: the open ones and the one closed this week.
        #expect(programme.tasksThisWeek(on: today).map(\.id) == [apply, call, cv])
        #expect(programme.tasksThisWeek(on: Day(iso: "2026-12-07")!).map(\.id) == [call, cv])
    }
}
