import LotsenCalendar
import LotsenCore

enum ProgrammeSwedish: ProgrammeWords {
    static func field(_ f: Field) -> String {
        switch f {
        case .stage: return "steg"
        case .workplace: return "arbetsplats"
        case .plannedEnd: return "planerat slut"
        case .income: return "försörjning"
        case .employer: return "arbetsgivare"
        case .employmentForm: return "anställningsform"
        case .outcome: return "resultat"
        case .hours: return "timmar"
        case .item: return "punkt"
        case .sector: return "bransch"
        case .address: return "adress"
        case .contact: return "kontaktperson"
        case .capacity: return "antal platser"
        case .evaluation: return "deltagarens utvärdering"
        case .supervisorView: return "arbetsledarens synpunkter"
        case .activity: return "aktivitet"
        case .visit: return "besök"
        case .status: return "status"
        case .label: return "text"
        default: return PlanSwedish.field(f)
        }
    }

    static func stage(_ s: Stage) -> String {
        switch s {
        case .introduction, .actionPlan, .studyVisits: return "Slussen \(s.index + 1) · \(step(s))"
        case .kanalen, .havet: return step(s)
        }
    }

    static func step(_ s: Stage) -> String {
        switch s {
        case .introduction: return "Introduktion"
        case .actionPlan: return "Handlingsplan"
        case .studyVisits: return "Studiebesök"
        case .kanalen: return "Kanalen"
        case .havet: return "Havet"
        }
    }

    static func income(_ k: IncomeKind) -> String {
        switch k {
        case .work: return "arbete"
        case .studies: return "studier"
        case .unemploymentFund: return "A-kassa"
        }
    }

    static func aKassa(_ s: AKassaStatus) -> String {
        switch s {
        case .member: return "medlem"
        case .notMember: return "inte medlem"
        case .noRight: return "anställningen ger ingen rätt"
        }
    }

    static func checklistItem(_ i: ChecklistItem) -> String {
        if let label = i.label { return label }
        switch i.code {
        case "it-policy": return "IT-policy"
        case "drug-policy": return "Drog- och alkoholpolicy"
        case "work-environment": return "Arbetsmiljöpolicy"
        case "values": return "Kommunens värdegrund"
        case "measure": return "Vad det är att vara i åtgärd i AME"
        case "sick-reporting": return "Sjukanmälan"
        case "holidays": return "Semester"
        case "pay": return "Lön"
        default: return i.code
        }
    }

    static func kanalen(_ a: KanalenActivity) -> String {
        switch a {
        case .jobSearch: return "arbetssök"
        case .counsellor: return "besök hos studie- och yrkesvägledare"
        case .cvUpdated: return "CV uppdaterat"
        case .letterUpdated: return "personligt brev uppdaterat"
        }
    }

    static func outcome(_ o: ActivityOutcome) -> String {
        switch o {
        case .completed: return "fullföljd"
        case .interrupted: return "avbruten"
        case .work: return "arbete"
        case .studies: return "studier"
        case .other: return "annat"
        }
    }

    static func flag(_ f: ProgrammeFlag) -> String {
        switch f {
        case .ninetyDaysOverdue: return "90d!"
        case .ninetyDaysWarning: return "90d"
        case .noConsent: return "ej samt."
        case .intensifiedSupport: return "stöd"
        case .placementEndingSoon: return "slutar"
        case .aKassa: return "a-kassa"
        case .activityOverLimit: return "6 mån"
        case .checkpointDue: return "avstämn."
        case .followUpDue: return "uppf."
        case .tasksOverdue(let n): return "\(n) " + "uppg."
        }
    }

