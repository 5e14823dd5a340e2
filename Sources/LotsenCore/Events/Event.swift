import LotsenCalendar

/// Everything the domain records. Each case is one event type with a stable name in
/// the journal (`type`) and a payload written and read in `Event+JSON.swift`.
///
/// Versioning: a type's payload only ever gains optional keys. A change that older
/// readers could misread gets a new type name (`….v2`), and both stay readable forever.
/// Event types this version does not know (written by a newer Lotsen) are kept as
/// `.unknown` and skipped by `apply`, never rejected.
public enum Event: Equatable, Sendable {
    case caseworkerAdded(Caseworker)
    case participantRegistered(ParticipantRegistered)
    case participantUpdated(ParticipantUpdate)
    case consentGiven(date: Day, organisations: [Organisation])
    case consentWithdrawn(date: Day)
    case responsibilityAssigned(organisation: Organisation, caseworker: String, date: Day)
    case noteAdded(kind: NoteKind, text: String, corrects: Int?)
    case participantExited(date: Day, reason: ExitReason, occupation: String?)
    case participantReregistered(date: Day)
    // The programme (stage board, activities, placement bank): `Event+ProgrammeJSON.swift`.
    case stageMoved(StageMoveRecord)
    case placementChanged(workplace: Int, date: Day, plannedEnd: Day?)
    case checklistTicked(item: String, date: Day)
    case checklistUnticked(item: String)
    case checklistItemAdded(code: String, label: String)
    case checklistItemRemoved(code: String)
    case visitRecorded(workplace: Int, date: Day, halfDay: Bool, evaluation: String?, supervisorView: String?)
    case visitEvaluated(visit: Int, evaluation: String?, supervisorView: String?)
    case activityStarted(kind: ActivityKind, organisation: Organisation, start: Day, plannedEnd: Day?)
    case activityEnded(activity: Int, date: Day, outcome: ActivityOutcome)
    case workplaceAdded(WorkplaceChange)
    case workplaceUpdated(workplace: Int, WorkplaceChange)
    case kanalenLogged(activity: KanalenActivity, date: Day, minutes: Int?)
    case intensifiedSupport(date: Day, on: Bool)
    case aKassaChecked(status: AKassaStatus, date: Day)
    // Action plans and weekly tasks: `Event+PlanJSON.swift`.
    case planCreated(start: Day, PlanDetails)
    case planUpdated(PlanDetails)
    case planRevised(date: Day, end: Day)
    case goalAdded(GoalContent)
    case goalUpdated(goal: Int, GoalContent, status: GoalStatus)
    case goalRemoved(goal: Int)
    case planFollowedUp(date: Day, results: [GoalResult], comment: String?)
    case taskAdded(what: String, due: Day, date: Day)
    case taskFollowedUp(task: Int, date: Day, result: TaskResult, due: Day?, comment: String?)
    // Meetings and their tasks: `Event+MeetingJSON.swift`.
    case meetingCreated(MeetingRecord)
    case meetingUpdated(meeting: Int, MeetingRecord)
    case agendaItemAdded(meeting: Int, AgendaItemContent)
    case agendaItemRemoved(meeting: Int, item: Int)
    case agendaItemMoved(meeting: Int, item: Int, position: Int)
    case agendaItemHandled(meeting: Int, item: Int, handled: Bool, decision: String?)
    case meetingStarted(meeting: Int, date: Day)
    case meetingClosed(meeting: Int, date: Day)
    case meetingCorrected(meeting: Int, item: Int?, date: Day, text: String)
    case meetingTaskAdded(MeetingTaskRecord)
    case meetingTaskDone(task: Int, date: Day, comment: String?)
    case agendaRulesSet(AgendaThresholds)
    // Reports
    case targetSet(YearTarget)
    case unknown(type: String)

