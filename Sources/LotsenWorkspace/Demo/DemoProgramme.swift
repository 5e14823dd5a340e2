import LotsenCalendar
import LotsenCore
import LotsenJournal

/// The demo's programme: a placement bank, and each participant's way from Slussen
/// through Kanalen to Havet as far as their time in the programme allows, with the
/// checklist, study visits, activities, Kanalen's log and the occasional step back.
extension DemoJournal {
    /// The bank's workplaces and, per workplace, the placements already booked, so that
    /// nobody is placed where there is no free place.
    struct Bank {
        var capacity: [Int] = []
        var booked: [[(from: Day, until: Day)]] = []

        /// A workplace with a free place over the whole stretch, if any.
        mutating func book(from: Day, until: Day, rng: inout SplitMix64) -> Int? {
            let start = rng.below(capacity.count)
            for k in 0..<capacity.count {
                let i = (start + k) % capacity.count
                // The most people there at once during the stretch: counted where each
                // overlapping placement (or this one) begins.
                let overlapping = booked[i].filter { $0.from < until && from < $0.until }
                let peak = ([from] + overlapping.map(\.from).filter { $0 > from }).map { day in
                    overlapping.filter { $0.from <= day && day < $0.until }.count
                }.max() ?? 0
                if peak < capacity[i] {
                    booked[i].append((from, until))
                    return i
                }
            }
            return nil
        }
    }

    /// Workplace drafts come first in the journal (07:00 on the first day, before the
    /// caseworkers), so workplace `i` has journal number `i + 1`.
    func placementBank(first: Day, rng: inout SplitMix64, into out: inout [RecordDraft]) -> Bank {
        var bank = Bank()
        let count = max(12, size.shape.participants / 25)
        for i in 0..<count {
            let base = DemoNames.workplaces[i % DemoNames.workplaces.count]
            let area = i < DemoNames.workplaces.count ? "" : " " + DemoNames.areas[(i / DemoNames.workplaces.count - 1) % DemoNames.areas.count]
            var c = WorkplaceChange()
            c.name = base.0 + area
            c.sector = base.1
            c.capacity = 3 + rng.below(5)
            c.address = "\(rng.pick(DemoNames.streets)) \(1 + rng.below(40))"
            c.contact = "\(rng.pick(DemoNames.women + DemoNames.men)) \(rng.pick(DemoNames.lastNames))"
            c.phone = "0591-\(100 + rng.below(900)) \(10 + rng.below(90))"
            if rng.below(100) < 30 { c.notes = rng.pick(DemoNames.workplaceNotes) }
            // One time for all: the stable sort keeps them first and in this order.
            out.append(draft(.programme(.workplaceAdded(c)), subject: nil, at: time(first, hour: 7), author: "MS"))
            bank.capacity.append(c.capacity!)
            bank.booked.append([])
        }
        return bank
    }

