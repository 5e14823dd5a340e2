import LotsenCalendar
import LotsenCore

/// The programme for `--json` outputs: stable English keys and the journal's codes.
struct ActivityJSON: Encodable {
    var number: Int
    var kind: String
    var name: String
    var organisation: String
    var start: String
    var plannedEnd: String?
    var end: String?
    var outcome: String?

    init(_ a: Activity) {
        number = a.id
        kind = a.kind.code
        name = a.kind.name
        organisation = a.organisation.code
        start = a.start.iso
        plannedEnd = a.plannedEnd?.iso
        end = a.end?.iso
        outcome = a.outcome?.rawValue
    }
}

struct WorkplaceJSON: Encodable {
    var number: Int
    var name: String
    var sector: String
    var address: String?
    var contact: String?
    var phone: String?
    var capacity: Int
    var free: Int
    var placed: [String]
    var notes: String?

    init(_ w: Workplace, state: LotsenState) {
        number = w.id
        name = w.name
        sector = w.sector
        address = w.address
        contact = w.contact
        phone = w.phone
        capacity = w.capacity
        free = state.freePlaces(w.id)
        placed = (state.placed[w.id] ?? []).map(\.value).sorted()
        notes = w.notes
    }
}

/// Flags by a stable code, for scripts.
func flagCode(_ f: ProgrammeFlag) -> String {
    switch f {
    case .ninetyDaysOverdue: return "ninety-days-overdue"
    case .ninetyDaysWarning: return "ninety-days-warning"
    case .noConsent: return "no-consent"
    case .intensifiedSupport: return "intensified-support"
    case .placementEndingSoon: return "placement-ending"
    case .aKassa: return "a-kassa"
    case .activityOverLimit: return "activity-over-limit"
    case .checkpointDue: return "checkpoint-due"
    case .followUpDue: return "follow-up-due"
    case .tasksOverdue: return "tasks-overdue"
    }
}

struct BoardLaneJSON: Encodable {
    struct Card: Encodable {
        var id: String
        var name: String
        var daysInStage: Int
        var flags: [String]
        var active: Bool
    }
    var stage: String
    var count: Int
    var participants: [Card]

    init(stage: Stage, board: Board, state: LotsenState, today: Day) {
        self.stage = stage.rawValue
        participants = board.lane(stage).compactMap { state.participant($0) }.map { p in
            Card(id: p.id.value, name: p.profile.fullName, daysInStage: p.currentPeriod.daysInStage(on: today),
                 flags: p.flags(on: today).map(flagCode), active: p.isActive)
        }
        count = participants.count
    }
}

struct ProgrammeJSON: Encodable {
    struct Move: Encodable { var to: String; var date: String; var reason: String?; var author: String }
    struct Placement: Encodable { var workplace: Int; var name: String?; var from: String; var plannedEnd: String?; var until: String? }
    struct Visit: Encodable { var number: Int; var workplace: Int; var date: String; var halfDay: Bool; var evaluation: String?; var supervisor: String? }
    struct IncomeJSON: Encodable { var kind: String; var occupation: String?; var employer: String?; var form: String? }

    var stage: String
    var stageSince: String
    var daysInStage: Int
    var flags: [String]
    var moves: [Move]
    var checklist: [String: String]
    var visits: [Visit]
    var placements: [Placement]
    var activities: [ActivityJSON]
    var jobSearchMinutesThisWeek: Int
    var intensifiedSupport: String?
    var aKassa: String?
    var income: IncomeJSON?

