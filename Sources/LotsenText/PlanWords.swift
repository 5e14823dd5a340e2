import LotsenCalendar
import LotsenCore

/// Words for action plans, the SMART check, follow-ups and weekly tasks. One
/// implementation per language.
public struct PlanWords: Spoken {
    public let language: Language

    public func term(_ t: GoalTerm) -> String { t == .short ? say("kortsiktigt", "short-term") : say("långsiktigt", "long-term") }

    public func status(_ s: GoalStatus) -> String {
        switch s {
        case .active: return say("aktivt", "active")
        case .achieved: return say("uppnått", "achieved")
        case .dropped: return say("avslutat", "dropped")
        }
    }

    public func result(_ r: FollowUpResult) -> String {
        switch r {
        case .achieved: return say("uppnått", "achieved")
        case .onTheWay: return say("på väg", "on the way")
        case .notAchieved: return say("inte uppnått", "not achieved")
        case .changed: return say("ändrat", "changed")
        }
    }

    public func taskResult(_ r: TaskResult) -> String {
        switch r {
        case .done: return say("klar", "done")
        case .notDone: return say("inte klar", "not done")
        case .moved: return say("flyttad", "moved")
        }
    }

    public func document(_ d: DocumentStatus) -> String {
        switch d {
        case .missing: return say("saknas", "missing")
        case .started: return say("påbörjat", "started")
        case .ready: return say("klart", "ready")
        }
    }

    public func part(_ p: SmartPart) -> String {
        switch p {
        case .what: return say("målet", "the goal")
        case .measure: return say("hur vi vet", "the measure")
        case .step(let n): return say("steg \(n)", "step \(n)")
        }
    }

    /// What the SMART check found, in a short sentence.
    public func finding(_ f: SmartFinding) -> String {
        switch f {
        case .whatTooShort: return say("Målet är för kort för att vara specifikt",
                                       "The goal is too short to be specific")
        case .vagueWord(let w, let p): return say("Vagt ord i \(part(p)): ”\(w)”", "Vague word in \(part(p)): “\(w)”")
        case .noMeasure: return say("Inget mått: hur vet vi att målet är nått?",
                                    "No measure: how will we know the goal is reached?")
        case .noWhy: return say("Inget om varför målet är viktigt för deltagaren",
                                "Nothing on why the goal matters to the participant")
        case .noSteps: return say("Inga steg: vem gör vad?", "No steps: who does what?")
        case .stepWithoutOwner(let n): return say("Steg \(n) säger inte vem som gör det",
                                                  "Step \(n) does not say who takes it")
        case .noDue: return say("Inget datum", "No date")
        case .dueAfterPlanEnd(let end): return say("Datumet ligger efter planens slut (\(end.iso))",
                                                   "The date is after the plan ends (\(end.iso))")
        case .noOwner: return say("Ingen ansvarig för målet", "Nobody is responsible for the goal")
        }
    }

    /// What to do about it.
    public func suggestion(_ f: SmartFinding) -> String {
        switch f {
        case .whatTooShort: return say("Skriv vad deltagaren ska ha gjort eller nått, t.ex. ”ha ett CV som är klart att skicka”.",
                                       "Write what the participant will have done or reached, e.g. “a CV ready to send”.")
        case .vagueWord(let w, _): return say("Byt ”\(w)” mot något som går att se eller räkna: ett antal, ett datum, ett resultat.",
                                              "Replace “\(w)” with something you can see or count: a number, a date, a result.")
        case .noMeasure: return say("Skriv hur ni ser att målet är nått, t.ex. ”tre ansökningar skickade”.",
                                    "Write how you will see the goal is reached, e.g. “three applications sent”.")
        case .noWhy: return say("Skriv med deltagarens ord varför målet betyder något för hen.",
                                "Write, in the participant's words, why the goal matters to them.")
        case .noSteps: return say("Lägg till steg som säger vem som gör vad: ”Deltagaren: ringer arbetsgivaren”.",
                                  "Add steps that say who does what: “Participant: calls the employer”.")
        case .stepWithoutOwner: return say("Börja steget med vem som gör det och ett kolon: ”AB: bokar studiebesök”.",
                                           "Start the step with who takes it and a colon: “AB: books a study visit”.")
        case .noDue: return say("Sätt ett datum då målet ska vara nått.", "Set a date by which the goal is reached.")
        case .dueAfterPlanEnd: return say("Sätt ett datum inom planens giltighet, eller revidera planen.",
                                          "Set a date while the plan is valid, or revise the plan.")
        case .noOwner: return say("Skriv vem som ansvarar: en handläggare, deltagaren eller en organisation.",
                                  "Name who is responsible: a caseworker, the participant or an organisation.")
        }
    }

