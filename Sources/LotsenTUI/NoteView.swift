import LotsenCore
import LotsenText
import TerminalCore

/// One note, whole: who wrote it and when, what it corrects, and its text wrapped to the
/// screen's width, every line of it.
enum NoteView {
    static func lines(_ s: AppState, _ v: NoteViewState, width: Int) -> [String] {
        guard let p = s.seen(v.id)?.participant, let n = p.currentNotes.first(where: { $0.id == v.note }) else { return [] }
        return n.text.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { DisplayWidth.wrap(String($0), width: width, indent: 0) }
    }

    /// The furthest the text scrolls: its last line at the bottom.
    static func lastScroll(_ s: AppState, _ v: NoteViewState) -> Int {
        max(0, lines(s, v, width: s.size.width - 2).count - (s.size.height - 6))
    }

    static func draw(_ s: AppState, _ v: NoteViewState, into b: inout ScreenBuffer, _ area: Rect) {
        guard let p = s.seen(v.id)?.participant, let n = p.currentNotes.first(where: { $0.id == v.note }) else { return }
        let d = s.lang.domain
        let corrected = n.corrects != nil ? " (\(d.label(.corrected)))" : ""
        let author = s.domain.caseworker(n.stamp.author).map { "\(n.stamp.author) \($0.name)" } ?? n.stamp.author
        b.put(" [\(n.id)] \(s.dayOf(n.stamp.time).iso) · \(d.noteKind(n.kind)) · \(author)\(corrected)", in: area.row(0), style: .bold)
        let text = lines(s, v, width: area.width - 2)
        let rows = area.height - 2
        for (i, line) in text.dropFirst(v.scroll).prefix(rows).enumerated() {
            b.put(" " + line, in: area.row(2 + i))
        }
        if v.scroll + rows < text.count {
            b.put(" ↓ \(s.lang.tui.text(.moreBelow))", in: area.row(area.height - 1), style: .dim)
        }
    }
}
