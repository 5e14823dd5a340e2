import LotsenCore
import LotsenCalendar
/// Words on the full-screen UI. Swedish and English side by side.
public struct TUIWords: Spoken {
    public let language: Language

    public func text(_ t: TUIText) -> String {
        switch t {
        case .participants: return say("Deltagare", "Participants")
        case .card: return say("Kort", "Card")
        case .note: return say("Anteckning", "Note")
        case .help: return say("Hjälp", "Help")
        case .consentTitle: return say("Samtycke", "Consent")
        case .responsibleTitle: return say("Ansvarig handläggare", "Responsible caseworker")
        case .exitTitle: return say("Avslut", "Exit")
        case .columnName: return say("Namn", "Name")
        case .columnAge: return say("Ålder", "Age")
        case .columnStage: return say("Steg", "Stage")
        case .columnResponsible: return say("Ansvarig", "Responsible")
        case .columnFollowUp: return say("Uppföljning", "Follow-up")
        case .columnFlags: return say("Flaggor", "Flags")
        case .filterAll: return say("alla", "all")
        case .filterMine: return say("mina", "mine")
        case .filterMyOrganisation: return say("min organisation", "my organisation")
        case .filterNewToMe: return say("nya för mig", "new to me")
        case .filterFollowUpDue: return say("min uppföljning nu", "my follow-ups due")
        case .filterNoConsent: return say("utan samtycke", "no consent")
        case .filterStalled: return say("stått still", "not moved")
        case .activeOnly: return say("inskrivna", "registered")
        case .includingExited: return say("även avslutade", "exited too")
        case .search: return say("Sök", "Search")
        case .typeToSearch: return say("Allt du skriver söker: namn, personnummer eller telefon. F10 avslutar.",
                                       "Everything you type searches: name, personal number or phone. F10 quits.")
        case .spaceKey: return say("Mellanslag", "Space")
        case .backspaceKey: return say("Backsteg", "Backspace")
        case .noCaseworkerInOrganisation: return say("Ingen handläggare är registrerad i", "No caseworker is registered in")
        case .flagsHeading: return say("Flaggor", "Flags")
        case .registerTitle: return say("Ny deltagare", "New participant")
        case .detailsTitle: return say("Uppgifter", "Details")
        case .registerHint: return say("Ctrl-N skriver in en ny deltagare.", "Ctrl-N registers a new participant.")
        case .exitedMark: return say("avslutad", "exited")
        case .searchHint: return say("namn, personnummer eller telefon", "name, personal number or phone")
        case .noMatches: return say("Inga träffar.", "No matches.")
        case .empty: return say("Inga deltagare ännu. Skriv in med `lotsen add` eller `lotsen import participants`.",
                                "No participants yet. Register with `lotsen add` or `lotsen import participants`.")
        case .saving: return say("Sparar …", "Saving …")
        case .saved: return say("Sparad", "Saved")
        case .notSaved: return say("Inte sparad", "Not saved")
        case .writableAgain: return say("Journalen går att skriva i igen.", "The journal can be written to again.")
        case .discardQuestion: return say("Kasta den osparade texten? j = kasta, n = fortsätt skriva",
                                          "Throw away the unsaved text? y = throw away, n = keep writing")
        case .readOnly: return say("SKRIVSKYDDAD", "READ-ONLY")
        case .journalChanged: return say("uppdaterad", "updated")
        case .chooseOrganisations: return say("Markera organisationerna samtycket gäller",
                                              "Mark the organisations the consent covers")
        case .chooseOrganisation: return say("Välj organisation", "Choose an organisation")
        case .chooseCaseworker: return say("Välj handläggare", "Choose a caseworker")
        case .reason: return say("Orsak", "Reason")
        case .occupation: return say("Yrke (vid arbete)", "Occupation (for work)")
        case .newNoteFor: return say("Ny anteckning för", "New note for")
        case .correctingNote: return say("Rättar anteckning", "Correcting note")
        case .noteHistory: return say("Tidigare versioner", "Earlier versions")
        case .noNotes: return say("Inga anteckningar.", "No notes.")
        case .unknownAuthor: return say("Ange vem du är (--as, LOTSEN_AS eller `lotsen caseworker me`) för att kunna skriva.",
                                        "Say who you are (--as, LOTSEN_AS or `lotsen caseworker me`) to be able to write.")
        case .helpFooter: return say("Esc eller ? stänger hjälpen.", "Esc or ? closes the help.")
        case .details: return say("Uppgifter", "Details")
        case .notesPane: return say("Anteckningar", "Notes")
        case .board: return say("Tavla", "Board")
        case .places: return say("Platser", "Places")
        case .programme: return say("Programmet", "Programme")
        case .workplace: return say("Arbetsplats", "Workplace")
        case .confirmTitle: return say("Bekräfta", "Confirm")
        case .chooseWorkplace: return say("Välj arbetsplats (lediga platser inom parentes)",
                                          "Choose a workplace (free places in brackets)")
        case .chooseIncome: return say("Vilken försörjning?", "Which income?")
        case .chooseActivityKind: return say("Vilken insats?", "Which activity?")
        case .chooseOutcome: return say("Hur slutade insatsen?", "How did the activity end?")
        case .chooseKanalenActivity: return say("Vad ska loggas?", "What to log?")
        case .chooseAKassa: return "A-kassa"
        case .newWorkplace: return say("Ny arbetsplats", "New workplace")
        case .editWorkplace: return say("Ändra arbetsplats", "Change workplace")
        case .moreBelow: return say("fler ↓", "more ↓")
        case .noWorkplaces: return say("Platsbanken är tom. Lägg till med a.",
                                       "The placement bank is empty. Add one with a.")
        case .filterCaseworker: return say("handläggare", "caseworker")
        case .notInKanalenYet: return say("Platsen väljs när deltagaren flyttas till Kanalen.",
                                          "The placement is chosen when the participant moves into Kanalen.")
        case .nothingSelected: return say("Inget valt.", "Nothing selected.")
        case .fieldRequiredHint: return say("Tab nästa fält · Ctrl-S sparar", "Tab next field · Ctrl-S saves")
        case .lastStage: return say("Havet är sista steget; avsluta med x på kortet.",
                                    "Havet is the last stage; exit with x on the card.")
        case .firstStage: return say("Introduktionen är första steget.", "The introduction is the first stage.")
        case .taskList: return say("Uppgifter", "Tasks")
        case .meeting: return say("Möte", "Meeting")
        case .statistics: return say("Statistik", "Statistics")
        case .strikeTitle: return say("Stryk, med skäl", "Strike, with the reason")
        case .havetNotFollowedUp: return say("Havet: egen försörjning, ingen flagga för planens uppföljning.",
                                             "Havet: own income, no flag for the plan's follow-up.")
        case .removeItemQuestion: return say("Stryka punkten från dagordningen? j = ja, n = nej",
                                             "Strike the item from the agenda? y = yes, n = no")
        case .chooseFormat: return say("Skriv ut planen som", "Print the plan as")
        case .removeGoalQuestion: return say("Ta bort målet? j = ja, n = nej", "Remove the goal? y = yes, n = no")
        case .followUpGoal: return say("Uppföljning", "Follow-up")
        case .followUpHint: return say("← → väljer resultat, skriv en kommentar, Enter går vidare",
                                       "← → choose the result, type a comment, Enter moves on")
        case .chooseResult: return say("Välj ett resultat för målet (← →)", "Choose a result for the goal (← →)")
        case .followUpUnknown: return "–"
        }
    }

