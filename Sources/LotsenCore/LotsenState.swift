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
    /// The journal's latest entries, oldest first, for taking one back (`remember`).
    public internal(set) var recentEntries = EntryWindow()
    /// Entries taken back, by sequence: who took them back and when.
    public internal(set) var undoneEntries: [Int: EntryStamp] = [:]
    /// Each caseworker's saved list views (by `Caseworker.key`).
    public internal(set) var savedViews: [String: [SavedView]] = [:]
    /// Gallring: the rules once set, a proposal waiting for approval, purges made.
    public internal(set) var retentionRules: RetentionRules?
    public internal(set) var gallringProposal: GallringProposal?
    public internal(set) var purges = PurgeLedger()

    public init() {}

    public func participant(_ id: ParticipantID) -> Participant? { participants[id] }

    public func caseworker(_ initials: String) -> Caseworker? { caseworkers[Caseworker.key(initials)] }

    /// Names of the other organisations caseworkers belong to.
    public var otherOrganisations: Set<String> {
        Set(caseworkers.values.compactMap { if case .other(let n) = $0.organisation { return n } else { return nil } })
    }

    public mutating func apply(_ recorded: RecordedEvent) {
        lastSequence = max(lastSequence, recorded.stamp.sequence)
        recentEntries.forget(through: lastSequence - AuthoredEntry.window)
        if recorded.stamp.sequence > recentEntries.rememberAfter {
            switch recorded.event {
            case .unknown, .entry: break
            default: remember(recorded)
            }
        }
        let stamp = recorded.stamp
        switch recorded.event {
        case .unknown:
            unknownEvents += 1
            return
        case .entry(.entryUndone(let u)):
            // A meeting's task belongs to nobody; every other undo is about a participant.
            guard u.kind == .meetingTaskDone else { break }
            if applyUndoOfShared(u) { markUndone(u, stamp) } else { unappliedEvents += 1 }
            return
        case .caseworker(.caseworkerAdded(let c)):
            caseworkers[Caseworker.key(c.initials)] = c
            return
        case .caseworker(let e):
            applyView(e, stamp)
            return
        case .report(.targetSet(let t)):
            applyTarget(t)
            return
        case .gallring(let e):
            applyGallring(e, recorded)
            return
        case .meeting(let e):
            if !applyMeeting(e, stamp) { unappliedEvents += 1 }
            return
        case .programme(let e):
            guard let applied = applyShared(e, stamp) else { break }
            if !applied { unappliedEvents += 1 }
            return
        case .participant(.participantRegistered(let r)):
            guard let id = recorded.subject, !participants.contains(id) else { unappliedEvents += 1; return }
            let p = Participant(id: id, personnummer: r.personnummer, profile: r.profile, registered: r.registered, stamp: stamp)
            searchIndex[id] = SearchKeys(p)
            participants.add(p)
            order.append(id)
            byPersonnummer[r.personnummer.digits] = id
            return
        case .participant, .plan, .entry:
            break
        }
        // Changed where it lies in the store, so that its arrays are not shared and grow
        // in place: copying them on every event was a quarter of a replay, and taking it
        // out and putting it back (two lookups, a copy of everything it holds) a sixth.
        guard let id = recorded.subject,
              let change = participants.modify(id, with: recorded, { LotsenState.change(&$0, by: $1.event, $1.stamp) })
        else { unappliedEvents += 1; return }
        guard let change else { unappliedEvents += 1; return }
        if let (old, new) = change.renamed?.personnummer {
            byPersonnummer[old] = nil
            byPersonnummer[new] = id
        }
        if change.placedBefore != change.placedAfter {
            if let w = change.placedBefore { placed[w]?.remove(id) }
            if let w = change.placedAfter { placed[w, default: []].insert(id) }
        }
        if let renamed = change.renamed { searchIndex[id] = renamed.searchKeys } else if let s = change.standing { searchIndex[id]?.update(s) }
        if change.isUndo, case .entry(.entryUndone(let u)) = recorded.event { markUndone(u, stamp) }
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

extension LotsenState {
    /// Marks a personnummer as taken by `id` without registering anyone: for checking
    /// many registrations against the journal and each other (an import's rows), where
    /// the number is all that a later registration is checked against.
    public mutating func claim(personnummer: Personnummer, for id: ParticipantID) {
        byPersonnummer[personnummer.digits] = id
    }
}
