import LotsenCalendar

/// The programme's commands: moves on the stage board with what each step needs,
/// the introduction checklist, study visits, activities, the placement bank, and
/// Kanalen's weekly log.
extension CommandPlanner {
    func planProgramme(_ command: ProgrammeCommand) throws(DomainError) -> [PlannedEvent] {
        switch command {
        case .move(let id, let input):
            return [PlannedEvent(event: .programme(.stageMoved(try move(try active(id), input))), subject: id)]

        case .changePlacement(let id, let workplaceText, let date, let plannedEnd):
            let p = try active(id)
            guard p.currentPeriod.stage == .kanalen else { throw .programme(.notInKanalen) }
            let w = try workplace(workplaceText)
            if p.currentPeriod.programme.placement?.workplace == w.id { throw .nothingToDo }
            try requireFreePlace(w)
            let d = try day(date, .date, notBefore: p.currentPeriod.programme.placement?.from ?? p.currentPeriod.registered)
            let end = try laterDay(plannedEnd, .plannedEnd, after: d)
            return [PlannedEvent(event: .programme(.placementChanged(workplace: w.id, date: d, plannedEnd: end)), subject: id)]

        case .tickChecklist(let id, let items, let date, let undo):
            let p = try active(id)
            let d = try day(date, .date, notBefore: p.currentPeriod.registered)
            var events: [PlannedEvent] = []
            for text in items.flatMap({ $0.split(separator: ",").map(String.init) }) where !text.trimmingSpaces.isEmpty {
                guard let item = state.checklist.find(text) else { throw .programme(.checklistItemNotFound(text.trimmingSpaces)) }
                let ticked = p.currentPeriod.programme.ticks[item.code] != nil
                if undo && ticked { events.append(PlannedEvent(event: .programme(.checklistUnticked(item: item.code)), subject: id)) }
                if !undo && !ticked { events.append(PlannedEvent(event: .programme(.checklistTicked(item: item.code, date: d)), subject: id)) }
            }
            guard !events.isEmpty else { throw .nothingToDo }
            return events

        case .addChecklistItem(let label):
            let l = try FieldParsing.name(label, .label)
            let code = "local:" + TextFolding.code(l)
            guard state.checklist.item(code) == nil else { throw .nothingToDo }
            return [PlannedEvent(event: .programme(.checklistItemAdded(code: code, label: l)), subject: nil)]

        case .removeChecklistItem(let text):
            guard let item = state.checklist.find(text) else { throw .programme(.checklistItemNotFound(text.trimmingSpaces)) }
            return [PlannedEvent(event: .programme(.checklistItemRemoved(code: item.code)), subject: nil)]

        case .recordVisit(let id, let workplaceText, let date, let fullDay, let evaluation, let supervisorView):
            let p = try active(id)
            let w = try workplace(workplaceText)
            let d = try day(date, .date, notBefore: p.currentPeriod.registered)
            return [PlannedEvent(event: .programme(.visitRecorded(workplace: w.id, date: d, halfDay: !fullDay,
                                                       evaluation: try text(evaluation, .evaluation),
                                                       supervisorView: try text(supervisorView, .supervisorView))), subject: id)]

        case .evaluateVisit(let id, let visit, let evaluation, let supervisorView):
            let p = try active(id)
            guard p.currentPeriod.programme.visits.contains(where: { $0.id == visit }) else { throw .programme(.visitNotFound(visit)) }
            let e = try text(evaluation, .evaluation)
            let v = try text(supervisorView, .supervisorView)
            guard e != nil || v != nil else { throw .nothingToDo }
            return [PlannedEvent(event: .programme(.visitEvaluated(visit: visit, evaluation: e, supervisorView: v)), subject: id)]

        case .startActivity(let id, let kindText, let orgText, let start, let plannedEnd):
            let p = try active(id)
            guard let kind = ActivityKind(code: try FieldParsing.code(kindText, .kind)) else {
                throw .invalid(.kind, .notOneOf(kindText.trimmingSpaces, ActivityKind.catalogue.map(\.code) + ["local:NAMN"]))
            }
            let org = try orgText.map { (t) throws(DomainError) in try FieldParsing.organisation(t, in: state) } ?? kind.organisation
            // An activity may be booked ahead; the 90-day clock stops when it starts.
            let s = try FieldParsing.day(start ?? "idag", .date, today: today, allowFuture: true)
            if s < p.currentPeriod.registered { throw .invalid(.date, .beforeRegistration(p.currentPeriod.registered)) }
            let end = try laterDay(plannedEnd, .plannedEnd, after: s)
            return [PlannedEvent(event: .programme(.activityStarted(kind: kind, organisation: org, start: s, plannedEnd: end)), subject: id)]

        case .endActivity(let id, let activityID, let date, let outcomeText):
            let p = try participant(id)
            guard let a = p.currentPeriod.programme.activity(activityID) else { throw .programme(.activityNotFound(activityID)) }
            guard a.end == nil else { throw .programme(.activityEnded(activityID)) }
            guard let outcome = ActivityOutcome(code: outcomeText) else {
                throw .invalid(.outcome, .notOneOf(outcomeText.trimmingSpaces, ActivityOutcome.codes))
            }
            let d = try day(date, .date, notBefore: a.start)
            return [PlannedEvent(event: .programme(.activityEnded(activity: activityID, date: d, outcome: outcome)), subject: id)]

        case .addWorkplace(let input):
            let c = try workplaceChange(input, of: nil)
            return [PlannedEvent(event: .programme(.workplaceAdded(c)), subject: nil)]

        case .updateWorkplace(let text, let input):
            let w = try workplace(text)
            let c = try workplaceChange(input, of: w)
            guard !c.isEmpty else { throw .nothingToDo }
            return [PlannedEvent(event: .programme(.workplaceUpdated(workplace: w.id, c)), subject: nil)]

        case .logKanalen(let id, let activityText, let date, let hours):
            let p = try active(id)
            guard let activity = KanalenActivity(code: activityText) else {
                throw .invalid(.activity, .notOneOf(activityText.trimmingSpaces, KanalenActivity.codes))
            }
            let d = try day(date, .date, notBefore: p.currentPeriod.registered)
            var minutes: Int?
            if activity == .jobSearch || hours != nil {
                guard let h = hours else { throw .invalid(.hours, .empty) }
                minutes = try FieldParsing.minutes(fromHours: h, .hours)
            }
            return [PlannedEvent(event: .programme(.kanalenLogged(activity: activity, date: d, minutes: minutes)), subject: id)]

        case .setIntensifiedSupport(let id, let on, let date):
            let p = try active(id)
            guard (p.currentPeriod.programme.intensifiedSupport != nil) != on else { throw .nothingToDo }
            let d = try day(date, .date, notBefore: p.currentPeriod.registered)
            return [PlannedEvent(event: .programme(.intensifiedSupport(date: d, on: on)), subject: id)]

        case .checkAKassa(let id, let statusText, let date):
            let p = try active(id)
            guard let status = AKassaStatus(code: statusText) else {
                throw .invalid(.status, .notOneOf(statusText.trimmingSpaces, AKassaStatus.codes))
            }
            let d = try day(date, .date, notBefore: p.currentPeriod.registered)
            return [PlannedEvent(event: .programme(.aKassaChecked(status: status, date: d)), subject: id)]
        }
    }

