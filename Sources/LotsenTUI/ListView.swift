import LotsenCalendar
import LotsenCore
import LotsenText
import TerminalCore

/// Deltagare: the participant list with the search line.
enum ListView {
    struct Columns {
        var name, age, stage, responsible, followUp, flags: Rect
    }

    static func columns(_ row: Rect) -> Columns {
        // Fixed columns; the name takes what is left (at 80 wide: 23).
        let fixed = 5 + 9 + 8 + 11 + 17 + 6
        let nameWidth = max(12, row.width - fixed - 1)
        var x = row.x + 1
        func next(_ w: Int) -> Rect { defer { x += w + 1 }; return Rect(x: x, y: row.y, width: w, height: 1) }
        return Columns(name: next(nameWidth), age: next(5), stage: next(9), responsible: next(8), followUp: next(11),
                       flags: Rect(x: x, y: row.y, width: row.maxX - x, height: 1))
    }

    static func draw(_ s: AppState, into b: inout ScreenBuffer, _ area: Rect) -> Point? {
        let w = s.lang.tui
        let l = s.list
        // Search line.
        let searchRow = area.row(0)
        let label = w.text(.search) + ": "
        b.put(label, at: Point(x: 1, y: searchRow.y), style: .bold)
        var cursor: Point?
        if l.query.isEmpty && !l.searching {
            b.put(w.text(.searchHint), at: Point(x: 1 + DisplayWidth.of(label), y: searchRow.y), style: .dim)
        } else {
            // The last call's search is grey: the next letter starts a new one.
            let end = b.put(l.query, at: Point(x: 1 + DisplayWidth.of(label), y: searchRow.y), style: l.queryIsOld ? .dim : .underline,
                            maxX: area.maxX - 20)
            if l.searching { cursor = Point(x: end, y: searchRow.y) }
        }
        let filter = l.view ?? s.lang.caseload.filter(l.filter)
        let scope = l.includeExited ? w.text(.includingExited) : w.text(.activeOnly)
        let total = s.domain.order.count
        let info = "\(w.count(shown: l.results.count, of: total)) · \(filter) · \(scope)"
        b.put(info, at: Point(x: area.maxX - DisplayWidth.of(info) - 1, y: searchRow.y), style: .dim)

        // Header.
        let header = columns(area.row(1))
        let hs = Style(bold: true, underline: true)
        b.put(w.text(.columnName), in: header.name, style: hs)
        b.put(w.text(.columnAge), in: header.age, style: hs)
        b.put(w.text(.columnStage), in: header.stage, style: hs)
        b.put(w.text(.columnResponsible), in: header.responsible, style: hs)
        b.put(w.text(.columnFollowUp), in: header.followUp, style: hs)
        b.put(w.text(.columnFlags), in: header.flags, style: hs)

        let rows = AppReducer.listRows(s)
        if l.results.isEmpty {
            // A caller not in the register yet is a key away.
            let text = s.domain.order.isEmpty ? w.text(.empty) : w.text(.noMatches) + " " + w.text(.registerHint)
            b.put(text, at: Point(x: 1, y: area.y + 3), style: .dim, maxX: area.maxX)
        }
        for i in 0..<rows {
            let index = l.scroll + i
            guard index < l.results.count, let p = s.domain.participant(l.results[index]) else { break }
            let row = area.row(2 + i)
            drawRow(p, s, columns(row), into: &b)
            if index == l.selected {
                b.restyle(row) { $0.reverse = true }
                b.put(">", at: Point(x: row.x, y: row.y), style: Style(bold: true, reverse: true))
            }
        }
        return cursor
    }

    static func drawRow(_ p: Participant, _ s: AppState, _ c: Columns, into b: inout ScreenBuffer) {
        let w = s.lang.tui
        let dim: Style = p.isActive ? .plain : .dim
        b.put(p.profile.lastName + ", " + p.profile.firstName, in: c.name, style: dim)
        b.put(String(p.personnummer.age(on: s.today)), in: c.age, style: dim)
        // Not this caseworker's to see: who has the person, and nothing of the programme.
        // Looked up in the set worked out once per journal change, not ruled on per row.
        if s.programmeHidden.contains(p.id) {
            let home = s.domain.organisation(ofAuthor: p.registeredBy.author)
            for column in [c.stage, c.followUp] { b.put("–", in: column, style: .dim) }
            b.put(s.lang.privacy.elsewhere(home), in: c.flags, style: .dim)
            b.put(home.flatMap { p.responsible[$0] } ?? p.registeredBy.author, in: c.responsible, style: .dim)
            return
        }
        b.put(stageShort(p.currentPeriod.stage), in: c.stage, style: dim)
        let responsible = s.authorOrganisation.flatMap { p.responsible[$0] } ?? p.responsible.sorted { $0.key < $1.key }.first?.value ?? "–"
        b.put(responsible, in: c.responsible, style: dim)
        let next = p.isActive ? p.currentPeriod.programme.plan?.nextFollowUp : nil
        let due = next.map { s.today.days(until: $0) <= ActionPlanRules.followUpNoticeDays } ?? false
        b.put(next?.iso ?? w.text(.followUpUnknown), in: c.followUp, style: due ? Style(bold: true, foreground: .yellow) : dim)
        var x = c.flags.x
        if !p.isActive {
            b.put(w.text(.exitedMark), in: c.flags, style: .dim)
            return
        }
        for flag in p.flags(on: s.today) {
            var text = s.lang.programme.flag(flag)
            switch flag {
            case .ninetyDaysOverdue(let d), .ninetyDaysWarning(let d): text += ":\(d)"
            default: break
            }
            guard x + DisplayWidth.of(text) <= c.flags.maxX else { break }
            x = b.put(text, at: Point(x: x, y: c.flags.y), style: FlagStyle.of(flag), maxX: c.flags.maxX) + 1
        }
    }

    /// Nine columns: "Slussen 1" … "Kanalen", "Havet".
    static func stageShort(_ stage: Stage) -> String {
        stage.column == .slussen ? "Slussen \(stage.index + 1)" : Stage.columnName(stage.column)
    }
}
