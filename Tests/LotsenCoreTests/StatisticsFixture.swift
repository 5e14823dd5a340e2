import LotsenCalendar
@testable import LotsenCore

/// Builds a state from events dated by hand, so that a report's expected figures can
/// be worked out on paper from the calls that made it.
struct StatisticsFixture {
    var state = LotsenState()
    private var seq = 0

    private mutating func apply(_ event: Event, _ id: String?) {
        seq += 1
        state.apply(RecordedEvent(event: event, subject: id.map(ParticipantID.init),
                                  stamp: EntryStamp(sequence: seq, time: Timestamp(millisecondsSince1970: Int64(seq) * 1000), author: "AB")))
    }

    /// A generated personnummer for a birth date (YYYYMMDD): serial 123 and the Luhn
    /// check digit worked out here, never a real person's.
    static func personnummer(born: String) -> Personnummer {
        let ten = Array((born.dropFirst(2) + "123").utf8).map { Int($0) - 48 }
        var sum = 0
        for (i, d) in ten.enumerated() {
            let v = d * (i % 2 == 0 ? 2 : 1)
            sum += v / 10 + v % 10
        }
        return Personnummer(stored: born + "123" + String((10 - sum % 10) % 10))!
    }

    mutating func register(_ id: String, _ gender: Gender, born: String, registered: String, bornAbroad: Bool? = nil,
                           disability: Bool? = nil, category: AFCategory? = nil, grades: Bool? = nil, incomeSupport: Bool? = nil) {
        let profile = ParticipantProfile(firstName: id, lastName: "Test", gender: gender, bornAbroad: bornAbroad, disability: disability,
                                         afCategory: category, gradesComplete: grades, incomeSupport: incomeSupport)
        apply(.participant(.participantRegistered(ParticipantRegistered(personnummer: Self.personnummer(born: born), profile: profile,
                                                           registered: Day(iso: registered)!))), id)
    }

    mutating func move(_ id: String, to stage: Stage, _ date: String) {
        apply(.programme(.stageMoved(StageMoveRecord(to: stage, date: Day(iso: date)!, reason: "test",
                                          income: stage == .havet ? Income(kind: .work) : nil))), id)
    }

    /// Returns the activity's id, for `end`.
    @discardableResult
    mutating func start(_ id: String, _ kind: ActivityKind, _ date: String) -> Int {
        apply(.programme(.activityStarted(kind: kind, organisation: .af, start: Day(iso: date)!, plannedEnd: nil)), id)
        return seq
    }

    mutating func end(_ id: String, activity: Int, _ date: String, _ outcome: ActivityOutcome = .completed) {
        apply(.programme(.activityEnded(activity: activity, date: Day(iso: date)!, outcome: outcome)), id)
    }

    mutating func exit(_ id: String, _ date: String, _ reason: ExitReason, occupation: String? = nil) {
        apply(.participant(.participantExited(date: Day(iso: date)!, reason: reason, occupation: occupation)), id)
    }

    mutating func reregister(_ id: String, _ date: String) { apply(.participant(.participantReregistered(date: Day(iso: date)!)), id) }

    mutating func target(_ year: Int, _ measure: TargetMeasure, _ count: Int) {
        apply(.report(.targetSet(YearTarget(year: year, measure: measure, count: count))), nil)
    }

    /// Eight people around the first half of 2026; docs/reports.md's definitions
    /// applied to them by hand give the figures StatisticsTests expects.
    static func programme() -> StatisticsFixture {
        var f = StatisticsFixture()
        // P1: registered before the range, all the way to Havet, left for work in May.
        f.register("p1", .woman, born: "20050310", registered: "2025-11-01", bornAbroad: true, disability: false,
                   category: .openUnemployment, grades: false, incomeSupport: true)
        f.move("p1", to: .actionPlan, "2025-12-01")
        f.move("p1", to: .studyVisits, "2026-01-15")
        f.move("p1", to: .kanalen, "2026-02-01")
        f.move("p1", to: .havet, "2026-04-01")
        let praktik1 = f.start("p1", .praktik, "2026-01-20")
        f.end("p1", activity: praktik1, "2026-03-31")
        f.exit("p1", "2026-05-15", .work, occupation: "Undersköterska")
        // P2: a traineejobb on day 42, still running.
        f.register("p2", .man, born: "20080820", registered: "2026-02-01", bornAbroad: false, disability: true,
                   category: .youthGuarantee, grades: false, incomeSupport: false)
        f.move("p2", to: .actionPlan, "2026-03-01")
        f.start("p2", .traineejobb, "2026-03-15")
        // P3: moved away before any activity.
        f.register("p3", .man, born: "20000105", registered: "2026-01-10", bornAbroad: true, category: .notAvailable,
                   grades: true, incomeSupport: true)
        f.exit("p3", "2026-03-01", .moved)
        // P4: a move back; an utbildningskontrakt on day 116.
        f.register("p4", .woman, born: "20031201", registered: "2026-01-05", bornAbroad: false, category: .openUnemployment, grades: true)
        f.move("p4", to: .actionPlan, "2026-02-01")
        f.move("p4", to: .studyVisits, "2026-03-01")
        f.move("p4", to: .actionPlan, "2026-04-01")
        f.start("p4", .utbildningskontrakt, "2026-05-01")
        // P5: gender other, no category, 19 on the range's last day, inside the 90 days.
        f.register("p5", .other, born: "20070630", registered: "2026-06-01")
        // P6: a first period that ended before the range, a second begun in it.
        f.register("p6", .woman, born: "19950202", registered: "2025-03-01")
        f.exit("p6", "2025-12-31", .studies)
        f.reregister("p6", "2026-03-01")
        // P7: Slussen 2 straight to Kanalen, Havet, left for work on the range's last day.
        f.register("p7", .woman, born: "20060909", registered: "2026-03-10", category: .youthGuarantee)
        f.move("p7", to: .actionPlan, "2026-03-20")
        let trainee7 = f.start("p7", .traineejobb, "2026-03-20")
        f.move("p7", to: .kanalen, "2026-04-10")
        f.move("p7", to: .havet, "2026-06-20")
        f.end("p7", activity: trainee7, "2026-06-30", .work)
        f.exit("p7", "2026-06-30", .work, occupation: "undersköterska")
        // P8: praktik on day 9, broken off; left for work without an occupation given.
        f.register("p8", .man, born: "20020505", registered: "2026-04-01", category: .openUnemployment)
        let praktik8 = f.start("p8", .praktik, "2026-04-10")
        f.end("p8", activity: praktik8, "2026-05-31", .interrupted)
        f.exit("p8", "2026-06-15", .work)

        f.target(2025, .started(.traineejobb), 3)
        f.target(2026, .started(.traineejobb), 4)
        f.target(2026, .started(.utbildningskontrakt), 5)
        f.target(2026, .exited(.work), 3)
        return f
    }
}
