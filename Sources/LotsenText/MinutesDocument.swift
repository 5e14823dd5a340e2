import LotsenCalendar
import LotsenCore

/// The minutes (protokoll) of a meeting: who was there, per item why it was on the
/// agenda, the decision and who does what, then the tasks still open when the meeting
/// closed, and any corrections. Names, never personnummer: minutes are passed around.
public struct MinutesDocument {
    let meeting: Meeting
    let state: LotsenState
    let lang: Language

    public init(_ meeting: Meeting, in state: LotsenState, lang: Language) {
        self.meeting = meeting
        self.state = state
        self.lang = lang
    }

    var words: MeetingWords { lang.meeting }

    func caseworker(_ initials: String) -> String {
        state.caseworker(initials).map { "\($0.name) (\($0.organisation.label))" } ?? initials
    }

    func who(_ a: TaskAssignee) -> String {
        if case .caseworker(let i) = a { return state.caseworker(i)?.name ?? i }
        return words.assignee(a).capitalizedFirst
    }

    /// "CD: Ring lagret om startdag – senast 2026-12-03".
    func task(_ t: MeetingTask, about: Bool) -> String {
        let named = t.participant.map { state.mayDiscuss($0, at: meeting) } ?? true
        let person = about && named ? t.participant.flatMap { state.participant($0)?.profile.fullName }.map { " (\($0))" } ?? "" : ""
        return "\(who(t.who)): \(t.what)\(person) – \(words.label(.due).lowercased()) \(t.due.iso)"
    }

    func heading(_ item: AgendaItem, _ n: Int) -> String {
        let c = item.content
        if masked(item) { return "\(n). " + words.unnamed(item, in: state) }
        let name = c.participant.flatMap { state.participant($0)?.profile.fullName }
        return "\(n). " + (name ?? c.title ?? words.label(.groupTasks))
    }

    /// A person whose consent does not cover everyone at the meeting: never named in the
    /// minutes, and nothing about them but that the item was there.
    func masked(_ item: AgendaItem) -> Bool {
        item.content.participant.map { !state.mayDiscuss($0, at: meeting) } ?? false
    }

    /// Tasks open when the meeting closed (by journal order), or now while it is open.
    var openAtClose: [MeetingTask] {
        let close = meeting.closedStamp?.sequence ?? Int.max
        return state.meetingTaskList.filter { $0.stamp.sequence < close && ($0.doneStamp.map { $0.sequence > close } ?? true) }
            .sorted { ($0.due, $0.id) < ($1.due, $1.id) }
    }

    var blocks: [DocumentBlock] {
        var out: [DocumentBlock] = [.title(words.label(.minutes)), .subtitle("\(words.title(meeting.date)) · \(meeting.group)")]
        out.append(.field(words.label(.attendees), meeting.attendees.map(caseworker).joined(separator: ", ")))
        if !meeting.guests.isEmpty { out.append(.field(words.label(.guests), meeting.guests.joined(separator: ", "))) }
        out.append(.field(words.label(.status), words.held(meeting)))
        // What was decided first; then what was not reached (it comes back next time);
        // then what was struck, by whom and why.
        let handled = meeting.items.filter(\.handled)
        let notReached = meeting.items.filter { !$0.handled }
        out.append(.heading(words.label(.handledItems)))
        if handled.isEmpty { out.append(.paragraph(meeting.items.isEmpty ? words.label(.noItems) : words.label(.noHandledItems))) }
        for (i, item) in handled.enumerated() {
            out.append(.subheading(heading(item, i + 1)))
            if masked(item) { continue }
            reasons(item, into: &out)
            out.append(.field(words.label(.decision), item.decision ?? "–"))
            let tasks = state.meetingTaskList.filter { $0.meeting == meeting.id && $0.item == item.id }
            if !tasks.isEmpty {
                out.append(.field(words.label(.tasks), ""))
                out.append(.list(tasks.map { task($0, about: false) }))
            }
            for c in meeting.corrections where c.item == item.id {
                out.append(.field("\(words.label(.correction)) \(c.date.iso), \(c.stamp.author)", c.text))
            }
        }
        if !notReached.isEmpty {
            out.append(.heading(words.label(meeting.isClosed ? .notReached : .notReachedYet)))
            if meeting.isClosed { out.append(.paragraph(words.label(.notReachedNote))) }
            for (i, item) in notReached.enumerated() {
                out.append(.subheading(heading(item, i + 1)))
                if masked(item) { continue }
                reasons(item, into: &out)
                if let d = item.decision { out.append(.field(words.label(.decision), d)) }
            }
        }
        if !meeting.struck.isEmpty {
            out.append(.heading(words.label(.struckItems)))
            for (i, s) in meeting.struck.enumerated() {
                out.append(.subheading(heading(s.item, i + 1)))
                if masked(s.item) { continue }
                out.append(.paragraph(words.struck(by: caseworker(s.stamp.author), reason: s.reason)))
            }
        }
        let loose = state.meetingTaskList.filter { $0.meeting == meeting.id && $0.item == nil }
        if !loose.isEmpty {
            out.append(.subheading(words.label(.groupTasks)))
            out.append(.list(loose.map { task($0, about: true) }))
        }
        out.append(.heading(words.label(.otherOpenTasks)))
        let open = openAtClose
        out.append(open.isEmpty ? .paragraph(words.label(.noTasks)) : .list(open.map { task($0, about: true) }))
        let general = meeting.corrections.filter { $0.item == nil }
        if !general.isEmpty {
            out.append(.heading(words.label(.corrections)))
            out.append(.list(general.map { "\($0.date.iso), \($0.stamp.author): \($0.text)" }))
        }
        return out
    }

    func reasons(_ item: AgendaItem, into out: inout [DocumentBlock]) {
        let reasons = item.content.reasons.filter { $0 != .added }.map(words.reason)
        if !reasons.isEmpty { out.append(.field(words.label(.reasons), reasons.joined(separator: "; "))) }
    }

    public func render(_ format: DocumentFormat) -> String {
        DocumentRenderer(title: "\(words.label(.minutes)) – \(words.title(meeting.date))", blocks: blocks, lang: lang).render(format)
    }
}