    static func explain(_ f: ProgrammeFlag) -> String {
        switch f {
        case .ninetyDaysOverdue(let d): return "Dag \(d): ingen insats inom 90 dagar"
        case .ninetyDaysWarning(let d): return "Dag \(d) av 90 utan insats"
        case .noConsent: return "Inget gällande samtycke"
        case .intensifiedSupport: return "Förstärkt stöd"
        case .placementEndingSoon(let d): return "Platsen slutar \(d.iso) – behövs förstärkt stöd?"
        case .aKassa(let s): return "A-kassa: \(aKassa(s)) – extra stöd att hitta försörjning"
        case .activityOverLimit(let k): return "\(k.name) har pågått över sex månader"
        case .checkpointDue(let d): return "Avstämning i aktivitetsgruppen \(d.iso)"
        case .followUpDue(let d): return "Uppföljning av handlingsplanen \(d.iso)"
        case .tasksOverdue(let n): return n == 1 ? "1 försenad veckouppgift" : "\(n) försenade veckouppgifter"
        }
    }

    static func warning(_ w: ActivityWarning) -> String {
        switch w {
        case .overLimit(let d): return "över sex månader sedan \(d.iso)"
        case .cycle(let n, let d): return "period \(n) om 12 veckor, avstämning \(d.iso)"
        }
    }

    static func problem(_ p: ProgrammeProblem) -> String {
        switch p {
        case .workplaceNotFound(let t): return "Ingen arbetsplats i platsbanken heter ”\(Quoted.text(t))”. Se `lotsen placement list`."
        case .workplaceAmbiguous(let t, let names): return "”\(Quoted.text(t))” passar flera arbetsplatser: \(names.joined(separator: ", "))."
        case .workplaceFull(let n): return "\(n) har inga lediga platser."
        case .duplicateWorkplace(let n): return "Det finns redan en arbetsplats som heter \(n)."
        case .activityNotFound(let n): return "Deltagaren har ingen insats nummer \(n) i den här perioden."
        case .activityEnded(let n): return "Insats \(n) är redan avslutad."
        case .visitNotFound(let n): return "Deltagaren har inget studiebesök nummer \(n)."
        case .checklistItemNotFound(let t): return "Introduktionen har ingen punkt ”\(Quoted.text(t))”. Se `lotsen checklist items`."
        case .alreadyInStage(let s): return "Deltagaren är redan i \(stage(s))."
        case .needsPlacement: return "Till Kanalen behövs en arbetsplats ur platsbanken (--placement)."
        case .needsIncome: return "Till Havet behövs försörjningen: arbete, studier eller a-kassa (--income)."
        case .needsReason: return "Att flytta tillbaka kräver en orsak (--reason)."
        case .notInKanalen: return "Byta plats går bara för den som är i Kanalen."
        default: return PlanSwedish.problem(p) ?? ""
        }
    }

    static func label(_ l: ProgrammeLabel) -> String {
        switch l {
        case .stage: return "steg"
        case .daysInStage: return "dagar i steget"
        case .since: return "sedan"
        case .placement: return "plats"
        case .noPlacement: return "ingen plats"
        case .plannedEnd: return "planerat slut"
        case .checklist: return "introduktion"
        case .visits: return "studiebesök"
        case .noVisits: return "inga studiebesök"
        case .activities: return "insatser"
        case .noActivities: return "inga insatser"
        case .kanalenLog: return "kanalen"
        case .jobSearchThisWeek: return "arbetssök denna vecka"
        case .lastCounsellor: return "senast hos SYV"
        case .cvUpdated: return "CV uppdaterat"
        case .letterUpdated: return "brev uppdaterat"
        case .income: return "försörjning"
        case .aKassa: return "a-kassa"
        case .notChecked: return "ej kontrollerad"
        case .intensifiedSupport: return "förstärkt stöd"
        case .workplaces: return "arbetsplatser"
        case .sector: return "bransch"
        case .capacity: return "platser"
        case .free: return "lediga"
        case .placedNow: return "placerade nu"
        case .nobodyPlaced: return "ingen placerad"
        case .halfDay: return "halvdag"
        case .fullDay: return "heldag"
        case .evaluation: return "deltagaren"
        case .supervisorView: return "arbetsledaren"
        case .reason: return "orsak"
        case .address: return "adress"
        case .contact: return "kontakt"
        case .phone: return "telefon"
        case .notes: return "anteckningar"
        case .ended: return "avslutad"
        case .running: return "pågår"
        case .board: return "Tavla"
        case .programme: return "Programmet"
        case .places: return "Platser"
        case .moveBack: return "flytta tillbaka"
        case .moveForward: return "flytta fram"
        case .flags: return "flaggor"
        case .counts: return "antal"
        case .never: return "aldrig"
        case .exitedHidden: return "avslutade dolda"
        case .exitedShown: return "även avslutade"
        case .employer: return "arbetsgivare"
        case .employmentForm: return "anställningsform"
        case .kanalenSubtitle: return "Arbete i verksamheten"
        case .havetSubtitle: return "Egen försörjning"
        case .occupation: return "yrke"
        }
    }

