import LotsenCore

/// The caseworker's own list: filters, saved views, and the coordinator's overview.
public struct CaseloadWords: Spoken {
    public let language: Language

    /// A list filter's name, as the list's header and a saved view say it.
    public func filter(_ f: CaseloadFilter) -> String {
        let w = language.tui
        switch f {
        case .all: return w.text(.filterAll)
        case .mine: return w.text(.filterMine)
        case .myOrganisation: return w.text(.filterMyOrganisation)
        case .newToMe: return w.text(.filterNewToMe)
        case .followUpDue: return w.text(.filterFollowUpDue)
        case .noConsent: return w.text(.filterNoConsent)
        case .stalled: return w.text(.filterStalled)
        }
    }

    /// What a view holds: "mina · sökning ”berg” · även avslutade".
    public func describe(_ v: SavedView) -> String {
        ([filter(v.filter)] + (v.query.isEmpty ? [] : [say("sökning ”\(v.query)”", "search “\(v.query)”")])
            + (v.includeExited ? [say("även avslutade", "including exited")] : [])).joined(separator: " · ")
    }

    public var saveTitle: String { say("Spara vyn", "Save the view") }
    public func saveHint(_ v: SavedView) -> String {
        say("Sparar \(describe(v)). Samma namn igen ersätter vyn; alla dina skrivbord får den.",
            "Saves \(describe(v)). The same name again replaces it; every desk of yours gets it.")
    }
    public func saved(_ name: String) -> String { say("Vyn ”\(name)” sparad; Ctrl-F går till den.", "View “\(name)” saved; Ctrl-F goes to it.") }
    public func removeQuestion(_ name: String) -> String { say("Ta bort vyn ”\(name)”?", "Remove the view “\(name)”?") }
    public func removed(_ name: String) -> String { say("Vyn ”\(name)” borttagen.", "View “\(name)” removed.") }
    public var noViews: String {
        say("Du har inga sparade vyer. Spara en i Lotsen med Ctrl-S i listan.", "You have no saved views. Save one in Lotsen with Ctrl-S in the list.")
    }
    public var noViewShown: String {
        say("Ingen sparad vy visas; välj en med Ctrl-F.", "No saved view is shown; choose one with Ctrl-F.")
    }

    // The coordinator's overview.
    public var overviewTitle: String { say("Handläggarnas ärenden", "Caseworkers' caseloads") }
    public var columnCaseworker: String { say("Handläggare", "Caseworker") }
    public var columnOrganisation: String { say("Org.", "Org.") }
    public var columnParticipants: String { say("Deltagare", "Participants") }
    public var columnOverdue: String { say("Försenade", "Overdue") }
    public var overviewNote: String {
        say("Försenad: över 90 dagar utan insats, en uppföljning av planen som passerats eller försenade veckouppgifter. Enter visar handläggarens deltagare på tavlan.",
            "Overdue: past 90 days without an activity, a plan follow-up passed, or weekly tasks late. Enter shows the caseworker's participants on the board.")
    }
}

extension Language {
    public var caseload: CaseloadWords { CaseloadWords(language: self) }
}
