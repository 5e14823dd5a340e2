enum TUIEnglish: TUIWords {
    static func text(_ t: TUIText) -> String {
        switch t {
        case .participants: return "Participants"
        case .card: return "Card"
        case .note: return "Note"
        case .help: return "Help"
        case .consentTitle: return "Consent"
        case .responsibleTitle: return "Responsible caseworker"
        case .exitTitle: return "Exit"
        case .columnName: return "Name"
        case .columnAge: return "Age"
        case .columnStage: return "Stage"
        case .columnResponsible: return "Responsible"
        case .columnFollowUp: return "Follow-up"
        case .columnFlags: return "Flags"
        case .filterAll: return "all"
        case .filterMine: return "mine"
        case .filterMyOrganisation: return "my organisation"
        case .activeOnly: return "registered"
        case .includingExited: return "exited too"
        case .search: return "Search"
        case .typeToSearch: return "Other letters and digits start a search; if the name begins with j, k, g or q, press / first."
        case .searchHint: return "name, personal number or phone"
        case .noMatches: return "No matches."
        case .empty: return "No participants yet. Register with `lotsen add` or `lotsen import participants`."
        case .flagNoConsent: return "no consent"
        case .flagWarning: return "90d"
        case .flagOverdue: return "90d!"
        case .saving: return "Saving …"
        case .saved: return "Saved"
        case .notSaved: return "Not saved"
        case .discardQuestion: return "Throw away the unsaved text? y = throw away, n = keep writing"
        case .readOnly: return "READ-ONLY"
        case .journalChanged: return "updated"
        case .chooseOrganisations: return "Mark the organisations the consent covers"
        case .chooseOrganisation: return "Choose an organisation"
        case .chooseCaseworker: return "Choose a caseworker"
        case .reason: return "Reason"
        case .occupation: return "Occupation (for work)"
        case .newNoteFor: return "New note for"
        case .correctingNote: return "Correcting note"
        case .noteHistory: return "Earlier versions"
        case .noNotes: return "No notes."
        case .unknownAuthor: return "Say who you are (--as, LOTSEN_AS or `lotsen caseworker me`) to be able to write."
        case .helpFooter: return "Esc or ? closes the help."
        case .details: return "Details"
        case .notesPane: return "Notes"
        case .stageUnknown: return "–"
        case .followUpUnknown: return "–"
        }
    }

    static func action(_ a: TUIActionName) -> String {
        switch a {
        case .up: return "up"
        case .down: return "down"
        case .left: return "left"
        case .right: return "right"
        case .pageUp: return "page up"
        case .pageDown: return "page down"
        case .top: return "first"
        case .bottom: return "last"
        case .search: return "search"
        case .clearSearch: return "clear the search"
        case .open: return "open the card"
        case .back: return "back"
        case .quit: return "quit"
        case .help: return "help"
        case .filter: return "filter: all / mine / my organisation"
        case .exited: return "show exited too"
        case .nextPane: return "next pane"
        case .newNote: return "new note"
        case .consent: return "consent"
        case .responsible: return "responsible caseworker"
        case .exit: return "record exit"
        case .history: return "note history"
        case .correct: return "correct the note"
        case .save: return "save"
        case .cancel: return "cancel"
        case .toggle: return "mark/unmark"
        case .confirm: return "choose"
        case .lineBreak: return "new line"
        case .wordLeft: return "word left"
        case .wordRight: return "word right"
        case .lineStart: return "line start"
        case .lineEnd: return "line end"
        case .kind: return "change kind: call, meeting, other"
        case .erase: return "erase"
        }
    }

    static func hint(_ a: TUIActionName) -> String {
        switch a {
        case .newNote: return "note"
        case .responsible: return "responsible"
        case .exit: return "exit"
        case .open: return "open"
        case .clearSearch: return "clear"
        case .kind: return "kind"
        case .toggle: return "mark"
        default: return action(a)
        }
    }

    static func tooSmall(width: Int, height: Int) -> String {
        "The window is too small: at least 80×24 is needed, now \(width)×\(height)."
    }

    static func count(shown: Int, of total: Int) -> String {
        shown == total ? "\(NumberText.integer(total, .en))" : "\(NumberText.integer(shown, .en)) of \(NumberText.integer(total, .en))"
    }

    static func saved(noteNumber: Int) -> String { "Saved (note \(noteNumber))" }
    static func days(_ n: Int) -> String { "\(n) d" }
}
