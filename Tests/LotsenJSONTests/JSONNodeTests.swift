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
