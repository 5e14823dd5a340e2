import LotsenCalendar
import LotsenJSON

/// Payloads of the programme's events (stage board, activities, placement bank), in the
/// same style as `Event+JSON.swift`: short English keys in a fixed order, absent
/// optionals left out, unknown keys ignored on reading.
extension Event {
    static let programmeTypes: Set<String> = [
        "stage.moved", "placement.changed", "checklist.ticked", "checklist.unticked", "checklist.item.added",
        "checklist.item.removed", "visit.recorded", "visit.evaluated", "activity.started", "activity.ended",
        "workplace.added", "workplace.updated", "kanalen.logged", "support.intensified", "akassa.checked",
    ]

    /// Writes a programme event's payload; false for any other event.
    func writeProgrammePayload(into w: inout JSONObjectWriter) -> Bool {
        switch self {
        case .stageMoved(let m):
            w.field("to", m.to.rawValue)
            w.field("date", m.date.iso)
            w.field("reason", m.reason)
            if let income = m.income {
                w.object("income") { o in
                    o.field("kind", income.kind.rawValue)
                    o.field("occupation", income.occupation)
                    o.field("employer", income.employer)
                    o.field("form", income.employmentForm)
                }
            }
            w.field("placement", m.placement)
            w.field("placementEnd", m.placementEnd?.iso)
        case .placementChanged(let workplace, let date, let plannedEnd):
            w.field("workplace", workplace)
            w.field("date", date.iso)
            w.field("plannedEnd", plannedEnd?.iso)
        case .checklistTicked(let item, let date):
            w.field("item", item)
            w.field("date", date.iso)
        case .checklistUnticked(let item):
            w.field("item", item)
        case .checklistItemAdded(let code, let label):
            w.field("code", code)
            w.field("label", label)
        case .checklistItemRemoved(let code):
            w.field("code", code)
        case .visitRecorded(let workplace, let date, let halfDay, let evaluation, let supervisorView):
            w.field("workplace", workplace)
            w.field("date", date.iso)
            w.field("halfDay", halfDay)
            w.field("evaluation", evaluation)
            w.field("supervisor", supervisorView)
        case .visitEvaluated(let visit, let evaluation, let supervisorView):
            w.field("visit", visit)
            w.field("evaluation", evaluation)
            w.field("supervisor", supervisorView)
        case .activityStarted(let kind, let organisation, let start, let plannedEnd):
            w.field("kind", kind.code)
            w.field("organisation", organisation.code)
            w.field("start", start.iso)
            w.field("plannedEnd", plannedEnd?.iso)
        case .activityEnded(let activity, let date, let outcome):
            w.field("activity", activity)
            w.field("date", date.iso)
            w.field("outcome", outcome.rawValue)
        case .workplaceAdded(let c):
            Event.write(c, into: &w)
        case .workplaceUpdated(let workplace, let c):
            w.field("workplace", workplace)
            Event.write(c, into: &w)
        case .kanalenLogged(let activity, let date, let minutes):
            w.field("activity", activity.rawValue)
            w.field("date", date.iso)
            w.field("minutes", minutes)
        case .intensifiedSupport(let date, let on):
            w.field("date", date.iso)
            w.field("on", on)
        case .aKassaChecked(let status, let date):
            w.field("status", status.rawValue)
            w.field("date", date.iso)
        default:
            return false
        }
        return true
    }

    private static func write(_ c: WorkplaceChange, into w: inout JSONObjectWriter) {
        w.field("name", c.name)
        w.field("sector", c.sector)
        w.field("address", c.address)
        w.field("contact", c.contact)
        w.field("phone", c.phone)
        w.field("capacity", c.capacity)
        w.field("notes", c.notes)
    }

    private static func readWorkplace(_ o: JSONValue) -> WorkplaceChange {
        var c = WorkplaceChange()
        c.name = o["name"]?.string
        c.sector = o["sector"]?.string
        c.address = o["address"]?.string
        c.contact = o["contact"]?.string
        c.phone = o["phone"]?.string
        c.capacity = o["capacity"]?.int
        c.notes = o["notes"]?.string
        return c
    }