    /// What a key does, in the help.
    public func action(_ a: TUIActionName) -> String {
        switch a {
        case .up: return say("upp", "up")
        case .down: return say("ned", "down")
        case .left: return say("vänster", "left")
        case .right: return say("höger", "right")
        case .pageUp: return say("sida upp", "page up")
        case .pageDown: return say("sida ned", "page down")
        case .top: return say("först", "first")
        case .bottom: return say("sist", "last")
        case .search: return say("sök", "search")
        case .clearSearch: return say("rensa sökningen", "clear the search")
        case .previousSearch: return say("förra sökningen", "the previous search")
        case .readNote: return say("läs anteckningen", "read the note")
        case .register: return say("skriv in ny deltagare", "register someone new")
        case .undo: return say("ångra ditt senaste", "undo your last entry")
        case .asOf: return say("som det stod ett datum", "as it stood on a date")
        case .saveView: return say("spara som vy", "save as a view")
        case .removeView: return say("ta bort vyn", "remove the view")
        case .caseloadOverview: return say("allas ärenden", "all caseloads")
        case .showOnBoard: return say("visa på tavlan", "show on the board")
        case .editDetails: return say("ändra uppgifterna: namn, telefon, e-post", "change the details: name, phone, e-mail")
        case .open: return say("öppna kortet", "open the card")
        case .back: return say("tillbaka", "back")
        case .quit: return say("avsluta", "quit")
        case .help: return say("hjälp", "help")
        case .filter: return say("nästa urval: alla, mina, nya för mig …", "next filter: all, mine, new to me …")
        case .exited: return say("visa även avslutade", "show exited too")
        case .nextPane: return say("nästa ruta", "next pane")
        case .newNote: return say("ny anteckning", "new note")
        case .consent: return say("samtycke", "consent")
        case .responsible: return say("ansvarig handläggare", "responsible caseworker")
        case .exit: return say("avsluta deltagaren", "record exit")
        case .history: return say("anteckningens historik", "note history")
        case .correct: return say("rätta anteckningen", "correct the note")
        case .save: return say("spara", "save")
        case .cancel: return say("avbryt", "cancel")
        case .toggle: return say("markera/avmarkera", "mark/unmark")
        case .confirm: return say("välj", "choose")
        case .lineBreak: return say("ny rad", "new line")
        case .wordLeft: return say("ett ord vänster", "word left")
        case .wordRight: return say("ett ord höger", "word right")
        case .lineStart: return say("radens början", "line start")
        case .lineEnd: return say("radens slut", "line end")
        case .kind: return say("byt typ: samtal, möte, annat", "change kind: call, meeting, other")
        case .erase: return say("sudda", "erase")
        case .nextView: return say("nästa vy (tavla, platser, uppgifter …)", "next view (board, places, tasks …)")
        case .programme: return say("programmet (checklista, besök …)", "the programme (checklist, visits …)")
        case .moveForward: return say("flytta fram ett steg", "move forward a stage")
        case .moveBack: return say("flytta ett steg bakåt", "move back a stage")
        case .previousLane: return say("föregående kolumn", "previous column")
        case .nextLane: return say("nästa kolumn", "next column")
        case .boardFilter: return say("filter: alla, mina, org., en handläggare", "filter: all, mine, org., a caseworker")
        case .openWorkplace: return say("öppna arbetsplatsen", "open the workplace")
        case .addWorkplace: return say("ny arbetsplats", "new workplace")
        case .editWorkplace: return say("ändra arbetsplatsen", "change the workplace")
        case .tick: return say("bocka av / ta bort bocken", "tick / untick")
        case .newActivity: return say("ny insats", "new activity")
        case .endActivity: return say("avsluta insatsen", "end the activity")
        case .newVisit: return say("nytt studiebesök", "new study visit")
        case .evaluateVisit: return say("utvärdera besöket", "evaluate the visit")
        case .logKanalen: return say("logga arbetssök, SYV, CV, brev", "log job search, SYV, CV, letter")
        case .aKassa: return "a-kassa"
        case .intensifiedSupport: return say("förstärkt stöd på/av", "intensified support on/off")
        case .nextField: return say("nästa fält", "next field")
        case .previousField: return say("föregående fält", "previous field")
        case .nextFieldOrSave: return say("nästa fält; sparar på sista", "next field; saves on the last")
        case .yes: return say("ja", "yes")
        case .no: return say("nej", "no")
        // The action plan and weekly tasks.
        case .plan: return say("handlingsplanen", "the action plan")
        case .tasks: return say("veckans uppgifter", "this week's tasks")
        case .newPlan: return say("ny handlingsplan", "new action plan")
        case .editPlan: return say("ändra planens uppgifter", "edit the plan's details")
        case .newGoal: return say("nytt mål", "new goal")
        case .editGoal: return say("ändra målet", "edit the goal")
        case .removeGoal: return say("ta bort målet", "remove the goal")
        case .followUp: return say("följ upp planen, mål för mål", "follow up the plan, goal by goal")
        case .revise: return say("revidera: ny version av planen", "revise: a new version of the plan")
        case .planHistory: return say("versioner och ändringar", "versions and changes")
        case .exportPlan: return say("skriv ut planen för deltagaren", "print the plan for the participant")
        case .previousResult: return say("föregående resultat", "previous result")
        case .nextResult: return say("nästa resultat", "next result")
        case .nextGoal: return say("nästa mål; sparar efter sista", "next goal; saves after the last")
        case .previousGoal: return say("föregående mål", "previous goal")
        case .previousVersion: return say("äldre version", "older version")
        case .nextVersion: return say("nyare version", "newer version")
        case .addTask: return say("ny uppgift", "new task")
        case .taskDone: return say("klar", "done")
        case .taskNotDone: return say("inte klar", "not done")
        case .moveTask: return say("flytta till ett annat datum", "move to another day")
        case .openTasks: return say("öppna deltagarens uppgifter", "open the participant's tasks")
        case .previousItem: return say("föregående punkt", "previous item")
        case .nextItem: return say("nästa punkt", "next item")
        case .handled: return say("markera punkten behandlad (eller inte)", "mark the item handled (or not)")
        case .decide: return say("skriv beslutet", "write the decision")
        case .openCard: return say("öppna deltagarens kort", "open the participant's card")
        case .focusItem: return say("visa punkten", "show the item")
        case .agenda: return say("dagordningen som lista", "the agenda as a list")
        case .addItem: return say("lägg till en punkt: en deltagare eller en övrig fråga",
                                  "add an item: a participant or an other question")
        case .removeItem: return say("stryk punkten", "strike the item")
        case .itemUp: return say("flytta punkten upp", "move the item up")
        case .itemDown: return say("flytta punkten ner", "move the item down")
        case .refreshAgenda: return say("fyll på dagordningen efter reglerna", "top up the agenda by the rules")
        case .exportMinutes: return say("spara protokollet som det ser ut nu", "save the minutes as they stand")
        case .closeMeeting: return say("stäng mötet och spara protokollet", "close the meeting and save the minutes")
        case .newMeeting: return say("nytt möte", "new meeting")
        case .editMeeting: return say("ändra datum, grupp, närvarande", "change date, group, attendees")
        case .mineOrAll: return say("mina eller allas", "mine or everyone's")
        case .meetingTask: return say("ny uppgift: vem gör vad", "new task: who does what")
        case .nextReport: return say("nästa rapport", "next report")
        case .previousReport: return say("föregående rapport", "previous report")
        case .nextPeriod: return say("nästa period: i år, förra året, kvartal, 12 månader, hela tiden",
                                     "next period: this year, last year, quarters, 12 months, all time")
        case .previousPeriod: return say("föregående period", "previous period")
        case .outgoingView: return say("visa som utskick (antal under 5 som <5) eller exakt",
                                       "show as sent out (counts under 5 as <5) or exact")
        case .chartStyle: return say("staplar med blocktecken eller som text (#, =, +)",
                                     "bars in block characters or as text (#, =, +)")
        }
    }

