/// Standard base64 decoding into bytes, without going through `Data`: a replay decodes
/// half a million payloads. Four characters to three bytes at a time through pointers;
/// a character outside the alphabet anywhere (or padding but at the end) is refused.
enum Base64 {
    /// Each character's six bits; 0xFF for a character outside the alphabet.
    /// Memory of its own, made once and never freed: an array here was retained and
    /// released on every decode, from every decoding thread, on one shared counter.
    nonisolated(unsafe) private static let table: UnsafeBufferPointer<UInt8> = {
        let t = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 256)
        t.initialize(repeating: 0xFF)
        for (i, c) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() { t[Int(c)] = UInt8(i) }
        return UnsafeBufferPointer(t)
    }()

    static func decode(_ text: ArraySlice<UInt8>) -> [UInt8]? {
        text.withUnsafeBufferPointer { s in
            guard let count = decodedCount(s) else { return nil }
            var valid = false
            let out = [UInt8](unsafeUninitializedCapacity: max(count, 1)) { buffer, initialized in
                valid = decode(s, into: buffer.baseAddress!)
                initialized = valid ? count : 0
            }
            return valid ? out : nil
        }
    }

    /// How many bytes `text` decodes to; nil when its length cannot be base64.
    static func decodedCount(_ text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard text.count % 4 == 0 else { return nil }
        return text.count / 4 * 3 - padding(text)
    }

    /// Decodes `text` into `out`, which has room for `decodedCount(text)` bytes; false
    /// (and `out` undefined) for anything but base64. For a caller that decodes into
    /// memory of its own: a replay opens half a million sealed payloads.
    static func decode(_ text: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Bool {
        guard text.count % 4 == 0 else { return false }
        guard !text.isEmpty else { return true }
        return decode(text, with: table, padding: padding(text), into: out)
    }

    private static func padding(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        let equals = UInt8(ascii: "=")
        guard let last = text.last else { return 0 }
        return last != equals ? 0 : text[text.count - 2] != equals ? 1 : 2
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
