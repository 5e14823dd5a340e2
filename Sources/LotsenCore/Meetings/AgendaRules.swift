import LotsenCalendar

/// Why an item is on the agenda. Recorded with the item, so that the minutes say why
/// the group talked about someone even after the facts have changed.
public enum AgendaReason: Hashable, Sendable {
    case consentWithdrawn(Day)
    /// Days since registration, near or past the 90-day limit, no activity started.
    case ninetyDays(days: Int)
    case meetingTasksOverdue(Int)
    case weeklyTasksOverdue(Int)
    /// The plan's next follow-up (may be past).
    case followUpDue(Day)
    /// The plan's current version ends (may be past).
    case planExpiring(Day)
    case intensifiedSupport(since: Day)
    /// In the same stage since this day.
    case noStageChange(since: Day)
    case newParticipant(registered: Day)
    /// Tasks from earlier meetings, not yet done and not yet late.
    case openTasks(Int)
    /// Put on the agenda by a caseworker.
    case added
    /// Not reached at the meeting of that day: it stays on the agenda until handled or
    /// struck with a reason.
    case carriedOver(from: Day)

    /// Worst first: the agenda is ordered by each item's most urgent reason.
    public var rank: Int {
        switch self {
        case .consentWithdrawn: return 0
        case .ninetyDays: return 1
        case .carriedOver: return 2
        case .meetingTasksOverdue: return 2
        case .weeklyTasksOverdue: return 3
        case .followUpDue: return 4
        case .planExpiring: return 5
        case .intensifiedSupport: return 6
        case .noStageChange: return 7
        case .newParticipant: return 8
        case .openTasks: return 9
        case .added: return 10
        }
    }
}

/// One suggested agenda item: a participant (or, with none, the group's own open
/// tasks) and every rule that fired for them.
public struct AgendaSuggestion: Equatable, Sendable {
    public var participant: ParticipantID?
    /// A free item carried over from the last meeting ("Nya platser hos kommunen").
    public var title: String? = nil
    public var reasons: [AgendaReason]
}

/// Builds the agenda from the state, as of the meeting's day. Pure: the day, the last
/// meeting and the thresholds are passed in, so each rule can be tested on its own.
public enum AgendaRules {
    /// "New" means registered after the last meeting; without one, in the week before.
    static func newSince(_ lastMeeting: Day?, on day: Day) -> Day { lastMeeting ?? day.adding(days: -7) }

    /// - Parameter carried: the group's last closed meeting: what it did not reach (not
    ///   handled, not struck) comes back, marked, until it is handled or struck.
    public static func suggestions(in state: LotsenState, on day: Day, lastMeeting: Day?,
                                   thresholds t: AgendaThresholds, carried: Meeting? = nil) -> [AgendaSuggestion] {
        let since = newSince(lastMeeting, on: day)
        let tasksByParticipant = Dictionary(grouping: state.meetingTaskList.filter(\.isOpen), by: \.participant)
        let notReached = (carried?.items ?? []).filter { !$0.handled }
        let carriedPeople = Set(notReached.compactMap(\.content.participant))
        var out: [(AgendaSuggestion, name: String)] = []
        for id in state.order {
            guard let p = state.participant(id), p.isActive else { continue }
            var reasons = self.reasons(for: p, on: day, since: since, tasks: tasksByParticipant[id] ?? [], t)
            if let carried, carriedPeople.contains(id) {
                reasons.append(.carriedOver(from: carried.date))
                reasons = reasons.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }.map(\.element)
            }
            if !reasons.isEmpty { out.append((AgendaSuggestion(participant: id, reasons: reasons), p.profile.lastName + " " + p.profile.firstName)) }
        }
        // Free items not reached, in the order they had, after the people of the same rank.
        for item in notReached where item.content.participant == nil {
            guard let title = item.content.title, let carried else { continue }
            out.append((AgendaSuggestion(participant: nil, title: title, reasons: [.carriedOver(from: carried.date)]), "\u{10FFFF}"))
        }
        // Most urgent first: by the worst reason, and among those past or near the 90
        // days, the longest waited first.
        func waited(_ s: AgendaSuggestion) -> Int {
            if case .ninetyDays(let d) = s.reasons[0] { return d } else { return 0 }
        }
        out.sort { a, b in
            let ra = a.0.reasons[0].rank, rb = b.0.reasons[0].rank
            if ra != rb { return ra < rb }
            let wa = waited(a.0), wb = waited(b.0)
            return wa != wb ? wa > wb : a.name < b.name
        }
        var list = out.map(\.0)
        // The group's own tasks, about nobody in particular, come last.
        let general = tasksByParticipant[nil] ?? []
        let late = general.count { $0.isOverdue(on: day) }
        var generalReasons: [AgendaReason] = []
        if late > 0 { generalReasons.append(.meetingTasksOverdue(late)) }
        if general.count > late { generalReasons.append(.openTasks(general.count - late)) }
        if !generalReasons.isEmpty { list.append(AgendaSuggestion(participant: nil, reasons: generalReasons)) }
        return list
    }

    /// The rules for one participant, with the journal's open tasks and thresholds.
    public static func reasons(for p: Participant, in state: LotsenState, on day: Day, lastMeeting: Day?) -> [AgendaReason] {
        reasons(for: p, on: day, since: newSince(lastMeeting, on: day),
                tasks: state.meetingTaskList.filter { $0.isOpen && $0.participant == p.id }, state.agendaThresholds)
    }

    /// Every rule that fires for one active participant, most urgent first.
    public static func reasons(for p: Participant, on day: Day, since: Day, tasks: [MeetingTask],
                               _ t: AgendaThresholds) -> [AgendaReason] {
        var out: [AgendaReason] = []
        let period = p.currentPeriod
        let g = period.programme
        if let c = p.consent, let withdrawn = c.withdrawn, withdrawn <= day { out.append(.consentWithdrawn(withdrawn)) }
        switch NinetyDayClock.status(of: period, on: day) {
        case .running(let d), .warning(let d), .overdue(let d):
            if d >= NinetyDayClock.limit - t.ninetyDayNotice { out.append(.ninetyDays(days: d)) }
        default:
            break
        }
        let late = tasks.count { $0.isOverdue(on: day) }
        if late > 0 { out.append(.meetingTasksOverdue(late)) }
        let weekly = g.tasks.count { $0.isOverdue(on: day) }
        if weekly > 0 { out.append(.weeklyTasksOverdue(weekly)) }
        // In Havet the person has their own income: plan and stage are done with.
        if g.stage != .havet, let plan = g.plan {
            if let next = plan.nextFollowUp, day.days(until: next) <= t.followUpNoticeDays { out.append(.followUpDue(next)) }
            if day.days(until: plan.current.end) <= t.planExpiryDays { out.append(.planExpiring(plan.current.end)) }
        }
        if let since = g.intensifiedSupport { out.append(.intensifiedSupport(since: since)) }
        let stageSince = g.stageSince(registered: period.registered)
        if g.stage != .havet, stageSince.days(until: day) >= t.stalledDays { out.append(.noStageChange(since: stageSince)) }
        if period.registered > since, period.registered <= day { out.append(.newParticipant(registered: period.registered)) }
        if tasks.count > late { out.append(.openTasks(tasks.count - late)) }
        return out
    }
}