    /// The same in a word or two, for the status line.
    public func hint(_ a: TUIActionName) -> String {
        switch a {
        case .readNote: return say("läs", "read")
        case .newNote: return say("anteckning", "note")
        case .responsible: return say("ansvarig", "responsible")
        case .exit: return say("avslut", "exit")
        case .open: return say("öppna", "open")
        case .clearSearch: return say("rensa", "clear")
        case .kind: return say("typ", "kind")
        case .toggle: return say("markera", "mark")
        case .programme: return say("program", "programme")
        case .nextView: return say("vy", "view")
        case .moveForward: return say("fram", "forward")
        case .moveBack: return say("tillbaka", "back")
        case .boardFilter: return "filter"
        case .openWorkplace: return say("öppna", "open")
        case .addWorkplace: return say("ny", "new")
        case .editWorkplace: return say("ändra", "change")
        case .tick: return say("bocka", "tick")
        case .newActivity: return say("insats", "activity")
        case .newVisit: return say("besök", "visit")
        case .logKanalen: return say("logga", "log")
        case .nextField: return say("nästa fält", "next field")
        case .plan: return "plan"
        case .tasks: return say("uppgifter", "tasks")
        case .newPlan: return say("ny plan", "new plan")
        case .editPlan: return say("ändra plan", "edit plan")
        case .newGoal: return say("nytt mål", "new goal")
        case .editGoal: return say("ändra", "edit")
        case .removeGoal: return say("ta bort", "remove")
        case .followUp: return say("följ upp", "follow up")
        case .revise: return say("revidera", "revise")
        case .planHistory: return say("versioner", "versions")
        case .exportPlan: return say("skriv ut", "print")
        case .nextGoal: return say("nästa", "next")
        case .nextResult: return say("resultat", "result")
        case .previousVersion: return say("äldre", "older")
        case .nextVersion: return say("nyare", "newer")
        case .addTask: return say("ny", "new")
        case .moveTask: return say("flytta", "move")
        case .openTasks: return say("öppna", "open")
        case .nextItem: return say("nästa", "next")
        case .handled: return say("behandlad", "handled")
        case .decide: return say("beslut", "decision")
        case .openCard: return say("kort", "card")
        case .focusItem: return say("visa", "show")
        case .agenda: return say("dagordning", "agenda")
        case .addItem: return say("ny punkt", "new item")
        case .removeItem: return say("stryk", "strike")
        case .itemUp: return say("upp", "up")
        case .itemDown: return say("ner", "down")
        case .closeMeeting: return say("stäng", "close")
        case .mineOrAll: return say("mina/allas", "mine/all")
        case .meetingTask: return say("uppgift", "task")
        case .nextReport: return say("rapport", "report")
        case .previousReport: return say("förra rapporten", "previous report")
        case .nextPeriod: return "period"
        case .previousPeriod: return say("förra perioden", "previous period")
        case .outgoingView: return say("utskick/exakt", "sent out/exact")
        case .chartStyle: return say("staplar", "bars")
        default: return action(a)
        }
    }

