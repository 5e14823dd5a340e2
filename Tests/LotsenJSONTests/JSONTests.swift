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
        #expect(pairs.map(\.0) == ["b", "a", "n"])
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
