/// Standard base64 decoding into bytes, without going through `Data`: a replay decodes
/// half a million payloads. Four characters to three bytes at a time through pointers;
/// a character outside the alphabet anywhere (or padding but at the end) is refused.
enum Base64 {
    /// Each character's six bits; 0xFF for a character outside the alphabet.
    private static let table: [UInt8] = {
        var t = [UInt8](repeating: 0xFF, count: 256)
        for (i, c) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() { t[Int(c)] = UInt8(i) }
        return t
    }()

    static func decode(_ text: ArraySlice<UInt8>) -> [UInt8]? {
        guard text.count % 4 == 0 else { return nil }
        guard !text.isEmpty else { return [] }
        let equals = UInt8(ascii: "=")
        let padding = text[text.endIndex - 1] != equals ? 0 : text[text.endIndex - 2] != equals ? 1 : 2
        let count = text.count / 4 * 3 - padding
        var valid = false
        let out = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            valid = table.withUnsafeBufferPointer { t in
                text.withUnsafeBufferPointer { s in decode(s, with: t, padding: padding, into: buffer.baseAddress!) }
            }
            initialized = valid ? count : 0
        }
        return valid ? out : nil
    }

    private static func decode(_ s: UnsafeBufferPointer<UInt8>, with t: UnsafeBufferPointer<UInt8>, padding: Int,
                               into o: UnsafeMutablePointer<UInt8>) -> Bool {
        // Every quad but the last is whole; a value with a high bit set means a character
        // outside the alphabet ('=' included) and is looked at once, at the end.
        var bad: UInt8 = 0
        var i = 0, j = 0
        let whole = s.count - 4
        while i < whole {
            let a = t[Int(s[i])], b = t[Int(s[i + 1])], c = t[Int(s[i + 2])], d = t[Int(s[i + 3])]
            bad |= a | b | c | d
            o[j] = a << 2 | b >> 4
            o[j + 1] = b << 4 | c >> 2
            o[j + 2] = c << 6 | d
            i += 4
            j += 3
        }
        let a = t[Int(s[i])], b = t[Int(s[i + 1])]
        let c = padding == 2 ? 0 : t[Int(s[i + 2])], d = padding >= 1 ? 0 : t[Int(s[i + 3])]
        bad |= a | b | c | d
        guard bad & 0xC0 == 0 else { return false }
        o[j] = a << 2 | b >> 4
        if padding < 2 { o[j + 1] = b << 4 | c >> 2 }
        if padding < 1 { o[j + 2] = c << 6 | d }
        return true
    }
}
