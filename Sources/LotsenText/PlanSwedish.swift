import LotsenCalendar
import LotsenCore

enum PlanSwedish: PlanWords {
    static func field(_ f: Field) -> String {
        switch f {
        case .start: return "start"
        case .end: return "gäller till"
        case .skills: return "kompetensinventering"
        case .labourMarket: return "arbetsmarknadsinventering"
        case .cv: return "CV"
        case .coverLetter: return "personligt brev"
        case .term: return "sikt"
        case .what: return "mål"
        case .measure: return "hur vi vet"
        case .why: return "varför"
        case .steps: return "steg (VEM: vad)"
        case .due: return "klart senast"
        case .owner: return "ansvarig"
        case .goal: return "mål nr"
        case .result: return "resultat"
        case .task: return "uppgift"
        case .comment: return "kommentar"
        default: return MeetingSwedish.field(f)
        }
    }

    static func term(_ t: GoalTerm) -> String { t == .short ? "kortsiktigt" : "långsiktigt" }

    static func status(_ s: GoalStatus) -> String {
        switch s {
        case .active: return "aktivt"
        case .achieved: return "uppnått"
        case .dropped: return "avslutat"
        }
    }

    static func result(_ r: FollowUpResult) -> String {
        switch r {
        case .achieved: return "uppnått"
        case .onTheWay: return "på väg"
        case .notAchieved: return "inte uppnått"
        case .changed: return "ändrat"
        }
    }

    static func taskResult(_ r: TaskResult) -> String {
        switch r {
        case .done: return "klar"
        case .notDone: return "inte klar"
        case .moved: return "flyttad"
        }
    }

    static func document(_ d: DocumentStatus) -> String {
        switch d {
        case .missing: return "saknas"
        case .started: return "påbörjat"
        case .ready: return "klart"
        }
    }

    static func part(_ p: SmartPart) -> String {
        switch p {
        case .what: return "målet"
        case .measure: return "hur vi vet"
        case .step(let n): return "steg \(n)"
        }
    }

    static func finding(_ f: SmartFinding) -> String {
        switch f {
        case .whatTooShort: return "Målet är för kort för att vara specifikt"
        case .vagueWord(let w, let p): return "Vagt ord i \(part(p)): ”\(w)”"
        case .noMeasure: return "Inget mått: hur vet vi att målet är nått?"
        case .noWhy: return "Inget om varför målet är viktigt för deltagaren"
        case .noSteps: return "Inga steg: vem gör vad?"
        case .stepWithoutOwner(let n): return "Steg \(n) säger inte vem som gör det"
        case .noDue: return "Inget datum"
        case .dueAfterPlanEnd(let end): return "Datumet ligger efter planens slut (\(end.iso))"
        case .noOwner: return "Ingen ansvarig för målet"
        }
    }

    static func suggestion(_ f: SmartFinding) -> String {
        switch f {
        case .whatTooShort: return "Skriv vad deltagaren ska ha gjort eller nått, t.ex. ”ha ett CV som är klart att skicka”."
        case .vagueWord(let w, _): return "Byt ”\(w)” mot något som går att se eller räkna: ett antal, ett datum, ett resultat."
        case .noMeasure: return "Skriv hur ni ser att målet är nått, t.ex. ”tre ansökningar skickade”."
        case .noWhy: return "Skriv med deltagarens ord varför målet betyder något för hen."
        case .noSteps: return "Lägg till steg som säger vem som gör vad: ”Deltagaren: ringer arbetsgivaren”."
        case .stepWithoutOwner: return "Börja steget med vem som gör det och ett kolon: ”AB: bokar studiebesök”."
        case .noDue: return "Sätt ett datum då målet ska vara nått."
        case .dueAfterPlanEnd: return "Sätt ett datum inom planens giltighet, eller revidera planen."
        case .noOwner: return "Skriv vem som ansvarar: en handläggare, deltagaren eller en organisation."
        }
    }

    static func problem(_ p: ProgrammeProblem) -> String? {
        switch p {
        case .planExists: return "Deltagaren har redan en handlingsplan. Ändra den, eller revidera den (`lotsen plan revise`)."
        case .noPlan: return "Deltagaren har ingen handlingsplan än. Gör en med `lotsen plan new`."
        case .goalNotFound(let n): return "Planen har inget mål nummer \(n). Se `lotsen plan show`."
        case .taskNotFound(let n): return "Deltagaren har ingen uppgift nummer \(n). Se `lotsen tasks`."
        case .taskClosed(let n): return "Uppgift \(n) är redan följd upp som klar eller inte klar."
        default: return nil
        }
    }

