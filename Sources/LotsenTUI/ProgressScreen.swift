import LotsenText
import TerminalCore

/// Long work before the screens can show anything (the first open of a large journal
/// without a snapshot): what is being done, a bar, and about how long is left.
public enum ProgressScreen {
    public static func render(size: Size, lang: Language, _ work: ProgressWords.Work, _ p: WorkProgress) -> ScreenBuffer {
        var b = ScreenBuffer(size: size)
        let width = size.width
        b.put(" Lotsen", in: Rect(x: 0, y: 0, width: width, height: 1), style: Style(bold: true, reverse: true))
        let inner = max(10, min(width - 4, 60))
        let x = max(0, (width - inner) / 2)
        var y = max(1, size.height / 2 - 2)
        for line in DisplayWidth.wrap(lang.progress.doing(work), width: inner, indent: 0) {
            b.put(line, at: Point(x: x, y: y), style: .bold, maxX: x + inner)
            y += 1
        }
        y += 1
        let percent = " \(p.percent) %"
        b.put(p.bar(width: inner - DisplayWidth.of(percent)) + percent, at: Point(x: x, y: y), maxX: x + inner)
        let left = lang.progress.left(p.secondsLeft)
        if !left.isEmpty { b.put(left, at: Point(x: x, y: y + 1), style: .dim, maxX: x + inner) }
        return b
    }
}
