import _CryptoExtras
import Crypto
import Foundation
import Glibc
import LotsenCalendar
import LotsenJournal
import LotsenJSON

/// What unlocks a journal's key store: the bytes of a key file (the default; on a shared
/// desk readable only by the gateway), or a passphrase (scrypt, its parameters kept in
/// the key store).
public enum MasterKey: Sendable {
    case file([UInt8])
    case passphrase(String)

    public var isPassphrase: Bool { if case .passphrase = self { true } else { false } }

    /// A new key file's contents.
    public static func newKeyFile() -> [UInt8] { KeyRing.newKey() }
}

/// The key store beside the journal (`<journal>.keys`, 0600): the data keys of
/// `KeyRing`, sealed as one blob under the master key with AES-GCM. Rewritten whole
/// (temp file, fsync, rename, directory fsync) when a person gets a key, when one is
/// destroyed, and when the master key is rotated — only this file changes then.
///
/// Two lines of JSON. The first is small: `{"v":1,"master":"file"}` or with
/// `"master":"scrypt"` its salt and cost, and `"journal"`, the journal-wide key sealed
/// apart (what the snapshot needs: a phone-call lookup reads only this line). The second,
/// `{"sealed":…}`, every key: base64 of nonce, ciphertext and tag.
public enum KeyStore {
    public static func path(_ paths: JournalPaths) -> String { paths.keys }

    public static func exists(_ paths: JournalPaths, store: JournalStore? = nil) -> Bool {
        if let store { return ((try? store.keyStore()) ?? nil) != nil }
        var st = Glibc.stat()
        return lstat(path(paths), &st) == 0
    }

    /// How the store is sealed — `"file"` or `"scrypt"` — read from its first bytes
    /// without opening it; nil when there is no (readable) store: a journal in the clear.
    public static func kind(_ paths: JournalPaths, store: JournalStore? = nil) -> String? {
        guard let data = try? bytes(paths, store: store),
              let o = JSONValue.parse(Array(data.prefix { $0 != 0x0A })) else { return nil }
        return o["master"]?.string
    }

    public enum Problem: Error, Equatable, Sendable {
        /// The journal holds sealed records but no key store is beside it.
        case missing
        /// The key store does not open with this key or passphrase.
        case wrongKey(passphrase: Bool)
        /// The store is sealed under a passphrase and none was given (or a key file, and
        /// none is at hand).
        case needsPassphrase
        case needsKeyFile
        /// Not a key store, or cut short.
        case damaged
        case io(String)
    }

    /// scrypt's cost: 2^15 rounds, 8 × 128-byte blocks (32 MiB), one lane — about a tenth
    /// of a second here, as OWASP advises for interactive logins.
    static let rounds = 1 << 15, blockSize = 8, parallelism = 1

    /// The journal-wide key alone, sealed apart in the store: what reading the snapshot
    /// needs (`lotsen find` on the phone), without opening every person's key.
    public static func readJournalKey(_ paths: JournalPaths, master: MasterKey?, store: JournalStore? = nil) throws(Problem) -> [UInt8] {
        let (_, o, key, kind) = try unlock(paths, master: master, store: store)
        guard let sealed = o["journal"]?.string.flatMap({ Base64.decode(ArraySlice($0.utf8)) }) else { throw .damaged }
        do { return Array(try AES.GCM.open(AES.GCM.SealedBox(combined: sealed), using: key, authenticating: Array("lotsen.journal-key".utf8))) } catch {
            throw .wrongKey(passphrase: kind == "scrypt")
        }
    }

    /// The store's bytes, read once (a desk writing the store replaces it whole: its two
    /// lines must come from the same version, or a new salt would meet an old body), its
    /// first line, and the master key it is sealed under.
    private static func unlock(_ paths: JournalPaths, master: MasterKey?, store: JournalStore?) throws(Problem) -> ([UInt8], JSONValue, SymmetricKey, String) {
        guard let data = try bytes(paths, store: store) else {
            throw store == nil && exists(paths) ? .io(path(paths)) : .missing
        }
        guard let o = JSONValue.parse(Array(data.prefix { $0 != 0x0A })), o["v"]?.int == 1, let kind = o["master"]?.string else { throw .damaged }
        let key: SymmetricKey
        switch (kind, master) {
        case ("file", .file(let bytes)?): key = SymmetricKey(data: bytes)
        case ("file", _): throw .needsKeyFile
        case ("scrypt", .passphrase(let phrase)?):
            guard let salt = o["salt"]?.string.flatMap({ Data(base64Encoded: $0) }), let n = o["n"]?.int, let r = o["r"]?.int,
                  let p = o["p"]?.int, let derived = try? derive(phrase, salt: salt, rounds: n, blockSize: r, parallelism: p)
            else { throw .damaged }
            key = derived
        case ("scrypt", _): throw .needsPassphrase
        default: throw .damaged
        }
        return (data, o, key, kind)
    }

