import Testing
import LotsenJSON

/// `JSONNode` must refuse exactly what the reader before it (`ReferenceParser`) refused,
/// and read the same values: event payloads went from one to the other, and a payload read
/// differently would fold into a different state.
@Suite("JSON read in place")
struct JSONNodeTests {
    static let sample = #"{"s":"Åsa \"Ö\"","n":-2.5e2,"b":true,"t":null,"a":["x",{"s":"y"},12],"e":"\u00e5\n","i":42}"#

    /// What both readers say about `text`: nil when refused, else each sample key's value
    /// as text (absent keys included), so that any difference shows in the comparison.
    static func viaValue(_ text: [UInt8]) -> [String]? {
        guard let v = ReferenceParser.parse(text) else { return nil }
        return ["s", "n", "b", "t", "a", "e", "i", "x"].map { key in
            guard let m = v[key] else { return "absent" }
            let items = m.array.map { a in a.map { $0.string ?? $0["s"]?.string ?? $0.int.map(String.init) ?? "?" } }
            return "\(m.string ?? "-") \(m.int.map(String.init) ?? "-") \(m.double.map { "\($0)" } ?? "-") "
                + "\(m.bool.map { "\($0)" } ?? "-") \(m.isNull) \(items ?? ["-"])"
        }
    }

    /// What `body` makes of the node `text` holds; nil when it is refused.
    static func read<R>(_ text: [UInt8], _ body: (JSONNode) -> R) -> R? {
        var result: R?
        let parsed = text.withUnsafeBytes { bytes in JSONNode.withParsed(bytes) { result = body($0) } }
        #expect(parsed == (result != nil))
        return result
    }

    static func viaNode(_ text: [UInt8]) -> [String]? {
        read(text) { v -> [String] in
                func describe(_ m: JSONNode?) -> String {
                    guard let m else { return "absent" }
                    let items = m.array.map { a in a.map { $0.string ?? $0["s"]?.string ?? $0.int.map(String.init) ?? "?" } }
                    return "\(m.string ?? "-") \(m.int.map(String.init) ?? "-") \(m.double.map { "\($0)" } ?? "-") "
                        + "\(m.bool.map { "\($0)" } ?? "-") \(m.isNull) \(items ?? ["-"])"
                }
                return [describe(v["s"]), describe(v["n"]), describe(v["b"]), describe(v["t"]), describe(v["a"]),
                        describe(v["e"]), describe(v["i"]), describe(v["x"])]
        }
    }

    @Test("values read in place are the values of the parsed tree")
    func values() throws {
        let text = Array(Self.sample.utf8)
        let node = try #require(Self.viaNode(text))
        #expect(node == Self.viaValue(text))
        #expect(node[0].hasPrefix("Åsa \"Ö\" "))
        #expect(node[6].hasPrefix("- 42 42.0"))
        #expect(node[7] == "absent")
    }

