import LotsenCalendar
import LotsenCore
import LotsenText
import TerminalCore

/// Everything the screens show. A value: `AppReducer.reduce` is the only way it changes.
public struct AppState: Sendable {
    public var domain: LotsenState
    public var today: Day
    public var author: String?
    public var lang: Language
    public var size: Size
    /// Set when the journal cannot be written; shown in the status line, and edits are refused.
    public var readOnlyReason: String?
    /// After a while without a key the screen hides everything personal (the privacy
    /// screen); the next key only brings it back.
    public var locked = false
    /// Set while the screens show the journal as it stood on a past date: read only.
    public var past: PastShown?
    public var list = ListState()
    public var tab = Tab.participants
    public var board = BoardState()
    public var places = PlacesState()
    public var taskList = TaskListState()
    public var meeting = MeetingViewState()
    public var statistics = StatisticsViewState()
    /// Screens above the list, the top one active.
    public var stack = ScreenStack()
    public var showHelp = false
    public var message: StatusMessage?
    /// The caseworker's calendar day of a journal time (the shell knows the time zone).
    public var dayOf: @Sendable (Timestamp) -> Day
    /// "2026-12-03 14:32" where the caseworker sits.
    public var minuteOf: @Sendable (Timestamp) -> String

    /// Built once per change of the journal, not per keystroke.
    public private(set) var searchIndex: SearchIndex
    /// What this desk's caseworker may match in it (docs/privacy.md), worked out with it.
    private(set) var searchSight: SearchSight
    /// The people whose programme (and phone) this desk's caseworker may not see.
    var programmeHidden: Set<ParticipantID> { searchSight.programmeHidden }

    /// A person as this desk's caseworker may see them (docs/privacy.md): every screen
    /// that shows one person asks this, never the domain directly.
    func seen(_ id: ParticipantID) -> DisclosedParticipant? { domain.participant(id, seenBy: author) }

    /// After the domain changed: a new search index, and the list refreshed from it.
    mutating func setDomain(_ domain: LotsenState) {
        self.domain = domain
        searchIndex = SearchIndex(domain)
        searchSight = searchIndex.sight(for: author, in: domain)
        refreshList()
        refreshBoard()
        BoardView.clamp(&self)
        if case .caseload(var v)? = stack.top {
            v.rows = CaseloadOverview.rows(self)
            stack.replaceTop(.caseload(v))
        }
        if tab == .statistics { StatisticsReducer.refresh(&self) }
    }

    /// - Parameter keepSelection: keep the selected person selected (after another desk's
    ///   change); a new search instead starts at its best match.
    mutating func refreshList(keepSelection: Bool = true) {
        list.refresh(domain: domain, index: searchIndex, sight: searchSight, author: author, organisation: authorOrganisation, today: today,
                     keepSelection: keepSelection)
    }

    public init(domain: LotsenState, today: Day, author: String?, lang: Language, size: Size,
                dayOf: @escaping @Sendable (Timestamp) -> Day = { Day(daysSince1970: Int($0.millisecondsSince1970 / 86_400_000)) },
                minuteOf: @escaping @Sendable (Timestamp) -> String = AppState.utcMinute) {
        self.domain = domain
        self.dayOf = dayOf
        self.minuteOf = minuteOf
        self.today = today
        self.author = author
        self.lang = lang
        self.size = size
        searchIndex = SearchIndex(domain)
        searchSight = searchIndex.sight(for: author, in: domain)
        refreshList()
    }

    /// The board reads every participant, so like the statistics it is rebuilt only
    /// while it is shown: opening a large journal does not wait for it.
    mutating func refreshBoard() {
        if tab == .board { board.refresh(domain, today: today, viewer: author) } else { board.isStale = true }
    }

    public var scope: Scope {
        if showHelp { return .help }
        switch stack.top {
        case nil:
            switch tab {
            case .participants: return list.searching ? .search : .list
            case .board: return .board
            case .places: return .places
            case .taskList: return .taskList
            case .meeting: return meeting.showAgenda ? .agenda : .meeting
            case .statistics: return .statistics
            }
        case .card: return .card
        case .editor: return .editor
        case .note: return .note
        case .choice(let c): return c.typing ? .field : .choice
        case .programme: return .programme
        case .plan: return .plan
        case .followUp: return .followUp
        case .planHistory: return .planHistory
        case .weeklyTasks: return .tasks
        case .workplace: return .workplace
        case .form: return .form
        case .confirm: return .confirm
        case .caseload: return .caseload
        }
    }

