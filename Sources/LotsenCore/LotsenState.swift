import LotsenCalendar

/// Everything the journal folds into: the one model every screen and report reads.
/// A value; `apply` is the only way it changes.
public struct LotsenState: Equatable, Sendable {
    public internal(set) var caseworkers: [String: Caseworker] = [:]
    /// Participants by id; those from a snapshot are decoded when first asked for.
    public internal(set) var participants = ParticipantStore()
    /// Participants in the order they were first registered.
    public internal(set) var order: [ParticipantID] = []
    /// Canonical personnummer → participant.
    public internal(set) var byPersonnummer: [String: ParticipantID] = [:]
    /// Search keys, kept up to date by `apply` so a keystroke never recomputes them.
    public internal(set) var searchIndex: [ParticipantID: SearchKeys] = [:]
    /// Events of types this version does not know (written by a newer Lotsen).
    public internal(set) var unknownEvents = 0
    /// Events that could not be applied (their subject is missing, say).
    public internal(set) var unappliedEvents = 0
    /// The last journal sequence number folded in.
    public internal(set) var lastSequence = 0
    /// The placement bank by id, and in the order added.
    public internal(set) var workplaces: [Int: Workplace] = [:]
    public internal(set) var workplaceOrder: [Int] = []
    /// Who is placed at each workplace now.
    public internal(set) var placed: [Int: Set<ParticipantID>] = [:]
    /// The introduction checklist as this journal configured it.
    public internal(set) var checklist = ChecklistConfiguration()
    /// Meetings by id (the sequence of `meeting.created`), in the order created.
    public internal(set) var meetings: [Int: Meeting] = [:]
    public internal(set) var meetingOrder: [Int] = []
    /// Who-does-what tasks by id, in the order agreed.
    public internal(set) var meetingTasks: [Int: MeetingTask] = [:]
    public internal(set) var meetingTaskOrder: [Int] = []
    public internal(set) var agendaThresholds = AgendaThresholds()
    /// Yearly targets (the reports' Mål), in the order first set.
    public internal(set) var yearTargets: [YearTarget] = []

    public init() {}

    public func participant(_ id: ParticipantID) -> Participant? { participants[id] }

    public func caseworker(_ initials: String) -> Caseworker? { caseworkers[Caseworker.key(initials)] }

    /// Names of the other organisations caseworkers belong to.
    public var otherOrganisations: Set<String> {
        Set(caseworkers.values.compactMap { if case .other(let n) = $0.organisation { return n } else { return nil } })
    }

