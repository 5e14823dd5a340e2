import LotsenCalendar
import LotsenCore
import LotsenText
import TerminalCore

/// Handlingsplan: the current version's dates and details, then each goal with its SMART
/// parts and what the check says about it. One cursor over the goals.
enum PlanView {
    typealias Line = ProgrammeView.Line

    static func heading(_ text: String, width: Int) -> Line {
        Line(text: "── \(text) " + String(repeating: "─", count: max(0, width - DisplayWidth.of(text) - 5)), style: .bold)
    }

    static func lines(_ s: AppState, _ p: Participant) -> [Line] {
        let w = s.lang.plan
        guard let plan = p.currentPeriod.programme.plan else {
            return [Line(text: w.label(.noPlan), style: .bold), Line(text: "n = " + s.lang.tui.action(.newPlan), style: .dim)]
        }
        let v = plan.current
        var out: [Line] = []
        var head = "\(w.label(.version).capitalizedFirst) \(v.number) · \(w.label(.valid)) \(v.start.iso) – \(v.end.iso) · "
        head += w.nextFollowUp(plan)
        out.append(Line(text: head, style: .bold))
        out.append(Line(text: "\(w.label(.cv)): \(w.document(v.details.cv)) · \(w.label(.coverLetter)): \(w.document(v.details.coverLetter))"))
        for (label, text) in [(PlanLabel.background, v.details.background), (.skills, v.details.skills), (.labourMarket, v.details.labourMarket)] {
            if let text { out.append(Line(text: "\(w.label(label).capitalizedFirst): \(text.replacingNewlines)", style: .dim)) }
        }
        out.append(heading("\(w.label(.goals).capitalizedFirst) (\(v.goals.count))", width: s.size.width - 3))
        if v.goals.isEmpty { out.append(Line(text: w.label(.noGoals) + " – a = " + s.lang.tui.action(.newGoal), style: .dim)) }
        for (row, goal) in v.goals.enumerated() {
            let g = goal.content
            let findings = goal.status == .active ? SmartCheck.check(g, planEnd: v.end) : []
            let letters = Set(findings.map(\.letter))
            let smart = findings.isEmpty ? "✓" : "! " + "SMART".filter { letters.contains($0) }.map(String.init).joined(separator: " ")
            let state = goal.status == .active ? smart : w.status(goal.status)
            out.append(Line(text: "[\(state)] \(g.what) (\(w.term(g.term))" + (g.due.map { ", \($0.iso)" } ?? "") + ")",
                            style: goal.status == .active ? .plain : .dim, row: row))
            let detail: [(PlanLabel, String?)] = [(.measure, g.measure), (.why, g.why),
                                                  (.steps, g.steps.isEmpty ? nil : g.steps.map(\.line).joined(separator: "; ")),
                                                  (.owner, g.owner)]
            for (label, text) in detail { if let text { out.append(Line(text: "    \(w.label(label)): \(text)")) } }
            for f in findings {
                out.append(Line(text: "    ! \(f.letter): \(w.finding(f)) – \(w.suggestion(f))", style: Style(foreground: .yellow)))
            }
        }
        let followUps = plan.followUps(of: v.number)
        if !followUps.isEmpty {
            out.append(heading(w.label(.followUps).capitalizedFirst, width: s.size.width - 3))
            for f in followUps {
                out.append(Line(text: "\(f.date.iso) \(f.stamp.author): " + f.results.map { r in
                    let what = v.goals.first { $0.id == r.goal }?.content.what ?? "[\(r.goal)]"
                    return "\(what) – \(w.result(r.result))" + (r.comment.map { " (\($0))" } ?? "")
                }.joined(separator: "; "), style: .dim))
            }
        }
        return out
    }

    static func draw(_ s: AppState, _ v: PlanViewState, into b: inout ScreenBuffer, _ area: Rect) {
        guard let p = s.domain.participant(v.id) else { return }
        draw(lines(s, p), cursor: v.cursor, into: &b, area)
    }

    /// Lines with the cursor's goal in view and highlighted; wrapped lines continue
    /// indented so a suggestion is never cut off.
    static func draw(_ all: [Line], cursor: Int?, into b: inout ScreenBuffer, _ area: Rect) {
        var wrapped: [Line] = []
        for line in all {
            let parts = DisplayWidth.wrap(line.text, width: area.width - 2, indent: 2)
            for (i, part) in parts.enumerated() { wrapped.append(Line(text: part, style: line.style, row: i == 0 ? line.row : nil)) }
        }
        let cursorLine = wrapped.firstIndex { $0.row != nil && $0.row == cursor } ?? 0
        let first = max(0, min(cursorLine - area.height / 3, wrapped.count - area.height))
        for (i, line) in wrapped.dropFirst(first).prefix(area.height).enumerated() {
            let r = area.row(i)
            b.put(" " + line.text, in: r, style: line.style)
            if line.row != nil && line.row == cursor { b.restyle(r) { $0.reverse = true } }
        }
    }

