import LotsenCalendar
import LotsenJSON

/// Payloads of the programme's events (stage board, activities, placement bank), in the
/// same style as `Event+JSON.swift`: short English keys in a fixed order, absent
/// optionals left out, unknown keys ignored on reading.
extension ProgrammeEvent: EventArea {
    func write(into w: inout JSONObjectWriter) {
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
            Self.write(c, into: &w)
        case .workplaceUpdated(let workplace, let c):
            w.field("workplace", workplace)
            Self.write(c, into: &w)
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
        }
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

    private static func readWorkplace(_ o: JSONNode) -> WorkplaceChange {
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
    static func read(_ kind: Kind, _ o: JSONNode) -> Self? {
        func day(_ k: StaticString) -> Day? { o[k]?.day }
        switch kind {
        case .stageMoved:
            guard let to = o["to"]?.string.flatMap(Stage.init(rawValue:)), let d = day("date") else { return nil }
            var income: Income?
            if let i = o["income"], let kind = i["kind"]?.string.flatMap(IncomeKind.init(rawValue:)) {
                income = Income(kind: kind, occupation: i["occupation"]?.string, employer: i["employer"]?.string,
                                employmentForm: i["form"]?.string)
            }
            return .stageMoved(StageMoveRecord(to: to, date: d, reason: o["reason"]?.string, income: income,
                                               placement: o["placement"]?.int, placementEnd: day("placementEnd")))
        case .placementChanged:
            guard let wp = o["workplace"]?.int, let d = day("date") else { return nil }
            return .placementChanged(workplace: wp, date: d, plannedEnd: day("plannedEnd"))
        case .checklistTicked:
            guard let item = o["item"]?.string, let d = day("date") else { return nil }
            return .checklistTicked(item: item, date: d)
        case .checklistUnticked:
            return o["item"]?.string.map { .checklistUnticked(item: $0) }
        case .checklistItemAdded:
            guard let code = o["code"]?.string, let label = o["label"]?.string else { return nil }
            return .checklistItemAdded(code: code, label: label)
        case .checklistItemRemoved:
            return o["code"]?.string.map { .checklistItemRemoved(code: $0) }
        case .visitRecorded:
            guard let wp = o["workplace"]?.int, let d = day("date") else { return nil }
            return .visitRecorded(workplace: wp, date: d, halfDay: o["halfDay"]?.bool ?? true,
                                  evaluation: o["evaluation"]?.string, supervisorView: o["supervisor"]?.string)
        case .visitEvaluated:
            guard let v = o["visit"]?.int else { return nil }
            return .visitEvaluated(visit: v, evaluation: o["evaluation"]?.string, supervisorView: o["supervisor"]?.string)
        case .activityStarted:
            guard let kind = o["kind"]?.string.flatMap(ActivityKind.init(code:)), let start = day("start") else { return nil }
            let org = o["organisation"]?.string.map(Organisation.init(storedCode:)) ?? kind.organisation
            return .activityStarted(kind: kind, organisation: org, start: start, plannedEnd: day("plannedEnd"))
        case .activityEnded:
            guard let a = o["activity"]?.int, let d = day("date"),
                  let outcome = o["outcome"]?.string.flatMap(ActivityOutcome.init(rawValue:)) else { return nil }
            return .activityEnded(activity: a, date: d, outcome: outcome)
        case .workplaceAdded:
            let c = readWorkplace(o)
            guard c.name != nil, c.sector != nil, c.capacity != nil else { return nil }
            return .workplaceAdded(c)
        case .workplaceUpdated:
            guard let wp = o["workplace"]?.int else { return nil }
            return .workplaceUpdated(workplace: wp, readWorkplace(o))
        case .kanalenLogged:
            guard let a = o["activity"]?.string.flatMap(KanalenActivity.init(rawValue:)), let d = day("date") else { return nil }
            return .kanalenLogged(activity: a, date: d, minutes: o["minutes"]?.int)
        case .intensifiedSupport:
            guard let d = day("date"), let on = o["on"]?.bool else { return nil }
            return .intensifiedSupport(date: d, on: on)
        case .aKassaChecked:
            guard let s = o["status"]?.string.flatMap(AKassaStatus.init(rawValue:)), let d = day("date") else { return nil }
            return .aKassaChecked(status: s, date: d)
        }
    }
}