    static func label(_ l: PlanLabel) -> String {
        switch l {
        case .plan: return "Handlingsplan"
        case .version: return "version"
        case .valid: return "gäller"
        case .nextFollowUp: return "nästa uppföljning"
        case .allFollowedUp: return "alla uppföljningar gjorda"
        case .background: return "bakgrund"
        case .skills: return "kompetenser"
        case .labourMarket: return "arbetsmarknaden"
        case .cv: return "CV"
        case .coverLetter: return "personligt brev"
        case .goals: return "mål"
        case .noGoals: return "inga mål än"
        case .noPlan: return "Ingen handlingsplan än"
        case .measure: return "hur vi vet"
        case .why: return "varför"
        case .steps: return "steg"
        case .due: return "senast"
        case .owner: return "ansvarig"
        case .status: return "status"
        case .followUp: return "Uppföljning"
        case .followUps: return "uppföljningar"
        case .history: return "Versioner"
        case .noChanges: return "inga ändringar"
        case .tasks: return "Veckans uppgifter"
        case .noTasks: return "inga uppgifter"
        case .overdueTasks: return "Försenade veckouppgifter"
        case .nobodyOverdue: return "Inga försenade uppgifter"
        case .comment: return "kommentar"
        case .smartOK: return "SMART"
        case .newPlan: return "Ny handlingsplan"
        case .editPlan: return "Ändra handlingsplan"
        case .newGoal: return "Nytt mål"
        case .editGoal: return "Ändra mål"
        case .revise: return "Revidera planen"
        case .goalOf: return "mål"
        case .firstVersion: return "första versionen"
        case .addedBy: return "av"
        case .comparedWith: return "jämfört med version"
        case .export: return "Skriv ut planen"
        case .exportWritten: return "Planen är sparad i"
        case .task: return "uppgift"
        case .added: return "tillagd"
        case .homeTitle: return "Min handlingsplan"
        case .homeIntro: return "Det här är planen vi har gjort tillsammans. Den visar dina mål, vad du ska göra och vad vi gör för att hjälpa dig."
        case .homeGoal: return "Mål"
        case .homeHow: return "Så vet vi att du har nått målet"
        case .homeWhy: return "Därför är målet viktigt för dig"
        case .homeSteps: return "Vem gör vad"
        case .homeBy: return "Klart senast"
        case .homeResponsible: return "Ansvarig"
        case .homeNextMeeting: return "Nästa gång vi följer upp planen"
        case .homeContact: return "Dina kontaktpersoner"
        case .homeAbout: return "Planen gäller"
        case .homeDone: return "Klart!"
        case .homeFor: return "för"
        }
    }

    static func partName(_ p: GoalPart) -> String {
        switch p {
        case .term: return "sikt"
        case .what: return "mål"
        case .measure: return "hur vi vet"
        case .why: return "varför"
        case .steps: return "steg"
        case .due: return "datum"
        case .owner: return "ansvarig"
        case .status: return "status"
        }
    }

    static func change(_ c: PlanChange) -> String {
        func show(_ s: String?) -> String { s.map { "”\($0)”" } ?? "–" }
        switch c {
        case .detail(let part, let a, let b):
            let name: String
            switch part {
            case .start: name = "Start"
            case .end: name = "Gäller till"
            case .background: name = "Bakgrund"
            case .skills: name = "Kompetenser"
            case .labourMarket: name = "Arbetsmarknaden"
            }
            return "\(name): \(show(a)) → \(show(b))"
        case .cv(let a, let b): return "CV: \(document(a)) → \(document(b))"
        case .coverLetter(let a, let b): return "Personligt brev: \(document(a)) → \(document(b))"
        case .goalAdded(let g): return "+ Nytt mål [\(g.id)]: \(g.content.what)"
        case .goalRemoved(let g): return "− Borttaget mål [\(g.id)]: \(g.content.what)"
        case .goalChanged(_, let after, let parts):
            return "~ Mål [\(after.id)] \(after.content.what): ändrat \(parts.map(partName).joined(separator: ", "))"
        }
    }

    static func describe(_ e: Event) -> String? {
        switch e {
        case .plan(.planCreated(let start, let d)): return "Handlingsplan gjord, gäller \(start.iso)–\(d.end.iso)"
        case .plan(.planUpdated): return "Handlingsplanen ändrad"
        case .plan(.planRevised(let date, let end)): return "Handlingsplanen reviderad \(date.iso), ny version gäller till \(end.iso)"
        case .plan(.goalAdded(let g)): return "Nytt mål (\(term(g.term))): \(g.what)"
        case .plan(.goalUpdated(let n, let g, let s)): return "Mål \(n) ändrat: \(g.what) (\(status(s)))"
        case .plan(.goalRemoved(let n)): return "Mål \(n) borttaget"
        case .plan(.planFollowedUp(let d, let rs, _)):
            return "Handlingsplanen följd upp \(d.iso): " + (rs.isEmpty ? "kommentar" : rs.map { "mål \($0.goal) \(result($0.result))" }.joined(separator: ", "))
        case .plan(.taskAdded(let what, let due, _)): return "Veckouppgift: \(what), senast \(due.iso)"
        case .plan(.taskFollowedUp(let n, let d, let r, let due, _)):
            return "Uppgift \(n) följd upp \(d.iso): \(taskResult(r))" + (due.map { " till \($0.iso)" } ?? "")
        default: return MeetingSwedish.describe(e)
        }
    }

    static let months = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                         "november", "december"]

    static func longDate(_ d: Day) -> String {
        let (y, m, day) = d.parts
        return "\(day) \(months[m - 1]) \(y)"
    }

    static func tasks(_ n: Int) -> String { n == 1 ? "1 uppgift" : "\(n) uppgifter" }

    static func followUpQuestion(name: String, results: [FollowUpResult], missing: Bool) -> String {
        (missing ? "Alla mål har inte fått ett resultat. " : "") + "Uppföljning \(name): \(results.map(result).joined(separator: ", "))? j = ja, n = nej"
    }
}
