import LotsenCalendar

/// What a caseworker asks for, by area. `CommandPlanner` checks it against the state and
/// turns it into events; nothing is written unless every check passes. Each area's
/// planner switches exhaustively over its own commands.
public enum Command: Equatable, Sendable {
    case caseworker(CaseworkerCommand)
    case participant(ParticipantCommand)
    case programme(ProgrammeCommand)
    case plan(PlanCommand)
    case meeting(MeetingCommand)
    case report(ReportCommand)
    case entry(EntryCommand)
    case gallring(GallringCommand)
}

/// Gallring (docs/privacy.md). Planned in `CommandPlanner+Gallring.swift`.
public enum GallringCommand: Equatable, Sendable {
    /// The retention rules as typed: years, what they count from, the research
    /// exception and whether a purge needs a second person.
    case setRules(years: String, start: String, research: Bool, secondPerson: Bool, backupDays: String? = nil)
    /// Proposes purging everyone due today, for an administrator to approve.
    case propose(by: String)
    /// Purges: the proposal waiting (those on it still due), or — when no second person
    /// is needed — everyone due today.
    case purge(by: String)
}

/// Entries about entries. Planned in `CommandPlanner+Entry.swift`.
public enum EntryCommand: Equatable, Sendable {
    /// Takes back `by`'s given entry, or their latest one not already taken back. Only
    /// the author may: the workspace refuses an undo in another caseworker's name.
    case undo(by: String, entry: Int?)
}

/// Who works at the desk.
public enum CaseworkerCommand: Equatable, Sendable {
    /// `login`: the Unix login of the caseworker on a shared desk.
    case addCaseworker(initials: String, name: String, organisation: String, login: String? = nil)
    /// Phone and e-mail; nil leaves one as it was, an empty one clears it.
    case setCaseworkerContact(initials: String, phone: String?, email: String?)
    /// What the caseworker's work lets them do (`Role`).
    case setRole(initials: String, role: String)
    /// `by`'s own list view under a name; the same name again replaces it.
    case saveView(by: String, SavedView)
    case removeView(by: String, name: String)
}

/// A participant as a person: registration, profile, consent, responsibility, notes, leaving
/// and coming back. Planned in `CommandPlanner.swift`.
public enum ParticipantCommand: Equatable, Sendable {
    case register(RegistrationInput)
    case update(ParticipantID, RegistrationInput)
    case giveConsent(ParticipantID, date: String?, organisations: [String])
    case withdrawConsent(ParticipantID, date: String?)
    case assignResponsibility(ParticipantID, organisation: String, caseworker: String, date: String?)
    case addNote(ParticipantID, kind: NoteKind, text: String, corrects: Int?)
    case exit(ParticipantID, date: String?, reason: String, occupation: String?)
    case reregister(ParticipantID, date: String?)
    /// Protected personal data marked (or the mark removed): docs/privacy.md.
    case setProtected(ParticipantID, on: Bool)
}

/// The programme: the stage board, the checklist, visits, activities, the placement bank
/// and Kanalen's log. Planned in `CommandPlanner+Programme.swift`.
public enum ProgrammeCommand: Equatable, Sendable {
    case move(ParticipantID, MoveInput)
    case changePlacement(ParticipantID, workplace: String, date: String?, plannedEnd: String?)
    case tickChecklist(ParticipantID, items: [String], date: String?, undo: Bool)
    case addChecklistItem(label: String)
    case removeChecklistItem(String)
    case recordVisit(ParticipantID, workplace: String, date: String?, fullDay: Bool, evaluation: String?, supervisorView: String?)
    case evaluateVisit(ParticipantID, visit: Int, evaluation: String?, supervisorView: String?)
    case startActivity(ParticipantID, kind: String, organisation: String?, start: String?, plannedEnd: String?)
    case endActivity(ParticipantID, activity: Int, date: String?, outcome: String)
    case addWorkplace(WorkplaceInput)
    case updateWorkplace(String, WorkplaceInput)
    case logKanalen(ParticipantID, activity: String, date: String?, hours: String?)
    case setIntensifiedSupport(ParticipantID, on: Bool, date: String?)
    case checkAKassa(ParticipantID, status: String, date: String?)
}

/// Action plans and weekly tasks. Planned in `CommandPlanner+Plan.swift`.
public enum PlanCommand: Equatable, Sendable {
    case createPlan(ParticipantID, PlanInput)
    case updatePlan(ParticipantID, PlanInput)
    case revisePlan(ParticipantID, date: String?, end: String?)
    case addGoal(ParticipantID, GoalInput)
    case updateGoal(ParticipantID, goal: Int, GoalInput)
    case removeGoal(ParticipantID, goal: Int)
    case followUpPlan(ParticipantID, date: String?, results: [GoalResultInput], comment: String?)
    case addTask(ParticipantID, what: String, due: String?)
    case followUpTask(ParticipantID, task: Int, result: String, due: String?, comment: String?)
}

/// Meetings and who-does-what tasks. Planned in `CommandPlanner+Meeting.swift`.
public enum MeetingCommand: Equatable, Sendable {
    /// With `agenda`, the rules build the first agenda as of the meeting's day.
    case createMeeting(MeetingInput, agenda: Bool)
    case updateMeeting(Int, MeetingInput)
    case addAgendaItem(meeting: Int, participant: ParticipantID?, title: String?)
    /// Adds the people the rules put on the agenda now who are not on it (and were not
    /// taken off it).
    case refreshAgenda(meeting: Int)
    /// Struck off, with why: what is not handled otherwise comes back at the next meeting.
    case removeAgendaItem(meeting: Int, item: Int, reason: String)
    case moveAgendaItem(meeting: Int, item: Int, position: String)
    case handleAgendaItem(meeting: Int, item: Int, decision: String?, handled: Bool)
    case startMeeting(meeting: Int)
    case closeMeeting(meeting: Int, date: String? = nil)
    case correctMeeting(meeting: Int, item: Int?, text: String, date: String? = nil)
    case addMeetingTask(MeetingTaskInput)
    case completeMeetingTask(task: Int, comment: String?)
    case setAgendaRules(ninetyDays: String?, planExpiry: String?, stalled: String?, followUp: String?,
                        minutesPerItem: String? = nil, limit: String? = nil)
}