    public func tooSmall(width: Int, height: Int) -> String {
        say("Fönstret är för litet: minst 80×24 behövs, nu \(width)×\(height).",
            "The window is too small: at least 80×24 is needed, now \(width)×\(height).")
    }

    public func count(shown: Int, of total: Int) -> String {
        shown == total ? say("\(NumberText.integer(total, .sv))", "\(NumberText.integer(total, .en))") : say("\(NumberText.integer(shown, .sv)) av \(NumberText.integer(total, .sv))", "\(NumberText.integer(shown, .en)) of \(NumberText.integer(total, .en))")
    }

    /// A person on screen whom another desk's gallring purged.
    public var purgedOnScreen: String {
        say("Personen på skärmen har gallrats och finns inte längre i journalen.", "The person on screen has been purged and is no longer in the journal.")
    }
    public func saved(noteNumber: Int) -> String { say("Sparad (anteckning \(noteNumber))",
                                                       "Saved (note \(noteNumber))") }
    /// The status line of a desk that found damage: short enough for 80 columns.
    public func damaged(record: Int) -> String { say("Journalen är skadad vid post \(record) och kan bara läsas – se lotsen verify.",
                                                     "Journal damaged at record \(record): read-only – see lotsen verify.") }
    public func days(_ n: Int) -> String { "\(n) d" }

