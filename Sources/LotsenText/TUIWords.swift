/// Words on the full-screen UI. One implementation per language.
public protocol TUIWords {
    static func text(_ t: TUIText) -> String
    /// What a key does, in the help.
    static func action(_ a: TUIActionName) -> String
    /// The same in a word or two, for the status line.
    static func hint(_ a: TUIActionName) -> String
    static func tooSmall(width: Int, height: Int) -> String
    static func count(shown: Int, of total: Int) -> String
    static func saved(noteNumber: Int) -> String
    /// The status line of a desk that found damage: short enough for 80 columns.
    static func damaged(record: Int) -> String
    static func days(_ n: Int) -> String
    /// "Flytta Sara Lind till Kanalen?"
    static func moveQuestion(name: String, to stage: String, detail: String?) -> String
    static func supportQuestion(name: String, on: Bool) -> String
    static func free(_ n: Int) -> String
}

extension Language {
    public var tui: any TUIWords.Type {
        switch self {
        case .sv: return TUISwedish.self
        case .en: return TUIEnglish.self
        }
    }
}

public enum TUIText: Sendable, CaseIterable {
    case participants, card, note, help, consentTitle, responsibleTitle, exitTitle
    case columnName, columnAge, columnStage, columnResponsible, columnFollowUp, columnFlags
    case filterAll, filterMine, filterMyOrganisation, activeOnly, includingExited
    case search, searchHint, noMatches, empty
    case typeToSearch
    case saving, saved, notSaved, discardQuestion, readOnly, journalChanged
    case chooseOrganisations, chooseOrganisation, chooseCaseworker, reason, occupation
    case newNoteFor, correctingNote, noteHistory, noNotes, unknownAuthor
    case helpFooter, details, notesPane, followUpUnknown
    case board, places, programme, workplace, confirmTitle, chooseWorkplace, chooseIncome, chooseActivityKind
    case chooseOutcome, chooseKanalenActivity, chooseAKassa, newWorkplace, editWorkplace, moreBelow, noWorkplaces
    case filterCaseworker, notInKanalenYet, nothingSelected, fieldRequiredHint, lastStage, firstStage
    case taskList, meeting, statistics, removeItemQuestion, chooseFormat, removeGoalQuestion, followUpGoal, followUpHint, chooseResult
}

/// Every action a key can have, named for the help.
public enum TUIActionName: Sendable, CaseIterable {
    case up, down, left, right, pageUp, pageDown, top, bottom, search, clearSearch, open, back, quit, help
    case filter, exited, nextPane, newNote, consent, responsible, exit, history, correct
    case save, cancel, toggle, confirm, lineBreak, wordLeft, wordRight, lineStart, lineEnd, kind, erase
    case nextView, programme, moveForward, moveBack, previousLane, nextLane, boardFilter, openWorkplace, addWorkplace
    case editWorkplace, tick, newActivity, endActivity, newVisit, evaluateVisit, logKanalen, aKassa, intensifiedSupport
    case nextField, previousField, nextFieldOrSave, yes, no
    // The action plan and weekly tasks.
    case plan, tasks, newPlan, editPlan, newGoal, editGoal, removeGoal, followUp, revise, planHistory, exportPlan
    case previousResult, nextResult, nextGoal, previousGoal, previousVersion, nextVersion, addTask, taskDone, taskNotDone
    case moveTask, openTasks
    // The meeting and Uppgifter.
    case previousItem, nextItem, handled, decide, openCard, focusItem, agenda, addItem, removeItem, itemUp, itemDown
    case refreshAgenda, exportMinutes, closeMeeting, newMeeting, editMeeting, mineOrAll, meetingTask
    // Statistik.
    case nextReport, previousReport, nextPeriod, previousPeriod, outgoingView, chartStyle
}