    /// One participant's programme up to `end` (their exit, or today). Activity ends
    /// refer to their start by draft index (negative), resolved once the order is known.
    func programme(_ id: ParticipantID, registered: Day, end: Day, staff: (af: String, ame: String), bank: inout Bank,
                   rng: inout SplitMix64, into out: inout [RecordDraft]) {
        var day = registered
        func at(_ d: Day) -> Timestamp { time(d, hour: 9 + rng.below(7), minute: rng.below(60)) }
        func add(_ e: Event, _ d: Day, _ author: String? = nil) { out.append(draft(e, subject: id, at: at(d), author: author ?? staff.ame)) }
        func step(_ days: Int) -> Bool {
            let next = day.adding(days: days)
            guard next < end else { return false }
            day = next
            return true
        }
        // The first activity: most start well within 90 days, some do not.
        let firstActivity = registered.adding(days: rng.below(100) < 85 ? 3 + rng.below(55) : 60 + rng.below(90))
        var openActivities: [Int] = []
        if firstActivity < end {
            let kind = [ActivityKind.aktivitetsgrupp, .aktivitetsgrupp, .kam, .sysselsattningsgrupp, .sius, .praktik, .folkhogskola][rng.below(7)]
            add(.programme(.activityStarted(kind: kind, organisation: kind.organisation, start: firstActivity,
                                 plannedEnd: kind == .aktivitetsgrupp ? firstActivity.adding(days: 84) : nil)), firstActivity, staff.af)
            openActivities.append(out.count - 1)
        }
        func endActivities(_ d: Day, _ outcome: ActivityOutcome) {
            for index in openActivities {
                out.append(draft(.programme(.activityEnded(activity: -(index + 1), date: d, outcome: outcome)), subject: id, at: at(d), author: staff.af))
            }
            openActivities = []
        }

        // Slussen 1: the introduction, ticked over a few days from the day after registration.
        let items = ChecklistItem.builtIn
        for (i, item) in items.enumerated() {
            guard step(i == 0 ? 1 : rng.below(3)) else { return }
            add(.programme(.checklistTicked(item: item.code, date: day)), day)
        }
        guard step(2 + rng.below(10)) else { return }
        add(.programme(.stageMoved(StageMoveRecord(to: .actionPlan, date: day))), day)
        // Slussen 2: the action plan, written within a few days and followed up for as
        // long as the person stays.
        let planStart = day.adding(days: 1 + rng.below(5))
        for (e, d) in actionPlan(from: planStart, end: end, author: staff.ame, base: out.count, rng: &rng) { add(e, d) }
        guard step(7 + rng.below(21)) else { return }
        add(.programme(.stageMoved(StageMoveRecord(to: .studyVisits, date: day))), day)
        if rng.below(100) < 4, step(3 + rng.below(7)) {
            add(.programme(.stageMoved(StageMoveRecord(to: .actionPlan, date: day, reason: rng.pick(DemoNames.backReasons)))), day)
            guard step(5 + rng.below(10)) else { return }
            add(.programme(.stageMoved(StageMoveRecord(to: .studyVisits, date: day))), day)
        }
        // Slussen 3: half days at a few workplaces, each evaluated.
        for _ in 0..<(2 + rng.below(3)) {
            guard step(1 + rng.below(5)) else { return }
            add(.programme(.visitRecorded(workplace: 1 + rng.below(bank.capacity.count), date: day, halfDay: rng.below(100) < 90,
                               evaluation: rng.pick(DemoNames.visitEvaluations), supervisorView: rng.pick(DemoNames.supervisorViews))), day)
        }
        // Kanalen: a placement where there is a free place, for six to twelve months.
        // When the bank is full the person waits in Slussen and is tried again monthly.
        guard step(3 + rng.below(14)) else { return }
        var planned = day.adding(months: 6 + rng.below(7))
        var booked = bank.book(from: day, until: min(planned, end), rng: &rng)
        while booked == nil {
            guard step(30) else { return }
            planned = day.adding(months: 6 + rng.below(7))
            booked = bank.book(from: day, until: min(planned, end), rng: &rng)
        }
        guard let workplace = booked else { return }
        let leave = min(planned, end)
        add(.programme(.stageMoved(StageMoveRecord(to: .kanalen, date: day, placement: workplace + 1, placementEnd: planned))), day)
        let kind = [ActivityKind.extratjanst, .extratjanst, .lonebidrag, .nystartsjobb, .arbetstraning, .instegspraktik, .traineejobb,
                    .utbildningskontrakt][rng.below(8)]
        add(.programme(.activityStarted(kind: kind, organisation: kind.organisation, start: day, plannedEnd: planned)), day, staff.af)
        openActivities.append(out.count - 1)
        let kanalenStart = day
        if day.adding(days: 7) < end {
            add(.programme(.aKassaChecked(status: [AKassaStatus.member, .member, .member, .notMember, .noRight][rng.below(5)], date: day.adding(days: 7))),
                day.adding(days: 7))
        }
        for (e, d) in weeklyTasks(from: max(kanalenStart, leave.adding(days: -56)), until: leave, base: out.count, rng: &rng) { add(e, d) }
        // The log of the last weeks in Kanalen: job search, the SYV, CV and letter.
        let logFrom = max(kanalenStart, leave.adding(days: -28))
        var week = logFrom
        while week < leave {
            let minutes = 60 * (1 + rng.below(5)) + 30 * rng.below(2)
            add(.programme(.kanalenLogged(activity: .jobSearch, date: week, minutes: minutes)), week)
            if rng.below(100) < 30 { add(.programme(.kanalenLogged(activity: [.counsellor, .cvUpdated, .letterUpdated][rng.below(3)], date: week, minutes: nil)), week) }
            week = week.adding(days: 7)
        }
        if planned.days(until: end) > -45, planned > end, rng.below(100) < 50 {
            let d = max(kanalenStart, planned.adding(days: -45))
            add(.programme(.intensifiedSupport(date: d, on: true)), d)
        }
        // Havet: own income when the placement ends.
        guard planned < end else { return }
        day = planned
        let income = [IncomeKind.work, .work, .studies, .unemploymentFund][rng.below(4)]
        let job = income == .work ? Income(kind: .work, occupation: rng.pick(DemoNames.occupations), employer: rng.pick(DemoNames.employers),
                                           employmentForm: ["tillsvidare", "visstid", "provanställning"][rng.below(3)]) : Income(kind: income)
        add(.programme(.stageMoved(StageMoveRecord(to: .havet, date: day, income: job))), day)
        endActivities(day, income == .work ? .work : income == .studies ? .studies : .completed)
    }
}
