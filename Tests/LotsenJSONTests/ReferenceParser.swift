import Glibc
import LotsenJSON

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

struct ReferenceParser {
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
