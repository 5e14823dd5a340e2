import LotsenCalendar
import LotsenCore

enum ProgrammeEnglish: ProgrammeWords {
    static func field(_ f: Field) -> String {
        switch f {
        case .stage: return "stage"
        case .workplace: return "workplace"
        case .plannedEnd: return "planned end"
        case .income: return "income"
        case .employer: return "employer"
        case .employmentForm: return "form of employment"
        case .outcome: return "outcome"
        case .hours: return "hours"
        case .item: return "item"
        case .sector: return "sector"
        case .address: return "address"
        case .contact: return "contact person"
        case .capacity: return "places"
        case .evaluation: return "participant's evaluation"
        case .supervisorView: return "supervisor's view"
        case .activity: return "activity"
        case .visit: return "visit"
        case .status: return "status"
        case .label: return "text"
        default: return PlanEnglish.field(f)
        }
    }

    static func stage(_ s: Stage) -> String { ProgrammeSwedish.stage(s) }
    static func step(_ s: Stage) -> String { ProgrammeSwedish.step(s) }

    static func income(_ k: IncomeKind) -> String {
        switch k {
        case .work: return "work"
        case .studies: return "studies"
        case .unemploymentFund: return "A-kassa"
        }
    }

    static func aKassa(_ s: AKassaStatus) -> String {
        switch s {
        case .member: return "member"
        case .notMember: return "not a member"
        case .noRight: return "the employment gives no right"
        }
    }

    static func checklistItem(_ i: ChecklistItem) -> String {
        if let label = i.label { return label }
        switch i.code {
        case "it-policy": return "IT policy"
        case "drug-policy": return "Drug and alcohol policy"
        case "work-environment": return "Work-environment policy"
        case "values": return "The municipality's values"
        case "measure": return "What being in a measure at AME means"
        case "sick-reporting": return "Reporting sick"
        case "holidays": return "Holidays"
        case "pay": return "Pay"
        default: return i.code
        }
    }

    static func kanalen(_ a: KanalenActivity) -> String {
        switch a {
        case .jobSearch: return "job search"
        case .counsellor: return "visit to the study and career counsellor"
        case .cvUpdated: return "CV updated"
        case .letterUpdated: return "cover letter updated"
        }
    }

    static func outcome(_ o: ActivityOutcome) -> String {
        switch o {
        case .completed: return "completed"
        case .interrupted: return "interrupted"
        case .work: return "work"
        case .studies: return "studies"
        case .other: return "other"
        }
    }

    static func flag(_ f: ProgrammeFlag) -> String {
        switch f {
        case .ninetyDaysOverdue: return "90d!"
        case .ninetyDaysWarning: return "90d"
        case .noConsent: return "no cons."
        case .intensifiedSupport: return "support"
        case .placementEndingSoon: return "ending"
        case .aKassa: return "a-kassa"
        case .activityOverLimit: return "6 mo"
        case .checkpointDue: return "checkpt"
        case .followUpDue: return "follow-up"
        case .tasksOverdue(let n): return "\(n) " + "tasks"
        }
    }

    static func explain(_ f: ProgrammeFlag) -> String {
        switch f {
        case .ninetyDaysOverdue(let d): return "Day \(d): no activity within 90 days"
        case .ninetyDaysWarning(let d): return "Day \(d) of 90 without an activity"
        case .noConsent: return "No consent in force"
        case .intensifiedSupport: return "Intensified support"
        case .placementEndingSoon(let d): return "The placement ends \(d.iso) – intensified support needed?"
        case .aKassa(let s): return "A-kassa: \(aKassa(s)) – extra support to find an income"
        case .activityOverLimit(let k): return "\(k.name) has run for over six months"
        case .checkpointDue(let d): return "Activity-group checkpoint \(d.iso)"
        case .followUpDue(let d): return "Action plan follow-up \(d.iso)"
        case .tasksOverdue(let n): return n == 1 ? "1 overdue weekly task" : "\(n) overdue weekly tasks"
        }
    }

    static func warning(_ w: ActivityWarning) -> String {
        switch w {
        case .overLimit(let d): return "over six months since \(d.iso)"
        case .cycle(let n, let d): return "12-week cycle \(n), checkpoint \(d.iso)"
        }
    }

    static func problem(_ p: ProgrammeProblem) -> String {
        switch p {
        case .workplaceNotFound(let t): return "No workplace in the placement bank is called “\(Quoted.text(t))”. See `lotsen placement list`."
        case .workplaceAmbiguous(let t, let names): return "“\(Quoted.text(t))” matches several workplaces: \(names.joined(separator: ", "))."
        case .workplaceFull(let n): return "\(n) has no free places."
        case .duplicateWorkplace(let n): return "There already is a workplace called \(n)."
        case .activityNotFound(let n): return "The participant has no activity number \(n) in this period."
        case .activityEnded(let n): return "Activity \(n) has already ended."
        case .visitNotFound(let n): return "The participant has no study visit number \(n)."
        case .checklistItemNotFound(let t): return "The introduction has no item “\(Quoted.text(t))”. See `lotsen checklist items`."
        case .alreadyInStage(let s): return "The participant is already in \(stage(s))."
        case .needsPlacement: return "Moving into Kanalen needs a workplace from the placement bank (--placement)."
        case .needsIncome: return "Moving into Havet needs the income: work, studies or a-kassa (--income)."
        case .needsReason: return "Moving back needs a reason (--reason)."
        case .notInKanalen: return "Only someone in Kanalen can change placement."
        default: return PlanEnglish.problem(p) ?? ""
        }
    }