    /// "Flytta Sara Lind till Kanalen?"
    public func moveQuestion(name: String, to stage: String, detail: String?) -> String {
        say("Flytta \(name) till \(stage)", "Move \(name) to \(stage)") + (detail.map { " (\($0))" } ?? "") + say("? j = ja, n = nej", "? y = yes, n = no")
    }

    /// "Avsluta Sara Lind 2026-11-24: arbete (Kock)? j = ja, n = nej"
    public func exitQuestion(name: String, date: String, reason: String) -> String {
        say("Avsluta \(name) \(date): \(reason)? j = ja, n = nej", "Exit \(name) \(date): \(reason)? y = yes, n = no")
    }

    public func reregisterQuestion(name: String, date: String) -> String {
        say("Skriv in \(name) igen från \(date)? j = ja, n = nej", "Register \(name) again from \(date)? y = yes, n = no")
    }

    public func supportQuestion(name: String, on: Bool) -> String {
        (on ? say("Förstärkt stöd för \(name)?", "Intensified support for \(name)?") : say("Avsluta förstärkt stöd för \(name)?", "End intensified support for \(name)?")) + say(" j = ja, n = nej", " y = yes, n = no")
    }

    public func free(_ n: Int) -> String { n == 1 ? say("1 ledig", "1 free") : say("\(n) lediga", "\(n) free") }
}

