import LotsenCalendar
import LotsenJSON

/// Payloads of the meeting events, in the style of `Event+JSON.swift`. Meetings and
/// their tasks belong to the whole journal: they have no subject, and name the
/// participant an item or a task is about in the payload.
extension MeetingEvent: EventArea {
    func write(into w: inout JSONObjectWriter) {
        switch self {
        case .meetingCreated(let m):
            Self.write(m, into: &w)
            w.objects("items", m.items) { item, o in Self.write(item, into: &o) }
        case .meetingUpdated(let id, let m):
            w.field("meeting", id)
            Self.write(m, into: &w)
        case .agendaItemAdded(let id, let item):
            w.field("meeting", id)
            Self.write(item, into: &w)
        case .agendaItemRemoved(let id, let item, let reason):
            w.field("meeting", id)
            w.field("item", item)
            w.field("reason", reason)
        case .agendaItemMoved(let id, let item, let position):
            w.field("meeting", id)
            w.field("item", item)
            w.field("position", position)
        case .agendaItemHandled(let id, let item, let handled, let decision):
            w.field("meeting", id)
            w.field("item", item)
            w.field("handled", handled)
            w.field("decision", decision)
        case .meetingStarted(let id, let date), .meetingClosed(let id, let date):
            w.field("meeting", id)
            w.field("date", date.iso)
        case .meetingCorrected(let id, let item, let date, let text):
            w.field("meeting", id)
            w.field("item", item)
            w.field("date", date.iso)
            w.field("text", text)
        case .meetingTaskAdded(let t):
            w.field("what", t.what)
            w.field("who", t.who.code)
            w.field("due", t.due.iso)
            w.field("date", t.date.iso)
            w.field("participant", t.participant?.value)
            w.field("meeting", t.meeting)
            w.field("item", t.item)
        case .meetingTaskDone(let task, let date, let comment):
            w.field("task", task)
            w.field("date", date.iso)
            w.field("comment", comment)
        case .agendaRulesSet(let t):
            w.field("ninety-days", t.ninetyDayNotice)
            w.field("plan-expiry", t.planExpiryDays)
            w.field("stalled", t.stalledDays)
            w.field("follow-up", t.followUpNoticeDays)
            // Only when set: entries from before these existed read and write back the same.
            let d = AgendaThresholds()
            if t.minutesPerItem != d.minutesPerItem { w.field("minutes-per-item", t.minutesPerItem) }
            if t.itemLimit != d.itemLimit { w.field("limit", t.itemLimit) }
        }
    }

    private static func write(_ m: MeetingRecord, into w: inout JSONObjectWriter) {
        w.field("date", m.date.iso)
        w.field("group", m.group)
        w.field("attendees", m.attendees)
        w.field("guests", m.guests)
    }

    private static func write(_ item: AgendaItemContent, into w: inout JSONObjectWriter) {
        w.field("participant", item.participant?.value)
        w.field("title", item.title)
        w.objects("reasons", item.reasons) { r, o in
            o.field("rule", r.code)
            switch r {
            case .consentWithdrawn(let d), .followUpDue(let d), .planExpiring(let d), .intensifiedSupport(let d),
                 .noStageChange(let d), .newParticipant(let d):
                o.field("date", d.iso)
            case .ninetyDays(let n), .meetingTasksOverdue(let n), .weeklyTasksOverdue(let n), .openTasks(let n):
                o.field("count", n)
            case .carriedOver(let d):
                o.field("date", d.iso)
            case .added:
                break
            }
        }
    }

    private static func readRecord(_ o: JSONNode) -> MeetingRecord? {
        guard let date = o["date"]?.day, let group = o["group"]?.string else { return nil }
        return MeetingRecord(date: date, group: group, attendees: o["attendees"]?.array?.compactMap(\.string) ?? [],
                             guests: o["guests"]?.array?.compactMap(\.string) ?? [])
    }

    private static func readItem(_ o: JSONNode) -> AgendaItemContent {
        // A rule this version does not know is left out, not fatal: the item still shows.
        let reasons = (o["reasons"]?.array ?? []).compactMap { r in
            AgendaReason(code: r["rule"]?.string ?? "", date: r["date"]?.day, count: r["count"]?.int)
        }
        return AgendaItemContent(participant: o["participant"]?.string.map(ParticipantID.init), title: o["title"]?.string,
                                 reasons: reasons)
    }

