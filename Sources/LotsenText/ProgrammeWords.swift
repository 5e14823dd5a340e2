import LotsenCalendar
import LotsenCore

/// Words for the programme: stages, the checklist, activities, the placement bank and
/// their flags and refusals. One implementation per language; the stage names and the
/// activity kinds are Swedish terms in both.
public struct ProgrammeWords: Spoken {
    public let language: Language

    /// "Slussen 1 · Introduktion": the programme's own Swedish names, in both languages.
    public func stage(_ s: Stage) -> String {
        switch s {
        case .introduction, .actionPlan, .studyVisits: return "Slussen \(s.index + 1) · \(step(s))"
        case .kanalen, .havet: return step(s)
        }
    }

    /// The step's own name: "Introduktion", "Kanalen".
    public func step(_ s: Stage) -> String {
        switch s {
        case .introduction: return "Introduktion"
        case .actionPlan: return "Handlingsplan"
        case .studyVisits: return "Studiebesök"
        case .kanalen: return "Kanalen"
        case .havet: return "Havet"
        }
    }

    public func income(_ k: IncomeKind) -> String {
        switch k {
        case .work: return say("arbete", "work")
        case .studies: return say("studier", "studies")
        case .unemploymentFund: return "A-kassa"
        }
    }

    public func aKassa(_ s: AKassaStatus) -> String {
        switch s {
        case .member: return say("medlem", "member")
        case .notMember: return say("inte medlem", "not a member")
        case .noRight: return say("anställningen ger ingen rätt", "the employment gives no right")
        }
    }

    public func checklistItem(_ i: ChecklistItem) -> String {
        if let label = i.label { return label }
        switch i.code {
        case "it-policy": return say("IT-policy", "IT policy")
        case "drug-policy": return say("Drog- och alkoholpolicy", "Drug and alcohol policy")
        case "work-environment": return say("Arbetsmiljöpolicy", "Work-environment policy")
        case "values": return say("Kommunens värdegrund", "The municipality's values")
        case "measure": return say("Vad det är att vara i åtgärd i AME", "What being in a measure at AME means")
        case "sick-reporting": return say("Sjukanmälan", "Reporting sick")
        case "holidays": return say("Semester", "Holidays")
        case "pay": return say("Lön", "Pay")
        default: return i.code
        }
    }

    public func kanalen(_ a: KanalenActivity) -> String {
        switch a {
        case .jobSearch: return say("arbetssök", "job search")
        case .counsellor: return say("besök hos studie- och yrkesvägledare", "visit to the study and career counsellor")
        case .cvUpdated: return say("CV uppdaterat", "CV updated")
        case .letterUpdated: return say("personligt brev uppdaterat", "cover letter updated")
        }
    }

    public func outcome(_ o: ActivityOutcome) -> String {
        switch o {
        case .completed: return say("fullföljd", "completed")
        case .interrupted: return say("avbruten", "interrupted")
        case .work: return say("arbete", "work")
        case .studies: return say("studier", "studies")
        case .other: return say("annat", "other")
        }
    }

    /// A flag in a word or two, for the list and the board.
    public func flag(_ f: ProgrammeFlag) -> String {
        switch f {
        case .ninetyDaysOverdue: return "90d!"
        case .ninetyDaysWarning: return "90d"
        case .noConsent: return say("ej samt.", "no cons.")
        case .intensifiedSupport: return say("stöd", "support")
        case .placementEndingSoon: return say("slutar", "ending")
        case .aKassa: return "a-kassa"
        case .activityOverLimit: return say("6 mån", "6 mo")
        case .checkpointDue: return say("avstämn.", "checkpt")
        case .followUpDue: return say("uppf.", "follow-up")
        case .tasksOverdue(let n): return "\(n) " + say("uppg.", "tasks")
        }
    }

    /// What the short flags of the list and the board mean, for the help and keys.md.
    public var flagLegend: [(flag: String, meaning: String)] {
        [("90d!", say("ingen insats inom 90 dagar", "no activity within 90 days")),
         ("90d", say("dag 60–89 utan insats", "day 60–89, no activity")),
         (flag(.noConsent), say("inget gällande samtycke", "no consent in force")),
         (flag(.intensifiedSupport), say("förstärkt stöd", "intensified support")),
         (flag(.placementEndingSoon(Day(daysSince1970: 0))), say("platsen slutar snart", "the placement ends soon")),
         ("a-kassa", say("utan rätt till a-kassa", "no right to a-kassa")),
         (flag(.activityOverLimit(.catalogue[0])), say("insats över sex månader", "activity over six months")),
         (flag(.checkpointDue(Day(daysSince1970: 0))), say("avstämning inom en vecka", "checkpoint within a week")),
         (flag(.followUpDue(Day(daysSince1970: 0))), say("uppföljning snart/passerad", "follow-up due")),
         ("N " + say("uppg.", "tasks"), say("försenade veckouppgifter", "overdue weekly tasks"))]
    }

