import CAESGCM
import Crypto
import Foundation
import LotsenCalendar
import LotsenJournal
import LotsenJSON

/// The data keys of one journal (docs/privacy.md, "Encryption at rest"): one per
/// subject — a person's records are sealed under that person's key — and one for the
/// journal-wide records (caseworkers, placements, rules). Destroying a person's key
/// (`forget`) turns every record about them into noise while every hash of the chain
/// still holds: that is how gallring reaches an append-only journal.
public struct KeyRing: Sendable, Equatable {
    /// The key of records without a subject.
    public static let journalWide = "*"

    /// Raw bytes: opening and sealing both go through BoringSSL's AEAD functions
    /// (`CAESGCM`), which take the key as bytes.
    private(set) var keys: [String: [UInt8]]

    public static func == (a: KeyRing, b: KeyRing) -> Bool { a.keys == b.keys && a.forgotten == b.forgotten }
    /// Subjects whose key was destroyed on purpose, and when: their records are skipped,
    /// not reported as unreadable.
    public internal(set) var forgotten: [String: Timestamp]

    public init() {
        self.init(keys: [Self.journalWide: KeyRing.newKey()], forgotten: [:])
    }

    init(keys: [String: [UInt8]], forgotten: [String: Timestamp]) {
        self.keys = keys
        self.forgotten = forgotten
    }

    static func newKey() -> [UInt8] { SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) } }

    /// Which key a record's subject is sealed under.
    static func name(of subject: String?) -> String { subject ?? journalWide }

    /// Which key a record is sealed under: its subject's, but a purge's own record is
    /// the journal's (it must stay readable once the person's key is gone).
    static func name(of subject: String?, type: String) -> String {
        SealedPayload.isJournalWide(type) ? journalWide : name(of: subject)
    }

    public func holdsKey(for subject: String?) -> Bool { keys[Self.name(of: subject)] != nil }
    /// Asked for every record of a replay: without a purge, no key is looked up (hashing
    /// the subject for an empty dictionary was a hundredth of a replay).
    public func isForgotten(_ subject: String?) -> Bool {
        guard !forgotten.isEmpty, let subject else { return false }
        return forgotten[subject] != nil
    }

    /// Whether sealing `draft` needs a key this ring does not hold (and may make: a
    /// forgotten person gets none again).
    func lacksKey(for draft: RecordDraft) -> Bool {
        keys[Self.name(of: draft.subject, type: draft.type)] == nil && !isForgotten(draft.subject)
    }

    /// The drafts sealed, a key made first for each subject that has none — written to
    /// the key store at `paths`, durably, before any record that needs it is.
    /// - Parameter progress: told how many of the drafts are sealed, now and then.
    public mutating func seal(_ drafts: [RecordDraft], storingNewKeysIn paths: JournalPaths, store: JournalStore? = nil,
                              master: MasterKey, progress: ((Int) -> Void)? = nil) throws -> [RecordDraft] {
        var made = false
        for d in drafts where lacksKey(for: d) {
            set(Self.name(of: d.subject, type: d.type), KeyRing.newKey())
            made = true
        }
        if made { try KeyStore.write(self, paths, master: master, store: store) }
        var out: [RecordDraft] = []
        out.reserveCapacity(drafts.count)
        for (i, d) in drafts.enumerated() {
            out.append(try SealedPayload.seal(d, in: self))
            if i % 1_024 == 1_023 { progress?(i + 1) }
        }
        return out
    }

    private mutating func set(_ name: String, _ key: [UInt8]?) {
        keys[name] = key
    }

    /// Destroys the subject's key for good.
    public mutating func forget(_ subject: String, at time: Timestamp) {
        set(subject, nil)
        forgotten[subject] = time
    }
}