    @Test("every byte of a payload changed or cut: both readers refuse or accept it alike, with the same values")
    func mutations() {
        let text = Array(Self.sample.utf8)
        let replacements: [UInt8?] = [nil, 0x22, 0x5C, 0x2C, 0x3A, 0x7B, 0x7D, 0x5B, 0x5D, 0x20, 0x0A, 0x01, 0x30, 0x2D,
                                      0x65, 0x75, 0x80, 0xC3, 0xFF]
        var disagreements: [String] = []
        var refused = 0
        for i in text.indices {
            for r in replacements {
                var t = text
                if let r { t[i] = r } else { t.remove(at: i) }
                let (a, b) = (Self.viaValue(t), Self.viaNode(t))
                if a == nil { refused += 1 }
                if a != b { disagreements.append("byte \(i) → \(r.map(String.init) ?? "cut"): \(String(describing: a)) vs \(String(describing: b))") }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
        // The mutations must exercise both sides, or agreement says nothing.
        #expect(refused > 500 && refused < text.count * replacements.count - 100)
    }

    @Test("what the parsed tree refuses is refused", arguments: [
        "{", #"{"a"}"#, "[1,]", "01", #""\ud83d""#, "nul", "{} x", #"{"a":"\ud800x"}"#, "", " ", "-", "1.", "1e",
        #"{"a":1,}"#, #"{,"a":1}"#, "[", "]", #"{"a" 1}"#,
    ])
    func refuse(_ text: String) {
        #expect(Self.viaValue(Array(text.utf8)) == nil)
        #expect(Self.viaNode(Array(text.utf8)) == nil)
    }

    @Test("an escaped key is found by its value; an escaped string has no plain bytes")
    func escapes() throws {
        let text = Array(#"{"\u0069":7,"s":"a\tb","p":"plain"}"#.utf8)
        let read = Self.read(text) { o in (o["i"]?.int, o["s"]?.string, o["s"]?.plainString == nil, o["p"]?.plainString.map(Array.init)) }
        let (i, s, noPlain, plain) = try #require(read)
        #expect(i == 7)
        #expect(s == "a\tb")
        #expect(noPlain)
        #expect(plain == Array("plain".utf8))
    }

    @Test("nesting is refused past the tree's depth limit, at the same depth", arguments: [62, 63, 64, 65, 66])
    func depth(_ n: Int) {
        let text = Array((String(repeating: "[", count: n) + String(repeating: "]", count: n)).utf8)
        #expect((Self.viaNode(text) == nil) == (ReferenceParser.parse(text) == nil))
    }

    @Test("texts past the first tape are read on a larger one: many one-digit numbers, many empty keys, deep nesting")
    func dense() {
        let numbers = Array(("[" + Array(repeating: "1", count: 20_000).joined(separator: ",") + "]").utf8)
        #expect(Self.read(numbers) { $0.array?.count } == 20_000)
        // Around the first tape's 64 entries: the array's own entry and one per element.
        for n in 61...66 {
            let text = Array(("[" + Array(repeating: "1", count: n).joined(separator: ",") + "]").utf8)
            #expect(Self.read(text) { $0.array?.count } == n)
            #expect(Self.read(Array((String(decoding: text, as: UTF8.self) + ",").utf8)) { _ in true } == nil)
        }
        let keys = Array(("{" + Array(repeating: #""":1"#, count: 5_000).joined(separator: ",") + "}").utf8)
        #expect(Self.read(keys) { $0[""]?.int } == 1)
        let nested = Array((String(repeating: "[", count: 63) + String(repeating: "]", count: 63)).utf8)
        #expect(Self.read(nested) { $0.array?.count } == 1)
    }
}

// MARK: The oracle

/// The recursive-descent reader `JSONValue.parse` was before it went through `JSONNode`,
/// kept here as the tests' oracle: `JSONNode` must refuse and read exactly what it did.
extension ReferenceParser {
    static func parse(_ text: [UInt8]) -> JSONValue? {
        text.withUnsafeBytes { bytes in
            var p = ReferenceParser(bytes: bytes)
            guard let v = p.value(depth: 0) else { return nil }
            p.skipSpace()
            return p.i == bytes.count ? v : nil
        }
    }
}

private struct ReferenceParser {
    let bytes: UnsafeRawBufferPointer
    var i = 0

    mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
    }

    mutating func value(depth: Int) -> JSONValue? {
        guard depth < 64 else { return nil }
        skipSpace()
        guard i < bytes.count else { return nil }
        switch bytes[i] {
        case UInt8(ascii: "{"):
            i += 1
            var pairs: [JSONValue.Member] = []
            // Room for an event payload's handful of keys at once: growing 1, 2, 4, 8
            // was three allocations an object.
            pairs.reserveCapacity(8)
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(pairs) }
            while true {
                skipSpace()
                guard let (key, next) = JSONText.readString(bytes, at: i) else { return nil }
                i = next
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
                i += 1
                guard let v = value(depth: depth + 1) else { return nil }
                pairs.append(JSONValue.Member(key, v))
                skipSpace()
                guard i < bytes.count else { return nil }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(pairs) }
                return nil
            }
        case UInt8(ascii: "["):
            i += 1
            var items: [JSONValue] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            while true {
                guard let v = value(depth: depth + 1) else { return nil }
                items.append(v)
                skipSpace()
                guard i < bytes.count else { return nil }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                return nil
            }
        case UInt8(ascii: "\""):
            guard let (s, next) = JSONText.readString(bytes, at: i) else { return nil }
            i = next
            return .string(s)
        case UInt8(ascii: "t"): return literal("true", .bool(true))
        case UInt8(ascii: "f"): return literal("false", .bool(false))
        case UInt8(ascii: "n"): return literal("null", .null)
        default: return number()
        }
    }

    mutating func literal(_ word: StaticString, _ v: JSONValue) -> JSONValue? {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { return nil }
        for k in 0..<n where bytes[i + k] != word.utf8Start[k] { return nil }
        i += n
        return v
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, as far as it matches: what
    /// follows is the caller's to refuse ("01" is the number 0 and then a stray digit).
    mutating func number() -> JSONValue? {
        let start = i
        func at(_ k: Int) -> UInt8? { k < bytes.count ? bytes[k] : nil }
        func isDigit(_ c: UInt8?) -> Bool { c.map { (48...57).contains($0) } ?? false }
        var j = i
        if at(j) == UInt8(ascii: "-") { j += 1 }
        if at(j) == UInt8(ascii: "0") {
            j += 1
        } else if let c = at(j), (49...57).contains(c) {
            while isDigit(at(j)) { j += 1 }
        } else {
            return nil
        }
        if at(j) == UInt8(ascii: ".") {
            j += 1
            guard isDigit(at(j)) else { return nil }
            while isDigit(at(j)) { j += 1 }
        }
        if at(j) == UInt8(ascii: "e") || at(j) == UInt8(ascii: "E") {
            j += 1
            if at(j) == UInt8(ascii: "+") || at(j) == UInt8(ascii: "-") { j += 1 }
            guard isDigit(at(j)) else { return nil }
            while isDigit(at(j)) { j += 1 }
        }
        i = j
        return .number(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<j]), as: UTF8.self))
    }
}
