import Glibc

/// A JSON value read in place, for reading event payloads. The text is checked once (RFC
/// 8259, strings as `JSONText` reads them), and its structure laid out on a tape in stack
/// memory (one entry per value, each knowing where the value after it begins); a value
/// becomes a `String` or a number only when it is asked for, and keys never do.
///
/// A replay reads half a million payloads: building each as a `JSONValue` tree made a
/// `String` of every key and value, an array for every object, and let go of them all
/// again — a sixth of its instructions, most of it for keys that are only compared.
///
/// A node points into the bytes and the tape it came from: it is valid only inside the
/// body of `withParsed`, and must not be kept past it.
public struct JSONNode {
    fileprivate let bytes: UnsafeRawBufferPointer
    fileprivate let tape: UnsafePointer<TapeEntry>
    fileprivate let index: Int

    /// Calls `body` with the value that `bytes` holds, exactly one JSON value with space
    /// around it, and returns true; false for anything else, without calling `body`.
    ///
    /// Not generic in what `body` makes: a generic result was instantiated through the
    /// runtime's metadata on every call, from another module.
    public static func withParsed(_ bytes: UnsafeRawBufferPointer, _ body: (JSONNode) -> Void) -> Bool {
        guard bytes.count < Int(Int32.max), bytes.baseAddress != nil else { return false }
        // Each value takes at least two bytes with what separates it from the next (a key
        // three, and its value one more), and the last of a container is closed by one.
        let bound = bytes.count / 2 + 2
        // Nearly every payload fits in 64 entries, a kilobyte, which is always taken from
        // the stack; a larger tape may come from the heap, so it is tried only after.
        let first = read(bytes, capacity: min(bound, 64), body)
        return first == .full ? read(bytes, capacity: bound, body) == .read : first == .read
    }

    private enum Outcome { case read, refused, full }

    private static func read(_ bytes: UnsafeRawBufferPointer, capacity: Int, _ body: (JSONNode) -> Void) -> Outcome {
        withUnsafeTemporaryAllocation(of: TapeEntry.self, capacity: capacity) { tape -> Outcome in
            var builder = TapeBuilder(bytes: bytes, tape: tape.baseAddress!, capacity: capacity)
            let valid = builder.value(depth: 0)
            if builder.full { return .full }
            builder.skipSpace()
            guard valid, builder.i == bytes.count else { return .refused }
            body(JSONNode(bytes: bytes, tape: UnsafePointer(tape.baseAddress!), index: 0))
            return .read
        }
    }

    private var entry: TapeEntry { tape[index] }

    /// The value at entry `k` of the same tape.
    private func node(_ k: Int) -> JSONNode { JSONNode(bytes: bytes, tape: tape, index: k) }

    /// The value of the first member named `key` (plain ASCII, as every payload key is).
    public subscript(key: StaticString) -> JSONNode? {
        let e = entry
        guard e.kind == .object else { return nil }
        let length = key.utf8CodeUnitCount
        var k = index + 1
        while k < Int(e.next) {
            let name = tape[k]
            let start = Int(name.start) + 1, count = Int(name.end) - Int(name.start) - 2
            if count == length, memcmp(bytes.baseAddress! + start, key.utf8Start, length) == 0 {
                return node(k + 1)
            }
            if name.kind == .escapedString, JSONText.value(ofCheckedLiteral: bytes, Int(name.start)..<Int(name.end))
                == key.description {
                return node(k + 1)
            }
            k = Int(tape[k + 1].next)
        }
        return nil
    }

    /// A string value's text; nil for any other value.
    public var string: String? {
        let e = entry
        switch e.kind {
        case .string: return plainString.map(JSONText.string)
        case .escapedString: return JSONText.value(ofCheckedLiteral: bytes, Int(e.start)..<Int(e.end))
        default: return nil
        }
    }

    /// A string value's UTF-8 bytes where they lie, when it has no escape (nearly every
    /// string a payload holds): for reading a date or a code without making a `String`.
    public var plainString: UnsafeRawBufferPointer? {
        let e = entry
        guard e.kind == .string else { return nil }
        return UnsafeRawBufferPointer(rebasing: bytes[(Int(e.start) + 1)..<(Int(e.end) - 1)])
    }

    /// A number as `JSONValue.int` reads it: nil unless it is written as an integer.
    public var int: Int? { entry.kind == .number ? Int(text) : nil }
    public var double: Double? { entry.kind == .number ? Double(text) : nil }

    public var bool: Bool? {
        switch entry.kind {
        case .true: return true
        case .false: return false
        default: return nil
        }
    }

    public var isNull: Bool { entry.kind == .null }