    /// The caseworker's own organisation, for the "my organisation" filter.
    public var authorOrganisation: Organisation? { author.flatMap { domain.caseworker($0)?.organisation } }
}

public struct StatusMessage: Equatable, Sendable {
    public enum Kind: Sendable { case info, success, error }
    public var text: String
    public var kind: Kind
}

public enum Screen: Equatable, Sendable {
    case card(CardState)
    case editor(EditorState)
    case choice(ChoiceState)
    case programme(ProgrammeViewState)
    case plan(PlanViewState)
    case followUp(FollowUpState)
    case planHistory(PlanHistoryState)
    case weeklyTasks(TasksViewState)
    /// One note, whole, to read.
    case note(NoteViewState)
    /// A workplace of the placement bank, by id.
    case workplace(Int)
    case form(FormState)
    case confirm(ConfirmState)
    /// Every caseworker's caseload, for the coordinator who shares out the work.
    case caseload(CaseloadViewState)

    /// The person whose details this screen shows, and what of them: each such look is
    /// written to the access log before it is drawn (`TUIApp.recordLooks`).
    var look: (id: ParticipantID, what: String)? {
        switch self {
        case .card(let c): return (c.id, "card")
        case .note(let v): return (v.id, "note")
        case .programme(let v): return (v.id, "programme")
        case .plan(let v): return (v.id, "plan")
        case .planHistory(let h): return (h.id, "plan")
        case .weeklyTasks(let v): return (v.id, "tasks")
        case .editor, .choice, .followUp, .workplace, .form, .confirm, .caseload: return nil
        }
    }

    /// Screens that only collect input for a save: closed when the save is acknowledged.
    var isInput: Bool {
        switch self {
        case .editor, .choice, .form, .confirm, .followUp: return true
        case .card, .note, .programme, .workplace, .plan, .planHistory, .weeklyTasks, .caseload: return false
        }
    }
}

public struct ListState: Equatable, Sendable {
    public var query = ""
    /// The search of the last call, kept on screen after a card until a key is typed: the
    /// first letter starts a new search instead of adding to it.
    public var queryIsOld = false
    /// The search before the one on screen, a key away (Ctrl-R).
    public var previousQuery = ""
    public var searching = false
    /// Which people (Ctrl-F goes round the filters, then the caseworker's saved views).
    public var filter = CaseloadFilter.all
    /// The saved view on screen, by name, while its filter, search and exited choice are.
    public var view: String?
    public var includeExited = false
    public var results: [ParticipantID] = []
    /// How many of `results`, at the end, have left the programme and are shown only
    /// because they match the search (everyone who has left shows with Ctrl-E).
    public var exitedMatches = 0
    public var selected = 0
    public var scroll = 0

    public var selectedID: ParticipantID? { results.indices.contains(selected) ? results[selected] : nil }

    /// Recomputes the rows, keeping the selected person selected when they are still
    /// there (another desk's change must not move the caseworker's place).
    mutating func refresh(domain: LotsenState, index: SearchIndex, sight: SearchSight, author: String?, organisation: Organisation? = nil,
                          today: Day, keepSelection: Bool = true) {
        let keep = keepSelection ? selectedID : nil
        let q = ParticipantSearch.Query(query)
        var candidates: [ParticipantID]
        var exited: [ParticipantID] = []
        // Protected identities, and phones the caseworker may not see, match nothing.
        if includeExited {
            candidates = index.search(q, sight: sight)
        } else if q.isEmpty {
            candidates = index.search(q, activeOnly: true, sight: sight)
        } else {
            // Someone who left last month is still called about: found below the active
            // ones and marked, never "no matches".
            (candidates, exited) = index.searchByStatus(q, sight: sight)
        }
        let stalledDays = domain.agendaThresholds.stalledDays
        func shown(_ p: Participant) -> Bool {
            filter.admits(p, author: author, organisation: organisation, today: today, stalledDays: stalledDays)
        }
        // A filter that reads the programme (follow-ups, moves) lists only people whose
        // programme the caseworker may see, or it would tell what the row hides.
        func kept(_ ids: [ParticipantID]) -> [ParticipantID] {
            filter == .all ? ids : ids.filter { id in
                !(filter.readsProgramme && sight.programmeHidden.contains(id)) && (domain.participant(id).map(shown) ?? false)
            }
        }
        let exitedKept = kept(exited)
        results = kept(candidates) + exitedKept
        exitedMatches = exitedKept.count
        if !keepSelection {
            selected = 0
            scroll = 0
        } else if let keep, let i = results.firstIndex(of: keep) {
            selected = i
        } else {
            selected = min(selected, max(results.count - 1, 0))
        }
    }
}

