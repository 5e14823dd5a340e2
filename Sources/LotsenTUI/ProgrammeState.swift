import LotsenCalendar
import LotsenCore
import TerminalCore

/// The tabs under the screens: the participant list, the stage board, the placement
/// bank, everyone's tasks (Uppgifter), the meeting and the statistics. Tab goes round them.
public enum Tab: Sendable, CaseIterable {
    case participants, board, places, taskList, meeting, statistics

    /// The view Tab goes to: the one order, in the order of the cases.
    public var next: Tab {
        let all = Tab.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// Tavla: the selected card per lane, and whose participants are shown.
public struct BoardState: Equatable, Sendable {
    public var filter = ResponsibilityFilter.all
    public var includeExited = false
    /// The focused lane (a stage's index).
    public var lane = 0
    /// The selected card in each lane, and each lane's first visible card.
    public var rows = [Int](repeating: 0, count: Stage.allCases.count)
    public var scrolls = [Int](repeating: 0, count: Stage.allCases.count)
    /// The first lane shown when the screen is too narrow for all five.
    public var firstLane = 0
    public private(set) var board = Board()
    /// The journal or the day changed while the board was not shown.
    var isStale = true

    public var stage: Stage { Stage.allCases[lane] }

    public var selectedID: ParticipantID? {
        let ids = board.lane(stage)
        return ids.indices.contains(rows[lane]) ? ids[rows[lane]] : nil
    }

    /// Rebuilds the lanes; the selected person stays selected, in whatever lane they
    /// are now (after a move the focus follows the card).
    mutating func refresh(_ domain: LotsenState, today: Day, viewer: String?) {
        let keep = selectedID
        isStale = false
        board = Board(domain, filter: filter, includeExited: includeExited, today: today, viewer: viewer)
        if let keep, let stage = domain.participant(keep)?.currentPeriod.stage, let row = board.lane(stage).firstIndex(of: keep) {
            lane = stage.index
            rows[lane] = row
        }
        for i in rows.indices { rows[i] = max(0, min(rows[i], board.lane(Stage.allCases[i]).count - 1)) }
    }
}

/// Platser: the placement bank's list.
public struct PlacesState: Equatable, Sendable {
    public var selected = 0
    public var scroll = 0
}

/// The participant's programme: checklist, visits, placement and activities, one
/// cursor over the rows that can be acted on.
public struct ProgrammeViewState: Equatable, Sendable {
    public var id: ParticipantID
    public var cursor = 0

    /// What a row of the programme view is.
    public enum Row: Equatable, Sendable {
        case checklist(String), visit(Int), activity(Int)
    }
}

/// A few one-line fields filled in before a command (a new workplace, an activity's
/// dates, the reason for a move back …). The planner checks the values; a refusal
/// keeps the form open with the message.
public struct FormState: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        case moveBack(ParticipantID, Stage)
        case havet(ParticipantID, IncomeKind)
        case kanalen(ParticipantID, workplace: Int)
        case workplace(Int?)
        case activity(ParticipantID, kind: String)
        case visit(ParticipantID, workplace: Int)
        case evaluateVisit(ParticipantID, visit: Int)
        case jobSearch(ParticipantID)
        case newPlan(ParticipantID)
        case editPlan(ParticipantID)
        case newGoal(ParticipantID)
        case editGoal(ParticipantID, goal: Int)
        case revisePlan(ParticipantID)
        case newTask(ParticipantID)
        case taskNotDone(ParticipantID, task: Int)
        case moveTask(ParticipantID, task: Int)
        // The meeting: `MeetingReducer.swift`.
        case newMeeting
        case editMeeting(Int)
        case decision(meeting: Int, item: Int)
        case meetingTask(meeting: Int, item: Int)
        case agendaItem(meeting: Int)
        // A caller not yet registered (from the list), and a person's details (the card).
        case register
        case editDetails(ParticipantID)
        /// The list's filter and search, under a name the caseworker gives.
        case saveView
        /// An agenda item struck off, and why.
        case strikeItem(meeting: Int, item: Int)
        /// The date to show the journal as of (Ctrl-T).
        case asOf
        /// The exit's date, after its reason (and occupation): then a yes/no.
        case exit(ParticipantID, ExitReason, occupation: String?)
    }

    public struct Entry: Equatable, Sendable {
        public var field: Field
        public var text: String
        public var multiLine = false
    }

    public var purpose: Purpose
    public var title: String
    public var fields: [Entry]
    public var focus = 0
    public var saving = false
    /// The field the last refusal named: marked, and focused.
    public var errorField: Field?
}

/// A yes/no question before something is written that moves a person.
public struct ConfirmState: Equatable, Sendable {
    public var question: String
    public var commands: [Command]
    public var participant: ParticipantID?
    public var kind = SaveKind.programme
}