    private func move(_ p: Participant, _ input: MoveInput) throws(DomainError) -> StageMoveRecord {
        guard let to = Stage(code: input.to) else { throw .invalid(.stage, .notOneOf(input.to.trimmingSpaces, Stage.codes)) }
        let period = p.currentPeriod
        let from = period.stage
        guard to != from else { throw .programme(.alreadyInStage(to)) }
        let d = try day(input.date, .date, notBefore: period.programme.stageSince(registered: period.registered))
        var record = StageMoveRecord(to: to, date: d, reason: try text(input.reason, .reason))
        if to < from && record.reason == nil { throw .programme(.needsReason) }
        if to == .kanalen {
            guard let placementText = input.placement, !placementText.trimmingSpaces.isEmpty else { throw .programme(.needsPlacement) }
            let w = try workplace(placementText)
            try requireFreePlace(w)
            record.placement = w.id
            record.placementEnd = try laterDay(input.placementEnd, .plannedEnd, after: d)
        }
        if to == .havet {
            guard let incomeText = input.income, !incomeText.trimmingSpaces.isEmpty else { throw .programme(.needsIncome) }
            guard let kind = IncomeKind(code: incomeText) else { throw .invalid(.income, .notOneOf(incomeText.trimmingSpaces, IncomeKind.codes)) }
            record.income = Income(kind: kind, occupation: try FieldParsing.optionalLine(input.occupation, .occupation),
                                   employer: try FieldParsing.optionalLine(input.employer, .employer),
                                   employmentForm: try FieldParsing.optionalLine(input.employmentForm, .employmentForm))
        }
        return record
    }

    func active(_ id: ParticipantID) throws(DomainError) -> Participant {
        let p = try participant(id)
        guard p.isActive else { throw .alreadyExited(id) }
        return p
    }