    static func label(_ l: ProgrammeLabel) -> String {
        switch l {
        case .stage: return "stage"
        case .daysInStage: return "days in stage"
        case .since: return "since"
        case .placement: return "placement"
        case .noPlacement: return "no placement"
        case .plannedEnd: return "planned end"
        case .checklist: return "introduction"
        case .visits: return "study visits"
        case .noVisits: return "no study visits"
        case .activities: return "activities"
        case .noActivities: return "no activities"
        case .kanalenLog: return "kanalen"
        case .jobSearchThisWeek: return "job search this week"
        case .lastCounsellor: return "last at SYV"
        case .cvUpdated: return "CV updated"
        case .letterUpdated: return "letter updated"
        case .income: return "income"
        case .aKassa: return "a-kassa"
        case .notChecked: return "not checked"
        case .intensifiedSupport: return "intensified support"
        case .workplaces: return "workplaces"
        case .sector: return "sector"
        case .capacity: return "places"
        case .free: return "free"
        case .placedNow: return "placed now"
        case .nobodyPlaced: return "nobody placed"
        case .halfDay: return "half day"
        case .fullDay: return "full day"
        case .evaluation: return "participant"
        case .supervisorView: return "supervisor"
        case .reason: return "reason"
        case .address: return "address"
        case .contact: return "contact"
        case .phone: return "phone"
        case .notes: return "notes"
        case .ended: return "ended"
        case .running: return "running"
        case .board: return "Board"
        case .programme: return "Programme"
        case .places: return "Places"
        case .moveBack: return "move back"
        case .moveForward: return "move forward"
        case .flags: return "flags"
        case .counts: return "count"
        case .never: return "never"
        case .exitedHidden: return "exited hidden"
        case .exitedShown: return "exited shown"
        case .employer: return "employer"
        case .employmentForm: return "form of employment"
        case .kanalenSubtitle: return "Work at a workplace"
        case .havetSubtitle: return "Own income"
        case .occupation: return "occupation"
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
            var s = "Moved to \(stage(m.to)) \(m.date.iso)"
            if let w = m.placement { s += ", placement \(workplaceName(w))" + (m.placementEnd.map { " until \($0.iso)" } ?? "") }
            if let i = m.income {
                s += ", income \(income(i.kind))"
                s += i.particulars.map { ", \($0)" }.joined()
            }
            return s + (m.reason.map { " – reason: \($0)" } ?? "")
        case .programme(.placementChanged(let w, let d, let end)): return "New placement \(d.iso): \(workplaceName(w))" + (end.map { " until \($0.iso)" } ?? "")
        case .programme(.checklistTicked(let code, let d)): return "Introduction: \(item(code)) ticked \(d.iso)"
        case .programme(.checklistUnticked(let code)): return "Introduction: \(item(code)) no longer ticked"
        case .programme(.checklistItemAdded(_, let label)): return "New introduction item: \(label)"
        case .programme(.checklistItemRemoved(let code)): return "Introduction item removed: \(item(code))"
        case .programme(.visitRecorded(let w, let d, let half, let ev, let sv)):
            return "Study visit \(d.iso) at \(workplaceName(w)) (\(half ? "half day" : "full day"))"
                + (ev.map { "; participant: \($0)" } ?? "") + (sv.map { "; supervisor: \($0)" } ?? "")
        case .programme(.visitEvaluated(let v, let ev, let sv)):
            return "Study visit \(v) evaluated" + (ev.map { "; participant: \($0)" } ?? "") + (sv.map { "; supervisor: \($0)" } ?? "")
        case .programme(.activityStarted(let k, let o, let s, let end)):
            return "Activity started \(s.iso): \(k.name) (\(o.label))" + (end.map { ", planned end \($0.iso)" } ?? "")
        case .programme(.activityEnded(let a, let d, let o)): return "Activity \(a) ended \(d.iso): \(outcome(o))"
        case .programme(.workplaceAdded(let c)): return "Workplace added: \(c.name ?? ""), \(c.sector ?? ""), \(c.capacity ?? 0) \(c.capacity == 1 ? "place" : "places")"
        case .programme(.workplaceUpdated(let w, _)): return "Workplace changed: \(workplaceName(w))"
        case .programme(.kanalenLogged(let a, let d, let m)): return "Kanalen \(d.iso): \(kanalen(a))" + (m.map { " \(duration(minutes: $0))" } ?? "")
        case .programme(.intensifiedSupport(let d, let on)): return on ? "Intensified support from \(d.iso)" : "Intensified support ended \(d.iso)"
        case .programme(.aKassaChecked(let s, let d)): return "A-kassa checked \(d.iso): \(aKassa(s))"
        default: return PlanEnglish.describe(e)
        }
    }
}
