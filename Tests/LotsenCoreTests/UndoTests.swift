import Testing
import LotsenCalendar
@testable import LotsenCore

/// Taking an entry back: a new entry that names it, after which the state reads as if
/// it had never been made, while the history keeps both.
@Suite("Undo: a compensating entry, never a removal")
struct UndoTests: DomainScenario {
    let today = Day(iso: "2026-11-24")!
    var state = LotsenState()
    var seq = 0
    let id = ParticipantID("d1")

    init() throws {
        try registerSara()
        try run(.programme(.addWorkplace(WorkplaceInput(name: "Verkstaden", sector: "Industri", capacity: "2"))))
    }

    /// What a caseworker sees of the person: everything but the bookkeeping of entries.
    func seen() -> [String] {
        let p = state.participant(id)!
        return ["\(p.currentNotes.map(\.text))", "\(p.consents)", "\(p.responsibilities)", "\(p.periods)",
                "\(state.placed)", "\(state.meetingTasks.values.map { ($0.id, $0.done, $0.comment) })"]
    }

    /// Runs `command`, undoes it, and expects the person as before.
    mutating func expectUndone(_ command: Command, kind: UndoableKind, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = seen()
        try run(command)
        let entry = seq
        #expect(seen() != before, "the command changed nothing", sourceLocation: sourceLocation)
        try run(.entry(.undo(by: "AB", entry: nil)))
        #expect(seen() == before, "\(kind) not undone", sourceLocation: sourceLocation)
        // The search index too: it says whose consent lets a viewer see the phone.
        #expect(state.searchIndex[id] == SearchKeys(state.participant(id)!), "\(kind): search keys not as the person now",
                sourceLocation: sourceLocation)
        #expect(state.undoneEntries[entry]?.sequence == seq, sourceLocation: sourceLocation)
        #expect(state.entries(by: "ab").first { $0.sequence == entry }?.undone?.author == "AB", sourceLocation: sourceLocation)
    }

    @Test("each kind that can be undone leaves the person as before it")
    mutating func everyKind() throws {
        try expectUndone(.participant(.addNote(id, kind: .call, text: "Fel person", corrects: nil)), kind: .note)
        try expectUndone(.participant(.giveConsent(id, date: nil, organisations: ["AF", "AME"])), kind: .consent)
        try expectUndone(.participant(.assignResponsibility(id, organisation: "AME", caseworker: "AB", date: nil)), kind: .responsibility)
        try expectUndone(.programme(.tickChecklist(id, items: ["it-policy"], date: nil, undo: false)), kind: .checklistTick)
        try expectUndone(.programme(.move(id, MoveInput(to: "handlingsplan"))), kind: .stageMove)
        try expectUndone(.programme(.recordVisit(id, workplace: "Verkstaden", date: nil, fullDay: true, evaluation: nil, supervisorView: nil)),
                         kind: .visit)
        try expectUndone(.programme(.startActivity(id, kind: "praktik", organisation: nil, start: nil, plannedEnd: nil)), kind: .activity)
        try expectUndone(.programme(.logKanalen(id, activity: "jobbsök", date: nil, hours: "1")), kind: .kanalenLog)
        try run(.plan(.addTask(id, what: "Skicka två ansökningar", due: "2026-11-27")))
        let task = state.participant(id)!.currentPeriod.programme.tasks[0].id
        try expectUndone(.plan(.followUpTask(id, task: task, result: "klar", due: nil, comment: nil)), kind: .taskFollowUp)
        try run(.meeting(.addMeetingTask(MeetingTaskInput(what: "Ring arbetsgivaren", who: "AB", due: "2026-11-25", participant: id))))
        try expectUndone(.meeting(.completeMeetingTask(task: state.meetingTaskOrder[0], comment: "Gjort")), kind: .meetingTaskDone)
        #expect(Set(state.undoneEntries.keys).count == UndoableKind.allCases.count)
    }

    @Test("undoing a move out of Kanalen gives the placement back, and the workplace its person")
    mutating func placementComesBack() throws {
        try run(.programme(.move(id, MoveInput(to: "kanalen", date: "2026-07-01", placement: "Verkstaden"))))
        let w = state.workplaceList[0].id
        try expectUndone(.programme(.move(id, MoveInput(to: "havet", income: "arbete", occupation: "Svetsare"))), kind: .stageMove)
        #expect(state.participant(id)!.currentPeriod.programme.placement?.workplace == w)
        #expect(state.placed[w] == [id])
        try expectUndone(.programme(.move(id, MoveInput(to: "studiebesök", reason: "Praktiken avbröts"))), kind: .stageMove)
    }

    @Test("undo goes back one entry at a time, and stops at what cannot be undone")
    mutating func stepsBack() throws {
        try run(.participant(.addNote(id, kind: .call, text: "Första", corrects: nil)))
        try run(.participant(.addNote(id, kind: .call, text: "Andra", corrects: nil)))
        try run(.entry(.undo(by: "AB", entry: nil)))
        #expect(state.participant(id)!.currentNotes.map(\.text) == ["Första"])
        try run(.entry(.undo(by: "AB", entry: nil)))
        #expect(state.participant(id)!.currentNotes.isEmpty)
        // Next back is the workplace added in init: nothing takes that back.
        guard case .undo(.notUndoable(let e))? = refusal(.entry(.undo(by: "AB", entry: nil))) else {
            Issue.record("a workplace added was offered for undo")
            return
        }
        #expect(e.type == "workplace.added")
        #expect(state.participant(id)!.notes.count == 2, "the notes stay in the history")
    }

    @Test("an entry changed since, already undone, or someone else's is refused")
    mutating func refusals() throws {
        try run(.participant(.addNote(id, kind: .call, text: "Ringde", corrects: nil)))
        let note = seq
        try run(.participant(.addNote(id, kind: .call, text: "Ringde, mår bra", corrects: note)))
        guard case .undo(.changedSince(let e))? = refusal(.entry(.undo(by: "AB", entry: note))) else {
            Issue.record("a corrected note was undone under its correction")
            return
        }
        #expect(e.sequence == note)
        // Undoing the correction brings the first text back.
        try run(.entry(.undo(by: "AB", entry: nil)))
        #expect(state.participant(id)!.currentNotes.map(\.text) == ["Ringde"])
        guard case .undo(.alreadyUndone(_, let by))? = refusal(.entry(.undo(by: "AB", entry: note + 1))) else {
            Issue.record("an undone entry was undone twice")
            return
        }
        #expect(by.sequence == seq)
        #expect(refusal(.entry(.undo(by: "CD", entry: nil))) == .undo(.nothingToUndo))
        #expect(refusal(.entry(.undo(by: "AB", entry: 99_999))) == .undo(.notAmongYours(count: AuthoredEntry.kept)))

        try run(.programme(.move(id, MoveInput(to: "handlingsplan"))))
        let first = seq
        try run(.programme(.move(id, MoveInput(to: "studiebesök"))))
        guard case .undo(.changedSince)? = refusal(.entry(.undo(by: "AB", entry: first))) else {
            Issue.record("a move was undone under a later one")
            return
        }
    }

    @Test("the state remembers only a caseworker's latest entries")
    mutating func bounded() throws {
        for i in 0..<(AuthoredEntry.kept * 3) { try run(.participant(.addNote(id, kind: .call, text: "Nr \(i)", corrects: nil))) }
        #expect(state.entries(by: "AB").count == AuthoredEntry.kept)
        #expect(state.entries(by: "AB").first?.sequence == seq)
        #expect(state.recentEntries.entries.count <= AuthoredEntry.window)
    }

    @Test("a replay that remembers only the journal's last window ends with the same state as one that remembers all")
    func windowIsCanonical() throws {
        let base = state
        let last = seq + AuthoredEntry.window + 500
        // The last two entries undo the two notes before them: entries not remembered
        // themselves, at the end, where the window's edge is decided.
        let events = (seq + 1...last).map { n in
            RecordedEvent(event: n > last - 2 ? .entry(.entryUndone(Undo(entry: n - 2, kind: .note)))
                                              : .participant(.noteAdded(kind: .call, text: "Nr \(n)", corrects: nil)), subject: id,
                          stamp: EntryStamp(sequence: n, time: Timestamp(millisecondsSince1970: Int64(n) * 1000), author: n % 3 == 0 ? "CD" : "AB"))
        }
        var all = base, hinted = base
        hinted.rememberOnly(after: events.last!.stamp.sequence - AuthoredEntry.window)
        for e in events {
            all.apply(e)
            hinted.apply(e)
        }
        hinted.rememberAll()
        #expect(all == hinted)
        #expect(all.recentEntries.entries.count == AuthoredEntry.window - 2)
        #expect(all.recentEntries.entries.first?.sequence == last - AuthoredEntry.window + 1)
        #expect(all.unappliedEvents == base.unappliedEvents)
    }
}
