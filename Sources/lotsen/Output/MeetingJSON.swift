import LotsenCalendar
import LotsenCore
import LotsenText

/// A meeting for scripts: the agenda with each rule's code and text, the decisions,
/// and the tasks agreed at it.
struct MeetingJSON: Encodable {
    struct Reason: Encodable {
        var rule: String
        var text: String
    }

    struct Item: Encodable {
        var number: Int
        var participant: String?
        var name: String?
        var title: String?
        var reasons: [Reason]
        var handled: Bool
        var decision: String?
        var withoutConsent: Bool?
    }

    var number: Int
    var date: String
    var group: String
    var status: String
    var attendees: [String]
    var guests: [String]
    var items: [Item]
    var tasks: [MeetingTaskJSON]
    var closed: String?

    init(_ m: Meeting, _ state: LotsenState, _ lang: Language, today: Day) {
        number = m.id
        date = m.date.iso
        group = m.group
        status = m.status.rawValue
        attendees = m.attendees
        guests = m.guests
        closed = m.closed?.iso
        items = m.items.map { item in
            // Without consent covering everyone there: neither name nor why.
            let named = item.content.participant.map { state.mayDiscuss($0, at: m) } ?? true
            return Item(number: item.id, participant: item.content.participant?.value,
                        name: named ? item.content.participant.flatMap { state.participant($0)?.profile.fullName } : nil,
                        title: item.content.title,
                        reasons: named ? item.content.reasons.map { Reason(rule: $0.code, text: lang.meeting.reason($0)) } : [],
                        handled: item.handled, decision: item.decision, withoutConsent: named ? nil : true)
        }
        tasks = state.meetingTaskList.filter { $0.meeting == m.id }.map { MeetingTaskJSON($0, today: today) }
    }
}

struct MeetingTaskJSON: Encodable {
    var number: Int
    var kind: String
    var what: String
    var who: String
    var due: String
    var overdue: Bool
    var open: Bool
    var participant: String?
    var meeting: Int?
    var item: Int?
    var done: String?
}

extension MeetingTaskJSON {
    init(_ t: MeetingTask, today: Day) {
        self.init(number: t.id, kind: "meeting", what: t.what, who: t.who.code, due: t.due.iso, overdue: t.isOverdue(on: today),
                  open: t.isOpen, participant: t.participant?.value, meeting: t.meeting, item: t.item, done: t.done?.iso)
    }

    init(_ row: TaskList.Row, today: Day) {
        switch row {
        case .meeting(let t):
            self.init(t, today: today)
        case .weekly(let id, let t):
            self.init(number: t.id, kind: "weekly", what: t.what, who: TaskAssignee.participant.code, due: t.due.iso,
                      overdue: t.isOverdue(on: today), open: t.isOpen, participant: id.value, meeting: nil, item: nil, done: nil)
        }
    }
}