extension Language {
    public var tui: TUIWords { TUIWords(language: self) }
}

public enum TUIText: Sendable, CaseIterable {
    case participants, card, note, help, consentTitle, responsibleTitle, exitTitle
    case columnName, columnAge, columnStage, columnResponsible, columnFollowUp, columnFlags
    case filterAll, filterMine, filterMyOrganisation, filterNewToMe, filterFollowUpDue, filterNoConsent, filterStalled
    case activeOnly, includingExited
    case search, searchHint, noMatches, empty
    case typeToSearch, exitedMark, spaceKey, backspaceKey, noCaseworkerInOrganisation, flagsHeading, registerTitle, detailsTitle, registerHint
    case saving, saved, notSaved, discardQuestion, readOnly, writableAgain, journalChanged
    case chooseOrganisations, chooseOrganisation, chooseCaseworker, reason, occupation
    case newNoteFor, correctingNote, noteHistory, noNotes, unknownAuthor
    case helpFooter, details, notesPane, followUpUnknown
    case board, places, programme, workplace, confirmTitle, chooseWorkplace, chooseIncome, chooseActivityKind
    case chooseOutcome, chooseKanalenActivity, chooseAKassa, newWorkplace, editWorkplace, moreBelow, noWorkplaces
    case filterCaseworker, notInKanalenYet, nothingSelected, fieldRequiredHint, lastStage, firstStage
    case taskList, meeting, statistics, removeItemQuestion, strikeTitle, havetNotFollowedUp, chooseFormat, removeGoalQuestion, followUpGoal, followUpHint, chooseResult
}

/// Every action a key can have, named for the help.
public enum TUIActionName: Sendable, CaseIterable {
    case up, down, left, right, pageUp, pageDown, top, bottom, search, clearSearch, previousSearch, open, readNote, back, quit, help
    case register, editDetails, undo, asOf, saveView, removeView, caseloadOverview, showOnBoard
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

