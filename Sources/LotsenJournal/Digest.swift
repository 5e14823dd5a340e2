import CSHA256

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

    /// SHA-256 of exactly these bytes, in one call to BoringSSL (`CSHA256`).
    public init(hashing bytes: UnsafeRawBufferPointer) {
        var out: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &out) { raw in
            lotsen_sha256(bytes.baseAddress, bytes.count, raw.baseAddress!.assumingMemoryBound(to: UInt8.self))
        }
        // The digest's bytes are big-endian words.
        self.init(w0: UInt64(bigEndian: out.0), w1: UInt64(bigEndian: out.1), w2: UInt64(bigEndian: out.2),
                  w3: UInt64(bigEndian: out.3))
    }

    public init(hashing bytes: [UInt8]) {
        self = bytes.withUnsafeBytes { Digest(hashing: $0) }
    }

    /// Parses 64 lowercase hex digits; nil for anything else.
    public init?(hex: UnsafeRawBufferPointer) {
        guard hex.count == 64 else { return nil }
        // Eight hex digits at a time (SWAR): this runs once per record on every open
        // and verify, and a digit-by-digit loop was a sixth of `lotsen verify`.
        var valid = true
        func eight(_ at: Int) -> UInt64 {
            let x = hex.loadUnaligned(fromByteOffset: at, as: UInt64.self)
            // '0'…'9' → 0…9 and 'a'…'f' → 10…15: low nibble, plus 9 where bit 6 is set.
            let v = (x & 0x0F0F_0F0F_0F0F_0F0F) &+ ((x >> 6) & 0x0101_0101_0101_0101) &* 9
            // Valid exactly when every value is a nibble and encoding the values again
            // gives the same bytes ('g'…'o' decode to 16…24 and would encode back).
            let letters = ((v &+ 0x0606_0606_0606_0606) & 0x1010_1010_1010_1010) >> 4
            valid = valid && v & 0xF0F0_F0F0_F0F0_F0F0 == 0 && v &+ 0x3030_3030_3030_3030 &+ letters &* 0x27 == x
            var t = v.bigEndian
            t = (t | (t >> 4)) & 0x00FF_00FF_00FF_00FF
            t = (t | (t >> 8)) & 0x0000_FFFF_0000_FFFF
            return (t | (t >> 16)) & 0xFFFF_FFFF
        }
        func word(_ at: Int) -> UInt64 { eight(at) << 32 | eight(at + 8) }
        let w0 = word(0), w1 = word(16), w2 = word(32), w3 = word(48)
        guard valid else { return nil }
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
