import Glibc

/// JSON strings and syntax at the byte level: writing a string literal, reading one,
/// and checking that bytes are exactly one well-formed object. Shared by the journal
/// (its envelope) and the domain (event payloads).
public enum JSONText {
    /// Appends `value` as a JSON string literal. Control characters are escaped, so a
    /// record can never contain a raw newline or terminal escape.
    public static func appendString(_ value: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(UInt8(ascii: "\\")); out.append(byte)
            case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\")); out.append(byte)
            case 0x0A: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "r"))
            case 0x09: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "t"))
            case 0x00..<0x20, 0x7F:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: Array("\\u00".utf8))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Reads a JSON string literal starting at `bytes[start]` (the opening quote).
    /// Returns the decoded string and the index just past the closing quote.
    public static func readString(_ bytes: UnsafeRawBufferPointer, at start: Int) -> (String, Int)? {
        guard let end = endOfString(bytes, at: start), let value = value(ofCheckedLiteral: bytes, start..<end) else { return nil }
        return (value, end)
    }

    /// The value of the string literal at `literal` (quotes included), which `endOfString`
    /// has already found well-formed: without an escape it is its own bytes, made into a
    /// `String` without being walked again (most strings have no escape at all). Nil when
    /// an escape does not make UTF-8 (a lone surrogate).
    public static func value(ofCheckedLiteral bytes: UnsafeRawBufferPointer, _ literal: Range<Int>) -> String? {
        let inner = UnsafeRawBufferPointer(rebasing: bytes[(literal.lowerBound + 1)..<(literal.upperBound - 1)])
        if inner.isEmpty || memchr(inner.baseAddress!, Int32(UInt8(ascii: "\\")), inner.count) == nil {
            return string(inner)
        }
        return readEscapedString(bytes, at: literal.lowerBound)?.0
    }

    /// A `String` of bytes already checked to be UTF-8. Through the initialiser that is not
    /// generic: `String(decoding:as:)` over raw bytes asked the runtime on every call
    /// whether they conform to one of the standard library's protocols — a conformance
    /// lookup for every string of every record, 2 % of a replay's instructions.
    public static func string(_ bytes: UnsafeRawBufferPointer) -> String {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return "" }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            UnsafeMutableRawPointer(out.baseAddress!).copyMemory(from: base, byteCount: bytes.count)
            return bytes.count
        }
    }

    private static func readEscapedString(_ bytes: UnsafeRawBufferPointer, at start: Int) -> (String, Int)? {
        var out: [UInt8] = []
        var i = start + 1
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") {
                guard let s = String(validating: out, as: UTF8.self) else { return nil }
                return (s, i + 1)
            }
            if c < 0x20 { return nil }
            if c != UInt8(ascii: "\\") { out.append(c); i += 1; continue }
            guard i + 1 < bytes.count else { return nil }
            let e = bytes[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard var scalar = hex4(bytes, at: i) else { return nil }
                i += 4
                if (0xD800..<0xDC00).contains(scalar) {
                    guard i + 6 <= bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u"),
                          let low = hex4(bytes, at: i + 2), (0xDC00..<0xE000).contains(low) else { return nil }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                guard let u = Unicode.Scalar(scalar) else { return nil }
                out.append(contentsOf: Array(String(Character(u)).utf8))
            default: return nil
            }
        }
        return nil
    }

    private static func hex4(_ bytes: UnsafeRawBufferPointer, at i: Int) -> UInt32? {
        guard i + 4 <= bytes.count else { return nil }
        var v: UInt32 = 0
        for k in i..<(i + 4) {
            let c = bytes[k]
            let d: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = c - UInt8(ascii: "A") + 10
            default: return nil
            }
            v = v << 4 | UInt32(d)
        }
        return v
    }

    /// True when `bytes` is exactly one JSON object (RFC 8259), with no newline outside
    /// strings and no raw control characters anywhere.
    public static func isObject(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var v = Validator(bytes: bytes)
        guard v.peek() == UInt8(ascii: "{"), v.value(depth: 0) else { return false }
        return v.i == bytes.count
    }
}

/// A recursive-descent JSON syntax checker that allocates nothing.
private struct Validator {
    let bytes: UnsafeRawBufferPointer
    var i = 0
    static let maxDepth = 64

    @inline(__always) func peek() -> UInt8? { i < bytes.count ? bytes[i] : nil }

    /// Inlined: called around every value, and our writer never puts a space there.
    @inline(__always) mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
    }

    mutating func literal(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        let p = word.utf8Start
        for k in 0..<n where bytes[i + k] != p[k] { return false }
        i += n
        return true
    }

    mutating func value(depth: Int) -> Bool {
        guard depth < Validator.maxDepth else { return false }
        skipSpace()
        guard let c = peek() else { return false }
        let ok: Bool
        switch c {
        case UInt8(ascii: "{"): ok = object(depth: depth)
        case UInt8(ascii: "["): ok = array(depth: depth)
        case UInt8(ascii: "\""): ok = string()
        case UInt8(ascii: "t"): ok = literal("true")
        case UInt8(ascii: "f"): ok = literal("false")
        case UInt8(ascii: "n"): ok = literal("null")
        default: ok = number()
        }
        skipSpace()
        return ok
    }

    mutating func object(depth: Int) -> Bool {
        i += 1
        skipSpace()
        if peek() == UInt8(ascii: "}") { i += 1; return true }
        while true {
            skipSpace()
            guard string() else { return false }
            skipSpace()
            guard peek() == UInt8(ascii: ":") else { return false }
            i += 1
            guard value(depth: depth + 1) else { return false }
            switch peek() {
            case UInt8(ascii: ","): i += 1
            case UInt8(ascii: "}"): i += 1; return true
            default: return false
            }
        }
    }

    mutating func array(depth: Int) -> Bool {
        i += 1
        skipSpace()
        if peek() == UInt8(ascii: "]") { i += 1; return true }
        while true {
            guard value(depth: depth + 1) else { return false }
            switch peek() {
            case UInt8(ascii: ","): i += 1
            case UInt8(ascii: "]"): i += 1; return true
            default: return false
            }
        }
    }

    mutating func string() -> Bool {
        guard let end = JSONText.endOfString(bytes, at: i) else { return false }
        i = end
        return true
    }

    mutating func number() -> Bool {
        if peek() == UInt8(ascii: "-") { i += 1 }
        guard let first = peek(), first.isDigit else { return false }
        i += 1
        if first != UInt8(ascii: "0") { while let c = peek(), c.isDigit { i += 1 } }
        if peek() == UInt8(ascii: ".") {
            i += 1
            guard let c = peek(), c.isDigit else { return false }
            while let c = peek(), c.isDigit { i += 1 }
        }
        if let e = peek(), e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            i += 1
            if let s = peek(), s == UInt8(ascii: "+") || s == UInt8(ascii: "-") { i += 1 }
            guard let c = peek(), c.isDigit else { return false }
            while let c = peek(), c.isDigit { i += 1 }
        }
        return true
    }
}

private extension UInt8 {
    var isDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
}
