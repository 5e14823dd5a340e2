import LotsenCalendar
import LotsenCore

enum MeetingEnglish: MeetingWords {
    static func field(_ f: Field) -> String {
        switch f {
        case .meeting: return "meeting"
        case .group: return "group"
        case .attendees: return "attendees"
        case .guests: return "guests"
        case .decision: return "decision"
        case .position: return "position"
        case .title: return "heading (an other question)"
        case .threshold: return "number of days"
        case .year: return "year"
        case .target: return "target (activity or exit:reason)"
        case .count: return "count"
        default: return f.rawValue
        }
    }

    static func problem(_ p: MeetingProblem) -> String {
        switch p {
        case .notFound(let t): return "No meeting found for “\(Quoted.text(t))”. Give a date (YYYY-MM-DD) or number; `lotsen meeting list` shows them."
        case .noOpenMeeting: return "There is no open meeting. Make one with `lotsen meeting new`."
        case .closed(let d): return "The meeting was closed on \(d.iso) and is not changed. Write a correction with `lotsen meeting correct`."
        case .notClosed: return "The meeting is open: change it directly; corrections are for closed meetings."
        case .itemNotFound(let n): return "There is no item \(n) on the agenda."
        case .alreadyOnAgenda(let n): return "The participant is on the agenda already, as item \(n)."
        case .taskNotFound(let n): return "There is no task number \(n)."
        case .taskDone(let n): return "Task \(n) is done already."
        case .noParticipant: return "A task for the participant must be about a participant: say who."
        case .duplicate(let d): return "The group has an open meeting on \(d.iso) already."
        }
    }

    static func days(_ n: Int) -> String { n == 1 ? "1 day" : "\(n) days" }

    static func reason(_ r: AgendaReason) -> String {
        switch r {
        case .consentWithdrawn(let d): return "Consent withdrawn on \(d.iso)"
        case .ninetyDays(let n):
            return n >= NinetyDayClock.limit ? "\(n) days since registration without an activity: past the 90-day limit"
                                             : "\(n) days since registration without an activity: \(days(NinetyDayClock.limit - n)) to 90"
        case .meetingTasksOverdue(let n): return n == 1 ? "1 overdue task from meetings" : "\(n) overdue tasks from meetings"
        case .weeklyTasksOverdue(let n): return n == 1 ? "1 overdue weekly task" : "\(n) overdue weekly tasks"
        case .followUpDue(let d): return "Action plan follow-up on \(d.iso)"
        case .planExpiring(let d): return "The action plan runs until \(d.iso)"
        case .intensifiedSupport(let d): return "Intensified support since \(d.iso)"
        case .noStageChange(let d): return "Same stage since \(d.iso)"
        case .newParticipant(let d): return "New since the last meeting, registered \(d.iso)"
        case .openTasks(let n): return n == 1 ? "1 open task" : "\(n) open tasks"
        case .added: return "Added by the group"
        }
    }

    static func status(_ s: MeetingStatus) -> String {
        switch s {
        case .planned: return "planned"
        case .inProgress: return "in progress"
        case .closed: return "closed"
        }
    }

    static func label(_ l: MeetingLabel) -> String {
        switch l {
        case .meeting: return "Meeting"
        case .noMeetings: return "No meetings yet."
        case .agenda: return "Agenda"
        case .noItems: return "The agenda is empty."
        case .reasons: return "Why on the agenda"
        case .decision: return "Decision"
        case .noDecision: return "No decision written."
        case .tasks: return "Tasks"
        case .noTasks: return "No open tasks."
        case .attendees: return "Present"
        case .guests: return "Guests"
        case .status: return "Status"
        case .days: return "Days in the programme"
        case .goals: return "Goals"
        case .flags: return "Watch out for"
        case .lastNotes: return "Latest notes"
        case .newMeeting: return "New meeting"
        case .editMeeting: return "Edit the meeting"
        case .addItem: return "New item"
        case .addTask: return "New task"
        case .minutes: return "Minutes"
        case .corrections: return "Corrections"
        case .correction: return "Correction"
        case .mine: return "mine"
        case .everyone: return "everyone's"
        case .overdue: return "overdue"
        case .due: return "Due"
        case .noOpenMeeting: return "No open meeting. n = new meeting with the agenda the rules build."
        case .minutesWritten: return "Minutes saved"
        case .item: return "item"
        case .since: return "since"
        case .groupTasks: return "The group's tasks"
        case .otherOpenTasks: return "Open tasks after the meeting"
        case .handledMark: return "✓"
        case .defaultGroup: return "Joint group"
        case .noMeetingYet: return "no meeting yet"
        }
    }

    static func assignee(_ a: TaskAssignee) -> String { a == .participant ? "the participant" : a.code }

    static func describe(_ e: Event) -> String? {
        switch e {
        case .meeting(.meetingCreated(let m)): return "Meeting \(m.date.iso) made (\(m.group)), \(m.items.count) items"
        case .meeting(.meetingUpdated(_, let m)): return "Meeting changed: \(m.date.iso), \(m.group)"
        case .meeting(.agendaItemAdded(let id, _)): return "Item added to meeting \(id)"
        case .meeting(.agendaItemRemoved(let id, let n)): return "Item \(n) struck from meeting \(id)"
        case .meeting(.agendaItemMoved(let id, let n, let pos)): return "Item \(n) of meeting \(id) moved to position \(pos)"
        case .meeting(.agendaItemHandled(let id, let n, let handled, let d)):
            return "Item \(n) of meeting \(id) " + (handled ? "handled" : "reopened") + (d.map { ": \($0)" } ?? "")
        case .meeting(.meetingStarted(let id, let d)): return "Meeting \(id) started \(d.iso)"
        case .meeting(.meetingClosed(let id, let d)): return "Meeting \(id) closed \(d.iso)"
        case .meeting(.meetingCorrected(let id, _, _, let t)): return "Correction to meeting \(id): \(t)"
        case .meeting(.meetingTaskAdded(let t)): return "Task: \(t.what) (\(assignee(t.who)), due \(t.due.iso))"
        case .meeting(.meetingTaskDone(let n, let d, _)): return "Task \(n) done \(d.iso)"
        case .meeting(.agendaRulesSet(let t)):
            return "Agenda rules: 90 days \(t.ninetyDayNotice), plan \(t.planExpiryDays), stage \(t.stalledDays), follow-up \(t.followUpNoticeDays) days"
        case .report(.targetSet(let t)): return ReportEnglish.say(.targetSet(t))
        default: return nil
        }
    }

    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    static func title(_ date: Day) -> String { "Meeting \(weekdays[date.weekday - 1]) \(PlanEnglish.longDate(date))" }

    static func progress(handled: Int, of total: Int) -> String { "\(handled) of \(total) handled" }

    static func itemPosition(_ n: Int, of total: Int) -> String { "Item \(n) of \(total)" }

    static func relative(_ due: Day, today: Day) -> String {
        let n = today.days(until: due)
        if n == 0 { return "today" }
        return n < 0 ? "\(days(-n)) late" : "in \(days(n))"
    }

    static func closeQuestion(unhandled: Int) -> String {
        (unhandled > 0 ? "\(unhandled) items are not handled. " : "") + "Close the meeting and write the minutes? After that it can only be corrected. y = yes, n = no"
    }
}
