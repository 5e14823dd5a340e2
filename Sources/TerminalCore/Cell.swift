/// The colours a cell may ask for. Colour is only ever an extra: every state a colour
/// shows is also shown by text or by bold/reverse/underline, so `NO_COLOR` and
/// monochrome terminals lose nothing.
public enum Color: UInt8, Sendable, CaseIterable {
    case black, red, green, yellow, blue, magenta, cyan, white
}

public struct Style: Hashable, Sendable, CustomStringConvertible {
    public var bold = false
    public var reverse = false
    public var underline = false
    public var dim = false
    public var foreground: Color?
    public var background: Color?

    public init(bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false,
                foreground: Color? = nil, background: Color? = nil) {
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
        self.foreground = foreground
        self.background = background
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let reverse = Style(reverse: true)
    public static let dim = Style(dim: true)
    public static let underline = Style(underline: true)

    public var description: String {
        var parts: [String] = []
        if bold { parts.append("bold") }
        if reverse { parts.append("reverse") }
        if underline { parts.append("underline") }
        if dim { parts.append("dim") }
        if let foreground { parts.append("fg:\(foreground)") }
        if let background { parts.append("bg:\(background)") }
        return parts.isEmpty ? "plain" : parts.joined(separator: ",")
    }
}

/// One terminal cell: a grapheme cluster and its style. The second cell of a wide
/// character is a continuation (`text` empty).
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String = " ", style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell()
    public var isContinuation: Bool { text.isEmpty }
}

public struct Point: Hashable, Sendable {
    public var x: Int, y: Int
    public init(x: Int, y: Int) { self.x = x; self.y = y }
}

public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var width: Int, height: Int
    public init(width: Int, height: Int) { self.width = width; self.height = height }
    public var description: String { "\(width)×\(height)" }
}

public struct Rect: Hashable, Sendable {
    public var x: Int, y: Int, width: Int, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x; self.y = y; self.width = max(0, width); self.height = max(0, height)
    }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }

    /// Row `i` of this rect, one line high.
    public func row(_ i: Int) -> Rect { Rect(x: x, y: y + i, width: width, height: 1) }
}
