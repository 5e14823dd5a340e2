/// What one event did to a participant that the state's indexes must follow.
struct ParticipantChange {
    /// Their personnummer's digits before and after, when it was corrected.
    var personnummer: (old: String, new: String)?
    /// The workplace they were placed at before and after (nil: none).
    var placedBefore: Int?
    var placedAfter: Int?
    /// Their search keys anew, when a name or a number changed.
    var searchKeys: SearchKeys?
    /// Only whether they are active, protected, and whose consent holds, when only that
    /// may have changed.
    var standing: SearchKeys.Standing?
}

extension LotsenState {
    /// Changes one participant by an event about them, touching nothing else, so that it
    /// can run on the participant where it lies in the store. Nil when the event is
    /// refused; a refused event changes nothing, because every refusal comes before any
    /// change.
    static func change(_ p: inout Participant, by event: Event, _ stamp: EntryStamp) -> ParticipantChange? {
        // Only these events move someone to or from a workplace.
        let mayMove: Bool
        switch event {
        case .programme(.stageMoved), .programme(.placementChanged), .participant(.participantExited),
             .participant(.participantReregistered):
            mayMove = true
        case .entry(.entryUndone(let u)):
            mayMove = u.kind == .stageMove
        default:
            mayMove = false
        }
        var change = ParticipantChange(placedBefore: mayMove ? p.placedAt : nil)
        switch event {
        case .participant(let e):
            guard applyOwn(e, to: &p, stamp, &change) else { return nil }
        case .programme(let e):
            guard applyProgramme(e, to: &p.periods[p.periods.count - 1].programme, stamp) else { return nil }
        case .plan(let e):
            guard applyPlan(e, to: &p.periods[p.periods.count - 1].programme, stamp) else { return nil }
        case .entry(.entryUndone(let u)):
            guard revert(u, in: &p, by: stamp) else { return nil }
        case .caseworker, .meeting, .report, .gallring, .unknown:
            // Not about one participant: `apply` folds these before it comes here.
            return nil
        }
        p.lastChange = stamp.time
        change.placedAfter = mayMove ? p.placedAt : nil
        switch event {
        case .participant(.participantUpdated):
            // The only event that changes a name or a number.
            change.searchKeys = SearchKeys(p)
        case .participant(.participantExited), .participant(.participantReregistered), .participant(.protectionSet),
             .participant(.consentGiven), .participant(.consentWithdrawn), .entry(.entryUndone):
            // Whether someone is active or protected, or the consent in force (an undo
            // may take back the consent the search index still named).
            change.standing = SearchKeys.Standing(p)
        default:
            break
        }
        return change
    }

    /// A participant's own event; false when it is refused.
    private static func applyOwn(_ event: ParticipantEvent, to p: inout Participant, _ stamp: EntryStamp,
                               _ change: inout ParticipantChange) -> Bool {
        switch event {
        case .participantRegistered:
            // A registration makes a participant; `apply` does that, never here.
            return false
        case .participantUpdated(let u):
            if let pnr = u.personnummer {
                change.personnummer = (p.personnummer.digits, pnr.digits)
                p.personnummer = pnr
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
        case .protectionSet(let on):
            guard p.isProtected != on else { return false }
            p.isProtected = on
        }
        return true
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