public struct CardState: Equatable, Sendable {
    public enum Pane: Sendable { case details, notes }
    public var id: ParticipantID
    public var pane = Pane.details
    public var selectedNote = 0
    public var showHistory = false
}

public struct EditorState: Equatable, Sendable {
    public var id: ParticipantID
    public var text = TextEditing()
    public var kind = NoteKind.call
    public var corrects: Int?
    public var saving = false
    public var confirmingDiscard = false
    /// The text it opened with (a correction starts from the note): leaving it
    /// unchanged asks nothing.
    public var original = ""

    public init(id: ParticipantID, text: TextEditing = TextEditing(), kind: NoteKind = .call, corrects: Int? = nil) {
        self.id = id
        self.text = text
        self.kind = kind
        self.corrects = corrects
        original = text.text
    }

    public var isChanged: Bool { text.text != original }
}

/// One note read whole: wrapped to the screen, scrolled with the arrows.
public struct NoteViewState: Equatable, Sendable {
    public var id: ParticipantID
    /// The note's number (its journal sequence).
    public var note: Int
    public var scroll = 0
}

/// A short list to choose from: consent organisations (several), an organisation then a
/// caseworker (responsibility), an exit reason plus an occupation, and the programme's
/// choices. The options are the values themselves, so that what is chosen needs no
/// parsing back.
public struct ChoiceState: Equatable, Sendable {
    public enum Options: Equatable, Sendable {
        case consent([Organisation])
        case responsibleOrganisation([Organisation])
        case responsibleCaseworker(Organisation, initials: [String])
        case exitReason([ExitReason])
        case kanalenWorkplace([Int])
        case income([IncomeKind])
        case activityKind([ActivityKind])
        case activityOutcome(activity: Int, [ActivityOutcome])
        case visitWorkplace([Int])
        case kanalenActivity([KanalenActivity])
        case aKassa([AKassaStatus])
        case exportFormat([PlanDocument.Format])

        public var count: Int {
            switch self {
            case .consent(let o), .responsibleOrganisation(let o): return o.count
            case .responsibleCaseworker(_, let o): return o.count
            case .exitReason(let o): return o.count
            case .kanalenWorkplace(let o), .visitWorkplace(let o): return o.count
            case .income(let o): return o.count
            case .activityKind(let o): return o.count
            case .activityOutcome(_, let o): return o.count
            case .kanalenActivity(let o): return o.count
            case .aKassa(let o): return o.count
            case .exportFormat(let o): return o.count
            }
        }
    }

    public var id: ParticipantID
    public var options: Options
    public var labels: [String]
    public var marked: Set<Int> = []
    public var cursor = 0
    /// For an exit to work: the occupation, typed after the reason is chosen.
    public var text = ""
    public var typing = false
    /// The prompt, for the programme's choices (the others have fixed prompts).
    public var title: String?

    public init(id: ParticipantID, options: Options, labels: [String]) {
        self.id = id
        self.options = options
        self.labels = labels
    }

    /// Consent is the one choice of several at once.
    public var marksSeveral: Bool { if case .consent = options { true } else { false } }
}

extension AppState {
    /// "2026-12-03 14:32" in UTC: for tests, which must not depend on the time zone.
    public static let utcMinute: @Sendable (Timestamp) -> String = { t in
        String(t.description.prefix(16)).replacingOccurrences(of: "T", with: " ")
    }
}
