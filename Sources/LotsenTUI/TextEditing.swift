import TerminalCore

/// The text of a note being written, and where the cursor is: a list of lines of
/// characters (grapheme clusters), so åäö and emoji move as one.
public struct TextEditing: Equatable, Sendable {
    public private(set) var lines: [[Character]] = [[]]
    public private(set) var row = 0
    public private(set) var column = 0

    public init(_ text: String = "") {
        if !text.isEmpty { insert(text) }
    }

    public var text: String { lines.map { String($0) }.joined(separator: "\n") }
    public var isEmpty: Bool { lines.count == 1 && lines[0].isEmpty }

    /// Inserts typed or pasted text; `\r\n` and `\r` become line breaks, other control
    /// characters are dropped, tabs become spaces.
    public mutating func insert(_ text: String) {
        var previousCR = false
        for c in text {
            defer { previousCR = c == "\r" }
            switch c {
            case "\r\n", "\r": newline()
            case "\n": if !previousCR { newline() }
            case "\t": insertCharacter(" ")
            default:
                if c.unicodeScalars.allSatisfy({ $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) }) { insertCharacter(c) }
            }
        }
    }

    private mutating func insertCharacter(_ c: Character) {
        lines[row].insert(c, at: column)
        column += 1
    }

    public mutating func newline() {
        let rest = Array(lines[row][column...])
        lines[row].removeSubrange(column...)
        lines.insert(rest, at: row + 1)
        row += 1
        column = 0
    }

    public mutating func backspace() {
        if column > 0 {
            lines[row].remove(at: column - 1)
            column -= 1
        } else if row > 0 {
            column = lines[row - 1].count
            lines[row - 1] += lines[row]
            lines.remove(at: row)
            row -= 1
        }
    }

    public mutating func delete() {
        if column < lines[row].count { lines[row].remove(at: column) }
        else if row + 1 < lines.count { lines[row] += lines[row + 1]; lines.remove(at: row + 1) }
    }

    public mutating func left() {
        if column > 0 { column -= 1 } else if row > 0 { row -= 1; column = lines[row].count }
    }

    public mutating func right() {
        if column < lines[row].count { column += 1 } else if row + 1 < lines.count { row += 1; column = 0 }
    }

    public mutating func up() { if row > 0 { row -= 1; column = min(column, lines[row].count) } }
    public mutating func down() { if row + 1 < lines.count { row += 1; column = min(column, lines[row].count) } }
    public mutating func home() { column = 0 }
    public mutating func end() { column = lines[row].count }

    /// To the start of the previous word (across lines).
    public mutating func wordLeft() {
        if column == 0 { left(); return }
        while column > 0 && lines[row][column - 1] == " " { column -= 1 }
        while column > 0 && lines[row][column - 1] != " " { column -= 1 }
    }

    /// To the end of the next word (across lines).
    public mutating func wordRight() {
        if column == lines[row].count { right(); return }
        while column < lines[row].count && lines[row][column] == " " { column += 1 }
        while column < lines[row].count && lines[row][column] != " " { column += 1 }
    }

    /// The text wrapped to `width` columns: (visual lines, cursor position in them).
    public func wrapped(width: Int) -> (lines: [String], cursor: Point) {
        var out: [String] = []
        var cursor = Point(x: 0, y: 0)
        for (r, line) in lines.enumerated() {
            var current = "", used = 0, index = 0
            if r == row && column == 0 { cursor = Point(x: 0, y: out.count) }
            for c in line {
                let w = DisplayWidth.of(c)
                if used + w > max(width - 1, 1) {
                    out.append(current)
                    current = ""
                    used = 0
                }
                current.append(c)
                used += w
                index += 1
                if r == row && index == column { cursor = Point(x: used, y: out.count) }
            }
            out.append(current)
        }
        return (out, cursor)
    }
}