/// What the programme reports against. Planned in `CommandPlanner+Report.swift`.
public enum ReportCommand: Equatable, Sendable {
    /// A yearly target for the reports (count 0 removes it).
    case setTarget(year: String, measure: String, count: String)
}

/// A meeting as typed. For an edit, nil leaves a field as it was. Attendees are
/// caseworkers' initials; guests are names.
public struct MeetingInput: Equatable, Sendable {
    public var date: String?
    public var group: String?
    public var attendees: [String]?
    public var guests: [String]?

    public init(date: String? = nil, group: String? = nil, attendees: [String]? = nil, guests: [String]? = nil) {
        self.date = date
        self.group = group
        self.attendees = attendees
        self.guests = guests
    }
}

/// A who-does-what task as typed. `who` is a caseworker's initials, or "deltagaren" /
/// "participant" when the young person does it themself.
public struct MeetingTaskInput: Equatable, Sendable {
    public var what: String
    public var who: String
    public var due: String?
    public var participant: ParticipantID?
    public var meeting: Int?
    public var item: Int?

    public init(what: String, who: String, due: String? = nil, participant: ParticipantID? = nil, meeting: Int? = nil, item: Int? = nil) {
        self.what = what
        self.who = who
        self.due = due
        self.participant = participant
        self.meeting = meeting
        self.item = item
    }
}

/// The plan's own fields as typed; nil leaves a field as it was (or, for a new plan,
/// takes the default: starting today, valid six months, CV and letter missing). An
/// empty text clears a field.
public struct PlanInput: Equatable, Sendable {
    public var start: String?
    public var end: String?
    public var background: String?
    public var skills: String?
    public var labourMarket: String?
    public var cv: String?
    public var coverLetter: String?

    public init(start: String? = nil, end: String? = nil, background: String? = nil, skills: String? = nil,
                labourMarket: String? = nil, cv: String? = nil, coverLetter: String? = nil) {
        self.start = start
        self.end = end
        self.background = background
        self.skills = skills
        self.labourMarket = labourMarket
        self.cv = cv
        self.coverLetter = coverLetter
    }
}

/// A goal as typed. For an edit, nil leaves a part as it was and an empty text clears
/// it. Steps are lines, "WHO: what".
public struct GoalInput: Equatable, Sendable {
    public var term: String?
    public var what: String?
    public var measure: String?
    public var why: String?
    public var steps: [String]?
    public var due: String?
    public var owner: String?
    public var status: String?

    public init(term: String? = nil, what: String? = nil, measure: String? = nil, why: String? = nil, steps: [String]? = nil,
                due: String? = nil, owner: String? = nil, status: String? = nil) {
        self.term = term
        self.what = what
        self.measure = measure
        self.why = why
        self.steps = steps
        self.due = due
        self.owner = owner
        self.status = status
    }
}

/// One goal's result at a follow-up, as typed.
public struct GoalResultInput: Equatable, Sendable {
    public var goal: Int
    public var result: String
    public var comment: String?

    public init(goal: Int, result: String, comment: String? = nil) {
        self.goal = goal
        self.result = result
        self.comment = comment
    }
}

/// A move on the stage board as typed.
public struct MoveInput: Equatable, Sendable {
    public var to: String
    public var date: String?
    /// Required for a move back.
    public var reason: String?
    /// Into Kanalen: the workplace (its number or name), and optionally the planned end.
    public var placement: String?
    public var placementEnd: String?
    /// Into Havet: the kind of income and, for work, the job.
    public var income: String?
    public var occupation: String?
    public var employer: String?
    public var employmentForm: String?

    public init(to: String, date: String? = nil, reason: String? = nil, placement: String? = nil, placementEnd: String? = nil,
                income: String? = nil, occupation: String? = nil, employer: String? = nil, employmentForm: String? = nil) {
        self.to = to
        self.date = date
        self.reason = reason
        self.placement = placement
        self.placementEnd = placementEnd
        self.income = income
        self.occupation = occupation
        self.employer = employer
        self.employmentForm = employmentForm
    }
}

/// A registration (or, for `update`, the changed fields) as text. Unset means "not given".
public struct RegistrationInput: Equatable, Sendable {
    public var personnummer: String?
    public var firstName: String?
    public var lastName: String?
    public var gender: String?
    public var phones: [String] = []
    public var email: String?
    public var registered: String?
    public var referral: String?
    public var bornAbroad: String?
    public var disability: String?
    public var afCategory: String?
    public var gradesComplete: String?
    public var incomeSupport: String?
    public var background: String?
    /// For someone who has already left (an imported history): the exit's date, reason
    /// and, for work, occupation. Registered and exited in one batch.
    public var exitDate: String?
    public var exitReason: String?
    public var exitOccupation: String?
    /// Consent given at registration, naming the organisations: recorded with it, in one
    /// append, dated the day of registration.
    public var consentOrganisations: [String] = []

    public init() {}
}

/// An event ready to append: what, and about whom.
public struct PlannedEvent: Equatable, Sendable {
    public var event: Event
    public var subject: ParticipantID?
}