    init(_ p: Participant, state: LotsenState, today: Day) {
        let period = p.currentPeriod
        let g = period.programme
        stage = g.stage.rawValue
        stageSince = g.stageSince(registered: period.registered).iso
        daysInStage = period.daysInStage(on: today)
        flags = p.flags(on: today).map(flagCode)
        moves = g.moves.map { Move(to: $0.to.rawValue, date: $0.date.iso, reason: $0.reason, author: $0.stamp.author) }
        checklist = g.ticks.mapValues(\.date.iso)
        visits = g.visits.map { Visit(number: $0.id, workplace: $0.workplace, date: $0.date.iso, halfDay: $0.halfDay, evaluation: $0.evaluation, supervisor: $0.supervisorView) }
        placements = g.placements.map {
            Placement(workplace: $0.workplace, name: state.workplaces[$0.workplace]?.name, from: $0.from.iso, plannedEnd: $0.plannedEnd?.iso, until: $0.until?.iso)
        }
        activities = g.activities.map(ActivityJSON.init)
        jobSearchMinutesThisWeek = g.jobSearchMinutes(weekOf: today)
        intensifiedSupport = g.intensifiedSupport?.iso
        aKassa = g.aKassa?.status.rawValue
        income = g.income.map { IncomeJSON(kind: $0.kind.rawValue, occupation: $0.occupation, employer: $0.employer, form: $0.employmentForm) }
    }
}

/// The action plan for `lotsen plan show --json`.
struct PlanJSON: Encodable {
    struct GoalJSON: Encodable {
        struct Step: Encodable { var what: String; var who: String? }
        var number: Int
        var term: String
        var status: String
        var what: String
        var measure: String?
        var why: String?
        var steps: [Step]
        var due: String?
        var owner: String?
        /// The SMART check's findings, as "LETTER:code".
        var smart: [String]
    }
    struct FollowUpJSON: Encodable {
        struct Result: Encodable { var goal: Int; var result: String; var comment: String? }
        var date: String
        var by: String
        var results: [Result]
        var comment: String?
    }
    var version: Int
    var versions: Int
    var start: String
    var end: String
    var nextFollowUp: String?
    var schedule: [String]
    var background: String?
    var skills: String?
    var labourMarket: String?
    var cv: String
    var coverLetter: String
    var goals: [GoalJSON]
    var followUps: [FollowUpJSON]

    init(_ plan: ActionPlan, version v: PlanVersion) {
        version = v.number
        versions = plan.versions.count
        start = v.start.iso
        end = v.end.iso
        nextFollowUp = v.number == plan.current.number ? plan.nextFollowUp?.iso : nil
        schedule = v.followUpSchedule.map(\.iso)
        background = v.details.background
        skills = v.details.skills
        labourMarket = v.details.labourMarket
        cv = v.details.cv.rawValue
        coverLetter = v.details.coverLetter.rawValue
        goals = v.goals.map { g in
            GoalJSON(number: g.id, term: g.content.term.rawValue, status: g.status.rawValue, what: g.content.what,
                     measure: g.content.measure, why: g.content.why, steps: g.content.steps.map { .init(what: $0.what, who: $0.who) },
                     due: g.content.due?.iso, owner: g.content.owner,
                     smart: SmartCheck.check(g.content, planEnd: v.end).map { "\($0.letter):\(smartCode($0))" })
        }
        followUps = plan.followUps(of: v.number).map { f in
            FollowUpJSON(date: f.date.iso, by: f.stamp.author, results: f.results.map { .init(goal: $0.goal, result: $0.result.rawValue, comment: $0.comment) },
                         comment: f.comment)
        }
    }
}

func smartCode(_ f: SmartFinding) -> String {
    switch f {
    case .whatTooShort: return "too-short"
    case .vagueWord(let w, _): return "vague-word=\(w)"
    case .noMeasure: return "no-measure"
    case .noWhy: return "no-why"
    case .noSteps: return "no-steps"
    case .stepWithoutOwner(let n): return "step-without-owner=\(n)"
    case .noDue: return "no-date"
    case .dueAfterPlanEnd: return "date-after-plan-end"
    case .noOwner: return "no-owner"
    }
}

/// A weekly task for `lotsen tasks --json`.
struct TaskJSON: Encodable {
    var number: Int
    var participant: String
    var what: String
    var due: String
    var added: String
    var open: Bool
    var overdue: Bool
    var result: String?
    var comment: String?

    init(_ t: WeeklyTask, participant: ParticipantID, today: Day) {
        number = t.id
        self.participant = participant.value
        what = t.what
        due = t.due.iso
        added = t.added.iso
        open = t.isOpen
        overdue = t.isOverdue(on: today)
        result = t.result?.rawValue
        comment = t.followUps.last?.comment
    }
}
