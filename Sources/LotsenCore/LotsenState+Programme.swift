import LotsenCalendar

/// Folding the programme's events: the placement bank and checklist (shared by the whole
/// journal) and each participant's way through the stages (per period).
extension LotsenState {
    /// The workplaces in the order they were added.
    public var workplaceList: [Workplace] { workplaceOrder.compactMap { workplaces[$0] } }

    /// Free places at a workplace now (never below zero: a bank may be over-booked).
    public func freePlaces(_ workplace: Int) -> Int {
        guard let w = workplaces[workplace] else { return 0 }
        return max(0, w.capacity - (placed[workplace]?.count ?? 0))
    }

    /// Applies a programme event that belongs to the whole journal (the checklist's items,
    /// the placement bank): true or false for whether it applied; nil for the events that
    /// belong to one participant, which `applyProgramme` folds.
    mutating func applyShared(_ event: ProgrammeEvent, _ stamp: EntryStamp) -> Bool? {
        switch event {
        case .checklistItemAdded(let code, let label):
            checklist.add(code: code, label: label)
        case .checklistItemRemoved(let code):
            checklist.remove(code: code)
        case .workplaceAdded(let c):
            guard let name = c.name, let sector = c.sector, let capacity = c.capacity else { return false }
            var w = Workplace(id: stamp.sequence, name: name, sector: sector, capacity: capacity, stamp: stamp)
            w.apply(c)
            workplaces[w.id] = w
            workplaceOrder.append(w.id)
        case .workplaceUpdated(let id, let c):
            guard workplaces[id] != nil else { return false }
            workplaces[id]!.apply(c)
        case .stageMoved, .placementChanged, .checklistTicked, .checklistUnticked, .visitRecorded, .visitEvaluated,
             .activityStarted, .activityEnded, .kanalenLogged, .intensifiedSupport, .aKassaChecked:
            return nil
        }
        return true
    }

    /// Applies one participant's programme event to the current period; false when it
    /// names something that is not there.
    static func applyProgramme(_ event: ProgrammeEvent, to g: inout Programme, _ stamp: EntryStamp) -> Bool {
        switch event {
        case .stageMoved(let m):
            let ends = g.stage == .kanalen && (m.to != .kanalen || m.placement != nil) && g.placement != nil
            if ends { g.endPlacement(on: m.date) }
            g.moves.append(StageMove(to: m.to, date: m.date, reason: m.reason, income: m.income, stamp: stamp, endedPlacement: ends))
            if m.to == .kanalen, let w = m.placement {
                g.placements.append(Placement(workplace: w, from: m.date, plannedEnd: m.placementEnd, until: nil, stamp: stamp))
            }
        case .placementChanged(let w, let date, let plannedEnd):
            g.endPlacement(on: date)
            g.placements.append(Placement(workplace: w, from: date, plannedEnd: plannedEnd, until: nil, stamp: stamp))
        case .checklistTicked(let item, let date):
            // Room for the built-in items at once: growing 1, 2, 4, 8 hashed every tick
            // again each time (a replay ticks for every participant).
            if g.ticks.isEmpty { g.ticks.reserveCapacity(ChecklistItem.builtIn.count) }
            g.ticks[item] = ChecklistTick(date: date, stamp: stamp)
        case .checklistUnticked(let item):
            g.ticks[item] = nil
        case .visitRecorded(let w, let date, let halfDay, let evaluation, let supervisorView):
            g.visits.append(Visit(id: stamp.sequence, workplace: w, date: date, halfDay: halfDay, evaluation: evaluation,
                                  supervisorView: supervisorView, stamp: stamp))
        case .visitEvaluated(let id, let evaluation, let supervisorView):
            guard let i = g.visits.firstIndex(where: { $0.id == id }) else { return false }
            if let e = evaluation { g.visits[i].evaluation = e }
            if let v = supervisorView { g.visits[i].supervisorView = v }
        case .activityStarted(let kind, let organisation, let start, let plannedEnd):
            g.activities.append(Activity(id: stamp.sequence, kind: kind, organisation: organisation, start: start,
                                         plannedEnd: plannedEnd, stamp: stamp))
        case .activityEnded(let id, let date, let outcome):
            guard let i = g.activities.firstIndex(where: { $0.id == id }) else { return false }
            g.activities[i].end = date
            g.activities[i].outcome = outcome
        case .kanalenLogged(let activity, let date, let minutes):
            g.kanalen.append(KanalenEntry(activity: activity, date: date, minutes: minutes, stamp: stamp))
        case .intensifiedSupport(let date, let on):
            g.intensifiedSupport = on ? date : nil
        case .aKassaChecked(let status, let date):
            g.aKassa = AKassaCheck(status: status, date: date, stamp: stamp)
        case .checklistItemAdded, .checklistItemRemoved, .workplaceAdded, .workplaceUpdated:
            return false
        }
        return true
    }
}