    /// An array's elements, in order; nil for any other value.
    public var array: [JSONNode]? {
        let e = entry
        guard e.kind == .array else { return nil }
        var items: [JSONNode] = []
        var k = index + 1
        while k < Int(e.next) {
            items.append(node(k))
            k = Int(tape[k].next)
        }
        return items
    }

    /// The value as a tree, for `JSONValue.parse`.
    var tree: JSONValue {
        let e = entry
        switch e.kind {
        case .object:
            var members: [JSONValue.Member] = []
            var k = index + 1
            while k < Int(e.next) {
                members.append(JSONValue.Member(node(k).string!, node(k + 1).tree))
                k = Int(tape[k + 1].next)
            }
            return .object(members)
        case .array: return .array(array!.map(\.tree))
        case .string, .escapedString: return .string(string!)
        case .number: return .number(text)
        case .true: return .bool(true)
        case .false: return .bool(false)
        case .null: return .null
        }
    }

    private var text: String {
        let e = entry
        return JSONText.string(UnsafeRawBufferPointer(rebasing: bytes[Int(e.start)..<Int(e.end)]))
    }
}

/// One value on the tape: where its text lies, what it is, and the index of the entry
/// after it and everything inside it (a container's members follow it on the tape, an
/// object's as a key's entry and then its value's).
private struct TapeEntry {
    enum Kind: UInt8 { case object, array, string, escapedString, number, `true`, `false`, null }
    var start: Int32
    var end: Int32
    var next: Int32
    var kind: Kind
}

/// Lays a JSON text out on a tape, or refuses it: RFC 8259's grammar, at most 64 levels
/// deep, strings as `JSONText` reads them (tests hold it to the parser it replaced).
private struct TapeBuilder {
    let bytes: UnsafeRawBufferPointer
    let tape: UnsafeMutablePointer<TapeEntry>
    let capacity: Int
    var count = 0
    var i = 0
    /// Stopped for want of room on the tape, not for anything in the text.
    var full = false

    /// Room for one more entry on the tape.
    private mutating func take() -> Int? {
        guard count < capacity else { full = true; return nil }
        count += 1
        return count - 1
    }

    mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
    }

    /// Reads the value at `i` onto the tape, with what it holds after it.
    mutating func value(depth: Int) -> Bool {
        guard depth < 64 else { return false }
        skipSpace()
        guard i < bytes.count, let at = take() else { return false }
        let start = i
        let kind: TapeEntry.Kind
        switch bytes[i] {
        case UInt8(ascii: "{"):
            kind = .object
            guard object(depth: depth) else { return false }
        case UInt8(ascii: "["):
            kind = .array
            guard array(depth: depth) else { return false }
        case UInt8(ascii: "\""):
            guard let k = string() else { return false }
            kind = k
        case UInt8(ascii: "t"): kind = .true; guard literal("true") else { return false }
        case UInt8(ascii: "f"): kind = .false; guard literal("false") else { return false }
        case UInt8(ascii: "n"): kind = .null; guard literal("null") else { return false }
        default: kind = .number; guard number() else { return false }
        }
        tape[at] = TapeEntry(start: Int32(start), end: Int32(i), next: Int32(count), kind: kind)
        return true
    }

    private mutating func object(depth: Int) -> Bool {
        i += 1
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return true }
        while true {
            skipSpace()
            guard let at = take() else { return false }
            let start = i
            guard let kind = string() else { return false }
            tape[at] = TapeEntry(start: Int32(start), end: Int32(i), next: Int32(count), kind: kind)
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return false }
            i += 1
            guard value(depth: depth + 1) else { return false }
            skipSpace()
            guard i < bytes.count else { return false }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; return true }
            return false
        }
    }

    private mutating func array(depth: Int) -> Bool {
        i += 1
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return true }
        while true {
            guard value(depth: depth + 1) else { return false }
            skipSpace()
            guard i < bytes.count else { return false }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; return true }
            return false
        }
    }

    /// The string literal at `i`, checked as `JSONText.readString` checks it (an escape
    /// that makes no UTF-8, a lone surrogate, is refused here too, though the text is
    /// made only when asked for).
    private mutating func string() -> TapeEntry.Kind? {
        var escaped = false
        guard let end = JSONText.endOfString(bytes, at: i, escaped: &escaped) else { return nil }
        if escaped, JSONText.value(ofCheckedLiteral: bytes, i..<end) == nil { return nil }
        i = end
        return escaped ? .escapedString : .string
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        for k in 0..<n where bytes[i + k] != word.utf8Start[k] { return false }
        i += n
        return true
    }

    private mutating func number() -> Bool {
        func digits() -> Bool {
            let s = i
            while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1 }
            return i > s
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
        let intStart = i
        guard digits() else { return false }
        if i - intStart > 1, bytes[intStart] == 48 { return false }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") { i += 1; guard digits() else { return false } }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() else { return false }
        }
        return true
    }
}