    static func drawHistory(_ s: AppState, _ h: PlanHistoryState, into b: inout ScreenBuffer, _ area: Rect) {
        guard let plan = s.domain.participant(h.id)?.currentPeriod.programme.plan, let v = plan.version(h.version) else { return }
        let w = s.lang.plan
        var out = [Line(text: "\(w.label(.version).capitalizedFirst) \(v.number)/\(plan.versions.count) · \(v.start.iso) – \(v.end.iso) · "
                        + "\(v.stamp.author)", style: .bold)]
        if let before = plan.version(v.number - 1) {
            out.append(heading("\(w.label(.comparedWith)) \(before.number)", width: s.size.width - 3))
            let changes = PlanDiff.changes(from: before, to: v)
            if changes.isEmpty { out.append(Line(text: w.label(.noChanges), style: .dim)) }
            for c in changes { out.append(Line(text: w.change(c), style: changeStyle(c))) }
        } else {
            out.append(Line(text: w.label(.firstVersion), style: .dim))
        }
        out.append(heading(w.label(.goals).capitalizedFirst, width: s.size.width - 3))
        for goal in v.goals {
            out.append(Line(text: "[\(goal.id)] \(goal.content.what) (\(w.status(goal.status)))"
                            + (goal.content.due.map { ", \($0.iso)" } ?? "")))
        }
        let shown = Array(out.dropFirst(min(h.scroll, max(0, out.count - area.height))))
        draw(shown, cursor: nil, into: &b, area)
    }

    static func changeStyle(_ c: PlanChange) -> Style {
        switch c {
        case .goalAdded: return Style(foreground: .green)
        case .goalRemoved: return Style(foreground: .red)
        default: return .plain
        }
    }

    /// One goal at a time, large enough to read from across the table.
    static func drawFollowUp(_ s: AppState, _ f: FollowUpState, into b: inout ScreenBuffer, _ area: Rect) -> Point? {
        guard let plan = s.domain.participant(f.id)?.currentPeriod.programme.plan else { return nil }
        let w = s.lang.plan
        guard let id = f.goal, let goal = plan.goal(id) else {
            // Goals all met is not "no goals yet": the follow-up can still be recorded.
            guard !plan.current.goals.isEmpty else {
                b.put(" " + w.label(.noGoals), in: area.row(0), style: .bold)
                return nil
            }
            var y = 0
            for part in DisplayWidth.wrap(w.label(.noActiveGoals), width: area.width - 2, indent: 0) {
                b.put(" " + part, in: area.row(y), style: .bold)
                y += 1
            }
            let label = " \(w.label(.comment).capitalizedFirst): "
            b.put(label, in: area.row(y + 1))
            let end = b.put(f.comment, at: Point(x: area.x + DisplayWidth.of(label), y: area.y + y + 1), style: .underline, maxX: area.maxX - 1)
            return Point(x: end, y: area.y + y + 1)
        }
        let g = goal.content
        b.put(" \(s.lang.tui.text(.followUpGoal)) · \(w.label(.goalOf)) \(f.index + 1)/\(f.goals.count)", in: area.row(0), style: .dim)
        var y = 2
        for part in DisplayWidth.wrap(g.what, width: area.width - 4, indent: 0) where y < area.height - 8 {
            b.put("  " + part, in: area.row(y), style: .bold)
            y += 1
        }
        y += 1
        let rows: [(PlanLabel, String?)] = [(.measure, g.measure), (.why, g.why), (.steps, g.steps.isEmpty ? nil : g.steps.map(\.line).joined(separator: "; ")),
                                            (.due, g.due?.iso), (.owner, g.owner)]
        for (label, text) in rows {
            guard let text, y < area.height - 6 else { continue }
            for part in DisplayWidth.wrap("\(w.label(label).capitalizedFirst): \(text)", width: area.width - 4, indent: 4) where y < area.height - 6 {
                b.put("  " + part, in: area.row(y))
                y += 1
            }
        }
        let resultRow = area.row(area.height - 4)
        var x = resultRow.x + 2
        let resultLabel = s.lang.domain.field(.result).capitalizedFirst + ":"
        b.put(resultLabel, at: Point(x: x, y: resultRow.y), style: .bold)
        x += DisplayWidth.of(resultLabel) + 2
        for r in FollowUpResult.allCases {
            let text = " \(w.result(r)) "
            let chosen = f.results[id] == r
            x = b.put(chosen ? "[\(text)]" : " \(text) ", at: Point(x: x, y: resultRow.y), style: chosen ? Style(bold: true, reverse: true) : .plain,
                      maxX: area.maxX) + 1
        }
        let commentRow = area.row(area.height - 2)
        let label = "  \(w.label(.comment).capitalizedFirst): "
        let end = b.put(label + (f.comments[id] ?? ""), at: Point(x: commentRow.x, y: commentRow.y), maxX: area.maxX - 1)
        b.put(" " + s.lang.tui.text(.followUpHint), in: area.row(area.height - 1), style: .dim)
        return Point(x: min(end, area.maxX - 1), y: commentRow.y)
    }
}
