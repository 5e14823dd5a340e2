import LotsenCalendar
import LotsenCore

/// What the call card says about a person: decided here once, drawn by the TUI's card
/// (with styles, in one or two columns) and printed by `lotsen show`, so that the two
/// say the same things. The notes come after it, each front end its own way.
public struct CallCard: Spoken {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    /// One line and how much it should stand out.
    public struct Line: Equatable, Sendable {
        public enum Emphasis: Sendable { case plain, strong, warning, alert, quiet }
        public var text: String
        public var emphasis: Emphasis

        init(_ text: String, _ emphasis: Emphasis = .plain) {
            self.text = text
            self.emphasis = emphasis
        }
    }

    /// The name, and beside it what must never be cut for a long name: the
    /// personnummer, the age, the gender and the id.
    /// - Parameter maskNumber: on the meeting's shared screen the personnummer shows
    ///   only the date of birth.
    public func header(_ p: Participant, today: Day, hidden: HiddenParts = HiddenParts(), maskNumber: Bool = false) -> (name: String, details: String) {
        let d = language.domain
        if hidden.identity { return (language.privacy.protectedName, "\(d.label(.id)) \(p.id.value)") }
        let number = maskNumber ? String(p.personnummer.formatted.prefix(9)) + "****" : p.personnummer.formatted
        return (p.profile.fullName, "\(number)   \(p.personnummer.age(on: today)) \(d.label(.years))   "
            + "\(d.gender(p.profile.gender))   \(d.label(.id)) \(p.id.value)")
    }

    /// Who the person is to the programme: contact, status and stage, the 90-day clock,
    /// consent and who is responsible.
    public func person(_ p: Participant, in state: LotsenState, today: Day, hidden: HiddenParts = HiddenParts()) -> [Line] {
        let d = language.domain
        func field(_ f: Field) -> String { d.field(f).capitalizedFirst }
        func label(_ l: Label) -> String { d.label(l).capitalizedFirst }
        var lines: [Line] = []
        let period = p.currentPeriod
        // Not the viewer's to see: that the person is registered, and whom to ask.
        if hidden.programme {
            lines.append(Line("\(label(.status)): \(period.exit == nil ? d.label(.active) : d.label(.exited)) "
                + language.privacy.registeredBy(p, in: state), .strong))
        } else {
            var contact = "\(field(.phone)): \(p.profile.phones.isEmpty ? "–" : p.profile.phones.joined(separator: ", "))"
            if let e = p.profile.email { contact += "   \(field(.email)): \(e)" }
            lines.append(Line(contact))
            lines += status(p, period, today: today)
        }
        if let consent = p.consent, consent.isActive {
            lines.append(Line("\(label(.consent)): \(consent.date.iso)  \(consent.organisations.map(\.label).joined(separator: ", "))"))
        } else if let consent = p.consent, let withdrawn = consent.withdrawn {
            lines.append(Line("\(label(.consent)): \(d.label(.consentWithdrawn)) \(withdrawn.iso)", .strong))
        } else {
            lines.append(Line("\(label(.consent)): \(d.label(.noConsent))", .strong))
        }
        let responsible = p.responsible.sorted { $0.key < $1.key }.map { org, initials in
            // With their phone: the caller asks who to ring at AF.
            "\(org.label) \(initials)" + (state.caseworker(initials).map { " \($0.name)" + ($0.phone.map { " \($0)" } ?? "") } ?? "")
        }
        lines.append(Line("\(label(.responsible)): \(responsible.isEmpty ? "–" : responsible.joined(separator: " · "))"))
        if !hidden.isEmpty { lines.append(Line(language.privacy.hidden(hidden, p, in: state), .strong)) }
        return lines
    }

    /// The period's status and stage, and the 90-day clock.
    func status(_ p: Participant, _ period: Period, today: Day) -> [Line] {
        let d = language.domain
        func label(_ l: Label) -> String { d.label(l).capitalizedFirst }
        let status = period.exit.map { "\(d.label(.exited)) \($0.date.iso), \(d.exitReason($0.reason))\($0.occupation.map { " (\($0))" } ?? "")" }
            ?? "\(d.label(.active)) \(period.registered.iso)"
        let clock = NinetyDayClock.status(of: period, on: today)
        return [Line("\(label(.status)): \(status)   \(language.tui.text(.columnStage)): \(language.programme.stage(period.stage))"
                    + " (\(language.tui.days(period.daysInStage(on: today))))"),
                Line("\(label(.ninetyDays)): \(d.clock(clock))", clock.isFlagged ? .alert : .plain)]
    }

