import LotsenCore
import LotsenText
import TerminalCore

/// Platser: the placement bank, and one workplace with who is placed there.
enum PlacesView {
    static func draw(_ s: AppState, into b: inout ScreenBuffer, _ area: Rect) {
        let l = s.lang.programme
        let all = s.domain.workplaceList
        let free = all.reduce(0) { $0 + s.domain.freePlaces($1.id) }
        b.put(" \(l.label(.workplaces).capitalizedFirst): \(all.count) · \(l.label(.free)): \(free)", in: area.row(0), style: .dim)
        let nameWidth = max(14, (area.width - 2 - 14 - 8 - 8 - 3) / 2)
        func columns(_ y: Int) -> [Rect] {
            var x = area.x + 1
            return [nameWidth, 14, 8, 8, area.maxX - x - nameWidth - 14 - 16 - 4].map { w in
                defer { x += w + 1 }
                return Rect(x: x, y: y, width: max(1, w), height: 1)
            }
        }
        let hs = Style(bold: true, underline: true)
        let heads = [s.lang.domain.label(.name), l.label(.sector), l.label(.capacity), l.label(.free), l.label(.placedNow)]
        for (r, h) in zip(columns(area.y + 1), heads) { b.put(h.capitalizedFirst, in: r, style: hs) }
        if all.isEmpty { b.put(" " + s.lang.tui.text(.noWorkplaces), in: area.row(3), style: .dim) }
        let rows = area.height - 2
        let first = max(0, min(s.places.selected - rows + 1, all.count - rows))
        for (i, w) in all.enumerated().dropFirst(max(0, first)).prefix(rows) {
            let y = area.y + 2 + i - max(0, first)
            let placed = (s.domain.placed[w.id] ?? []).compactMap { s.domain.participant($0)?.profile.fullName }.sorted(by: SwedishOrder.precedes)
            let cells = [w.name, w.sector, String(w.capacity), String(s.domain.freePlaces(w.id)), placed.joined(separator: ", ")]
            for (r, text) in zip(columns(y), cells) { b.put(text, in: r, style: s.domain.freePlaces(w.id) == 0 ? .dim : .plain) }
            if i == s.places.selected { b.restyle(area.row(y - area.y)) { $0.reverse = true } }
        }
    }

    static func drawWorkplace(_ s: AppState, _ id: Int, into b: inout ScreenBuffer, _ area: Rect) {
        guard let w = s.domain.workplaces[id] else { return }
        let l = s.lang.programme
        var y = area.y
        func line(_ text: String, _ style: Style = .plain) {
            guard y < area.maxY else { return }
            b.put(" " + text, in: area.row(y - area.y), style: style)
            y += 1
        }
        line("\(w.name) · \(w.sector)", .bold)
        if let a = w.address { line("\(l.label(.address).capitalizedFirst): \(a)") }
        let contact = [w.contact, w.phone].compactMap { $0 }.joined(separator: ", ")
        if !contact.isEmpty { line("\(l.label(.contact).capitalizedFirst): \(contact)") }
        line("\(l.label(.capacity).capitalizedFirst): \(w.capacity) · \(l.label(.free)): \(s.domain.freePlaces(id))")
        if let n = w.notes { line("\(l.label(.notes).capitalizedFirst): \(n.replacingNewlines)") }
        y += 1
        line("\(l.label(.placedNow).capitalizedFirst)", .bold)
        let placed = (s.domain.placed[id] ?? []).compactMap { s.domain.participant($0) }.sorted(by: SwedishOrder.byName)
        if placed.isEmpty { line(l.label(.nobodyPlaced), .dim) }
        for p in placed {
            let pl = p.currentPeriod.programme.placement
            line("  \(p.profile.fullName)  \(l.label(.since)) \(pl?.from.iso ?? "")" + (pl?.plannedEnd.map { " · \(l.label(.plannedEnd)) \($0.iso)" } ?? ""))
        }
    }
}
