import LotsenCalendar
import LotsenCore
import LotsenText

/// The programme as plain text: the board, a workplace, and the programme part of
/// `lotsen show`.
enum ProgrammeText {
    static func flags(_ p: Participant, _ lang: Language, today: Day) -> String {
        p.flags(on: today).map(lang.programme.flag).joined(separator: " ")
    }

    static func board(_ board: Board, state: LotsenState, lang: Language, today: Day) -> String {
        var out: [String] = []
        for stage in Stage.allCases {
            let ids = board.lane(stage)
            out.append("\(lang.programme.stage(stage)) (\(ids.count))")
            let rows = ids.compactMap { state.participant($0) }.map { p -> [String] in
                let days = p.currentPeriod.daysInStage(on: today)
                return ["  " + p.profile.lastName + ", " + p.profile.firstName, p.id.value, lang.tui.days(days), flags(p, lang, today: today)]
            }
            if !rows.isEmpty { out.append(TextTable(rows).render()) }
        }
        if !board.notShown.isEmpty { out.append(lang.privacy.notOnBoard(board.notShown, long: true)) }
        return out.joined(separator: "\n")
    }

    static func activityRow(_ a: Activity, _ lang: Language, today: Day) -> [String] {
        let l = lang.programme
        let status = a.end.map { "\(l.label(.ended)) \($0.iso)" + (a.outcome.map { ", \(l.outcome($0))" } ?? "") }
            ?? a.plannedEnd.map { "\(l.label(.plannedEnd)) \($0.iso)" } ?? l.label(.running)
        return ["[\(a.id)]", a.kind.name, a.organisation.label, a.start.iso, status, a.warning(on: today).map(l.warning) ?? ""]
    }

    static func workplace(_ wp: Workplace, state: LotsenState, lang: Language, today: Day) -> String {
        let l = lang.programme
        var lines = ["\(wp.name) [\(wp.id)]  \(wp.sector)"]
        if let a = wp.address { lines.append("\(l.label(.address).capitalizedFirst): \(a)") }
        let contact = [wp.contact, wp.phone].compactMap { $0 }.joined(separator: ", ")
        if !contact.isEmpty { lines.append("\(l.label(.contact).capitalizedFirst): \(contact)") }
        lines.append("\(l.label(.capacity).capitalizedFirst): \(wp.capacity) · \(l.label(.free)): \(state.freePlaces(wp.id))")
        if let n = wp.notes { lines.append("\(l.label(.notes).capitalizedFirst): \(n)") }
        let placed = (state.placed[wp.id] ?? []).compactMap { state.participant($0) }.sorted(by: SwedishOrder.byName)
        lines.append("\(l.label(.placedNow).capitalizedFirst):" + (placed.isEmpty ? " \(l.label(.nobodyPlaced))" : ""))
        for p in placed {
            let placement = p.currentPeriod.programme.placement
            lines.append("  \(p.profile.fullName) (\(p.id.value)) \(l.label(.since)) \(placement?.from.iso ?? "")"
                + (placement?.plannedEnd.map { ", \(l.label(.plannedEnd)) \($0.iso)" } ?? ""))
        }
        return lines.joined(separator: "\n")
    }

    /// The programme lines of a participant's card.
    /// What `lotsen show` prints below the call card, where the TUI has the programme
    /// view (`p`): the checklist, study visits, Kanalen's log and every activity.
    static func details(_ p: Participant, state: LotsenState, lang: Language, today: Day) -> [String] {
        let l = lang.programme
        let period = p.currentPeriod
        let g = period.programme
        func label(_ x: ProgrammeLabel) -> String { l.label(x).capitalizedFirst }
        var lines: [String] = []
        let items = state.checklist.items
        let ticked = items.filter { g.ticks[$0.code] != nil }.count
        lines.append("\(label(.checklist)): \(ticked)/\(items.count)"
            + (ticked < items.count ? " – " + items.filter { g.ticks[$0.code] == nil }.map(l.checklistItem).joined(separator: ", ") : ""))
        for v in g.visits {
            let name = state.workplaces[v.workplace]?.name ?? "nr \(v.workplace)"
            var line = "\(label(.visits)) [\(v.id)] \(v.date.iso) \(name) (\(l.label(v.halfDay ? .halfDay : .fullDay)))"
            if let e = v.evaluation { line += "; \(l.label(.evaluation)): \(e)" }
            if let s = v.supervisorView { line += "; \(l.label(.supervisorView)): \(s)" }
            lines.append(line)
        }
        if g.stage == .kanalen || !g.kanalen.isEmpty {
            var parts = ["\(l.label(.jobSearchThisWeek)) \(l.duration(minutes: g.jobSearchMinutes(weekOf: today)))"]
            parts.append("\(l.label(.lastCounsellor)) \(g.last(.counsellor)?.date.iso ?? l.label(.never))")
            parts.append("\(l.label(.cvUpdated)) \(g.last(.cvUpdated)?.date.iso ?? l.label(.never))")
            parts.append("\(l.label(.letterUpdated)) \(g.last(.letterUpdated)?.date.iso ?? l.label(.never))")
            lines.append("\(label(.kanalenLog)): " + parts.joined(separator: " · "))
        }
        if !g.activities.isEmpty {
            lines.append("\(label(.activities)):")
            lines.append(contentsOf: TextTable(g.activities.map { activityRow($0, lang, today: today) }).render()
                .split(separator: "\n").map { "  " + $0 })
        }
        return lines
    }
}
