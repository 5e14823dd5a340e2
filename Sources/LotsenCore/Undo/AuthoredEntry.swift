import LotsenCalendar

/// One entry a caseworker made, as remembered for taking it back: its number, time,
/// type and subject. The state keeps the last `AuthoredEntry.kept` per caseworker.
public struct AuthoredEntry: Equatable, Sendable {
    public var sequence: Int
    public var time: Timestamp
    public var type: String
    public var subject: ParticipantID?
    /// The entry that took this one back, once one has.
    public var undone: EntryStamp?

    public init(sequence: Int, time: Timestamp, type: String, subject: ParticipantID?, undone: EntryStamp? = nil) {
        self.sequence = sequence
        self.time = time
        self.type = type
        self.subject = subject
        self.undone = undone
    }

    /// Enough to go back a working session's mistakes, few enough to cost nothing.
    public static let kept = 20
}

/// Why an entry cannot be taken back; each says what to do instead.
public enum UndoRefusal: Error, Equatable, Sendable {
    /// Of a kind nothing takes back (a closed meeting, a registration, an exit …).
    case notUndoable(AuthoredEntry)
    case alreadyUndone(AuthoredEntry, by: EntryStamp)
    /// Something later changed the same thing (a later move, a correction of the note).
    case changedSince(AuthoredEntry)
    /// The caseworker's recent entries do not include it.
    case notAmongYours(count: Int)
    case nothingToUndo
}

extension LotsenState {
    /// Remembers who made an entry. Runs for every event folded, so it does no more than
    /// one dictionary lookup and an append.
    mutating func remember(_ r: RecordedEvent) {
        let entry = AuthoredEntry(sequence: r.stamp.sequence, time: r.stamp.time, type: r.event.type, subject: r.subject)
        recentEntries[r.stamp.author, default: []].append(entry)
        if recentEntries[r.stamp.author]!.count > AuthoredEntry.kept * 2 {
            recentEntries[r.stamp.author]!.removeFirst(AuthoredEntry.kept)
        }
    }

    /// A caseworker's latest entries, newest first.
    public func entries(by author: String) -> [AuthoredEntry] {
        (recentEntries[Caseworker.key(author)] ?? []).suffix(AuthoredEntry.kept).reversed()
    }

    /// The entry `author` would take back: the given one, or their latest that is not
    /// already undone. A refusal says why not.
    public func undoTarget(by author: String, entry: Int?) -> Result<(AuthoredEntry, UndoableKind), UndoRefusal> {
        let mine = entries(by: author)
        let chosen: AuthoredEntry?
        if let entry {
            guard let e = mine.first(where: { $0.sequence == entry }) else { return .failure(.notAmongYours(count: AuthoredEntry.kept)) }
            chosen = e
        } else {
            chosen = mine.first { $0.undone == nil }
        }
        guard let target = chosen else { return .failure(.nothingToUndo) }
        if let by = target.undone { return .failure(.alreadyUndone(target, by: by)) }
        guard let kind = UndoableKind(type: target.type) else { return .failure(.notUndoable(target)) }
        guard isStill(Undo(entry: target.sequence, kind: kind), about: target.subject) else { return .failure(.changedSince(target)) }
        return .success((target, kind))
    }

    /// Whether what the entry made is still there as it made it.
    func isStill(_ u: Undo, about subject: ParticipantID?) -> Bool {
        if u.kind == .meetingTaskDone { return meetingTasks.values.contains { $0.doneStamp?.sequence == u.entry } }
        guard let id = subject, var p = participant(id) else { return false }
        return LotsenState.revert(u, in: &p)
    }

    /// Records that an entry was taken back, for the history and the author's list.
    mutating func markUndone(_ u: Undo, _ stamp: EntryStamp) {
        undoneEntries[u.entry] = stamp
        if let i = recentEntries[stamp.author]?.lastIndex(where: { $0.sequence == u.entry }) {
            recentEntries[stamp.author]![i].undone = stamp
        }
    }

    /// Folds the undo of a meeting task's "done": open again, as before.
    mutating func applyUndoOfShared(_ u: Undo) -> Bool {
        guard let id = meetingTasks.first(where: { $0.value.doneStamp?.sequence == u.entry })?.key else { return false }
        meetingTasks[id]!.done = nil
        meetingTasks[id]!.doneStamp = nil
        meetingTasks[id]!.comment = nil
        return true
    }

    /// Takes back what entry `u.entry` made to the participant; false when it is not
    /// there as made (changed since, or never was), and then nothing is changed.
    static func revert(_ u: Undo, in p: inout Participant, by stamp: EntryStamp? = nil) -> Bool {
        let seq = u.entry
        let last = p.periods.count - 1
        switch u.kind {
        case .note:
            guard let i = p.notes.firstIndex(where: { $0.id == seq }), p.notes[i].undone == nil,
                  !p.notes.contains(where: { $0.corrects == seq && $0.undone == nil }) else { return false }
            p.notes[i].undone = stamp ?? p.notes[i].stamp
        case .consent:
            guard let c = p.consents.last, c.stamp.sequence == seq, c.withdrawn == nil else { return false }
            p.consents.removeLast()
        case .responsibility:
            guard let i = p.responsibilities.firstIndex(where: { $0.stamp.sequence == seq }),
                  p.responsibilities[i].until == nil else { return false }
            let r = p.responsibilities.remove(at: i)
            // The one it replaced in that organisation is responsible again.
            if let j = p.responsibilities.lastIndex(where: { $0.organisation == r.organisation && $0.until == r.from }) {
                p.responsibilities[j].until = nil
            }
        case .stageMove:
            var g = p.periods[last].programme
            guard let m = g.moves.last, m.stamp.sequence == seq,
                  !g.placements.contains(where: { $0.stamp.sequence > seq }) else { return false }
            g.moves.removeLast()
            g.placements.removeAll { $0.stamp.sequence == seq }
            if m.endedPlacement, let j = g.placements.indices.last { g.placements[j].until = nil }
            p.periods[last].programme = g
        case .checklistTick:
            guard let code = p.periods[last].programme.ticks.first(where: { $0.value.stamp.sequence == seq })?.key else { return false }
            p.periods[last].programme.ticks[code] = nil
        case .visit:
            guard let i = p.periods[last].programme.visits.firstIndex(where: { $0.id == seq }) else { return false }
            p.periods[last].programme.visits.remove(at: i)
        case .activity:
            guard let i = p.periods[last].programme.activities.firstIndex(where: { $0.id == seq }),
                  p.periods[last].programme.activities[i].end == nil else { return false }
            p.periods[last].programme.activities.remove(at: i)
        case .kanalenLog:
            guard let i = p.periods[last].programme.kanalen.firstIndex(where: { $0.stamp.sequence == seq }) else { return false }
            p.periods[last].programme.kanalen.remove(at: i)
        case .taskFollowUp:
            guard let i = p.periods[last].programme.tasks.firstIndex(where: { $0.followUps.last?.stamp.sequence == seq })
            else { return false }
            p.periods[last].programme.tasks[i].followUps.removeLast()
        case .meetingTaskDone:
            return false
        }
        return true
    }
}