    /// The same as a sentence, for the card.
    public func explain(_ f: ProgrammeFlag) -> String {
        switch f {
        case .ninetyDaysOverdue(let d): return say("Dag \(d): ingen insats inom 90 dagar",
                                                   "Day \(d): no activity within 90 days")
        case .ninetyDaysWarning(let d): return say("Dag \(d) av 90 utan insats", "Day \(d) of 90 without an activity")
        case .noConsent: return say("Inget gällande samtycke", "No consent in force")
        case .intensifiedSupport: return say("Förstärkt stöd", "Intensified support")
        case .placementEndingSoon(let d): return say("Platsen slutar \(d.iso) – behövs förstärkt stöd?",
                                                     "The placement ends \(d.iso) – intensified support needed?")
        case .aKassa(let s): return say("A-kassa: \(aKassa(s)) – extra stöd att hitta försörjning",
                                        "A-kassa: \(aKassa(s)) – extra support to find an income")
        case .activityOverLimit(let k): return say("\(k.name) har pågått över sex månader",
                                                   "\(k.name) has run for over six months")
        case .checkpointDue(let d): return say("Avstämning i aktivitetsgruppen \(d.iso)",
                                               "Activity-group checkpoint \(d.iso)")
        case .followUpDue(let d): return say("Uppföljning av handlingsplanen \(d.iso)",
                                             "Action plan follow-up \(d.iso)")
        case .tasksOverdue(let n): return n == 1 ? say("1 försenad veckouppgift", "1 overdue weekly task") : say("\(n) försenade veckouppgifter", "\(n) overdue weekly tasks")
        }
    }

    public func warning(_ w: ActivityWarning) -> String {
        switch w {
        case .overLimit(let d): return say("över sex månader sedan \(d.iso)", "over six months since \(d.iso)")
        case .cycle(let n, let d): return say("period \(n) om 12 veckor, avstämning \(d.iso)",
                                              "12-week cycle \(n), checkpoint \(d.iso)")
        }
    }

    public func problem(_ p: ProgrammeProblem) -> String {
        switch p {
        case .workplaceNotFound(let t): return say("Ingen arbetsplats i platsbanken heter ”\(Quoted.text(t))”. Se `lotsen placement list`.",
                                                   "No workplace in the placement bank is called “\(Quoted.text(t))”. See `lotsen placement list`.")
        case .workplaceAmbiguous(let t, let names): return say("”\(Quoted.text(t))” passar flera arbetsplatser: \(names.joined(separator: ", ")).",
                                                               "“\(Quoted.text(t))” matches several workplaces: \(names.joined(separator: ", ")).")
        case .workplaceFull(let n): return say("\(n) har inga lediga platser.", "\(n) has no free places.")
        case .duplicateWorkplace(let n): return say("Det finns redan en arbetsplats som heter \(n).",
                                                    "There already is a workplace called \(n).")
        case .activityNotFound(let n): return say("Deltagaren har ingen insats nummer \(n) i den här perioden.",
                                                  "The participant has no activity number \(n) in this period.")
        case .activityEnded(let n): return say("Insats \(n) är redan avslutad.", "Activity \(n) has already ended.")
        case .visitNotFound(let n): return say("Deltagaren har inget studiebesök nummer \(n).",
                                               "The participant has no study visit number \(n).")
        case .checklistItemNotFound(let t): return say("Introduktionen har ingen punkt ”\(Quoted.text(t))”. Se `lotsen checklist items`.",
                                                       "The introduction has no item “\(Quoted.text(t))”. See `lotsen checklist items`.")
        case .alreadyInStage(let s): return say("Deltagaren är redan i \(stage(s)).",
                                                "The participant is already in \(stage(s)).")
        case .needsPlacement: return say("Till Kanalen behövs en arbetsplats ur platsbanken (--placement).",
                                         "Moving into Kanalen needs a workplace from the placement bank (--placement).")
        case .needsIncome: return say("Till Havet behövs försörjningen: arbete, studier eller a-kassa (--income).",
                                      "Moving into Havet needs the income: work, studies or a-kassa (--income).")
        case .needsReason: return say("Att flytta tillbaka kräver en orsak (--reason).",
                                      "Moving back needs a reason (--reason).")
        case .notInKanalen: return say("Byta plats går bara för den som är i Kanalen.",
                                       "Only someone in Kanalen can change placement.")
        case .planExists: return say("Deltagaren har redan en handlingsplan. Ändra den, eller revidera den (`lotsen plan revise`).",
                                     "The participant already has an action plan. Edit it, or revise it (`lotsen plan revise`).")
        case .noPlan: return say("Deltagaren har ingen handlingsplan än. Gör en med `lotsen plan new`.",
                                 "The participant has no action plan yet. Make one with `lotsen plan new`.")
        case .goalNotFound(let n): return say("Planen har inget mål nummer \(n). Se `lotsen plan show`.",
                                              "The plan has no goal number \(n). See `lotsen plan show`.")
        case .taskNotFound(let n): return say("Deltagaren har ingen uppgift nummer \(n). Se `lotsen tasks`.",
                                              "The participant has no task number \(n). See `lotsen tasks`.")
        case .taskClosed(let n): return say("Uppgift \(n) är redan följd upp som klar eller inte klar.",
                                            "Task \(n) has already been followed up as done or not done.")
        }
    }

