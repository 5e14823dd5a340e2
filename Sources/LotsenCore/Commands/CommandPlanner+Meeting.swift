import LotsenCalendar

/// The meeting's commands and the who-does-what tasks. A closed meeting refuses every
/// change but a correction; its tasks can still be done.
extension CommandPlanner {
    func planMeeting(_ command: MeetingCommand) throws(DomainError) -> [PlannedEvent] {
        switch command {
        case .createMeeting(let input, let withAgenda):
            let last = state.meetingList.last
            var record = try meetingRecord(input, old: last.map {
                MeetingRecord(date: today, group: $0.group, attendees: $0.attendees, guests: [])
            })
            if state.meetingList.contains(where: { $0.date == record.date && $0.group == record.group && !$0.isClosed }) {
                throw .meeting(.duplicate(record.date))
            }
            if withAgenda {
                record.items = agenda(on: record.date, group: record.group).map {
                    AgendaItemContent(participant: $0.participant, title: $0.title, reasons: $0.reasons)
                }
            }
            return [PlannedEvent(event: .meeting(.meetingCreated(record)), subject: nil)]

        case .updateMeeting(let id, let input):
            let m = try openMeeting(id)
            let record = try meetingRecord(input, old: MeetingRecord(date: m.date, group: m.group, attendees: m.attendees, guests: m.guests))
            guard record.date != m.date || record.group != m.group || record.attendees != m.attendees || record.guests != m.guests else {
                throw .nothingToDo
            }
            return [PlannedEvent(event: .meeting(.meetingUpdated(meeting: id, record)), subject: nil)]

        case .addAgendaItem(let id, let participant, let titleText):
            let m = try openMeeting(id)
            let title = try FieldParsing.optionalLine(titleText, .title)
            var reasons: [AgendaReason] = []
            if let participant {
                let p = try self.participant(participant)
                if let existing = m.item(for: participant) { throw .meeting(.alreadyOnAgenda(existing.id)) }
                if p.isActive {
                    reasons = AgendaRules.reasons(for: p, in: state, on: m.date, lastMeeting: state.meeting(before: m.date)?.date)
                }
            } else if title == nil {
                throw .invalid(.who, .empty)
            }
            return [PlannedEvent(event: .meeting(.agendaItemAdded(meeting: id, AgendaItemContent(participant: participant, title: title,
                                                                                          reasons: [.added] + reasons))), subject: nil)]

        case .refreshAgenda(let id):
            let m = try openMeeting(id)
            let hasGeneral = m.items.contains { $0.content.participant == nil && $0.content.title == nil }
            let new = agenda(on: m.date, group: m.group).filter { s in
                if let title = s.title { return !m.items.contains { $0.content.title == title } && !m.struck.contains { $0.item.content.title == title } }
                guard let p = s.participant else { return !hasGeneral }
                return m.item(for: p) == nil && !m.removed.contains(p)
            }
            guard !new.isEmpty else { throw .nothingToDo }
            return new.map { PlannedEvent(event: .meeting(.agendaItemAdded(meeting: id, AgendaItemContent(participant: $0.participant, title: $0.title,
                                                                                                          reasons: $0.reasons))),
                                          subject: nil) }

        case .removeAgendaItem(let id, let item, let reasonText):
            _ = try agendaItem(id, item)
            guard let reason = try FieldParsing.optionalLine(reasonText, .reason) else { throw .invalid(.reason, .empty) }
            return [PlannedEvent(event: .meeting(.agendaItemRemoved(meeting: id, item: item, reason: reason)), subject: nil)]

        case .moveAgendaItem(let id, let item, let positionText):
            let (m, _) = try agendaItem(id, item)
            let from = m.position(of: item)! + 1
            let to = try position(positionText, from: from, count: m.items.count)
            guard to != from else { throw .nothingToDo }
            return [PlannedEvent(event: .meeting(.agendaItemMoved(meeting: id, item: item, position: to)), subject: nil)]

        case .handleAgendaItem(let id, let item, let decisionText, let handled):
            let (m, it) = try agendaItem(id, item)
            let decision = try text(decisionText, .decision)
            guard decision != it.decision || handled != it.handled else { throw .nothingToDo }
            return startIfPlanned(m) + [PlannedEvent(event: .meeting(.agendaItemHandled(meeting: id, item: item, handled: handled, decision: decision)),
                                                     subject: nil)]

        case .startMeeting(let id):
            let m = try openMeeting(id)
            guard m.status == .planned else { throw .nothingToDo }
            return startIfPlanned(m)

        case .closeMeeting(let id, let date):
            let m = try openMeeting(id)
            let d = try day(date, .date)
            // A meeting closed without being started was still held.
            return startIfPlanned(m) + [PlannedEvent(event: .meeting(.meetingClosed(meeting: id, date: d)), subject: nil)]

        case .correctMeeting(let id, let item, let correction, let date):
            let m = try meeting(id)
            guard m.isClosed else { throw .meeting(.notClosed) }
            if let item, m.item(item) == nil { throw .meeting(.itemNotFound(item)) }
            guard let t = try text(correction, .text) else { throw .invalid(.text, .empty) }
            return [PlannedEvent(event: .meeting(.meetingCorrected(meeting: id, item: item, date: try day(date, .date), text: t)), subject: nil)]

        case .addMeetingTask(let input):
            return [PlannedEvent(event: .meeting(.meetingTaskAdded(try meetingTask(input))), subject: nil)]

        case .completeMeetingTask(let task, let commentText):
            guard let t = state.meetingTasks[task] else { throw .meeting(.taskNotFound(task)) }
            guard t.isOpen else { throw .meeting(.taskDone(task)) }
            return [PlannedEvent(event: .meeting(.meetingTaskDone(task: task, date: max(today, t.added), comment: try text(commentText, .comment))),
                                 subject: nil)]

        case .setAgendaRules(let ninety, let expiry, let stalled, let followUp, let minutes, let limit):
            var t = state.agendaThresholds
            t.ninetyDayNotice = try threshold(ninety) ?? t.ninetyDayNotice
            t.planExpiryDays = try threshold(expiry) ?? t.planExpiryDays
            t.stalledDays = try threshold(stalled) ?? t.stalledDays
            t.followUpNoticeDays = try threshold(followUp) ?? t.followUpNoticeDays
            t.minutesPerItem = try threshold(minutes) ?? t.minutesPerItem
            t.itemLimit = try threshold(limit) ?? t.itemLimit
            guard t.minutesPerItem > 0 else { throw .invalid(.threshold, .notOneOf("0", ["1–365"])) }
            guard t != state.agendaThresholds else { throw .nothingToDo }
            return [PlannedEvent(event: .meeting(.agendaRulesSet(t)), subject: nil)]
        }
    }

