import CBase64

/// Standard base64 decoding into bytes, without going through `Data`: a replay decodes
/// half a million payloads. Through `CBase64`, 32 characters at a time where the
/// processor can; a character outside the alphabet anywhere (or padding but at the end)
/// is refused.
enum Base64 {
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
        guard let base = text.baseAddress else { return true }
        return lotsen_base64_decode(base, text.count, out) == 1
    }

    private static func padding(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        let equals = UInt8(ascii: "=")
        guard let last = text.last else { return 0 }
        return last != equals ? 0 : text[text.count - 2] != equals ? 1 : 2
    }
}