    public func label(_ l: ProgrammeLabel) -> String {
        switch l {
        case .stage: return say("steg", "stage")
        case .daysInStage: return say("dagar i steget", "days in stage")
        case .since: return say("sedan", "since")
        case .placement: return say("plats", "placement")
        case .noPlacement: return say("ingen plats", "no placement")
        case .plannedEnd: return say("planerat slut", "planned end")
        case .checklist: return say("introduktion", "introduction")
        case .visits: return say("studiebesök", "study visits")
        case .noVisits: return say("inga studiebesök", "no study visits")
        case .activities: return say("insatser", "activities")
        case .noActivities: return say("inga insatser", "no activities")
        case .kanalenLog: return "kanalen"
        case .jobSearchThisWeek: return say("arbetssök denna vecka", "job search this week")
        case .lastCounsellor: return say("senast hos SYV", "last at SYV")
        case .cvUpdated: return say("CV uppdaterat", "CV updated")
        case .letterUpdated: return say("brev uppdaterat", "letter updated")
        case .income: return say("försörjning", "income")
        case .aKassa: return "a-kassa"
        case .notChecked: return say("ej kontrollerad", "not checked")
        case .intensifiedSupport: return say("förstärkt stöd", "intensified support")
        case .workplaces: return say("arbetsplatser", "workplaces")
        case .sector: return say("bransch", "sector")
        case .capacity: return say("platser", "places")
        case .free: return say("lediga", "free")
        case .placedNow: return say("placerade nu", "placed now")
        case .nobodyPlaced: return say("ingen placerad", "nobody placed")
        case .halfDay: return say("halvdag", "half day")
        case .fullDay: return say("heldag", "full day")
        case .evaluation: return say("deltagaren", "participant")
        case .supervisorView: return say("arbetsledaren", "supervisor")
        case .reason: return say("orsak", "reason")
        case .address: return say("adress", "address")
        case .contact: return say("kontakt", "contact")
        case .phone: return say("telefon", "phone")
        case .notes: return say("anteckningar", "notes")
        case .ended: return say("avslutad", "ended")
        case .running: return say("pågår", "running")
        case .board: return say("Tavla", "Board")
        case .programme: return say("Programmet", "Programme")
        case .places: return say("Platser", "Places")
        case .moveBack: return say("flytta tillbaka", "move back")
        case .moveForward: return say("flytta fram", "move forward")
        case .flags: return say("flaggor", "flags")
        case .counts: return say("antal", "count")
        case .never: return say("aldrig", "never")
        case .exitedHidden: return say("avslutade dolda", "exited hidden")
        case .exitedShown: return say("även avslutade", "exited shown")
        case .employer: return say("arbetsgivare", "employer")
        case .employmentForm: return say("anställningsform", "form of employment")
        case .kanalenSubtitle: return say("Arbete i verksamheten", "Work at a workplace")
        case .havetSubtitle: return say("Egen försörjning", "Own income")
        case .occupation: return say("yrke", "occupation")
        }
    }

    /// "3 h 30 min".
    public func duration(minutes: Int) -> String {
        minutes % 60 == 0 ? "\(minutes / 60) h" : minutes < 60 ? "\(minutes) min" : "\(minutes / 60) h \(minutes % 60) min"
    }

