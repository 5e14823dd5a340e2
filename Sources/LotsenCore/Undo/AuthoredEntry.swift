import LotsenCalendar

/// One entry as remembered for taking it back: its number, time, author, type and
/// subject. The state keeps the entries among the journal's last `AuthoredEntry.window`
/// (`EntryWindow`), which hold any caseworker's latest few unless others have written
/// thousands since.
public struct AuthoredEntry: Equatable, Sendable {
    public var sequence: Int
    public var time: Timestamp
    public var author: String
    public var type: String
    public var subject: ParticipantID?
    /// The entry that took this one back, once one has.
    public var undone: EntryStamp?

    public init(sequence: Int, time: Timestamp, author: String, type: String, subject: ParticipantID?, undone: EntryStamp? = nil) {
        self.sequence = sequence
        self.time = time
        self.author = author
        self.type = type
        self.subject = subject
        self.undone = undone
    }

    /// How far back one caseworker can undo: enough for a working session's mistakes.
    public static let kept = 20
    /// How many of the journal's last sequence numbers are remembered. One window for
    /// everyone, not one list per caseworker: a dictionary lookup per entry cost a third
    /// of a replay's fold.
    public static let window = 2048
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
    /// Remembers who made an entry.
    mutating func remember(_ r: RecordedEvent) {
        recentEntries.append(AuthoredEntry(sequence: r.stamp.sequence, time: r.stamp.time, author: r.stamp.author,
                                           type: r.event.type, subject: r.subject))
    }

    /// A replay that knows where the journal ends remembers only its last window: the
    /// result is the same (the window keeps entries by sequence number), and the
    /// half-million entries before it cost nothing.
    public mutating func rememberOnly(after sequence: Int) { recentEntries.rememberAfter = sequence }
    public mutating func rememberAll() { recentEntries.rememberAfter = 0 }

    /// A caseworker's latest entries among the remembered ones, newest first.
    public func entries(by author: String) -> [AuthoredEntry] {
        let key = Caseworker.key(author)
        return Array(recentEntries.entries.reversed().lazy.filter { Caseworker.key($0.author) == key }.prefix(AuthoredEntry.kept))
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
        if u.kind == .meetingTaskDone { return meetingTask(doneBy: u.entry) != nil }
        guard let id = subject, var p = participant(id) else { return false }
        return LotsenState.revert(u, in: &p)
    }

    /// The meeting task that entry `sequence` marked done.
    func meetingTask(doneBy sequence: Int) -> MeetingTask? {
        meetingTasks.values.first { $0.doneStamp?.sequence == sequence }
    }

    /// Records that an entry was taken back, for the history and the author's list.
    mutating func markUndone(_ u: Undo, _ stamp: EntryStamp) {
        undoneEntries[u.entry] = stamp
        recentEntries.markUndone(u.entry, by: stamp)
    }

    /// Folds the undo of a meeting task's "done": open again, as before.
    mutating func applyUndoOfShared(_ u: Undo) -> Bool {
        guard let id = meetingTask(doneBy: u.entry)?.id else { return false }
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

/// The entries among the journal's last `AuthoredEntry.window` sequence numbers, oldest
/// first. Those that fall out are dropped by moving a start index (and the storage now
/// and then), so that folding an entry costs a comparison and at most one append. Two windows are equal when
/// they hold the same entries, however their storage lies.
public struct EntryWindow: Equatable, Sendable {
    private var storage: [AuthoredEntry] = []
    private var start = 0
    /// Entries at or before this sequence number are not remembered (`rememberOnly(after:)`);
    /// not part of what the window holds.
    var rememberAfter = 0

    public init(_ entries: [AuthoredEntry] = []) { storage = entries }

    public var entries: ArraySlice<AuthoredEntry> { storage[start...] }

    mutating func append(_ e: AuthoredEntry) { storage.append(e) }

    /// Lets go of the entries at or before `sequence`: called with every entry folded,
    /// so that what the window holds depends only on where the journal ends.
    mutating func forget(through sequence: Int) {
        while start < storage.count && storage[start].sequence <= sequence { start += 1 }
        if start >= AuthoredEntry.window {
            storage.removeFirst(start)
            start = 0
        }
    }

    /// Lets go of a purged person's entries: nothing about them is taken back any more.
    mutating func forgetSubject(_ id: ParticipantID) {
        storage = storage[start...].filter { $0.subject != id }
        start = 0
    }

    mutating func markUndone(_ sequence: Int, by stamp: EntryStamp) {
        if let i = storage[start...].lastIndex(where: { $0.sequence == sequence }) { storage[i].undone = stamp }
    }

    public static func == (a: EntryWindow, b: EntryWindow) -> Bool { a.entries.elementsEqual(b.entries) }
}
