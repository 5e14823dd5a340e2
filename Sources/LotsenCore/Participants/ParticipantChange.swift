/// What one event did to a participant that the state's indexes must follow.
///
/// Small, so that it is moved in registers on its way out of the store: what only an
/// update changes lies apart (`Renamed`); held inline, a whole `SearchKeys` made every
/// event's change 169 bytes, copied by `memmove` three times.
struct ParticipantChange {
    /// The workplace they were placed at before and after (nil: none).
    var placedBefore: Int?
    var placedAfter: Int?
    /// Only whether they are active, protected, and whose consent holds, when only that
    /// may have changed.
    var standing: SearchKeys.Standing?
    /// Their search keys anew, and their personnummer's digits before and after when it
    /// was corrected: after an update (a name, a number).
    var renamed: Renamed?
    /// Whether it was an undo, whose entry is then marked as taken back. A flag, not the
    /// undo itself: a field that needs copying made every change copied as a whole.
    var isUndo = false

    final class Renamed {
        let searchKeys: SearchKeys
        let personnummer: (old: String, new: String)?

        init(_ searchKeys: SearchKeys, personnummer: (old: String, new: String)?) {
            self.searchKeys = searchKeys
            self.personnummer = personnummer
        }
    }
}

extension LotsenState {
    /// Changes one participant by an event about them, touching nothing else, so that it
    /// can run on the participant where it lies in the store. Nil when the event is
    /// refused; a refused event changes nothing, because every refusal comes before any
    /// change.
    ///
    /// One switch over the event says what it may move and which search keys follow:
    /// each match against the nested enum is a call that finds its case, and three
    /// switches over it were a twentieth of a replay's folding.
    static func change(_ p: inout Participant, by event: Event, _ stamp: EntryStamp) -> ParticipantChange? {
        var personnummer: (old: String, new: String)?
        var placedBefore: Int?
        var isUndo = false
        let mayMove: Bool
        var follow = KeysToFollow.none
        switch event {
        case .participant(let e):
            switch e {
            // Only these events move someone to or from a workplace.
            case .participantExited, .participantReregistered: mayMove = true; follow = .standing
            // The only event that changes a name or a number.
            case .participantUpdated: mayMove = false; follow = .all
            // Whether someone is protected, or the consent in force.
            case .protectionSet, .consentGiven, .consentWithdrawn: mayMove = false; follow = .standing
            default: mayMove = false
            }
            if mayMove { placedBefore = p.placedAt }
            guard applyOwn(e, to: &p, stamp, &personnummer) else { return nil }
        case .programme(let e):
            switch e {
            case .stageMoved, .placementChanged: mayMove = true
            default: mayMove = false
            }
            if mayMove { placedBefore = p.placedAt }
            guard applyProgramme(e, to: &p.periods[p.periods.count - 1].programme, stamp) else { return nil }
        case .plan(let e):
            mayMove = false
            guard applyPlan(e, to: &p.periods[p.periods.count - 1].programme, stamp) else { return nil }
        case .entry(.entryUndone(let u)):
            // An undo may take back a move, or the consent the search index still named.
            mayMove = u.kind == .stageMove
            follow = .standing
            if mayMove { placedBefore = p.placedAt }
            guard revert(u, in: &p, by: stamp) else { return nil }
            isUndo = true
        case .caseworker, .meeting, .report, .gallring, .unknown:
            // Not about one participant: `apply` folds these before it comes here.
            return nil
        }
        p.lastChange = stamp.time
        // Made whole here, not filled in along the way: a `var` of it passed down and then
        // returned was copied as a whole (a retain of each of its strings) every event.
        return ParticipantChange(placedBefore: placedBefore, placedAfter: mayMove ? p.placedAt : nil,
                                 standing: follow == .standing ? SearchKeys.Standing(p) : nil,
                                 renamed: follow == .all || personnummer != nil
                                     ? ParticipantChange.Renamed(SearchKeys(p), personnummer: personnummer) : nil,
                                 isUndo: isUndo)
    }

    /// Which of a participant's search keys an event may change.
    private enum KeysToFollow { case none, all, standing }

    /// A participant's own event; false when it is refused.
    private static func applyOwn(_ event: ParticipantEvent, to p: inout Participant, _ stamp: EntryStamp,
                               _ personnummer: inout (old: String, new: String)?) -> Bool {
        switch event {
        case .participantRegistered:
            // A registration makes a participant; `apply` does that, never here.
            return false
        case .participantUpdated(let u):
            if let pnr = u.personnummer {
                personnummer = (p.personnummer.digits, pnr.digits)
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
