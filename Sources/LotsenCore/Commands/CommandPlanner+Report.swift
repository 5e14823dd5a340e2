import LotsenCalendar

extension CommandPlanner {
    func planReport(_ command: ReportCommand) throws(DomainError) -> [PlannedEvent] {
        switch command {
        case .setTarget(let year, let measure, let count):
            return [PlannedEvent(event: .report(.targetSet(try target(year: year, measure: measure, count: count))), subject: nil)]
        }
    }

    /// A yearly target as typed: the year, an activity kind or `avslut:REASON`, and a
    /// count (0 removes the target).
    func target(year: String, measure: String, count: String) throws(DomainError) -> YearTarget {
        guard let y = Int(year.trimmingSpaces), (2000...2100).contains(y) else {
            throw .invalid(.year, .notOneOf(year.trimmingSpaces, ["2000–2100"]))
        }
        guard let m = TargetMeasure(code: try FieldParsing.code(measure, .target)) else {
            throw .invalid(.target, .notOneOf(measure.trimmingSpaces, ActivityKind.catalogue.map(\.code) + ["avslut:arbete", "avslut:studier"]))
        }
        guard let n = Int(count.trimmingSpaces), (0...10_000).contains(n) else {
            throw .invalid(.count, .notOneOf(count.trimmingSpaces, ["0–10000"]))
        }
        let current = state.targets(for: y).first { $0.measure == m }?.count ?? 0
        guard current != n else { throw .nothingToDo }
        return YearTarget(year: y, measure: m, count: n)
    }

    /// The exit of someone registered as already gone: both date and reason, or neither.
    func exitOnRegistration(_ input: RegistrationInput, _ registered: Day) throws(DomainError) -> Event? {
        let reasonText = input.exitReason?.trimmingSpaces ?? "", dateText = input.exitDate?.trimmingSpaces ?? ""
        let occupation = try FieldParsing.optionalLine(input.exitOccupation, .occupation)
        if reasonText.isEmpty && dateText.isEmpty {
            if occupation != nil { throw .invalid(.reason, .empty) }
            return nil
        }
        guard let reason = ExitReason(code: reasonText) else {
            throw .invalid(.reason, reasonText.isEmpty ? .empty : .notOneOf(reasonText, ExitReason.allCases.map(\.rawValue)))
        }
        guard !dateText.isEmpty else { throw .invalid(.date, .empty) }
        let d = try day(dateText, .date)
        if d < registered { throw .invalid(.date, .beforeRegistration(registered)) }
        return .participant(.participantExited(date: d, reason: reason, occupation: occupation))
    }
}
