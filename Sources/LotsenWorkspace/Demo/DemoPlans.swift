import LotsenCalendar
import LotsenCore

/// Action plans and weekly tasks for the demo: a plan written in Slussen 2 with two or
/// three goals (most SMART, some not, as in real life), followed up on schedule, now
/// and then revised; weekly tasks in Kanalen, mostly done, some left overdue.
extension DemoJournal {
    /// Goals a caseworker and a young person might agree on. The owner and steps name
    /// "AF"/"AME" staff; `nil` parts are what the SMART check will point at.
    static let demoGoals: [(term: GoalTerm, what: String, measure: String?, why: String?, steps: [String])] = [
        (.short, "Ha ett CV som är klart att skicka", "CV:t är granskat av SYV", "Jag vill kunna söka jobb själv",
         ["Deltagaren: skriver första utkastet", "AME: går igenom CV:t på ett möte"]),
        (.short, "Söka tre jobb i veckan inom lager eller butik", "Tre ansökningar i loggen varje fredag", "Jag vill ha en egen lön",
         ["Deltagaren: söker via Platsbanken", "AF: tipsar om annonser"]),
        (.short, "Ta B-körkort", "Godkänt uppkörningsprov", "Många jobb här kräver körkort", ["Deltagaren: övningskör två gånger i veckan"]),
        (.long, "Fast anställning inom vård och omsorg", "Ett anställningsavtal", "Jag tycker om att hjälpa människor",
         ["AME: ordnar praktik på ett boende", "Deltagaren: går introduktionsutbildningen"]),
        (.long, "Börja på Komvux och läsa in gymnasiebetygen", "Antagen till Komvux", nil, ["SYV: går igenom vilka kurser som behövs"]),
        (.short, "Bli bättre på att komma i tid", nil, "Jag vill behålla platsen", ["ringa om jag blir sen"]),
        (.long, "Försöka hitta ett jobb", nil, nil, []),
    ]

    static let demoTasks = ["Söka tre jobb", "Ringa Återbruket om praktik", "Uppdatera CV:t", "Boka tid hos SYV",
                            "Skriva personligt brev", "Gå på informationsmöte hos AF", "Ta med ID-handling"]

    /// The plan of one person, from `day` in Slussen 2, up to `end`.
    /// The events come out with their days; an entry that refers to an earlier one
    /// (a follow-up to its goals) carries the draft index `base + i` as a negative number.
    func actionPlan(from day: Day, end: Day, author: String, base: Int, rng: inout SplitMix64) -> [(Event, Day)] {
        var events: [(Event, Day)] = []
        func add(_ e: Event, _ d: Day) { events.append((e, d)) }
        func index() -> Int { base + events.count - 1 }
        let start = day
        guard start.adding(days: 1) < end else { return [] }
        let planEnd = start.adding(months: ActionPlanRules.validMonths)
        add(.plan(.planCreated(start: start, PlanDetails(end: planEnd, background: nil, skills: nil, labourMarket: nil,
                                                   cv: rng.below(2) == 0 ? .missing : .started, coverLetter: .missing))), start)
        var goals: [Int] = []
        var picked: Set<Int> = []
        for _ in 0..<(2 + rng.below(2)) {
            let i = rng.below(Self.demoGoals.count)
            guard picked.insert(i).inserted else { continue }
            let g = Self.demoGoals[i]
            let due = rng.below(10) == 0 ? nil : start.adding(days: g.term == .short ? 30 + rng.below(60) : 120 + rng.below(60))
            add(.plan(.goalAdded(GoalContent(term: g.term, what: g.what, measure: g.measure, why: g.why, steps: g.steps.map(GoalStep.init(line:)),
                                       due: due, owner: g.what.hasPrefix("Försöka") ? nil : author))), start.adding(days: 1))
            goals.append(-(index() + 1))
        }
        // Follow-ups on schedule, a few days either side, of the goals not yet reached;
        // at a version's end the plan is revised while the person is still here.
        var achieved: Set<Int> = []
        var versionStart = start
        var n = 0
        while true {
            let scheduled = n % 2 == 0 ? versionStart.adding(months: ActionPlanRules.followUpMonths)
                                       : versionStart.adding(months: ActionPlanRules.validMonths)
            let d = scheduled.adding(days: rng.below(9) - 4)
            guard d.adding(days: 1) < end, d > versionStart.adding(days: 1) else { break }
            let results = goals.filter { !achieved.contains($0) }.map { g in
                GoalResult(goal: g, result: n == 0 ? (rng.below(3) == 0 ? .achieved : .onTheWay)
                                                     : [FollowUpResult.achieved, .achieved, .notAchieved, .changed][rng.below(4)])
            }
            for r in results where r.result == .achieved { achieved.insert(r.goal) }
            add(.plan(.planFollowedUp(date: d, results: results, comment: nil)), d)
            if n % 2 == 1 {
                versionStart = d.adding(days: 1)
                add(.plan(.planRevised(date: versionStart, end: versionStart.adding(months: ActionPlanRules.validMonths))), versionStart)
            }
            n += 1
        }
        return events
    }

    /// Weekly tasks over the weeks from `from` to `until`: set on Monday for Friday,
    /// followed up the next Monday; a moved one the week after.
    func weeklyTasks(from: Day, until: Day, base: Int, rng: inout SplitMix64) -> [(Event, Day)] {
        var events: [(Event, Day)] = []
        func add(_ e: Event, _ d: Day) { events.append((e, d)) }
        func index() -> Int { base + events.count - 1 }
        var monday = from.monday
        while monday.adding(days: 7) < until {
            let friday = monday.adding(days: 4)
            add(.plan(.taskAdded(what: rng.pick(Self.demoTasks), due: friday, date: monday)), monday)
            let task = -(index() + 1)
            let next = monday.adding(days: 7)
            // Old weeks are all followed up; of the last two, some are still waiting.
            let recent = next.adding(days: 14) >= until && until.adding(days: 7) >= today
            if !recent || rng.below(100) < 85 {
                var result = [TaskResult.done, .done, .done, .notDone, .moved][rng.below(5)]
                if result == .moved && next.adding(days: 7) >= until { result = .done }
                add(.plan(.taskFollowedUp(task: task, date: next, result: result, due: result == .moved ? next.adding(days: 4) : nil, comment: nil)), next)
                if result == .moved, next.adding(days: 7) < until {
                    add(.plan(.taskFollowedUp(task: task, date: next.adding(days: 7), result: .done, due: nil, comment: nil)), next.adding(days: 7))
                }
            }
            monday = next
        }
        return events
    }
}