    public func label(_ l: PlanLabel) -> String {
        switch l {
        case .plan: return say("Handlingsplan", "Action plan")
        case .version: return "version"
        case .valid: return say("gäller", "valid")
        case .nextFollowUp: return say("nästa uppföljning", "next follow-up")
        case .allFollowedUp: return say("alla uppföljningar gjorda", "all follow-ups done")
        case .background: return say("bakgrund", "background")
        case .skills: return say("kompetenser", "skills")
        case .labourMarket: return say("arbetsmarknaden", "labour market")
        case .cv: return "CV"
        case .coverLetter: return say("personligt brev", "cover letter")
        case .goals: return say("mål", "goals")
        case .noGoals: return say("inga mål än", "no goals yet")
        case .noActiveGoals: return say("Inga aktiva mål: alla är uppnådda eller avslutade. Skriv vad uppföljningen kom fram till och spara med Ctrl-S.",
                                        "No active goals: every goal is achieved or ended. Write what the follow-up concluded and save with Ctrl-S.")
        case .noPlan: return say("Ingen handlingsplan än", "No action plan yet")
        case .measure: return say("hur vi vet", "how we will know")
        case .why: return say("varför", "why")
        case .steps: return say("steg", "steps")
        case .due: return say("senast", "due")
        case .owner: return say("ansvarig", "responsible")
        case .status: return "status"
        case .followUp: return say("Uppföljning", "Follow-up")
        case .followUps: return say("uppföljningar", "follow-ups")
        case .history: return say("Versioner", "Versions")
        case .noChanges: return say("inga ändringar", "no changes")
        case .tasks: return say("Veckans uppgifter", "This week's tasks")
        case .noTasks: return say("inga uppgifter", "no tasks")
        case .overdueTasks: return say("Försenade veckouppgifter", "Overdue weekly tasks")
        case .nobodyOverdue: return say("Inga försenade uppgifter", "No overdue tasks")
        case .comment: return say("kommentar", "comment")
        case .smartOK: return "SMART"
        case .newPlan: return say("Ny handlingsplan", "New action plan")
        case .editPlan: return say("Ändra handlingsplan", "Edit action plan")
        case .newGoal: return say("Nytt mål", "New goal")
        case .editGoal: return say("Ändra mål", "Edit goal")
        case .revise: return say("Revidera planen", "Revise the plan")
        case .goalOf: return say("mål", "goal")
        case .firstVersion: return say("första versionen", "first version")
        case .addedBy: return say("av", "by")
        case .comparedWith: return say("jämfört med version", "compared with version")
        case .export: return say("Skriv ut planen", "Print the plan")
        case .exportWritten: return say("Planen är sparad i", "The plan is saved in")
        case .task: return say("uppgift", "task")
        case .added: return say("tillagd", "added")
        case .homeTitle: return say("Min handlingsplan", "My action plan")
        case .homeIntro: return say("Det här är planen vi har gjort tillsammans. Den visar dina mål, vad du ska göra och vad vi gör för att hjälpa dig.",
                                    "This is the plan we made together. It shows your goals, what you will do and what we do to help you.")
        case .homeGoal: return say("Mål", "Goal")
        case .homeHow: return say("Så vet vi att du har nått målet", "How we will know you have reached it")
        case .homeWhy: return say("Därför är målet viktigt för dig", "Why it matters to you")
        case .homeSteps: return say("Vem gör vad", "Who does what")
        case .homeBy: return say("Klart senast", "Done by")
        case .homeResponsible: return say("Ansvarig", "Responsible")
        case .homeNextMeeting: return say("Nästa gång vi följer upp planen", "Next time we follow up the plan")
        case .homeContact: return say("Dina kontaktpersoner", "Your contacts")
        case .homeAbout: return say("Planen gäller", "The plan is valid")
        case .homeDone: return say("Klart!", "Done!")
        case .homeFor: return say("för", "for")
        }
    }