    /// The facts of the profile the reports count, least needed during a call.
    public func facts(_ p: Participant, hidden: HiddenParts = HiddenParts()) -> [Line] {
        let d = language.domain
        var facts: [String] = []
        // A fact the viewer may not see is left out, not shown as unknown.
        func fact(_ f: Field, _ value: Bool?) {
            if !hidden.unseen.contains(f) { facts.append("\(d.field(f)) \(d.yesNo(value))") }
        }
        if let cat = p.profile.afCategory { facts.append(d.afCategory(cat)) }
        fact(.bornAbroad, p.profile.bornAbroad)
        fact(.disability, p.profile.disability)
        fact(.gradesComplete, p.profile.gradesComplete)
        fact(.incomeSupport, p.profile.incomeSupport)
        if let r = p.profile.referral { facts.append("\(d.field(.referral)) \(d.referral(r))") }
        return facts.isEmpty ? [] : [Line(facts.joined(separator: " · "), .quiet)]
    }

    /// What the programme is doing for the person now: placement, running activities,
    /// income, the plan with its goals, the open tasks about them (overdue first), and
    /// what needs doing.
    public func programme(_ p: Participant, in state: LotsenState, today: Day, hidden: HiddenParts = HiddenParts()) -> [Line] {
        if hidden.programme { return [] }
        let l = language.programme
        let w = language.plan
        let g = p.currentPeriod.programme
        var lines: [Line] = []
        if let pl = g.placement {
            let wp = state.workplaces[pl.workplace]
            var text = "\(l.label(.placement).capitalizedFirst): \(wp?.name ?? "nr \(pl.workplace)") \(l.label(.since)) \(pl.from.iso)"
            if let end = pl.plannedEnd { text += ", \(l.label(.plannedEnd)) \(end.iso)" }
            let supervisor = [wp?.contact, wp?.phone].compactMap { $0 }.joined(separator: " ")
            if !supervisor.isEmpty { text += " · \(l.label(.contact)) \(supervisor)" }
            lines.append(Line(text))
        }
        let running = g.activities.filter { $0.isRunning(on: today) }
        if !running.isEmpty {
            lines.append(Line("\(l.label(.activities).capitalizedFirst): " + running.map { a in
                "\(a.kind.name) (\(a.organisation.label)) " + (a.plannedEnd.map { "\(a.start.iso) – \($0.iso)" } ?? "\(l.label(.since)) \(a.start.iso)")
            }.joined(separator: " · ")))
        }
        if let i = g.income {
            lines.append(Line("\(l.label(.income).capitalizedFirst): \(l.income(i.kind))" + i.particulars.map { ", \($0)" }.joined()))
        }
        if let a = g.aKassa { lines.append(Line("\(l.label(.aKassa).capitalizedFirst): \(l.aKassa(a.status)) (\(a.date.iso))")) }
        if let plan = g.plan {
            let next = plan.nextFollowUp.map { "\(w.label(.nextFollowUp)) \($0.iso)" } ?? w.label(.allFollowedUp)
            let due = p.flags(on: today).contains { if case .followUpDue = $0 { true } else { false } }
            lines.append(Line("\(w.label(.plan)) v\(plan.current.number), \(w.label(.valid)) \(plan.current.start.iso) – \(plan.current.end.iso) · \(next)",
                              due ? .warning : .plain))
            // Goals still worked on first, then the rest; each with its status.
            let goals = plan.current.goals.filter { $0.status == .active } + plan.current.goals.filter { $0.status != .active }
            for goal in goals {
                let due = goal.content.due.map { ", \($0.iso)" } ?? ""
                lines.append(Line("  • \(goal.content.what) (\(w.status(goal.status))\(due))", goal.status == .active ? .plain : .quiet))
            }
        } else {
            lines.append(Line(w.label(.noPlan), .quiet))
        }
        for task in openTasks(p, in: state, today: today) { lines.append(task) }
        for f in p.flags(on: today) where isNeedingDoing(f) { lines.append(Line("! " + l.explain(f), .warning)) }
        return lines
    }

    /// Open tasks about the person, the meeting's and the weekly ones, overdue first.
    func openTasks(_ p: Participant, in state: LotsenState, today: Day) -> [Line] {
        let weekly = p.currentPeriod.programme.tasks.filter(\.isOpen).map { (due: $0.due, what: $0.what, who: say("deltagaren", "participant")) }
        let meeting = state.meetingTaskList.filter { $0.isOpen && $0.participant == p.id }
            .map { (due: $0.due, what: $0.what, who: language.meeting.assignee($0.who)) }
        let open = (weekly + meeting).sorted { $0.due < $1.due }
        guard !open.isEmpty else { return [] }
        return [Line(say("Öppna uppgifter (\(open.count)):", "Open tasks (\(open.count)):"))] + open.map { t in
            let late = t.due < today
            return Line("  \(t.due.iso) \(t.what) (\(t.who))" + (late ? say(" – försenad", " – overdue") : ""), late ? .warning : .plain)
        }
    }

    /// The flags said as sentences on the card: the ones asking for something to be done
    /// (the 90-day clock and consent have lines of their own).
    func isNeedingDoing(_ f: ProgrammeFlag) -> Bool {
        switch f {
        case .ninetyDaysOverdue, .ninetyDaysWarning, .noConsent, .followUpDue, .tasksOverdue: return false
        case .intensifiedSupport, .placementEndingSoon, .aKassa, .activityOverLimit, .checkpointDue: return true
        }
    }
}