    public mutating func apply(_ recorded: RecordedEvent) {
        lastSequence = max(lastSequence, recorded.stamp.sequence)
        let stamp = recorded.stamp
        switch recorded.event {
        case .unknown:
            unknownEvents += 1
            return
        case .caseworkerAdded(let c):
            caseworkers[Caseworker.key(c.initials)] = c
            return
        case .checklistItemAdded, .checklistItemRemoved, .workplaceAdded, .workplaceUpdated:
            if !applyShared(recorded.event, stamp) { unappliedEvents += 1 }
            return
        case .meetingCreated, .meetingUpdated, .agendaItemAdded, .agendaItemRemoved, .agendaItemMoved, .agendaItemHandled,
             .meetingStarted, .meetingClosed, .meetingCorrected, .meetingTaskAdded, .meetingTaskDone, .agendaRulesSet, .targetSet:
            if !applyMeeting(recorded.event, stamp) { unappliedEvents += 1 }
            return
        case .participantRegistered(let r):
            guard let id = recorded.subject, !participants.contains(id) else { unappliedEvents += 1; return }
            let p = Participant(id: id, personnummer: r.personnummer, profile: r.profile, registered: r.registered, stamp: stamp)
            participants.put(p)
            order.append(id)
            byPersonnummer[r.personnummer.digits] = id
            searchIndex[id] = SearchKeys(p)
            return
        default:
            break
        }
        // Taken out of the dictionary while it changes, so that its arrays are not
        // shared and grow in place: copying them on every event was a quarter of a replay.
        guard let id = recorded.subject, var p = participants.take(id) else { unappliedEvents += 1; return }
        let changedBefore = p.lastChange
        p.lastChange = stamp.time
        // Only these events move someone to or from a workplace.
        let mayMove: Bool
        switch recorded.event {
        case .stageMoved, .placementChanged, .participantExited, .participantReregistered: mayMove = true
        default: mayMove = false
        }
        let placedBefore = mayMove ? p.placedAt : nil
        defer {
            let placedAfter = mayMove ? p.placedAt : nil
            if placedBefore != placedAfter {
                if let w = placedBefore { placed[w]?.remove(id) }
                if let w = placedAfter { placed[w, default: []].insert(id) }
            }
        }
        switch recorded.event {
        case .participantUpdated(let u):
            if let pnr = u.personnummer {
                byPersonnummer[p.personnummer.digits] = nil
                p.personnummer = pnr
                byPersonnummer[pnr.digits] = id
            }
            p.profile.apply(u)
        case .consentGiven(let date, let orgs):
            p.consents.append(Consent(date: date, organisations: orgs, withdrawn: nil, stamp: stamp))
        case .consentWithdrawn(let date):
            if !p.consents.isEmpty { p.consents[p.consents.count - 1].withdrawn = date }
        case .responsibilityAssigned(let org, let cw, let date):
            for i in p.responsibilities.indices where p.responsibilities[i].organisation == org && p.responsibilities[i].until == nil {
                p.responsibilities[i].until = date
            }
            p.responsibilities.append(Responsibility(organisation: org, caseworker: cw, from: date, until: nil, stamp: stamp))
        case .noteAdded(let kind, let text, let corrects):
            p.notes.append(Note(id: stamp.sequence, kind: kind, text: text, corrects: corrects, stamp: stamp))
        case .participantExited(let date, let reason, let occupation):
            p.periods[p.periods.count - 1].exit = Exit(date: date, reason: reason, occupation: occupation, stamp: stamp)
            p.periods[p.periods.count - 1].programme.endPlacement(on: date)
        case .participantReregistered(let date):
            p.periods.append(Period(registered: date))
        case .unknown, .caseworkerAdded, .participantRegistered, .checklistItemAdded, .checklistItemRemoved,
             .workplaceAdded, .workplaceUpdated, .meetingCreated, .meetingUpdated, .agendaItemAdded, .agendaItemRemoved,
             .agendaItemMoved, .agendaItemHandled, .meetingStarted, .meetingClosed, .meetingCorrected, .meetingTaskAdded,
             .meetingTaskDone, .agendaRulesSet, .targetSet:
            break
        default:
            // A refused event changes nothing: every refusal comes before any change.
            if !LotsenState.applyProgramme(recorded.event, to: &p.periods[p.periods.count - 1].programme, stamp) {
                p.lastChange = changedBefore
                participants.put(p)
                unappliedEvents += 1
                return
            }
        }
        participants.put(p)
        switch recorded.event {
        case .participantUpdated, .participantExited, .participantReregistered:
            // The only events that change a name, a number or whether someone is active.
            searchIndex[id] = SearchKeys(p)
        default:
            break
        }
    }
}

extension ParticipantProfile {
    mutating func apply(_ u: ParticipantUpdate) {
        if let v = u.firstName { firstName = v }
        if let v = u.lastName { lastName = v }
        if let v = u.gender { gender = v }
        if let v = u.phones { phones = v }
        if let v = u.email { email = v.isEmpty ? nil : v }
        if let v = u.referral { referral = v }
        if let v = u.bornAbroad { bornAbroad = v }
        if let v = u.disability { disability = v }
        if let v = u.afCategory { afCategory = v }
        if let v = u.gradesComplete { gradesComplete = v }
        if let v = u.incomeSupport { incomeSupport = v }
        if let v = u.background { background = v.isEmpty ? nil : v }
    }
}

private extension Participant {
    /// Where an active participant is placed now. Without copying the period or its
    /// programme: this runs twice for every event folded.
    var placedAt: Int? {
        guard let last = periods[periods.count - 1].programme.placements.last, last.until == nil,
              periods[periods.count - 1].exit == nil else { return nil }
        return last.workplace
    }
}
