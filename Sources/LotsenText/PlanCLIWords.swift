/// Help texts of the plan and task commands. One implementation per language.
public protocol PlanCLIWords {
    static func help(_ key: PlanHelp) -> String
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
    public var planCLI: any PlanCLIWords.Type {
        switch self {
        case .sv: return PlanCLISwedish.self
        case .en: return PlanCLIEnglish.self
        }
    }
}

enum PlanCLISwedish: PlanCLIWords {
    static func help(_ key: PlanHelp) -> String {
        switch key {
        case .planAbstract: return "Handlingsplanen: mål enligt SMART, uppföljningar, versioner och en plan att ta med hem."
        case .showAbstract: return "Visa handlingsplanen med SMART-råd för varje mål."
        case .historyFlag: return "Visa alla versioner och vad som ändrats mellan dem."
        case .versionOption: return "Visa en äldre version (1, 2, …)."
        case .newAbstract: return "Gör en handlingsplan (gäller sex månader om inget annat anges)."
        case .editAbstract: return "Ändra planens uppgifter: slut, bakgrund, inventeringar, CV, brev."
        case .startOption: return "Planens startdatum (ÅÅÅÅ-MM-DD). Standard: idag."
        case .endOption: return "Planen gäller till (ÅÅÅÅ-MM-DD). Standard: sex månader efter start."
        case .backgroundOption: return "Bakgrund, med deltagarens ord."
        case .skillsOption: return "Kompetensinventering: vad deltagaren kan och har gjort."
        case .marketOption: return "Arbetsmarknadsinventering: deltagarens bild av arbetsmarknaden."
        case .cvOption: return "CV: saknas, påbörjat eller klart."
        case .letterOption: return "Personligt brev: saknas, påbörjat eller klart."
        case .goalAbstract: return "Mål i planen: lägg till, ändra, ta bort (lotsen plan goal VEM add|edit|remove …)."
        case .goalDiscussion: return """
            Varje mål har SMART-delarna som fält: --what (specifikt), --measure (mätbart), --why (accepterat), \
            --step "VEM: vad" (realistiskt, en per steg) och --due (tidsatt), plus --owner. Ett svagt mål sparas \
            ändå; `lotsen plan show` säger vad som saknas.
            """
        case .goalActionArgument: return "add, edit eller remove."
        case .goalNumberArgument: return "Målets nummer (vid edit och remove)."
        case .termOption: return "Kort eller lång sikt."
        case .whatOption: return "Specifikt: vad deltagaren ska nå."
        case .measureOption: return "Mätbart: hur vi vet att målet är nått."
        case .whyOption: return "Accepterat/relevant: varför målet är viktigt för deltagaren."
        case .stepOption: return "Realistiskt: ett steg, ”VEM: vad” (upprepa för fler). Ersätter alla steg vid edit."
        case .dueOption: return "Tidsatt: klart senast (ÅÅÅÅ-MM-DD). Tomt tar bort datumet."
        case .ownerOption: return "Ansvarig för målet: initialer, deltagaren eller en organisation."
        case .statusOption: return "Status: aktivt, uppnått eller avslutat."
        case .followUpAbstract: return "Följ upp planen: resultat per mål."
        case .followUpDiscussion: return """
            Uppföljning sker tre månader in i planen och vid planens slut. Ange resultat per mål: \
            --goal "12=på väg" eller --goal "12=uppnått:Fick jobbet". Resultat: uppnått, på väg, inte uppnått, ändrat.
            """
        case .goalResultOption: return "NUMMER=RESULTAT[:kommentar] (upprepa för varje mål)."
        case .commentOption: return "En kommentar."
        case .reviseAbstract: return "Revidera planen: en ny version, den gamla sparas."
        case .exportAbstract: return "Skriv planen med enkla ord för deltagaren att ta med hem."
        case .formatOption: return "txt, md eller html (html skrivs ut bra på A4)."
        case .outputOption: return "Skriv till en fil (0600) i stället för till skärmen."
        case .tasksAbstract: return "Uppgifter: vem gör vad, och deltagarnas veckouppgifter (lotsen tasks [VEM add|done|not-done|move|list …])."
        case .tasksDiscussion: return """
            Utan VEM visas alla öppna uppgifter från mötena och allas försenade veckouppgifter, försenade först \
            (--mine: bara mina; uppgifter från möten markeras klara med `lotsen meeting task done NR`). En veckouppgift gäller till fredag om inget annat anges; \
            den följs upp som klar, inte klar eller flyttad (med nytt datum, --due).
            """
        case .tasksWhoArgument: return "Deltagaren (utelämna för allas uppgifter)."
        case .tasksActionArgument: return "list, add, done, not-done eller move."
        case .tasksValueArgument: return "Vid add: uppgiften. Annars: uppgiftens nummer."
        case .overdueFlag: return "Bara försenade uppgifter."
        case .taskDueOption: return "Klart senast (ÅÅÅÅ-MM-DD); vid move det nya datumet."
        }
    }
}