    static func duration(minutes: Int) -> String {
        minutes % 60 == 0 ? "\(minutes / 60) h" : minutes < 60 ? "\(minutes) min" : "\(minutes / 60) h \(minutes % 60) min"
    }

    static func describe(_ e: Event, in state: LotsenState?) -> String? {
        func workplaceName(_ n: Int) -> String { state?.workplaces[n]?.name ?? "nr \(n)" }
        func item(_ code: String) -> String { state?.checklist.item(code).map(checklistItem) ?? code }
        switch e {
        case .programme(.stageMoved(let m)):
            var s = "Flyttad till \(stage(m.to)) \(m.date.iso)"
            if let w = m.placement { s += ", plats \(workplaceName(w))" + (m.placementEnd.map { " till \($0.iso)" } ?? "") }
            if let i = m.income {
                s += ", försörjning \(income(i.kind))"
                s += i.particulars.map { ", \($0)" }.joined()
            }
            return s + (m.reason.map { " – orsak: \($0)" } ?? "")
        case .programme(.placementChanged(let w, let d, let end)): return "Ny plats \(d.iso): \(workplaceName(w))" + (end.map { " till \($0.iso)" } ?? "")
        case .programme(.checklistTicked(let code, let d)): return "Introduktion: \(item(code)) avbockad \(d.iso)"
        case .programme(.checklistUnticked(let code)): return "Introduktion: \(item(code)) inte avbockad längre"
        case .programme(.checklistItemAdded(_, let label)): return "Ny punkt i introduktionen: \(label)"
        case .programme(.checklistItemRemoved(let code)): return "Punkt borttagen ur introduktionen: \(item(code))"
        case .programme(.visitRecorded(let w, let d, let half, let ev, let sv)):
            return "Studiebesök \(d.iso) hos \(workplaceName(w)) (\(half ? "halvdag" : "heldag"))"
                + (ev.map { "; deltagaren: \($0)" } ?? "") + (sv.map { "; arbetsledaren: \($0)" } ?? "")
        case .programme(.visitEvaluated(let v, let ev, let sv)):
            return "Studiebesök \(v) utvärderat" + (ev.map { "; deltagaren: \($0)" } ?? "") + (sv.map { "; arbetsledaren: \($0)" } ?? "")
        case .programme(.activityStarted(let k, let o, let s, let end)):
            return "Insats startad \(s.iso): \(k.name) (\(o.label))" + (end.map { ", planerat slut \($0.iso)" } ?? "")
        case .programme(.activityEnded(let a, let d, let o)): return "Insats \(a) avslutad \(d.iso): \(outcome(o))"
        case .programme(.workplaceAdded(let c)): return "Arbetsplats tillagd: \(c.name ?? ""), \(c.sector ?? ""), \(c.capacity ?? 0) \(c.capacity == 1 ? "plats" : "platser")"
        case .programme(.workplaceUpdated(let w, _)): return "Arbetsplats ändrad: \(workplaceName(w))"
        case .programme(.kanalenLogged(let a, let d, let m)): return "Kanalen \(d.iso): \(kanalen(a))" + (m.map { " \(duration(minutes: $0))" } ?? "")
        case .programme(.intensifiedSupport(let d, let on)): return on ? "Förstärkt stöd från \(d.iso)" : "Förstärkt stöd avslutat \(d.iso)"
        case .programme(.aKassaChecked(let s, let d)): return "A-kassa kontrollerad \(d.iso): \(aKassa(s))"
        default: return PlanSwedish.describe(e)
        }
    }
}