    /// The rules' agenda as of `day`, with "new" counted from the meeting before it.
    /// The rules' agenda for a meeting of `group` on `day`, with what the group's last
    /// closed meeting before it did not reach.
    func agenda(on day: Day, group: String) -> [AgendaSuggestion] {
        let carried = state.meetingList.last { $0.isClosed && $0.date <= day && $0.group == group }
        return AgendaRules.suggestions(in: state, on: day, lastMeeting: state.meeting(before: day)?.date, thresholds: state.agendaThresholds,
                                       carried: carried)
    }

    private func meeting(_ id: Int) throws(DomainError) -> Meeting {
        guard let m = state.meetings[id] else { throw .meeting(.notFound(String(id))) }
        return m
    }

    private func openMeeting(_ id: Int) throws(DomainError) -> Meeting {
        let m = try meeting(id)
        if let closed = m.closed { throw .meeting(.closed(closed)) }
        return m
    }

    private func agendaItem(_ id: Int, _ item: Int) throws(DomainError) -> (Meeting, AgendaItem) {
        let m = try openMeeting(id)
        guard let it = m.item(item) else { throw .meeting(.itemNotFound(item)) }
        return (m, it)
    }

    private func startIfPlanned(_ m: Meeting) -> [PlannedEvent] {
        m.status == .planned ? [PlannedEvent(event: .meeting(.meetingStarted(meeting: m.id, date: today)), subject: nil)] : []
    }

