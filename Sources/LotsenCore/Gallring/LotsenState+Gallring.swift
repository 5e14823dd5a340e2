import LotsenCalendar

/// A proposal of whom to purge, waiting for an administrator's approval.
public struct GallringProposal: Equatable, Sendable {
    /// The sequence number of its record: the purge names it.
    public var sequence: Int
    public var subjects: [ParticipantID]
    public var stamp: EntryStamp

    public init(sequence: Int, subjects: [ParticipantID], stamp: EntryStamp) {
        self.sequence = sequence
        self.subjects = subjects
        self.stamp = stamp
    }
}

/// What the journal remembers of the purges it made: counts and times, never who.
public struct PurgeLedger: Equatable, Sendable {
    public var count = 0
    public var last: Timestamp?

    public init(count: Int = 0, last: Timestamp? = nil) {
        self.count = count
        self.last = last
    }
}

/// One person under the rules: when their kept years started and when they end.
public struct GallringCase: Equatable, Sendable {
    public var id: ParticipantID
    /// The last entry about them, or their exit.
    public var since: Day
    /// The first day they may be purged.
    public var due: Day
}

/// Who is due on a day, and who the research exception keeps.
public struct GallringReview: Equatable, Sendable {
    public var rules: RetentionRules
    public var due: [GallringCase]
    /// Would be due, but born on the 5th, 15th or 25th.
    public var keptForResearch: [GallringCase]
}

extension Participant {
    /// When this participant's kept years end under the rules; nil while the rules
    /// keep them for as long as they stay (active, under a rule counting from exit).
    /// An entry after the exit (a late note) starts the years again.
    public func gallringCase(_ rules: RetentionRules) -> GallringCase? {
        let since: Day
        switch rules.start {
        case .lastEntry: since = lastChange.utcDay
        case .exit:
            guard let exit = periods[periods.count - 1].exit else { return nil }
            since = max(exit.date, lastChange.utcDay)
        }
        return GallringCase(id: id, since: since, due: since.adding(months: 12 * rules.years))
    }
}

extension LotsenState {
    /// Everyone due for gallring on `day`, earliest first; nil until rules are set.
    public func gallringReview(on day: Day) -> GallringReview? {
        guard let rules = retentionRules else { return nil }
        var review = GallringReview(rules: rules, due: [], keptForResearch: [])
        for id in order {
            guard let p = participant(id), let c = p.gallringCase(rules), c.due <= day else { continue }
            if rules.researchException && p.personnummer.bornOnResearchDay { review.keptForResearch.append(c) } else { review.due.append(c) }
        }
        review.due.sort { ($0.due, $0.id) < ($1.due, $1.id) }
        return review
    }

    mutating func applyGallring(_ e: GallringEvent, _ recorded: RecordedEvent) {
        switch e {
        case .rulesSet(let r):
            retentionRules = r
        case .proposed(let subjects):
            gallringProposal = GallringProposal(sequence: recorded.stamp.sequence, subjects: subjects, stamp: recorded.stamp)
        case .purged(let p):
            purges.count += 1
            purges.last = recorded.stamp.time
            if let n = p.proposal, gallringProposal?.sequence == n { gallringProposal = nil }
            // A replay without the person's key never met them; one that did lets go of
            // them here, so that nothing about them is shown, counted or saved again.
            if let id = recorded.subject { removePurged(id) }
        }
    }

    private mutating func removePurged(_ id: ParticipantID) {
        guard let p = participants[id] else { return }
        participants.remove(id)
        order.removeAll { $0 == id }
        if byPersonnummer[p.personnummer.digits] == id { byPersonnummer[p.personnummer.digits] = nil }
        searchIndex[id] = nil
        for w in placed.keys { placed[w]?.remove(id) }
        recentEntries.forgetSubject(id)
    }
}
