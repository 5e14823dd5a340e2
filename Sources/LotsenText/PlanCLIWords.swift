import LotsenCore
import LotsenCalendar
/// Help texts of the plan and task commands. Swedish and English side by side.
public struct PlanCLIWords: Spoken {
    public let language: Language

    public func help(_ key: PlanHelp) -> String {
        switch key {
        case .planAbstract: return say("Handlingsplanen: mål enligt SMART, uppföljningar, versioner och en plan att ta med hem.",
                                       "The action plan: SMART goals, follow-ups, versions and a plan to take home.")
        case .showAbstract: return say("Visa handlingsplanen med SMART-råd för varje mål.",
                                       "Show the action plan with SMART advice for each goal.")
        case .historyFlag: return say("Visa alla versioner och vad som ändrats mellan dem.",
                                      "Show every version and what changed between them.")
        case .versionOption: return say("Visa en äldre version (1, 2, …).", "Show an older version (1, 2, …).")
        case .newAbstract: return say("Gör en handlingsplan (gäller sex månader om inget annat anges).",
                                      "Make an action plan (valid six months unless told otherwise).")
        case .editAbstract: return say("Ändra planens uppgifter: slut, bakgrund, inventeringar, CV, brev.",
                                       "Edit the plan's details: end, background, inventories, CV, letter.")
        case .startOption: return say("Planens startdatum (ÅÅÅÅ-MM-DD). Standard: idag.",
                                      "The plan's start date (YYYY-MM-DD). Default: today.")
        case .endOption: return say("Planen gäller till (ÅÅÅÅ-MM-DD). Standard: sex månader efter start.",
                                    "The plan is valid until (YYYY-MM-DD). Default: six months after the start.")
        case .backgroundOption: return say("Bakgrund, med deltagarens ord.", "Background, in the participant's words.")
        case .skillsOption: return say("Kompetensinventering: vad deltagaren kan och har gjort.",
                                       "Skills inventory: what the participant can do and has done.")
        case .marketOption: return say("Arbetsmarknadsinventering: deltagarens bild av arbetsmarknaden.",
                                       "Labour-market inventory: the participant's picture of the labour market.")
        case .cvOption: return say("CV: saknas, påbörjat eller klart.", "CV: missing, started or ready.")
        case .letterOption: return say("Personligt brev: saknas, påbörjat eller klart.",
                                       "Cover letter: missing, started or ready.")
        case .goalAbstract: return say("Mål i planen: lägg till, ändra, ta bort (lotsen plan goal VEM add|edit|remove …).",
                                       "Goals of the plan: add, edit, remove (lotsen plan goal WHO add|edit|remove …).")
        case .goalDiscussion: return say("""
            Varje mål har SMART-delarna som fält: --what (specifikt), --measure (mätbart), --why (accepterat), \
            --step "VEM: vad" (realistiskt, en per steg) och --due (tidsatt), plus --owner. Ett svagt mål sparas \
            ändå; `lotsen plan show` säger vad som saknas.
            """, """
            Each goal has the SMART parts as fields: --what (specific), --measure (measurable), --why (accepted), \
            --step "WHO: what" (realistic, one per step) and --due (time-bound), plus --owner. A weak goal is \
            saved anyway; `lotsen plan show` says what is missing.
            """)
        case .goalActionArgument: return say("add, edit eller remove.", "add, edit or remove.")
        case .goalNumberArgument: return say("Målets nummer (vid edit och remove).",
                                             "The goal's number (for edit and remove).")
        case .termOption: return say("Kort eller lång sikt.", "Short or long term.")
        case .whatOption: return say("Specifikt: vad deltagaren ska nå.", "Specific: what the participant will reach.")
        case .measureOption: return say("Mätbart: hur vi vet att målet är nått.",
                                        "Measurable: how we will know the goal is reached.")
        case .whyOption: return say("Accepterat/relevant: varför målet är viktigt för deltagaren.",
                                    "Accepted/relevant: why the goal matters to the participant.")
        case .stepOption: return say("Realistiskt: ett steg, ”VEM: vad” (upprepa för fler). Ersätter alla steg vid edit.",
                                     "Realistic: one step, “WHO: what” (repeat for more). Replaces all steps on edit.")
        case .dueOption: return say("Tidsatt: klart senast (ÅÅÅÅ-MM-DD). Tomt tar bort datumet.",
                                    "Time-bound: due (YYYY-MM-DD). Empty removes the date.")
        case .ownerOption: return say("Ansvarig för målet: initialer, deltagaren eller en organisation.",
                                      "Responsible for the goal: initials, the participant or an organisation.")
        case .statusOption: return say("Status: aktivt, uppnått eller avslutat.",
                                       "Status: active, achieved or dropped.")
        case .followUpAbstract: return say("Följ upp planen: resultat per mål.",
                                           "Follow up the plan: a result per goal.")
        case .followUpDiscussion: return say("""
            Uppföljning sker tre månader in i planen och vid planens slut. Ange resultat per mål: \
            --goal "12=på väg" eller --goal "12=uppnått:Fick jobbet". Resultat: uppnått, på väg, inte uppnått, ändrat.
            """, """
            Follow-ups fall three months into the plan and at its end. Give a result per goal: \
            --goal "12=on the way" or --goal "12=achieved:Got the job". Results: achieved, on the way, not achieved, changed.
            """)
        case .goalResultOption: return say("NUMMER=RESULTAT[:kommentar] (upprepa för varje mål).",
                                           "NUMBER=RESULT[:comment] (repeat for each goal).")
        case .commentOption: return say("En kommentar.", "A comment.")
        case .reviseAbstract: return say("Revidera planen: en ny version, den gamla sparas.",
                                         "Revise the plan: a new version; the old one is kept.")
        case .exportAbstract: return say("Skriv planen med enkla ord för deltagaren att ta med hem.",
                                         "Write the plan in plain words for the participant to take home.")
        case .formatOption: return say("txt, md eller html (html skrivs ut bra på A4).",
                                       "txt, md or html (the HTML prints well on A4).")
        case .outputOption: return say("Skriv till en fil (0600) i stället för till skärmen.",
                                       "Write to a file (0600) instead of the screen.")
        case .tasksAbstract: return say("Uppgifter: vem gör vad, och deltagarnas veckouppgifter (lotsen tasks [VEM add|done|not-done|move|list …]).",
                                        "Tasks: who does what, and the participants' weekly tasks (lotsen tasks [WHO add|done|not-done|move|list …]).")
        case .tasksDiscussion: return say("""
            Utan VEM visas alla öppna uppgifter från mötena och allas försenade veckouppgifter, försenade först \
            (--mine: bara mina; uppgifter från möten markeras klara med `lotsen meeting task done NR`). En veckouppgift gäller till fredag om inget annat anges; \
            den följs upp som klar, inte klar eller flyttad (med nytt datum, --due).
            """, """
            Without WHO, every open task from the meetings and everyone's overdue weekly tasks are shown, overdue \
            first (--mine: only mine; meeting tasks are marked done with `lotsen meeting task done NO`). A weekly task is due on Friday unless told otherwise; \
            it is followed up as done, not done or moved (with a new date, --due).
            """)
        case .tasksWhoArgument: return say("Deltagaren (utelämna för allas uppgifter).",
                                           "The participant (leave out for everyone's tasks).")
        case .tasksActionArgument: return say("list, add, done, not-done eller move.",
                                              "list, add, done, not-done or move.")
        case .tasksValueArgument: return say("Vid add: uppgiften. Annars: uppgiftens nummer.",
                                             "For add: the task. Otherwise: the task's number.")
        case .overdueFlag: return say("Bara försenade uppgifter.", "Overdue tasks only.")
        case .taskDueOption: return say("Klart senast (ÅÅÅÅ-MM-DD); vid move det nya datumet.",
                                        "Due (YYYY-MM-DD); for move, the new date.")
        }
    }
}

public enum PlanHelp: Sendable, CaseIterable {
    case planAbstract, showAbstract, historyFlag, versionOption, newAbstract, editAbstract, startOption, endOption
    case backgroundOption, skillsOption, marketOption, cvOption, letterOption
    case goalAbstract, goalDiscussion, goalActionArgument, goalNumberArgument, termOption, whatOption, measureOption
    case whyOption, stepOption, dueOption, ownerOption, statusOption
    case followUpAbstract, followUpDiscussion, goalResultOption, commentOption
    case reviseAbstract, exportAbstract, formatOption, outputOption
    case tasksAbstract, tasksDiscussion, tasksWhoArgument, tasksActionArgument, tasksValueArgument, overdueFlag, taskDueOption
}

extension Language {
    public var planCLI: PlanCLIWords { PlanCLIWords(language: self) }
}
