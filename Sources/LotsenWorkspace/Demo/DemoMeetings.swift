import LotsenCalendar
import LotsenCore
import LotsenJournal

/// The weekly meetings of the demo: the group met on the Thursdays of the last weeks,
/// went through the agenda the rules built that day (the most urgent dozen), decided,
/// agreed who does what, and closed the meeting. Most tasks are done since; the last
/// week's are still open. This week's meeting is left for the user to hold.
extension DemoJournal {
    static let demoDecisions = [
        "Fortsätter som planerat; följs upp nästa vecka.", "AME bokar ett trepartssamtal med AF och deltagaren.",
        "Förlänger praktiken en månad och sätter upp ett nytt mål.", "SYV går igenom utbildningsvägar med deltagaren.",
        "IFO och AME träffar deltagaren tillsammans; förstärkt stöd prövas.", "Planen revideras vid nästa uppföljning.",
        "Deltagaren erbjuds studiebesök på två arbetsplatser.", "Tas upp igen när vi hört av deltagaren.",
    ]

    static let demoMeetingTasks = [
        "Ringa deltagaren och boka tid", "Boka trepartssamtal", "Kontakta arbetsgivaren om praktiken",
        "Skicka kallelse till SYV-samtal", "Uppdatera handlingsplanen", "Söka tre jobb till nästa möte",
    ]

    static let meetingTypes: Set<String> = ["meeting.item.handled", "meeting.started", "meeting.closed", "meeting.task.added", "meeting.task.done"]

    /// Meeting drafts for the Thursdays of the last `weeks` weeks before `today`, over
    /// the drafts so far (which they are folded from, to build each agenda). References
    /// to the meeting and its tasks are negative draft indices into `drafts + result`.
    func meetings(after drafts: [RecordDraft], weeks: Int, rng: inout SplitMix64) -> [RecordDraft] {
        var thursday = today.monday.adding(days: 3)
        if thursday >= today { thursday = thursday.adding(days: -7) }
        let days = (0..<weeks).map { thursday.adding(days: -7 * $0) }.reversed()
        // In time order with their references resolved, as the journal will hold them.
        let sorted = resolveCorrections(drafts)
        var state = LotsenState()
        var next = 0
        var out: [RecordDraft] = []
        var last: Day?
        let attendees = ["AB", "MS", "KN", "SV"]
        for day in days {
            let start = time(day, hour: 13)
            while next < sorted.count, sorted[next].time < start {
                let d = sorted[next]
                if let e = Event(type: d.type, payload: d.payload) {
                    state.apply(RecordedEvent(event: e, subject: d.subject.map(ParticipantID.init),
                                              stamp: EntryStamp(sequence: next + 1, time: d.time, author: d.author)))
                }
                next += 1
            }
            let agenda = AgendaRules.suggestions(in: state, on: day, lastMeeting: last, thresholds: AgendaThresholds())
                .filter { $0.participant != nil }.prefix(12)
            last = day
            let items = agenda.map { AgendaItemContent(participant: $0.participant, reasons: $0.reasons) }
            let guests = rng.below(3) == 0 ? ["Eva Ek (Försäkringskassan)"] : []
            func add(_ e: Event, _ t: Timestamp, _ author: String = "AB") -> Int {
                out.append(draft(e, subject: nil, at: t, author: author))
                return -(drafts.count + out.count)
            }
            let meeting = add(.meeting(.meetingCreated(MeetingRecord(date: day, group: "Samverkansgruppen", attendees: attendees, guests: guests,
                                                            items: items))), time(day.adding(days: -2), hour: 9))
            _ = add(.meeting(.meetingStarted(meeting: meeting, date: day)), start)
            for (i, item) in items.enumerated() where rng.below(100) < 85 {
                let at = time(day, hour: 13, minute: 4 + 5 * i)
                _ = add(.meeting(.agendaItemHandled(meeting: meeting, item: i + 1, handled: true, decision: rng.pick(Self.demoDecisions))), at)
                guard rng.below(100) < 60 else { continue }
                let who: TaskAssignee = rng.below(4) == 0 ? .participant : .caseworker(rng.pick(attendees))
                let due = day.adding(days: 7)
                let task = add(.meeting(.meetingTaskAdded(MeetingTaskRecord(what: rng.pick(Self.demoMeetingTasks), who: who, due: due, date: day,
                                                                   participant: item.participant, meeting: meeting, item: i + 1))), at)
                let doneDay = due.adding(days: rng.below(4) - 2)
                if doneDay < today, rng.below(100) < 85 {
                    _ = add(.meeting(.meetingTaskDone(task: task, date: doneDay, comment: nil)), time(doneDay, hour: 10), who.code == "participant" ? "AB" : who.code)
                }
            }
            _ = add(.meeting(.meetingClosed(meeting: meeting, date: day)), time(day, hour: 15))
        }
        return out
    }

    /// A meeting entry with its negative references resolved; nil when it has none.
    func resolveMeeting(_ e: Event, _ sequence: (Int) -> Int) -> Event? {
        func r(_ n: Int) -> Int { n < 0 ? sequence(n) : n }
        switch e {
        case .meeting(.meetingStarted(let m, let d)): return .meeting(.meetingStarted(meeting: r(m), date: d))
        case .meeting(.meetingClosed(let m, let d)): return .meeting(.meetingClosed(meeting: r(m), date: d))
        case .meeting(.agendaItemHandled(let m, let item, let handled, let decision)):
            return .meeting(.agendaItemHandled(meeting: r(m), item: item, handled: handled, decision: decision))
        case .meeting(.meetingTaskAdded(var t)):
            t.meeting = t.meeting.map(r)
            return .meeting(.meetingTaskAdded(t))
        case .meeting(.meetingTaskDone(let task, let d, let c)): return .meeting(.meetingTaskDone(task: r(task), date: d, comment: c))
        default: return nil
        }
    }
}
