/// A parsed JSON value. Objects keep their keys in order and are searched linearly:
/// event payloads have a handful of keys, and this is faster than hashing them.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    /// The number as written; read it with `int` or `double`.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([Member])

    /// One key and its value, in the order the object wrote them. A struct, not a tuple:
    /// an array of tuples is let go of through the runtime's generic tuple code, element
    /// by element — every payload of a replay is a tree of these (2 % of its instructions).
    public struct Member: Equatable, Sendable {
        public var key: String
        public var value: JSONValue

        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.number(x), .number(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)): return x == y
        default: return false
        }
    }

    public subscript(key: String) -> JSONValue? {
        guard case .object(let pairs) = self else { return nil }
        // Lengths first: they are at hand for inline and native strings alike, and most
        // keys of a payload differ from the one asked for in length, so the comparison
        // (a call for every pair that differs) is made for few of them.
        let length = key.utf8.count
        for m in pairs where m.key.utf8.count == length && m.key == key { return m.value }
        return nil
    }

    public var string: String? { if case .string(let s) = self { return s } else { return nil } }
    public var bool: Bool? { if case .bool(let b) = self { return b } else { return nil } }
    public var int: Int? { if case .number(let n) = self { return Int(n) } else { return nil } }
    public var double: Double? { if case .number(let n) = self { return Double(n) } else { return nil } }
    public var array: [JSONValue]? { if case .array(let a) = self { return a } else { return nil } }
    public var isNull: Bool { self == .null }

    /// Parses exactly one JSON value; nil for anything else. Read through `JSONNode`, the
    /// same checks as an event payload's.
    public static func parse(_ bytes: UnsafeRawBufferPointer) -> JSONValue? {
        var tree: JSONValue?
        _ = JSONNode.withParsed(bytes) { tree = $0.tree }
        return tree
    }

    public static func parse(_ bytes: [UInt8]) -> JSONValue? { bytes.withUnsafeBytes { parse($0) } }
    public static func parse(_ text: String) -> JSONValue? { parse(Array(text.utf8)) }
}

extension JSONValue: Encodable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: Encoder) throws {
        switch self {
        case .null:
            var c = encoder.singleValueContainer()
            try c.encodeNil()
        case .bool(let b):
            var c = encoder.singleValueContainer()
            try c.encode(b)
        case .number(let n):
            var c = encoder.singleValueContainer()
            if let i = Int(n) { try c.encode(i) } else { try c.encode(Double(n) ?? 0) }
        case .string(let s):
            var c = encoder.singleValueContainer()
            try c.encode(s)
        case .array(let items):
            var c = encoder.unkeyedContainer()
            for item in items { try c.encode(item) }
        case .object(let pairs):
            var c = encoder.container(keyedBy: Key.self)
            for m in pairs { try c.encode(m.value, forKey: Key(stringValue: m.key)) }
        }
    }
}