enum PlanCLIEnglish: PlanCLIWords {
    static func help(_ key: PlanHelp) -> String {
        switch key {
        case .planAbstract: return "The action plan: SMART goals, follow-ups, versions and a plan to take home."
        case .showAbstract: return "Show the action plan with SMART advice for each goal."
        case .historyFlag: return "Show every version and what changed between them."
        case .versionOption: return "Show an older version (1, 2, …)."
        case .newAbstract: return "Make an action plan (valid six months unless told otherwise)."
        case .editAbstract: return "Edit the plan's details: end, background, inventories, CV, letter."
        case .startOption: return "The plan's start date (YYYY-MM-DD). Default: today."
        case .endOption: return "The plan is valid until (YYYY-MM-DD). Default: six months after the start."
        case .backgroundOption: return "Background, in the participant's words."
        case .skillsOption: return "Skills inventory: what the participant can do and has done."
        case .marketOption: return "Labour-market inventory: the participant's picture of the labour market."
        case .cvOption: return "CV: missing, started or ready."
        case .letterOption: return "Cover letter: missing, started or ready."
        case .goalAbstract: return "Goals of the plan: add, edit, remove (lotsen plan goal WHO add|edit|remove …)."
        case .goalDiscussion: return """
            Each goal has the SMART parts as fields: --what (specific), --measure (measurable), --why (accepted), \
            --step "WHO: what" (realistic, one per step) and --due (time-bound), plus --owner. A weak goal is \
            saved anyway; `lotsen plan show` says what is missing.
            """
        case .goalActionArgument: return "add, edit or remove."
        case .goalNumberArgument: return "The goal's number (for edit and remove)."
        case .termOption: return "Short or long term."
        case .whatOption: return "Specific: what the participant will reach."
        case .measureOption: return "Measurable: how we will know the goal is reached."
        case .whyOption: return "Accepted/relevant: why the goal matters to the participant."
        case .stepOption: return "Realistic: one step, “WHO: what” (repeat for more). Replaces all steps on edit."
        case .dueOption: return "Time-bound: due (YYYY-MM-DD). Empty removes the date."
        case .ownerOption: return "Responsible for the goal: initials, the participant or an organisation."
        case .statusOption: return "Status: active, achieved or dropped."
        case .followUpAbstract: return "Follow up the plan: a result per goal."
        case .followUpDiscussion: return """
            Follow-ups fall three months into the plan and at its end. Give a result per goal: \
            --goal "12=on the way" or --goal "12=achieved:Got the job". Results: achieved, on the way, not achieved, changed.
            """
        case .goalResultOption: return "NUMBER=RESULT[:comment] (repeat for each goal)."
        case .commentOption: return "A comment."
        case .reviseAbstract: return "Revise the plan: a new version; the old one is kept."
        case .exportAbstract: return "Write the plan in plain words for the participant to take home."
        case .formatOption: return "txt, md or html (the HTML prints well on A4)."
        case .outputOption: return "Write to a file (0600) instead of the screen."
        case .tasksAbstract: return "Tasks: who does what, and the participants' weekly tasks (lotsen tasks [WHO add|done|not-done|move|list …])."
        case .tasksDiscussion: return """
            Without WHO, every open task from the meetings and everyone's overdue weekly tasks are shown, overdue \
            first (--mine: only mine; meeting tasks are marked done with `lotsen meeting task done NO`). A weekly task is due on Friday unless told otherwise; \
            it is followed up as done, not done or moved (with a new date, --due).
            """
        case .tasksWhoArgument: return "The participant (leave out for everyone's tasks)."
        case .tasksActionArgument: return "list, add, done, not-done or move."
        case .tasksValueArgument: return "For add: the task. Otherwise: the task's number."
        case .overdueFlag: return "Overdue tasks only."
        case .taskDueOption: return "Due (YYYY-MM-DD); for move, the new date."
        }
    }
}