    /// Reads a programme event; nil when the payload lacks what the type needs.
    static func programme(type: String, _ o: JSONValue) -> Event? {
        func day(_ k: String) -> Day? { o[k]?.string.flatMap { Day(iso: $0) } }
        switch type {
        case "stage.moved":
            guard let to = o["to"]?.string.flatMap(Stage.init(rawValue:)), let d = day("date") else { return nil }
            var income: Income?
            if let i = o["income"], let kind = i["kind"]?.string.flatMap(IncomeKind.init(rawValue:)) {
                income = Income(kind: kind, occupation: i["occupation"]?.string, employer: i["employer"]?.string,
                                employmentForm: i["form"]?.string)
            }
            return .stageMoved(StageMoveRecord(to: to, date: d, reason: o["reason"]?.string, income: income,
                                               placement: o["placement"]?.int, placementEnd: day("placementEnd")))
        case "placement.changed":
            guard let wp = o["workplace"]?.int, let d = day("date") else { return nil }
            return .placementChanged(workplace: wp, date: d, plannedEnd: day("plannedEnd"))
        case "checklist.ticked":
            guard let item = o["item"]?.string, let d = day("date") else { return nil }
            return .checklistTicked(item: item, date: d)
        case "checklist.unticked":
            return o["item"]?.string.map { .checklistUnticked(item: $0) }
        case "checklist.item.added":
            guard let code = o["code"]?.string, let label = o["label"]?.string else { return nil }
            return .checklistItemAdded(code: code, label: label)
        case "checklist.item.removed":
            return o["code"]?.string.map { .checklistItemRemoved(code: $0) }
        case "visit.recorded":
            guard let wp = o["workplace"]?.int, let d = day("date") else { return nil }
            return .visitRecorded(workplace: wp, date: d, halfDay: o["halfDay"]?.bool ?? true,
                                  evaluation: o["evaluation"]?.string, supervisorView: o["supervisor"]?.string)
        case "visit.evaluated":
            guard let v = o["visit"]?.int else { return nil }
            return .visitEvaluated(visit: v, evaluation: o["evaluation"]?.string, supervisorView: o["supervisor"]?.string)
        case "activity.started":
            guard let kind = o["kind"]?.string.flatMap(ActivityKind.init(code:)), let start = day("start") else { return nil }
            let org = o["organisation"]?.string.map(Organisation.init(storedCode:)) ?? kind.organisation
            return .activityStarted(kind: kind, organisation: org, start: start, plannedEnd: day("plannedEnd"))
        case "activity.ended":
            guard let a = o["activity"]?.int, let d = day("date"),
                  let outcome = o["outcome"]?.string.flatMap(ActivityOutcome.init(rawValue:)) else { return nil }
            return .activityEnded(activity: a, date: d, outcome: outcome)
        case "workplace.added":
            let c = readWorkplace(o)
            guard c.name != nil, c.sector != nil, c.capacity != nil else { return nil }
            return .workplaceAdded(c)
        case "workplace.updated":
            guard let wp = o["workplace"]?.int else { return nil }
            return .workplaceUpdated(workplace: wp, readWorkplace(o))
        case "kanalen.logged":
            guard let a = o["activity"]?.string.flatMap(KanalenActivity.init(rawValue:)), let d = day("date") else { return nil }
            return .kanalenLogged(activity: a, date: d, minutes: o["minutes"]?.int)
        case "support.intensified":
            guard let d = day("date"), let on = o["on"]?.bool else { return nil }
            return .intensifiedSupport(date: d, on: on)
        case "akassa.checked":
            guard let s = o["status"]?.string.flatMap(AKassaStatus.init(rawValue:)), let d = day("date") else { return nil }
            return .aKassaChecked(status: s, date: d)
        default:
            return nil
        }
    }
}
