import Crypto

/// The snapshot bound to a secret its reader holds: the file ends in `LOTSEAL1`, the
/// key's id (8 bytes of its SHA-256) and an HMAC-SHA256, under a key kept outside the
/// journal's directory (the caseworker's config, or on a shared desk the gateway's), of
/// every byte before it. A snapshot the reader's key cannot vouch for — none, another
/// key's, no key at hand — is compared with a replay instead (`SnapshotCheck`).
///
/// The checksums inside a snapshot catch a disk's damage; they cannot catch an edit,
/// since whoever edits can compute them again. The seal can only be made again by
/// someone who also holds the key, so `lotsen verify` tells an edited snapshot from a
/// sound one without replaying the journal (`--deep` does that too, without a key).
/// Opening does not check the seal: it stays as fast as the phone call needs, and a
/// snapshot is only ever trusted together with the whole-chain mark.
public enum SnapshotSeal {
    static let magic: [UInt8] = Array("LOTSEAL1".utf8)
    static let length = 8 + 8 + 32

    static func keyID(_ key: [UInt8]) -> [UInt8] { Array(SHA256.hash(data: key).prefix(8)) }

    /// The trailer for a snapshot's bytes.
    static func trailer(for bytes: [UInt8], key: [UInt8]) -> [UInt8] {
        magic + keyID(key) + Array(HMAC<SHA256>.authenticationCode(for: bytes, using: SymmetricKey(data: key)))
    }

    /// Whether `file` (a whole snapshot) ends in a seal.
    static func isSealed(_ file: [UInt8]) -> Bool {
        file.count > length && Array(file[(file.count - length)..<(file.count - length + 8)]) == magic
    }

    public enum Verdict: Equatable, Sendable {
        /// Sealed with this key, and the seal holds.
        case sealed
        /// Sealed with this key, and the seal does not hold: changed after it was made.
        case broken
        /// No seal, or another key's: this key cannot say.
        case cannotTell
    }

    /// The seal of a whole snapshot file under `key`.
    static func check(_ file: [UInt8], key: [UInt8]) -> Verdict {
        guard isSealed(file), Array(file[(file.count - 40)..<(file.count - 32)]) == keyID(key) else { return .cannotTell }
        let body = Array(file[..<(file.count - length)])
        let code = Array(file[(file.count - 32)...])
        return HMAC<SHA256>.isValidAuthenticationCode(code, authenticating: body, using: SymmetricKey(data: key)) ? .sealed : .broken
    }

    /// A new random key (32 bytes).
    public static func newKey() -> [UInt8] {
        SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
    }
}
