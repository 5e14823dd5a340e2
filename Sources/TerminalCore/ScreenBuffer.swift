/// What the screen should show: a grid of cells that screens draw into and backends
/// copy to the terminal. Equatable with a readable description, so tests compare whole
/// screens and a failure prints the screen.
public struct ScreenBuffer: Equatable, Sendable, CustomStringConvertible {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: max(0, size.width * size.height))
    }

    /// A plain buffer from text rows (shorter rows are padded with spaces).
    public init(lines: [String], width: Int? = nil) {
        let w = width ?? lines.map { DisplayWidth.of($0) }.max() ?? 0
        self.init(size: Size(width: w, height: lines.count))
        for (y, line) in lines.enumerated() { put(line, at: Point(x: 0, y: y)) }
    }

    public var area: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set {
            guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
            let i = y * size.width + x
            // Overwriting half of a wide character blanks the other half: a terminal
            // cannot show half a glyph.
            if cells[i].isContinuation, !newValue.isContinuation, x > 0 { cells[i - 1].text = " " }
            if !newValue.isContinuation, x + 1 < size.width, cells[i + 1].isContinuation { cells[i + 1].text = " " }
            cells[i] = newValue
        }
    }

    /// Writes `text` from `at`, clipped at `maxX` (default: the right edge). Control
    /// characters are shown as `�`, so data can never move the cursor or change colours.
    /// Returns the column after the last one written.
    @discardableResult
    public mutating func put(_ text: String, at p: Point, style: Style = .plain, maxX: Int? = nil) -> Int {
        let limit = min(maxX ?? size.width, size.width)
        guard p.y >= 0, p.y < size.height else { return p.x }
        var x = p.x
        for c in text {
            var ch = c
            if c.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) { ch = "\u{FFFD}" }
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }
            if x + w > limit {
                // A wide character that does not fit leaves a blank, never half a glyph.
                if x < limit { self[x, p.y] = Cell(" ", style: style) }
                return limit
            }
            if x >= 0 {
                self[x, p.y] = Cell(String(ch), style: style)
                if w == 2 { self[x + 1, p.y] = Cell("", style: style) }
            }
            x += w
        }
        return x
    }

    /// Writes `text` into one row of `rect`, truncated with `…` and padded to its width.
    public mutating func put(_ text: String, in rect: Rect, style: Style = .plain) {
        put(DisplayWidth.fit(text, to: rect.width), at: Point(x: rect.x, y: rect.y), style: style, maxX: rect.maxX)
    }

    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        for y in rect.y..<min(rect.maxY, size.height) where y >= 0 {
            for x in rect.x..<min(rect.maxX, size.width) where x >= 0 { self[x, y] = Cell(" ", style: style) }
        }
    }

    /// Changes the style of cells already drawn (selection highlight).
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        for y in rect.y..<min(rect.maxY, size.height) where y >= 0 {
            for x in rect.x..<min(rect.maxX, size.width) where x >= 0 { change(&cells[y * size.width + x].style) }
        }
    }

    // MARK: Reading it back

    /// The text of row `y`, trailing spaces kept.
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<size.width { s += self[x, y].text }
        return s
    }

    public var lines: [String] { (0..<size.height).map(line) }

    /// Runs of non-plain style, row by row: `3: 0-79 reverse`.
    public var styleRuns: [String] {
        var out: [String] = []
        for y in 0..<size.height {
            var x = 0
            while x < size.width {
                let style = self[x, y].style
                var end = x
                while end + 1 < size.width && self[end + 1, y].style == style { end += 1 }
                if style != .plain { out.append("\(y): \(x)-\(end) \(style)") }
                x = end + 1
            }
        }
        return out
    }

    /// The golden form: the text grid between rulers, then the style runs.
    public var description: String {
        let rule = String(repeating: "─", count: size.width)
        let body = lines.map { "│" + $0 + "│" }.joined(separator: "\n")
        return "┌" + rule + "┐ \(size)\n" + body + "\n└" + rule + "┘\n" + styleRuns.joined(separator: "\n") + (styleRuns.isEmpty ? "" : "\n")
    }

    // MARK: Diff

    /// A run of changed cells in one row.
    public struct Change: Equatable, Sendable {
        public var at: Point
        public var cells: [Cell]
        public init(at: Point, cells: [Cell]) { self.at = at; self.cells = cells }
    }

    /// The cells that differ from `old`, in runs; everything when the sizes differ.
    public func changes(since old: ScreenBuffer?) -> [Change] {
        var out: [Change] = []
        let full = old?.size != size
        for y in 0..<size.height {
            var x = 0
            while x < size.width {
                let i = y * size.width + x
                if !full, let old, old.cells[i] == cells[i] { x += 1; continue }
                var run: [Cell] = []
                let start = x
                while x < size.width {
                    let j = y * size.width + x
                    if !full, let old, old.cells[j] == cells[j] { break }
                    run.append(cells[j])
                    x += 1
                }
                // Never start a run on the second half of a wide character, old or new.
                if start > 0, run.first?.isContinuation == true || old?[start, y].isContinuation == true {
                    out.append(Change(at: Point(x: start - 1, y: y), cells: [self[start - 1, y]] + run))
                } else {
                    out.append(Change(at: Point(x: start, y: y), cells: run))
                }
            }
        }
        return out
    }
}