    private func meetingRecord(_ input: MeetingInput, old: MeetingRecord?) throws(DomainError) -> MeetingRecord {
        let date: Day
        if let t = input.date, !t.trimmingSpaces.isEmpty {
            date = try FieldParsing.day(t, .date, today: today, allowFuture: true)
        } else {
            date = old?.date ?? today
        }
        let group: String
        if let t = input.group { group = try FieldParsing.name(t, .group) }
        else if let g = old?.group { group = g }
        else { throw .invalid(.group, .empty) }
        var attendees = old?.attendees ?? []
        if let list = input.attendees {
            attendees = []
            for initials in FieldParsing.list(list) {
                guard let c = state.caseworker(initials) else { throw .unknownCaseworker(initials) }
                if !attendees.contains(c.initials) { attendees.append(c.initials) }
            }
        }
        var guests = old?.guests ?? []
        if let list = input.guests {
            guests = []
            for name in list where !name.trimmingSpaces.isEmpty { guests.append(try FieldParsing.name(name, .guests)) }
        }
        return MeetingRecord(date: date, group: group, attendees: attendees, guests: guests)
    }

    /// A position as a number (1 is first), or first / last / up / down.
    private func position(_ text: String, from: Int, count: Int) throws(DomainError) -> Int {
        switch TextFolding.code(text) {
        case "first", "forst": return 1
        case "last", "sist": return count
        case "up", "upp": return max(1, from - 1)
        case "down", "ner", "ned": return min(count, from + 1)
        default:
            guard let n = Int(text.trimmingSpaces), (1...count).contains(n) else {
                throw .invalid(.position, .notAChoice(text.trimmingSpaces, .position(count: count)))
            }
            return n
        }
    }

    private func meetingTask(_ input: MeetingTaskInput) throws(DomainError) -> MeetingTaskRecord {
        guard let what = TextCheck.singleLine(input.what) else { throw .invalid(.task, .controlCharacters) }
        guard !what.isEmpty else { throw .invalid(.task, .empty) }
        guard what.count <= 300 else { throw .invalid(.task, .tooLong(300)) }
        var participant = input.participant
        var meeting: Meeting?
        if let id = input.meeting {
            let m = try openMeeting(id)
            meeting = m
            if let item = input.item {
                guard let it = m.item(item) else { throw .meeting(.itemNotFound(item)) }
                participant = participant ?? it.content.participant
            }
        }
        if let participant { _ = try self.participant(participant) }
        let who: TaskAssignee
        let whoText = input.who.trimmingSpaces
        switch TextFolding.code(whoText) {
        case "":
            throw .invalid(.who, .empty)
        case "deltagaren", "deltagare", "participant", "the-participant":
            guard participant != nil else { throw .meeting(.noParticipant) }
            who = .participant
        default:
            guard let c = state.caseworker(whoText) else { throw .unknownCaseworker(whoText) }
            who = .caseworker(c.initials)
        }
        // By the next weekly meeting unless the group says otherwise.
        let defaultDue = (meeting?.date).map { max($0, today) } ?? today
        // Agreed at a past meeting, a task may be due before today (it is then late).
        let earliest = min(meeting?.date ?? today, today)
        let due = try laterDay(input.due, .due, after: earliest) ?? defaultDue.adding(days: 7)
        return MeetingTaskRecord(what: what, who: who, due: due, date: today, participant: participant,
                                 meeting: input.meeting, item: input.item)
    }

    private func threshold(_ text: String?) throws(DomainError) -> Int? {
        guard let text, !text.trimmingSpaces.isEmpty else { return nil }
        guard let n = Int(text.trimmingSpaces), (0...365).contains(n) else {
            throw .invalid(.threshold, .notOneOf(text.trimmingSpaces, ["0–365"]))
        }
        return n
    }
}

/// Which meeting a caseworker means: nothing (the current one), its number, its date,
/// or "senaste" / "last".
public enum MeetingResolver {
    public static func resolve(_ text: String?, in state: LotsenState) throws(DomainError) -> Int {
        let t = (text ?? "").trimmingSpaces
        if t.isEmpty {
            guard let m = state.currentMeeting else { throw .meeting(.noOpenMeeting) }
            return m.id
        }
        if ["last", "senaste"].contains(TextFolding.code(t)), let m = state.meetingList.last { return m.id }
        if let n = Int(t), state.meetings[n] != nil { return n }
        if let d = Day(iso: t), let m = state.meetingList.last(where: { $0.date == d }) { return m.id }
        throw .meeting(.notFound(t))
    }
}

extension FieldParsing {
    /// "AB, CD EF" and ["AB", "CD"] alike: items split on commas and spaces.
    static func list(_ texts: [String]) -> [String] {
        texts.flatMap { $0.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init) }
    }
}