    public func partName(_ p: GoalPart) -> String {
        switch p {
        case .term: return say("sikt", "term")
        case .what: return say("mål", "goal")
        case .measure: return say("hur vi vet", "measure")
        case .why: return say("varför", "why")
        case .steps: return say("steg", "steps")
        case .due: return say("datum", "date")
        case .owner: return say("ansvarig", "responsible")
        case .status: return "status"
        }
    }

    /// One line per change between two versions.
    public func change(_ c: PlanChange) -> String {
        func show(_ s: String?) -> String { s.map { say("”\($0)”", "“\($0)”") } ?? "–" }
        switch c {
        case .detail(let part, let a, let b):
            let name: String
            switch part {
            case .start: name = "Start"
            case .end: name = say("Gäller till", "Valid until")
            case .background: name = say("Bakgrund", "Background")
            case .skills: name = say("Kompetenser", "Skills")
            case .labourMarket: name = say("Arbetsmarknaden", "Labour market")
            }
            return "\(name): \(show(a)) → \(show(b))"
        case .cv(let a, let b): return "CV: \(document(a)) → \(document(b))"
        case .coverLetter(let a, let b): return say("Personligt brev: \(document(a)) → \(document(b))",
                                                    "Cover letter: \(document(a)) → \(document(b))")
        case .goalAdded(let g): return say("+ Nytt mål [\(g.id)]: \(g.content.what)",
                                           "+ New goal [\(g.id)]: \(g.content.what)")
        case .goalRemoved(let g): return say("− Borttaget mål [\(g.id)]: \(g.content.what)",
                                             "− Removed goal [\(g.id)]: \(g.content.what)")
        case .goalChanged(_, let after, let parts):
            return say("~ Mål [\(after.id)] \(after.content.what): ändrat \(parts.map(partName).joined(separator: ", "))",
                       "~ Goal [\(after.id)] \(after.content.what): changed \(parts.map(partName).joined(separator: ", "))")
        }
    }

    public func describe(_ e: PlanEvent) -> String {
        switch e {
        case .planCreated(let start, let d): return say("Handlingsplan gjord, gäller \(start.iso)–\(d.end.iso)",
                                                        "Action plan made, valid \(start.iso)–\(d.end.iso)")
        case .planUpdated: return say("Handlingsplanen ändrad", "Action plan edited")
        case .planRevised(let date, let end): return say("Handlingsplanen reviderad \(date.iso), ny version gäller till \(end.iso)",
                                                         "Action plan revised \(date.iso), new version valid until \(end.iso)")
        case .goalAdded(let g): return say("Nytt mål (\(term(g.term))): \(g.what)",
                                           "New goal (\(term(g.term))): \(g.what)")
        case .goalUpdated(let n, let g, let s): return say("Mål \(n) ändrat: \(g.what) (\(status(s)))",
                                                           "Goal \(n) edited: \(g.what) (\(status(s)))")
        case .goalRemoved(let n): return say("Mål \(n) borttaget", "Goal \(n) removed")
        case .planFollowedUp(let d, let rs, _):
            return say("Handlingsplanen följd upp \(d.iso): ", "Action plan followed up \(d.iso): ") + (rs.isEmpty ? say("kommentar", "comment") : rs.map { say("mål \($0.goal) \(result($0.result))", "goal \($0.goal) \(result($0.result))") }.joined(separator: ", "))
        case .taskAdded(let what, let due, _): return say("Veckouppgift: \(what), senast \(due.iso)",
                                                          "Weekly task: \(what), due \(due.iso)")
        case .taskFollowedUp(let n, let d, let r, let due, _):
            return say("Uppgift \(n) följd upp \(d.iso): \(taskResult(r))", "Task \(n) followed up \(d.iso): \(taskResult(r))") + (due.map { say(" till \($0.iso)", " to \($0.iso)") } ?? "")
        }
    }

