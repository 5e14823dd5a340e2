/// Writes one JSON object, key by key, in the order the caller gives: the same values
/// always give the same bytes. Absent optionals are left out rather than written as null.
public struct JSONObjectWriter {
    public private(set) var bytes: [UInt8] = [UInt8(ascii: "{")]
    private var first = true

    public init() {}

    private mutating func key(_ k: String) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        JSONText.appendString(k, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
    }

    public mutating func field(_ k: String, _ v: String?) {
        guard let v else { return }
        key(k)
        JSONText.appendString(v, to: &bytes)
    }

    public mutating func field(_ k: String, _ v: Int?) {
        guard let v else { return }
        key(k)
        bytes.append(contentsOf: String(v).utf8)
    }

    public mutating func field(_ k: String, _ v: Bool?) {
        guard let v else { return }
        key(k)
        bytes.append(contentsOf: (v ? "true" : "false").utf8)
    }

    public mutating func field(_ k: String, _ v: [String]?) {
        guard let v else { return }
        key(k)
        bytes.append(UInt8(ascii: "["))
        for (i, s) in v.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            JSONText.appendString(s, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// A nested object written by `body`.
    public mutating func object(_ k: String, _ body: (inout JSONObjectWriter) -> Void) {
        key(k)
        var inner = JSONObjectWriter()
        body(&inner)
        bytes.append(contentsOf: inner.finished())
    }

    /// An array of objects.
    public mutating func objects<T>(_ k: String, _ items: [T], _ body: (T, inout JSONObjectWriter) -> Void) {
        key(k)
        bytes.append(UInt8(ascii: "["))
        for (i, item) in items.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            var inner = JSONObjectWriter()
            body(item, &inner)
            bytes.append(contentsOf: inner.finished())
        }
        bytes.append(UInt8(ascii: "]"))
    }

    public func finished() -> [UInt8] { bytes + [UInt8(ascii: "}")] }
}
