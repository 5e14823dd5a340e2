import Crypto

/// A SHA-256 digest: the link of the hash chain.
///
/// Held as four words rather than an array so that comparing two links costs no
/// allocation on the verification path, which touches every record of the journal.
public struct Digest: Hashable, Sendable, CustomStringConvertible {
    public var w0: UInt64, w1: UInt64, w2: UInt64, w3: UInt64

    /// The `prev` of the header record: there is nothing before it.
    public static let zero = Digest(w0: 0, w1: 0, w2: 0, w3: 0)

    public init(w0: UInt64, w1: UInt64, w2: UInt64, w3: UInt64) {
        self.w0 = w0; self.w1 = w1; self.w2 = w2; self.w3 = w3
    }

    /// SHA-256 of exactly these bytes.
    public init(hashing bytes: UnsafeRawBufferPointer) {
        let sha = SHA256.hash(data: bytes)
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        sha.withUnsafeBytes { raw in
            func word(_ i: Int) -> UInt64 {
                var v: UInt64 = 0
                for b in 0..<8 { v = v << 8 | UInt64(raw[i * 8 + b]) }
                return v
            }
            words = (word(0), word(1), word(2), word(3))
        }
        self.init(w0: words.0, w1: words.1, w2: words.2, w3: words.3)
    }

    public init(hashing bytes: [UInt8]) {
        self = bytes.withUnsafeBytes { Digest(hashing: $0) }
    }

    /// Parses 64 lowercase hex digits; nil for anything else.
    public init?(hex: UnsafeRawBufferPointer) {
        guard hex.count == 64 else { return nil }
        // Four words in registers: this runs once per record on every open and verify.
        var bad = false
        func word(_ at: Int) -> UInt64 {
            var w: UInt64 = 0
            for i in at..<(at + 16) {
                let c = hex[i]
                let digit = c &- UInt8(ascii: "0"), letter = c &- UInt8(ascii: "a")
                bad = bad || (digit > 9 && letter > 5)
                w = w << 4 | UInt64(digit <= 9 ? digit : letter &+ 10)
            }
            return w
        }
        let w0 = word(0), w1 = word(16), w2 = word(32), w3 = word(48)
        if bad { return nil }
        self.init(w0: w0, w1: w1, w2: w2, w3: w3)
    }

    public init?(hex: String) {
        var s = hex
        guard let d = s.withUTF8({ Digest(hex: UnsafeRawBufferPointer($0)) }) else { return nil }
        self = d
    }

    /// Appends the 64 lowercase hex digits.
    public func appendHex(to out: inout [UInt8]) {
        let digits = Array("0123456789abcdef".utf8)
        for word in [w0, w1, w2, w3] {
            var shift: UInt64 = 60
            for _ in 0..<16 {
                out.append(digits[Int((word >> shift) & 0xF)])
                shift &-= 4
            }
        }
    }

    public var hex: String {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        appendHex(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    public var description: String { hex }
}