    /// The journal's `type` for each case.
    public var type: String {
        switch self {
        case .caseworkerAdded: return "caseworker.added"
        case .participantRegistered: return "participant.registered"
        case .participantUpdated: return "participant.updated"
        case .consentGiven: return "consent.given"
        case .consentWithdrawn: return "consent.withdrawn"
        case .responsibilityAssigned: return "responsibility.assigned"
        case .noteAdded: return "note.added"
        case .participantExited: return "participant.exited"
        case .participantReregistered: return "participant.reregistered"
        case .stageMoved: return "stage.moved"
        case .placementChanged: return "placement.changed"
        case .checklistTicked: return "checklist.ticked"
        case .checklistUnticked: return "checklist.unticked"
        case .checklistItemAdded: return "checklist.item.added"
        case .checklistItemRemoved: return "checklist.item.removed"
        case .visitRecorded: return "visit.recorded"
        case .visitEvaluated: return "visit.evaluated"
        case .activityStarted: return "activity.started"
        case .activityEnded: return "activity.ended"
        case .workplaceAdded: return "workplace.added"
        case .workplaceUpdated: return "workplace.updated"
        case .kanalenLogged: return "kanalen.logged"
        case .intensifiedSupport: return "support.intensified"
        case .aKassaChecked: return "akassa.checked"
        case .planCreated: return "plan.created"
        case .planUpdated: return "plan.updated"
        case .planRevised: return "plan.revised"
        case .goalAdded: return "plan.goal.added"
        case .goalUpdated: return "plan.goal.updated"
        case .goalRemoved: return "plan.goal.removed"
        case .planFollowedUp: return "plan.followup.recorded"
        case .taskAdded: return "task.added"
        case .taskFollowedUp: return "task.followup.recorded"
        case .meetingCreated: return "meeting.created"
        case .meetingUpdated: return "meeting.updated"
        case .agendaItemAdded: return "meeting.item.added"
        case .agendaItemRemoved: return "meeting.item.removed"
        case .agendaItemMoved: return "meeting.item.moved"
        case .agendaItemHandled: return "meeting.item.handled"
        case .meetingStarted: return "meeting.started"
        case .meetingClosed: return "meeting.closed"
        case .meetingCorrected: return "meeting.corrected"
        case .meetingTaskAdded: return "meeting.task.added"
        case .meetingTaskDone: return "meeting.task.done"
        case .agendaRulesSet: return "agenda.rules.set"
        case .targetSet: return "target.set"
        case .unknown(let type): return type
        }
    }
}

public struct ParticipantRegistered: Equatable, Sendable {
    public var personnummer: Personnummer
    public var profile: ParticipantProfile
    public var registered: Day

    public init(personnummer: Personnummer, profile: ParticipantProfile, registered: Day) {
        self.personnummer = personnummer
        self.profile = profile
        self.registered = registered
    }
}

/// A move on the stage board. Into Kanalen it names the placement; into Havet, the income.
public struct StageMoveRecord: Equatable, Sendable {
    public var to: Stage
    public var date: Day
    public var reason: String?
    public var income: Income?
    public var placement: Int?
    public var placementEnd: Day?

    public init(to: Stage, date: Day, reason: String? = nil, income: Income? = nil, placement: Int? = nil, placementEnd: Day? = nil) {
        self.to = to
        self.date = date
        self.reason = reason
        self.income = income
        self.placement = placement
        self.placementEnd = placementEnd
    }
}

/// Changed fields only; nil leaves a field as it was. An empty e-mail or background
/// clears that field.
public struct ParticipantUpdate: Equatable, Sendable {
    public var personnummer: Personnummer?
    public var firstName: String?
    public var lastName: String?
    public var gender: Gender?
    public var phones: [String]?
    public var email: String?
    public var referral: Referral?
    public var bornAbroad: Bool?
    public var disability: Bool?
    public var afCategory: AFCategory?
    public var gradesComplete: Bool?
    public var incomeSupport: Bool?
    public var background: String?

    public init() {}

    /// Every field of a profile, as an update.
    public init(_ p: ParticipantProfile) {
        firstName = p.firstName
        lastName = p.lastName
        gender = p.gender
        phones = p.phones
        email = p.email
        referral = p.referral
        bornAbroad = p.bornAbroad
        disability = p.disability
        afCategory = p.afCategory
        gradesComplete = p.gradesComplete
        incomeSupport = p.incomeSupport
        background = p.background
    }

    public var isEmpty: Bool { self == ParticipantUpdate() }
}

/// A meeting as created or edited. An edit carries the whole record; its items are
/// only read at creation (later items come one by one).
public struct MeetingRecord: Equatable, Sendable {
    public var date: Day
    public var group: String
    public var attendees: [String]
    public var guests: [String]
    public var items: [AgendaItemContent]

    public init(date: Day, group: String, attendees: [String], guests: [String], items: [AgendaItemContent] = []) {
        self.date = date
        self.group = group
        self.attendees = attendees
        self.guests = guests
        self.items = items
    }
}

/// A task as agreed: what, who, by when, and where it came from.
public struct MeetingTaskRecord: Equatable, Sendable {
    public var what: String
    public var who: TaskAssignee
    public var due: Day
    public var date: Day
    public var participant: ParticipantID?
    public var meeting: Int?
    public var item: Int?

    public init(what: String, who: TaskAssignee, due: Day, date: Day, participant: ParticipantID?, meeting: Int?, item: Int?) {
        self.what = what
        self.who = who
        self.due = due
        self.date = date
        self.participant = participant
        self.meeting = meeting
        self.item = item
    }
}

/// An event with what the journal knows about it.
public struct RecordedEvent: Equatable, Sendable {
    public var event: Event
    public var subject: ParticipantID?
    public var stamp: EntryStamp

    public init(event: Event, subject: ParticipantID?, stamp: EntryStamp) {
        self.event = event
        self.subject = subject
        self.stamp = stamp
    }
}
