import LotsenCalendar

extension CommandPlanner {
    func planGallring(_ command: GallringCommand) throws(DomainError) -> [PlannedEvent] {
        switch command {
        case .setRules(let yearsText, let startText, let research, let second, let backupText):
            guard let years = Int(yearsText.trimmingSpaces), RetentionRules.allowedYears.contains(years) else {
                throw .invalid(.retentionYears, .notOneOf(yearsText.trimmingSpaces, ["1–100"]))
            }
            guard let start = RetentionStart(code: startText) else {
                throw .invalid(.retentionStart, .notOneOf(startText.trimmingSpaces, RetentionStart.allCases.map(\.rawValue)))
            }
            var backupDays: Int?
            if let text = backupText?.trimmingSpaces {
                guard let d = Int(text), RetentionRules.allowedBackupDays.contains(d) else {
                    throw .invalid(.backupDays, .notOneOf(text, ["1–3650"]))
                }
                backupDays = d
            }
            let rules = RetentionRules(years: years, start: start, researchException: research, secondPerson: second, backupDays: backupDays)
            guard rules != state.retentionRules else { throw .nothingToDo }
            return [PlannedEvent(event: .gallring(.rulesSet(rules)), subject: nil)]
        case .propose:
            let review = try dueToday()
            guard !review.due.isEmpty else { throw .gallring(.nothingDue) }
            return [PlannedEvent(event: .gallring(.proposed(subjects: review.due.map(\.id))), subject: nil)]
        case .purge(let by):
            let review = try dueToday()
            var cases = review.due
            let proposal = state.gallringProposal
            if let proposal {
                if review.rules.secondPerson && Caseworker.key(proposal.stamp.author) == Caseworker.key(by) {
                    throw .gallring(.sameProposer(proposal.stamp.author))
                }
                let proposed = Set(proposal.subjects)
                cases = cases.filter { proposed.contains($0.id) }
            } else if review.rules.secondPerson {
                throw .gallring(.needsProposal)
            }
            guard !cases.isEmpty else { throw .gallring(.nothingDue) }
            let r = review.rules
            return cases.map {
                PlannedEvent(event: .gallring(.purged(PurgeRecord(start: r.start, since: $0.since, years: r.years, proposal: proposal?.sequence))),
                             subject: $0.id)
            }
        }
    }

    private func dueToday() throws(DomainError) -> GallringReview {
        guard let review = state.gallringReview(on: today) else { throw .gallring(.noRules) }
        return review
    }
}