    /// A day (today when not given) that is not in the future and not before `earliest`.
    func day(_ text: String?, _ field: Field, notBefore earliest: Day) throws(DomainError) -> Day {
        let d = try day(text, field)
        if d < earliest { throw .invalid(field, .beforeRegistration(earliest)) }
        return d
    }

    /// An optional planned day, which may lie ahead but not before `after`.
    func laterDay(_ text: String?, _ field: Field, after start: Day) throws(DomainError) -> Day? {
        guard let text, !text.trimmingSpaces.isEmpty else { return nil }
        let d = try FieldParsing.day(text, field, today: today, allowFuture: true)
        if d < start { throw .invalid(field, .beforeRegistration(start)) }
        return d
    }

    func text(_ text: String?, _ field: Field) throws(DomainError) -> String? {
        guard let text else { return nil }
        let t = TextCheck.multiLine(text)
        guard t.count <= 2_000 else { throw .invalid(field, .tooLong(2_000)) }
        return t.isEmpty ? nil : t
    }

    private func requireFreePlace(_ w: Workplace) throws(DomainError) {
        guard state.freePlaces(w.id) > 0 else { throw .programme(.workplaceFull(w.name)) }
    }

    /// The workplace a caseworker means: its number, its name, or the one name that
    /// contains what was typed.
    public func workplace(_ text: String) throws(DomainError) -> Workplace {
        let t = text.trimmingSpaces
        guard !t.isEmpty else { throw .invalid(.workplace, .empty) }
        if let n = Int(t), let w = state.workplaces[n] { return w }
        let key = TextFolding.foldedString(t)
        let all = state.workplaceList
        if let exact = all.first(where: { TextFolding.foldedString($0.name) == key }) { return exact }
        let matches = all.filter { TextFolding.foldedString($0.name).contains(key) }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty { throw .programme(.workplaceNotFound(t)) }
        throw .programme(.workplaceAmbiguous(t, matches.map(\.name)))
    }

    private func workplaceChange(_ input: WorkplaceInput, of existing: Workplace?) throws(DomainError) -> WorkplaceChange {
        var c = WorkplaceChange()
        if existing == nil || input.name != nil {
            let name = try FieldParsing.name(input.name ?? "", .name)
            let key = TextFolding.foldedString(name)
            if state.workplaceList.contains(where: { $0.id != existing?.id && TextFolding.foldedString($0.name) == key }) {
                throw .programme(.duplicateWorkplace(name))
            }
            if name != existing?.name { c.name = name }
        }
        if existing == nil || input.sector != nil {
            let sector = try FieldParsing.name(input.sector ?? "", .sector)
            if sector != existing?.sector { c.sector = sector }
        }
        if existing == nil || input.capacity != nil {
            let t = (input.capacity ?? "1").trimmingSpaces
            guard let n = Int(t), (1...500).contains(n) else { throw .invalid(.capacity, .notOneOf(t, ["1–500"])) }
            if n != existing?.capacity { c.capacity = n }
        }
        func optional(_ v: String?, _ f: Field, _ old: String?) throws(DomainError) -> String? {
            guard let v else { return nil }
            let t = try FieldParsing.optionalLine(v, f) ?? ""
            return t == (old ?? "") ? nil : t
        }
        c.address = try optional(input.address, .address, existing?.address)
        c.contact = try optional(input.contact, .contact, existing?.contact)
        if let phone = input.phone, !phone.trimmingSpaces.isEmpty { _ = try FieldParsing.phones([phone]) }
        c.phone = try optional(input.phone, .phone, existing?.phone)
        if let notes = input.notes {
            let t = TextCheck.multiLine(notes)
            if t != (existing?.notes ?? "") { c.notes = t }
        }
        if existing == nil {
            // A new workplace records only what was given.
            for keyPath in [\WorkplaceChange.address, \.contact, \.phone, \.notes] where c[keyPath: keyPath] == "" { c[keyPath: keyPath] = nil }
        }
        return c
    }
}

extension FieldParsing {
    /// "4", "2,5", "1.5", "1:30" hours → minutes (0 < h ≤ 80).
    public static func minutes(fromHours text: String, _ field: Field) throws(DomainError) -> Int {
        let t = text.trimmingSpaces.replacingOccurrences(of: ",", with: ".")
        var minutes: Int?
        if t.contains(":") {
            let parts = t.split(separator: ":")
            if parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0..<60).contains(m) { minutes = h * 60 + m }
        } else if let h = Double(t), h.isFinite {
            minutes = Int((h * 60).rounded())
        }
        guard let m = minutes, m > 0, m <= 80 * 60 else { throw .invalid(field, .notOneOf(text.trimmingSpaces, ["0,5–80"])) }
        return m
    }
}