    var months: [String] { [say("januari", "January"), say("februari", "February"), say("mars", "March"), say("april", "April"), say("maj", "May"), say("juni", "June"), say("juli", "July"), say("augusti", "August"), say("september", "September"), say("oktober", "October"),
                             say("november", "November"), say("december", "December")] }

    /// "24 februari 2027": the take-home plan is read by the participant.
    public func longDate(_ d: Day) -> String {
        let (y, m, day) = d.parts
        return "\(day) \(months[m - 1]) \(y)"
    }

    /// "2 uppgifter".
    public func tasks(_ n: Int) -> String { n == 1 ? say("1 uppgift", "1 task") : say("\(n) uppgifter", "\(n) tasks") }

    /// The yes/no before a follow-up is written.
    public func followUpQuestion(name: String, results: [FollowUpResult], missing: Bool) -> String {
        (missing ? say("Alla mål har inte fått ett resultat. ", "Not every goal has a result. ") : "") + say("Uppföljning \(name): \(results.map(result).joined(separator: ", "))? j = ja, n = nej", "Follow-up \(name): \(results.map(result).joined(separator: ", "))? y = yes, n = no")
    }
}

public enum PlanLabel: Sendable, CaseIterable {
    case plan, version, valid, nextFollowUp, allFollowedUp, background, skills, labourMarket, cv, coverLetter
    case goals, noGoals, noActiveGoals, noPlan, measure, why, steps, due, owner, status, followUp, followUps, history, noChanges
    case tasks, noTasks, overdueTasks, nobodyOverdue, comment, smartOK, newPlan, editPlan, newGoal, editGoal
    case revise, goalOf, firstVersion, addedBy, comparedWith, export, exportWritten, task, added
    // The plan the participant takes home.
    case homeTitle, homeIntro, homeGoal, homeHow, homeWhy, homeSteps, homeBy, homeResponsible, homeNextMeeting
    case homeContact, homeAbout, homeDone, homeFor
}

extension Language {
    public var plan: PlanWords { PlanWords(language: self) }
}

extension PlanWords {
    /// "nästa uppföljning 2027-05-01 (tre månader efter uppföljningen 2027-02-01)", or
    /// that every follow-up is made.
    public func nextFollowUp(_ plan: ActionPlan) -> String {
        guard let (day, basis) = plan.nextFollowUpAndWhy else { return label(.allFollowedUp) }
        let why: String
        switch basis {
        case .planStart(let d): why = say("tre månader efter planens start \(d.iso)", "three months after the plan's start \(d.iso)")
        case .lastFollowUp(let d): why = say("tre månader efter uppföljningen \(d.iso)", "three months after the follow-up of \(d.iso)")
        case .planEnd: why = say("planens slut", "the plan's end")
        }
        return "\(label(.nextFollowUp)) \(day.iso) (\(why))"
    }

    /// After a follow-up: when the next one is, and why then.
    public func followedUp(_ plan: ActionPlan) -> String {
        plan.nextFollowUp == nil
            ? say("Uppföljningen sparad. Planen är följd upp till sitt slut: revidera den eller avsluta.",
                  "Follow-up saved. The plan is followed up to its end: revise it or close it.")
            : say("Uppföljningen sparad; ", "Follow-up saved; ") + nextFollowUp(plan) + "."
    }
}

extension PlanWords {
    /// What each format of the take-home plan is for, as the choice offers it.
    public func format(_ f: DocumentFormat) -> String {
        switch f {
        case .txt: return say("Text att skriva ut (.txt)", "Text to print (.txt)")
        case .md: return say("Markdown (.md)", "Markdown (.md)")
        case .html: return say("HTML för webbläsaren, A4 (.html)", "HTML for a browser, A4 (.html)")
        }
    }

    /// After the plan is written: where, and how to print it from the terminal.
    public func written(_ path: String) -> String {
        // The command first: a long path is what a narrow status line cuts.
        path.hasSuffix(".txt") ? say("Planen sparad; skriv ut med: lp \(path)", "Plan saved; print it with: lp \(path)")
            : label(.exportWritten) + " " + path
    }
}