    /// Reads a meeting event; nil when the payload lacks what the type needs.
    static func read(_ kind: Kind, _ o: JSONNode) -> Self? {
        func day(_ k: StaticString) -> Day? { o[k]?.day }
        let meeting = o["meeting"]?.int
        switch kind {
        case .meetingCreated:
            guard var m = readRecord(o) else { return nil }
            m.items = (o["items"]?.array ?? []).map(readItem)
            return .meetingCreated(m)
        case .meetingUpdated:
            guard let meeting, let m = readRecord(o) else { return nil }
            return .meetingUpdated(meeting: meeting, m)
        case .agendaItemAdded:
            return meeting.map { .agendaItemAdded(meeting: $0, readItem(o)) }
        case .agendaItemRemoved:
            guard let meeting, let item = o["item"]?.int else { return nil }
            return .agendaItemRemoved(meeting: meeting, item: item, reason: o["reason"]?.string)
        case .agendaItemMoved:
            guard let meeting, let item = o["item"]?.int, let position = o["position"]?.int else { return nil }
            return .agendaItemMoved(meeting: meeting, item: item, position: position)
        case .agendaItemHandled:
            guard let meeting, let item = o["item"]?.int else { return nil }
            return .agendaItemHandled(meeting: meeting, item: item, handled: o["handled"]?.bool ?? true, decision: o["decision"]?.string)
        case .meetingStarted:
            guard let meeting, let date = day("date") else { return nil }
            return .meetingStarted(meeting: meeting, date: date)
        case .meetingClosed:
            guard let meeting, let date = day("date") else { return nil }
            return .meetingClosed(meeting: meeting, date: date)
        case .meetingCorrected:
            guard let meeting, let date = day("date"), let text = o["text"]?.string else { return nil }
            return .meetingCorrected(meeting: meeting, item: o["item"]?.int, date: date, text: text)
        case .meetingTaskAdded:
            guard let what = o["what"]?.string, let who = o["who"]?.string, let due = day("due"), let date = day("date") else { return nil }
            return .meetingTaskAdded(MeetingTaskRecord(what: what, who: TaskAssignee(code: who), due: due, date: date,
                                                       participant: o["participant"]?.string.map(ParticipantID.init),
                                                       meeting: meeting, item: o["item"]?.int))
        case .meetingTaskDone:
            guard let task = o["task"]?.int, let date = day("date") else { return nil }
            return .meetingTaskDone(task: task, date: date, comment: o["comment"]?.string)
        case .agendaRulesSet:
            let d = AgendaThresholds()
            var t = AgendaThresholds(ninetyDayNotice: o["ninety-days"]?.int ?? d.ninetyDayNotice,
                                     planExpiryDays: o["plan-expiry"]?.int ?? d.planExpiryDays,
                                     stalledDays: o["stalled"]?.int ?? d.stalledDays,
                                     followUpNoticeDays: o["follow-up"]?.int ?? d.followUpNoticeDays)
            // Written by later versions only: older entries keep the defaults.
            t.minutesPerItem = o["minutes-per-item"]?.int ?? d.minutesPerItem
            t.itemLimit = o["limit"]?.int ?? d.itemLimit
            return .agendaRulesSet(t)
        }
    }
}

extension AgendaReason {
    /// The rule's name in the journal and in JSON output.
    public var code: String {
        switch self {
        case .consentWithdrawn: return "consent-withdrawn"
        case .ninetyDays: return "ninety-days"
        case .meetingTasksOverdue: return "tasks-overdue"
        case .weeklyTasksOverdue: return "weekly-tasks-overdue"
        case .followUpDue: return "follow-up-due"
        case .planExpiring: return "plan-expiring"
        case .intensifiedSupport: return "intensified-support"
        case .noStageChange: return "no-stage-change"
        case .newParticipant: return "new-participant"
        case .openTasks: return "open-tasks"
        case .added: return "added"
        case .carriedOver: return "carried-over"
        }
    }

    init?(code: String, date: Day?, count: Int?) {
        switch (code, date, count) {
        case ("consent-withdrawn", let d?, _): self = .consentWithdrawn(d)
        case ("ninety-days", _, let n?): self = .ninetyDays(days: n)
        case ("tasks-overdue", _, let n?): self = .meetingTasksOverdue(n)
        case ("weekly-tasks-overdue", _, let n?): self = .weeklyTasksOverdue(n)
        case ("follow-up-due", let d?, _): self = .followUpDue(d)
        case ("plan-expiring", let d?, _): self = .planExpiring(d)
        case ("intensified-support", let d?, _): self = .intensifiedSupport(since: d)
        case ("no-stage-change", let d?, _): self = .noStageChange(since: d)
        case ("new-participant", let d?, _): self = .newParticipant(registered: d)
        case ("open-tasks", _, let n?): self = .openTasks(n)
        case ("added", _, _): self = .added
        case ("carried-over", let d?, _): self = .carriedOver(from: d)
        default: return nil
        }
    }
}
