import LotsenCore
import LotsenText
import TerminalCore

public struct CaseloadViewState: Equatable, Sendable {
    public var selected = 0
    /// Worked out when the screen opens and when the journal changes, not per key or
    /// frame: on a large journal it reads every participant.
    var rows: [CaseloadOverview.Row] = []
}

/// Every caseworker with how many active participants they are responsible for and how
/// many of those have something overdue (Ctrl-O from the list): the coordinator's view
/// when sharing out the work. Enter shows the caseworker's people on the board.
enum CaseloadOverview {
    struct Row: Equatable, Sendable {
        var caseworker: Caseworker
        var count: CaseloadCount
    }

    /// Most overdue first, then most participants, then by initials.
    static func rows(_ s: AppState) -> [Row] {
        let load = Caseload.overview(s.domain, today: s.today)
        return s.domain.caseworkers.values.map { Row(caseworker: $0, count: load[Caseworker.key($0.initials)] ?? CaseloadCount()) }
            .sorted {
                ($0.count.overdue, $0.count.participants) != ($1.count.overdue, $1.count.participants)
                    ? ($0.count.overdue, $0.count.participants) > ($1.count.overdue, $1.count.participants)
                    : $0.caseworker.initials < $1.caseworker.initials
            }
    }

    static func open(_ s: inout AppState) {
        s.stack.push(.caseload(CaseloadViewState(rows: rows(s))))
    }

    static func reduce(_ s: inout AppState, _ v: CaseloadViewState, _ action: Action) -> [Effect] {
        var v = v
        let rows = v.rows
        switch action {
        case .up: v.selected = max(0, v.selected - 1)
        case .down: v.selected = min(max(0, rows.count - 1), v.selected + 1)
        case .open:
            guard rows.indices.contains(v.selected) else { return [] }
            s.stack.pop()
            s.board.filter = .caseworker(rows[v.selected].caseworker.initials)
            s.board.refresh(s.domain, today: s.today, viewer: s.author)
            AppReducer.show(&s, .board)
            return []
        case .back:
            s.stack.pop()
            return []
        case .quit:
            return [.quit]
        default:
            return []
        }
        s.stack.replaceTop(.caseload(v))
        return []
    }

    static func draw(_ s: AppState, _ v: CaseloadViewState, into b: inout ScreenBuffer, _ area: Rect) {
        let w = s.lang.caseload
        let rows = v.rows
        let nameWidth = max(10, min(30, area.width - 40))
        func line(_ initials: String, _ name: String, _ org: String, _ n: String, _ late: String) -> String {
            DisplayWidth.fit(initials, to: 7) + DisplayWidth.fit(name, to: nameWidth + 1) + DisplayWidth.fit(org, to: 6)
                + n.leftPadded(11) + late.leftPadded(11)
        }
        b.put(" " + line("", w.columnCaseworker, w.columnOrganisation, w.columnParticipants, w.columnOverdue), in: area.row(0), style: .bold)
        let listRows = max(1, area.height - 4)
        let first = max(0, min(v.selected - listRows + 1, rows.count - listRows))
        for (i, r) in rows.enumerated() where i >= first && i < first + listRows {
            let text = " " + line(r.caseworker.initials, r.caseworker.name, r.caseworker.organisation.label,
                                  NumberText.integer(r.count.participants, s.lang), NumberText.integer(r.count.overdue, s.lang))
            b.put(text, in: area.row(1 + i - first), style: i == v.selected ? Style(reverse: true) : r.count.overdue > 0 ? .bold : .plain)
        }
        var y = area.y + area.height - 3
        for part in DisplayWidth.wrap(w.overviewNote, width: area.width - 2, indent: 0).prefix(3) {
            b.put(" " + part, at: Point(x: 0, y: y), style: .dim)
            y += 1
        }
    }
}
