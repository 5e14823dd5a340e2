import Crypto
import LotsenJournal

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

    public enum Verdict: Equatable, Sendable {
        /// Sealed with this key, and the seal holds.
        case sealed
        /// Sealed with this key, and the seal does not hold: changed after it was made.
        case broken
        /// No seal, or another key's: this key cannot say.
        case cannotTell
    }

    /// The seal of the snapshot open on `fd` under `key`: the trailer first, then the
    /// body through the HMAC a run at a time, so that checking a large journal's snapshot
    /// holds one run in memory, not the file (and not a copy of it besides).
    static func check(_ fd: Int32, size: Int, key: [UInt8], io: FileIO) -> Verdict {
        guard size > length, let trailer = Snapshot.read(length, at: size - length, fd, io),
              Array(trailer[0..<8]) == magic, Array(trailer[8..<16]) == keyID(key) else { return .cannotTell }
        var mac = HMAC<SHA256>(key: SymmetricKey(data: key))
        let body = size - length
        var offset = 0
        while offset < body {
            let n = min(run, body - offset)
            guard let bytes = Snapshot.read(n, at: offset, fd, io) else { return .broken }
            mac.update(data: bytes)
            offset += n
        }
        // Compared in constant time: how much of a forged code matched must not show.
        let computed = Array(mac.finalize())
        var difference: UInt8 = 0
        for (a, b) in zip(computed, trailer[16...]) { difference |= a ^ b }
        return difference == 0 ? .sealed : .broken
    }

    /// How much of a snapshot is read at a time while its seal is checked.
    static let run = 1 << 20

    /// A new random key (32 bytes).
    public static func newKey() -> [UInt8] {
        SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
    }
}
