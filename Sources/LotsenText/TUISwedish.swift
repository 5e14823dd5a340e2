enum TUISwedish: TUIWords {
    static func text(_ t: TUIText) -> String {
        switch t {
        case .participants: return "Deltagare"
        case .card: return "Kort"
        case .note: return "Anteckning"
        case .help: return "Hjälp"
        case .consentTitle: return "Samtycke"
        case .responsibleTitle: return "Ansvarig handläggare"
        case .exitTitle: return "Avslut"
        case .columnName: return "Namn"
        case .columnAge: return "Ålder"
        case .columnStage: return "Steg"
        case .columnResponsible: return "Ansvarig"
        case .columnFollowUp: return "Uppföljning"
        case .columnFlags: return "Flaggor"
        case .filterAll: return "alla"
        case .filterMine: return "mina"
        case .filterMyOrganisation: return "min organisation"
        case .activeOnly: return "inskrivna"
        case .includingExited: return "även avslutade"
        case .search: return "Sök"
        case .typeToSearch: return "Andra bokstäver och siffror börjar en sökning; börjar namnet på j, k, g eller q, tryck / först."
        case .searchHint: return "namn, personnummer eller telefon"
        case .noMatches: return "Inga träffar."
        case .empty: return "Inga deltagare ännu. Skriv in med `lotsen add` eller `lotsen import participants`."
        case .flagNoConsent: return "ej samt."
        case .flagWarning: return "90d"
        case .flagOverdue: return "90d!"
        case .saving: return "Sparar …"
        case .saved: return "Sparad"
        case .notSaved: return "Inte sparad"
        case .discardQuestion: return "Kasta den osparade texten? j = kasta, n = fortsätt skriva"
        case .readOnly: return "SKRIVSKYDDAD"
        case .journalChanged: return "uppdaterad"
        case .chooseOrganisations: return "Markera organisationerna samtycket gäller"
        case .chooseOrganisation: return "Välj organisation"
        case .chooseCaseworker: return "Välj handläggare"
        case .reason: return "Orsak"
        case .occupation: return "Yrke (vid arbete)"
        case .newNoteFor: return "Ny anteckning för"
        case .correctingNote: return "Rättar anteckning"
        case .noteHistory: return "Tidigare versioner"
        case .noNotes: return "Inga anteckningar."
        case .unknownAuthor: return "Ange vem du är (--as, LOTSEN_AS eller `lotsen caseworker me`) för att kunna skriva."
        case .helpFooter: return "Esc eller ? stänger hjälpen."
        case .details: return "Uppgifter"
        case .notesPane: return "Anteckningar"
        case .stageUnknown: return "–"
        case .followUpUnknown: return "–"
        }
    }

    static func action(_ a: TUIActionName) -> String {
        switch a {
        case .up: return "upp"
        case .down: return "ned"
        case .left: return "vänster"
        case .right: return "höger"
        case .pageUp: return "sida upp"
        case .pageDown: return "sida ned"
        case .top: return "först"
        case .bottom: return "sist"
        case .search: return "sök"
        case .clearSearch: return "rensa sökningen"
        case .open: return "öppna kortet"
        case .back: return "tillbaka"
        case .quit: return "avsluta"
        case .help: return "hjälp"
        case .filter: return "filter: alla / mina / min organisation"
        case .exited: return "visa även avslutade"
        case .nextPane: return "nästa ruta"
        case .newNote: return "ny anteckning"
        case .consent: return "samtycke"
        case .responsible: return "ansvarig handläggare"
        case .exit: return "avsluta deltagaren"
        case .history: return "anteckningens historik"
        case .correct: return "rätta anteckningen"
        case .save: return "spara"
        case .cancel: return "avbryt"
        case .toggle: return "markera/avmarkera"
        case .confirm: return "välj"
        case .lineBreak: return "ny rad"
        case .wordLeft: return "ett ord vänster"
        case .wordRight: return "ett ord höger"
        case .lineStart: return "radens början"
        case .lineEnd: return "radens slut"
        case .kind: return "byt typ: samtal, möte, annat"
        case .erase: return "sudda"
        }
    }

    static func hint(_ a: TUIActionName) -> String {
        switch a {
        case .newNote: return "anteckning"
        case .responsible: return "ansvarig"
        case .exit: return "avslut"
        case .open: return "öppna"
        case .clearSearch: return "rensa"
        case .kind: return "typ"
        case .toggle: return "markera"
        default: return action(a)
        }
    }

    static func tooSmall(width: Int, height: Int) -> String {
        "Fönstret är för litet: minst 80×24 behövs, nu \(width)×\(height)."
    }

    static func count(shown: Int, of total: Int) -> String {
        shown == total ? "\(NumberText.integer(total, .sv))" : "\(NumberText.integer(shown, .sv)) av \(NumberText.integer(total, .sv))"
    }

    static func saved(noteNumber: Int) -> String { "Sparad (anteckning \(noteNumber))" }
    static func days(_ n: Int) -> String { "\(n) d" }
}
