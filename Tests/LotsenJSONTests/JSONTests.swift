import Testing
import LotsenJSON

@Suite("JSON")
struct JSONTests {
    @Test("the syntax check accepts exactly one object, on one line", arguments: [
        (#"{}"#, true), (#"{"a":[1,-0.5,1e-3,"\u00e5",{"b":null}]}"#, true), (#"{"a":"x\"y"}"#, true),
        (#"{"a":1,}"#, false), (#"{"a":01}"#, false), (#"{"a":"\x"}"#, false), ("{\"a\":\"\n\"}", false),
        (#"{"a":1}{"#, false), (#"[1]"#, false), (#"{"a":tru}"#, false), ("{\n}", false),
    ])
    func syntax(_ text: String, _ valid: Bool) {
        #expect(Array(text.utf8).withUnsafeBytes { JSONText.isObject($0) } == valid)
    }

    @Test("values parse with order, escapes and surrogate pairs kept")
    func parse() throws {
        let v = try #require(JSONValue.parse(#"{"b":1,"a":[true,null,"\ud83d\ude00 å\n"],"n":-2.5e2}"#))
        guard case .object(let pairs) = v else { Issue.record("not an object"); return }
        #expect(pairs.map(\.key) == ["b", "a", "n"])
        #expect(v["b"]?.int == 1)
        #expect(v["a"]?.array?[2].string == "😀 å\n")
        #expect(v["n"]?.double == -250)
        #expect(v["missing"] == nil)
    }

    @Test("malformed values are refused", arguments: ["{", #"{"a"}"#, "[1,]", "01", #""\ud83d""#, "nul", "{} x"])
    func refuse(_ text: String) {
        #expect(JSONValue.parse(text) == nil)
    }

    @Test("the writer keeps the caller's order, leaves out absent values, and round-trips")
    func writer() throws {
        var w = JSONObjectWriter()
        w.field("name", "Åsa \"Ö\"\u{1B}")
        w.field("age", 19)
        w.field("skip", nil as String?)
        w.field("ok", true)
        w.field("orgs", ["AF", "AME"])
        w.object("inner") { $0.field("x", 1) }
        w.objects("list", [1, 2]) { n, o in o.field("n", n) }
        let text = String(decoding: w.finished(), as: UTF8.self)
        #expect(text == #"{"name":"Åsa \"Ö\"\u001b","age":19,"ok":true,"orgs":["AF","AME"],"inner":{"x":1},"list":[{"n":1},{"n":2}]}"#)
        let back = try #require(JSONValue.parse(text))
        #expect(back["name"]?.string == "Åsa \"Ö\"\u{1B}")
    }
}

@Suite("JSON strings checked eight bytes at a time")
struct StringScanTests {
    /// Byte strings around every edge the word-at-a-time scan has: a special byte at each
    /// position of a word, multi-byte characters across word ends, and invalid UTF-8.
    static let samples: [[UInt8]] = {
        var out: [[UInt8]] = [[], Array("åäö".utf8), Array("😀 mitt i en mening".utf8)]
        // Past two 16-byte steps and an 8-byte one, so the special byte falls in each
        // of them and on their edges.
        for position in 0..<41 {
            for special: [UInt8] in [[0x22], [0x5C, 0x6E], [0x5C, 0x75, 0x30, 0x30, 0x65, 0x35], [0x1F], [0x7F], [0xC3, 0xA5],
                                     [0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82, 0xAC], [0x5C, 0x78]] {
                out.append(Array(repeating: UInt8(ascii: "a"), count: position) + special + Array("bcdefghij".utf8))
            }
        }
        // Deterministic noise: a linear congruential generator, no clock.
        var seed: UInt64 = 42
        for length in 0..<200 {
            var bytes: [UInt8] = []
            for _ in 0..<(length % 40) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                bytes.append(UInt8(truncatingIfNeeded: seed >> 33) | (length % 3 == 0 ? 0x80 : 0))
            }
            out.append(bytes)
        }
        return out
    }()

    @Test("UTF-8 validity agrees with the standard library on every sample")
    func utf8() {
        for s in Self.samples {
            let ours = s.withUnsafeBytes { JSONText.isValidUTF8($0) }
            #expect(ours == (String(validating: s, as: UTF8.self) != nil), "\(s)")
        }
    }

    @Test("a string literal ends where a byte-by-byte reading says, or is refused with it")
    func literals() {
        for s in Self.samples {
            let literal = [UInt8(ascii: "\"")] + s + [UInt8(ascii: "\""), UInt8(ascii: ",")]
            let end = literal.withUnsafeBytes { JSONText.endOfString($0, at: 0) }
            #expect(end == Self.referenceEnd(literal), "\(s)")
            // Reading the value agrees with the standard library where there are no escapes,
            // and refuses exactly what the scan refuses (it checks the encoding only once).
            if !s.contains(0x5C) {
                let read = literal.withUnsafeBytes { JSONText.readString($0, at: 0) }
                #expect(read?.1 == end, "\(s)")
                if let end { #expect(read?.0 == String(validating: literal[1..<(end - 1)], as: UTF8.self)) }
            }
        }
    }

    /// The rules written out plainly, one byte at a time.
    static func referenceEnd(_ b: [UInt8]) -> Int? {
        var i = 1
        while i < b.count {
            switch b[i] {
            case 0x22: return String(validating: b[1..<i], as: UTF8.self) == nil ? nil : i + 1
            case 0x5C:
                guard i + 1 < b.count else { return nil }
                if Array(#""\/bfnrt"#.utf8).contains(b[i + 1]) { i += 2; continue }
                guard b[i + 1] == UInt8(ascii: "u"), i + 6 <= b.count,
                      b[(i + 2)..<(i + 6)].allSatisfy({ UInt8(ascii: "0")...UInt8(ascii: "9") ~= $0 || UInt8(ascii: "a")...UInt8(ascii: "f") ~= $0 || UInt8(ascii: "A")...UInt8(ascii: "F") ~= $0 })
                else { return nil }
                i += 6
            case 0..<0x20: return nil
            default: i += 1
            }
        }
        return nil
    }
}
