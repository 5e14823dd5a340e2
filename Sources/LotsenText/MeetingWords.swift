import LotsenCalendar
import LotsenCore

/// Words for the weekly meeting, its agenda, tasks and minutes. One implementation per
/// language.
public protocol MeetingWords {
    static func field(_ f: Field) -> String
    static func problem(_ p: MeetingProblem) -> String
    /// Why an item is on the agenda, in a short sentence.
    static func reason(_ r: AgendaReason) -> String
    static func status(_ s: MeetingStatus) -> String
    static func label(_ l: MeetingLabel) -> String
    /// "deltagaren", or the initials.
    static func assignee(_ a: TaskAssignee) -> String
    static func describe(_ e: Event) -> String?
    /// "Möte torsdag 26 november 2026".
    static func title(_ date: Day) -> String
    /// "3 av 12 behandlade".
    static func progress(handled: Int, of total: Int) -> String
    /// "Punkt 3 av 12".
    static func itemPosition(_ n: Int, of total: Int) -> String
    /// "5 dagar sen", "om 3 dagar", "i dag".
    static func relative(_ due: Day, today: Day) -> String
    /// The yes/no before a meeting is closed.
    static func closeQuestion(unhandled: Int) -> String
}

public enum MeetingLabel: Sendable, CaseIterable {
    case meeting, noMeetings, agenda, noItems, reasons, decision, noDecision
    case tasks, noTasks, attendees, guests, status, days, goals, flags, lastNotes
    case newMeeting, editMeeting, addItem, addTask, minutes, corrections, correction
    case mine, everyone, overdue, due, noOpenMeeting, minutesWritten
    case item, since, groupTasks, otherOpenTasks, handledMark, defaultGroup, noMeetingYet
}

extension Language {
    public var meeting: any MeetingWords.Type {
        switch self {
        case .sv: return MeetingSwedish.self
        case .en: return MeetingEnglish.self
        }
    }
}