    public static func read(_ paths: JournalPaths, master: MasterKey?, store: JournalStore? = nil) throws(Problem) -> KeyRing {
        let (bytes, _, key, kind) = try unlock(paths, master: master, store: store)
        guard let newline = bytes.firstIndex(of: 0x0A),
              let o = JSONValue.parse(Array(bytes[(newline + 1)...].prefix { $0 != 0x0A })),
              let sealed = o["sealed"]?.string.flatMap({ Base64.decode(ArraySlice($0.utf8)) }) else { throw .damaged }
        let plain: Data
        do { plain = try AES.GCM.open(AES.GCM.SealedBox(combined: sealed), using: key, authenticating: Array("lotsen.keys".utf8)) } catch {
            throw .wrongKey(passphrase: kind == "scrypt")
        }
        guard let inner = JSONValue.parse(Array(plain)), case .object(let keys)? = inner["keys"] else { throw .damaged }
        var loaded: [String: [UInt8]] = [:]
        loaded.reserveCapacity(keys.count)
        for member in keys {
            guard let k = member.value.string.flatMap({ Base64.decode(ArraySlice($0.utf8)) }), k.count == 32 else { throw .damaged }
            loaded[member.key] = k
        }
        guard case .object(let forgottenPairs)? = inner["forgotten"] else { throw .damaged }
        var forgotten: [String: Timestamp] = [:]
        for member in forgottenPairs {
            forgotten[member.key] = member.value.string.flatMap(Timestamp.init(text:)) ?? Timestamp(millisecondsSince1970: 0)
        }
        return KeyRing(keys: loaded, forgotten: forgotten)
    }

    /// Writes the store whole under `master` (a passphrase gets a new salt each time).
    public static func write(_ ring: KeyRing, _ paths: JournalPaths, master: MasterKey, store: JournalStore? = nil) throws(Problem) {
        var inner = JSONObjectWriter()
        inner.object("keys") { keys in
            for (name, key) in ring.keys.sorted(by: { $0.key < $1.key }) { keys.field(name, Data(key).base64EncodedString()) }
        }
        inner.object("forgotten") { forgotten in
            for (name, time) in ring.forgotten.sorted(by: { $0.key < $1.key }) { forgotten.field(name, time.description) }
        }
        var outer = JSONObjectWriter(), second = JSONObjectWriter()
        outer.field("v", 1)
        let key: SymmetricKey
        switch master {
        case .file(let bytes):
            outer.field("master", "file")
            key = SymmetricKey(data: bytes)
        case .passphrase(let phrase):
            let salt = Data(KeyRing.newKey().prefix(16))
            outer.field("master", "scrypt")
            outer.field("salt", salt.base64EncodedString())
            outer.field("n", rounds)
            outer.field("r", blockSize)
            outer.field("p", parallelism)
            guard let derived = try? derive(phrase, salt: salt, rounds: rounds, blockSize: blockSize, parallelism: parallelism) else {
                throw .damaged
            }
            key = derived
        }
        do {
            let journalKey = try AES.GCM.seal(ring.journalKey, using: key, authenticating: Array("lotsen.journal-key".utf8))
            outer.field("journal", journalKey.combined!.base64EncodedString())
            let box = try AES.GCM.seal(inner.finished(), using: key, authenticating: Array("lotsen.keys".utf8))
            second.field("sealed", box.combined!.base64EncodedString())
        } catch {
            throw .damaged
        }
        let bytes = outer.finished() + [0x0A] + second.finished() + [0x0A]
        if let store {
            // In a writer's turn this is part of its transaction: the keys and the records
            // that need them are committed together, or neither is.
            do throws(JournalError) { try store.replaceKeyStore(bytes) } catch { throw .io(store.location) }
            return
        }
        do throws(PrivateFile.Failure) { try PrivateFile.write(bytes, to: path(paths), existing: .replace) } catch {
            throw .io(path(paths))
        }
    }

    /// The store's bytes: the file beside the journal, or what the journal's database
    /// keeps (`JournalStore.keyStore`); nil when there is none.
    /// The store's bytes as an array: cut into lines and decoded from there. (A `Data`
    /// was walked a byte at a time through its exclusivity checks — a large journal's
    /// store is half a megabyte — before a replay could begin.)
    private static func bytes(_ paths: JournalPaths, store: JournalStore?) throws(Problem) -> [UInt8]? {
        guard let store else { return FileManager.default.contents(atPath: path(paths)).map { [UInt8]($0) } }
        do throws(JournalError) { return try store.keyStore() } catch { throw .io(store.location) }
    }

    static func derive(_ phrase: String, salt: Data, rounds: Int, blockSize: Int, parallelism: Int) throws -> SymmetricKey {
        try KDF.Scrypt.deriveKey(from: Array(phrase.utf8), salt: salt, outputByteCount: 32, rounds: rounds,
                                 blockSize: blockSize, parallelism: parallelism)
    }
}