    /// One line saying what a programme entry recorded; nil for other entries. The
    /// state, when given, names workplaces and checklist items.
    public func describe(_ e: ProgrammeEvent, in state: LotsenState?) -> String {
        func workplaceName(_ n: Int) -> String { state?.workplaces[n]?.name ?? "nr \(n)" }
        func item(_ code: String) -> String { state?.checklist.item(code).map(checklistItem) ?? code }
        switch e {
        case .stageMoved(let m):
            var s = say("Flyttad till \(stage(m.to)) \(m.date.iso)", "Moved to \(stage(m.to)) \(m.date.iso)")
            if let w = m.placement { s += say(", plats \(workplaceName(w))", ", placement \(workplaceName(w))") + (m.placementEnd.map { say(" till \($0.iso)", " until \($0.iso)") } ?? "") }
            if let i = m.income {
                s += say(", försörjning \(income(i.kind))", ", income \(income(i.kind))")
                s += i.particulars.map { ", \($0)" }.joined()
            }
            return s + (m.reason.map { say(" – orsak: \($0)", " – reason: \($0)") } ?? "")
        case .placementChanged(let w, let d, let end): return say("Ny plats \(d.iso): \(workplaceName(w))", "New placement \(d.iso): \(workplaceName(w))") + (end.map { say(" till \($0.iso)", " until \($0.iso)") } ?? "")
        case .checklistTicked(let code, let d): return say("Introduktion: \(item(code)) avbockad \(d.iso)",
                                                           "Introduction: \(item(code)) ticked \(d.iso)")
        case .checklistUnticked(let code): return say("Introduktion: \(item(code)) inte avbockad längre",
                                                      "Introduction: \(item(code)) no longer ticked")
        case .checklistItemAdded(_, let label): return say("Ny punkt i introduktionen: \(label)",
                                                           "New introduction item: \(label)")
        case .checklistItemRemoved(let code): return say("Punkt borttagen ur introduktionen: \(item(code))",
                                                         "Introduction item removed: \(item(code))")
        case .visitRecorded(let w, let d, let half, let ev, let sv):
            return say("Studiebesök \(d.iso) hos \(workplaceName(w)) (\(half ? "halvdag" : "heldag"))",
                       "Study visit \(d.iso) at \(workplaceName(w)) (\(half ? "half day" : "full day"))")
                + (ev.map { say("; deltagaren: \($0)", "; participant: \($0)") } ?? "") + (sv.map { say("; arbetsledaren: \($0)", "; supervisor: \($0)") } ?? "")
        case .visitEvaluated(let v, let ev, let sv):
            return say("Studiebesök \(v) utvärderat", "Study visit \(v) evaluated") + (ev.map { say("; deltagaren: \($0)", "; participant: \($0)") } ?? "") + (sv.map { say("; arbetsledaren: \($0)", "; supervisor: \($0)") } ?? "")
        case .activityStarted(let k, let o, let s, let end):
            return say("Insats startad \(s.iso): \(k.name) (\(o.label))", "Activity started \(s.iso): \(k.name) (\(o.label))") + (end.map { say(", planerat slut \($0.iso)", ", planned end \($0.iso)") } ?? "")
        case .activityEnded(let a, let d, let o): return say("Insats \(a) avslutad \(d.iso): \(outcome(o))",
                                                             "Activity \(a) ended \(d.iso): \(outcome(o))")
        case .workplaceAdded(let c): return say("Arbetsplats tillagd: \(c.name ?? ""), \(c.sector ?? ""), \(c.capacity ?? 0) \(c.capacity == 1 ? "plats" : "platser")",
                                                "Workplace added: \(c.name ?? ""), \(c.sector ?? ""), \(c.capacity ?? 0) \(c.capacity == 1 ? "place" : "places")")
        case .workplaceUpdated(let w, _): return say("Arbetsplats ändrad: \(workplaceName(w))",
                                                     "Workplace changed: \(workplaceName(w))")
        case .kanalenLogged(let a, let d, let m): return "Kanalen \(d.iso): \(kanalen(a))" + (m.map { " \(duration(minutes: $0))" } ?? "")
        case .intensifiedSupport(let d, let on): return on ? say("Förstärkt stöd från \(d.iso)", "Intensified support from \(d.iso)") : say("Förstärkt stöd avslutat \(d.iso)", "Intensified support ended \(d.iso)")
        case .aKassaChecked(let s, let d): return say("A-kassa kontrollerad \(d.iso): \(aKassa(s))",
                                                      "A-kassa checked \(d.iso): \(aKassa(s))")
        }
    }
}

public enum ProgrammeLabel: Sendable, CaseIterable {
    case stage, daysInStage, since, placement, noPlacement, plannedEnd, checklist, visits, noVisits, activities
    case noActivities, kanalenLog, jobSearchThisWeek, lastCounsellor, cvUpdated, letterUpdated, income, aKassa
    case notChecked, intensifiedSupport, workplaces, sector, capacity, free, placedNow, nobodyPlaced, halfDay, fullDay
    case evaluation, supervisorView, reason, address, contact, phone, notes, ended, running, board, programme
    case places, moveBack, moveForward, flags, counts, never, exitedHidden, exitedShown, employer, employmentForm, occupation
    case kanalenSubtitle, havetSubtitle
}

extension Language {
    public var programme: ProgrammeWords { ProgrammeWords(language: self) }
}

extension Stage {
    /// The board's column names are the programme's own, in both languages.
    public static func columnName(_ c: Column) -> String {
        switch c {
        case .slussen: return "Slussen"
        case .kanalen: return "Kanalen"
        case .havet: return "Havet"
        }
    }
}
