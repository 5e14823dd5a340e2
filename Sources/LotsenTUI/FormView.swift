import LotsenCore
import LotsenText
import TerminalCore

/// A form of a few labelled one-line fields.
enum FormView {
    static func draw(_ s: AppState, _ f: FormState, into b: inout ScreenBuffer, _ area: Rect) -> Point? {
        b.put(" " + f.title, in: area.row(0), style: .bold)
        let labels = f.fields.map { ($0.field == f.errorField ? "! " : "") + s.lang.domain.field($0.field).capitalizedFirst + ":" }
        let labelWidth = min(28, (labels.map { DisplayWidth.of($0) }.max() ?? 0) + 1)
        var cursor: Point?
        // A blank line between fields while they fit; a long form (a person's details)
        // closes up, and scrolls so that the field being filled in is always on screen.
        let room = area.height - 3
        let spacing = f.fields.count * 2 <= room ? 2 : 1
        let fits = max(1, room / spacing)
        let first = max(0, min(f.focus - fits + 1, f.fields.count - fits))
        for (i, entry) in f.fields.enumerated() where i >= first && i < first + fits {
            let y = area.y + 2 + (i - first) * spacing
            let style: Style = entry.field == f.errorField ? Style(bold: true, foreground: .red) : i == f.focus ? .bold : .plain
            b.put(labels[i], at: Point(x: 2, y: y), style: style, maxX: 2 + labelWidth)
            let x = 3 + labelWidth
            let shown = entry.text.replacingNewlines
            let width = area.maxX - x - 1
            // Long values scroll so the end (where typing happens) stays visible.
            let visible = DisplayWidth.of(shown) > width ? "…" + String(shown.suffix(width - 1)) : shown
            let end = b.put(visible, at: Point(x: x, y: y), style: .underline, maxX: area.maxX - 1)
            b.put(String(repeating: " ", count: max(0, width - (end - x))), at: Point(x: end, y: y), style: .underline, maxX: area.maxX - 1)
            if i == f.focus && !f.saving { cursor = Point(x: end, y: y) }
        }
        // A date to look at is not something saved: say what it shows, and how to leave it.
        if f.purpose == .asOf {
            for (i, line) in DisplayWidth.wrap(s.lang.past.formHint, width: area.width - 4, indent: 0).enumerated() {
                b.put(line, in: Rect(x: 2, y: area.y + 4 + i, width: area.width - 4, height: 1), style: .dim)
            }
            b.put(" " + s.lang.past.formFooter, in: area.row(area.height - 1), style: .dim)
            return cursor
        }
        b.put(" " + s.lang.tui.text(.fieldRequiredHint), in: area.row(area.height - 1), style: .dim)
        return cursor
    }
}

/// The yes/no question, over whatever asked it.
enum ConfirmView {
    static func draw(_ s: AppState, _ c: ConfirmState, into b: inout ScreenBuffer, _ area: Rect) {
        let width = min(area.width - 4, max(40, DisplayWidth.of(c.question) + 4))
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + area.height / 2 - 2, width: width, height: 3)
        b.fill(box, style: .reverse)
        b.put(" " + s.lang.tui.text(.confirmTitle), in: box.row(0), style: Style(bold: true, reverse: true))
        b.put("  " + c.question, in: box.row(1), style: Style(bold: true, reverse: true))
    }
}
