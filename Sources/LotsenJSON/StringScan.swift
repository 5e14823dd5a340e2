/// Checking a JSON string literal without making a `String` of it, eight bytes at a time.
///
/// Every record's envelope and payload strings pass through here on every open and
/// verify of a journal; a byte-by-byte loop and Swift's generic UTF-8 validation were a
/// quarter of `lotsen verify`'s time.
extension JSONText {
    /// The index just past the closing quote of the well-formed string literal that
    /// starts at `bytes[start]`, or nil: no raw control characters, only JSON's escapes,
    /// valid UTF-8.
    public static func endOfString(_ bytes: UnsafeRawBufferPointer, at start: Int) -> Int? {
        var escaped = false
        return endOfString(bytes, at: start, escaped: &escaped)
    }

    /// `endOfString`, and whether the literal holds an escape (its value is then not its
    /// own bytes).
    @inline(__always)
    static func endOfString(_ bytes: UnsafeRawBufferPointer, at start: Int, escaped: inout Bool) -> Int? {
        guard start < bytes.count, bytes[start] == UInt8(ascii: "\"") else { return nil }
        let n = bytes.count
        var i = start + 1
        var nonASCII = false
        while true {
            // Skip words holding nothing special: no quote, backslash, control or high byte,
            // then straight to the first special byte (most strings are short keys and
            // values, so a byte-by-byte walk to the quote was most of the cost).
            while i + 8 <= n {
                let x = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let special = specialBytes(x)
                if special != 0 { i += special.trailingZeroBitCount >> 3; break }
                i += 8
            }
            guard i < n else { return nil }
            let c = bytes[i]
            if c == UInt8(ascii: "\"") {
                if nonASCII, !isValidUTF8(UnsafeRawBufferPointer(rebasing: bytes[(start + 1)..<i])) { return nil }
                return i + 1
            }
            if c < 0x20 { return nil }
            if c >= 0x80 { nonASCII = true; i += 1; continue }
            if c == UInt8(ascii: "\\") {
                escaped = true
                guard i + 1 < n else { return nil }
                switch bytes[i + 1] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                     UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    i += 2
                case UInt8(ascii: "u"):
                    guard i + 6 <= n else { return nil }
                    for k in (i + 2)..<(i + 6) where !isHexDigit(bytes[k]) { return nil }
                    i += 6
                default: return nil
                }
                continue
            }
            i += 1
        }
    }

    /// Nonzero when some byte of `x` is a quote, a backslash, below 0x20 or above 0x7F;
    /// the lowest set bit is in the first such byte (a borrow can only mark bytes above a
    /// true one, never below it).
    @inline(__always)
    static func specialBytes(_ x: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        func zeroByte(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & high }
        let quote = zeroByte(x ^ (ones &* 0x22))
        let backslash = zeroByte(x ^ (ones &* 0x5C))
        let control = (x &- ones &* 0x20) & ~x & high
        return quote | backslash | control | (x & high)
    }

    static func isHexDigit(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "f"))
            || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "F"))
    }

    /// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
    public static func isValidUTF8(_ s: UnsafeRawBufferPointer) -> Bool {
        let n = s.count
        var i = 0
        while i < n {
            while i + 8 <= n, s.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
            guard i < n else { return true }
            let b0 = s[i]
            if b0 < 0x80 { i += 1; continue }
            func continuation(_ k: Int) -> Bool { i + k < n && s[i + k] & 0xC0 == 0x80 }
            switch b0 {
            case 0xC2...0xDF:
                guard continuation(1) else { return false }
                i += 2
            case 0xE0...0xEF:
                guard continuation(1), continuation(2) else { return false }
                let b1 = s[i + 1]
                if b0 == 0xE0, b1 < 0xA0 { return false }   // overlong
                if b0 == 0xED, b1 > 0x9F { return false }   // surrogates
                i += 3
            case 0xF0...0xF4:
                guard continuation(1), continuation(2), continuation(3) else { return false }
                let b1 = s[i + 1]
                if b0 == 0xF0, b1 < 0x90 { return false }   // overlong
                if b0 == 0xF4, b1 > 0x8F { return false }   // above U+10FFFF
                i += 4
            default: return false
            }
        }
        return true
    }
}