/// A record's payload sealed: `{"sealed":"<base64 of nonce, ciphertext and tag>"}`. The
/// envelope (sequence, time, type, author, subject, prev) stays readable, so the chain
/// verifies without any key, and the hash covers the ciphertext. The type, subject,
/// author and time are authenticated with it: a sealed payload moved to another record
/// does not open.
public enum SealedPayload {
    static let prefix = Array(#"{"sealed":""#.utf8)

    public static func isSealed(_ payload: [UInt8]) -> Bool { payload.starts(with: prefix) }

    /// Record types sealed under the journal's key whatever their subject.
    static func isJournalWide(_ type: String) -> Bool { type == "participant.purged" }

    /// `body` with the associated data that binds a sealed payload to its record: type,
    /// subject, author and time in milliseconds, a line each. Written into memory on the
    /// stack: a replay makes half a million of these.
    ///
    /// The strings are read where they are, not copied into `var`s for `withUTF8`: a
    /// record's type is one string shared by every record of that type, and a copy on
    /// each decoding thread was a retain and a release on the same counter from both
    /// cores at once.
    static func withContext<R>(type: String, subject: String?, author: String, time: Timestamp,
                               _ body: (UnsafeRawBufferPointer) -> R) -> R {
        let capacity = type.utf8.count + (subject?.utf8.count ?? 0) + author.utf8.count + 24
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { out in
            var n = 0
            func line(_ part: String) {
                // In place for every native string, inline ones included; byte by byte
                // only for a bridged one (which a record never holds).
                let copied: Void? = part.utf8.withContiguousStorageIfAvailable { bytes in
                    if let from = bytes.baseAddress { (out.baseAddress! + n).update(from: from, count: bytes.count) }
                    n += bytes.count
                }
                if copied == nil { for byte in part.utf8 { out[n] = byte; n += 1 } }
                out[n] = 0x0A; n += 1
            }
            line(type)
            line(subject ?? "")
            line(author)
            // The milliseconds in decimal, as `String(_:)` writes them.
            let ms = time.millisecondsSince1970
            if ms < 0 { out[n] = UInt8(ascii: "-"); n += 1 }
            var rest = ms.magnitude, start = n
            repeat { out[n] = UInt8(ascii: "0") + UInt8(rest % 10); n += 1; rest /= 10 } while rest != 0
            var end = n - 1
            while start < end { out.swapAt(start, end); start += 1; end -= 1 }
            return body(UnsafeRawBufferPointer(start: out.baseAddress, count: n))
        }
    }

    /// The draft with its payload sealed under its subject's key (which must exist): a
    /// random 12-byte nonce, the ciphertext and the 16-byte tag, in base64 — the layout
    /// of swift-crypto's `AES.GCM.SealedBox.combined`, which journals were first sealed in.
    static func seal(_ draft: RecordDraft, in ring: KeyRing) throws -> RecordDraft {
        guard let key = ring.keys[KeyRing.name(of: draft.subject, type: draft.type)], key.count == 32 else {
            throw SealingError.noKey(draft.subject ?? KeyRing.journalWide)
        }
        let length = draft.payload.count
        var combined = [UInt8](repeating: 0, count: 12 + length + 16)
        let ok = combined.withUnsafeMutableBufferPointer { c -> Bool in
            draft.payload.withUnsafeBufferPointer { p in
                key.withUnsafeBufferPointer { k in
                    withContext(type: draft.type, subject: draft.subject, author: draft.author, time: draft.time) { a in
                        lotsen_aes256gcm_seal(k.baseAddress, p.baseAddress, length, a.baseAddress, a.count,
                                              c.baseAddress, c.baseAddress! + 12, c.baseAddress! + 12 + length) == 1
                    }
                }
            }
        }
        guard ok else { throw SealingError.cannotSeal }
        var sealed = draft
        sealed.payload = prefix + Array(Data(combined).base64EncodedString().utf8) + Array("\"}".utf8)
        return sealed
    }

    /// The plain payload of a sealed record; nil when the ring has no key for it.
    public static func open(_ record: JournalRecord, in ring: KeyRing) throws -> [UInt8]? {
        try withOpened(record, in: ring) { plain, _ in Array(plain) }
    }

    /// `body` with the plain payload of a sealed record, decoded and decrypted in place in
    /// one buffer (through BoringSSL, a context kept per thread: `CAESGCM`), and the
    /// record again, so that `body` reads its type where it lies rather than from a copy
    /// it captured; nil when the ring has no key for it. A replay opens half a million of
    /// these: the buffer is on the stack when it is small, as nearly all are, and what
    /// cannot be opened is thrown from where it is found (a result wrapped in two
    /// optionals was copied and let go of through the standard library's generic code).
    static func withOpened<R>(_ record: borrowing JournalRecord, in ring: KeyRing,
                              _ body: (UnsafeRawBufferPointer, borrowing JournalRecord) -> R) throws -> R? {
        guard let i = ring.keys.index(forKey: KeyRing.name(of: record.subject, type: record.type)) else { return nil }
        return try ring.keys.values[i].withUnsafeBufferPointer { key throws -> R in
            try record.payload.withUnsafeBufferPointer { payload throws -> R in
                guard payload.count >= prefix.count + 2, key.count == 32 else { throw SealingError.unreadable(record.sequence) }
                let text = UnsafeBufferPointer(rebasing: payload[prefix.count..<(payload.count - 2)])
                guard let count = Base64.decodedCount(text), count >= 28 else { throw SealingError.unreadable(record.sequence) }
                return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { c throws -> R in
                    let base = c.baseAddress!
                    guard Base64.decode(text, into: base) else { throw SealingError.unreadable(record.sequence) }
                    let length = count - 28
                    let ok = withContext(type: record.type, subject: record.subject, author: record.author, time: record.time) { a in
                        lotsen_aes256gcm_open(key.baseAddress, base, base + 12, length, base + 12 + length, a.baseAddress, a.count, base + 12)
                    }
                    guard ok == 1 else { throw SealingError.unreadable(record.sequence) }
                    return body(UnsafeRawBufferPointer(start: base + 12, count: length), record)
                }
            }
        }
    }
}

public enum SealingError: Error, Equatable, Sendable {
    /// No data key for this subject where one must exist.
    case noKey(String)
    /// A sealed payload that does not open with its key: changed, or moved.
    case unreadable(Int)
    /// The system's random numbers or cipher failed: nothing was sealed.
    case cannotSeal
}
