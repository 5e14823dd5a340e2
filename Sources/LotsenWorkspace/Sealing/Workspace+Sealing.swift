import Glibc
import LotsenJournal

extension KeyRing {
    /// The journal-wide key: journal-wide records, and the snapshot's file key.
    public var journalKey: [UInt8] { keys[Self.journalWide]! }
}

extension KeyStore {
    /// A new key store for a journal about to be created. Refused when the journal or a
    /// key store is already there: writing a new one over it would lose every key.
    static func create(for paths: JournalPaths, master: MasterKey, io: FileIO, store: JournalStore? = nil) throws -> KeyRing {
        if let store {
            if exists(paths, store: store) { throw JournalError.alreadyExists(path: store.location) }
            let ring = KeyRing()
            try write(ring, paths, master: master, store: store)
            return ring
        }
        let paths = try paths.canonical()
        if try io.stat(paths.journal) != nil { throw JournalError.alreadyExists(path: paths.journal) }
        if exists(paths) { throw JournalError.alreadyExists(path: path(paths)) }
        do throws(PrivateFile.Failure) { try PrivateFile.ensureDirectory(paths.directory) } catch {
            throw JournalError.io(SystemError(call: "mkdir", path: paths.directory, errno: EACCES))
        }
        let ring = KeyRing()
        try write(ring, paths, master: master)
        return ring
    }
}

/// Retrying a record sealed under a key the ring does not hold: the key store is read
/// again (another desk may just have given someone a key) once per missing key.
struct KeyUnlocking {
    let paths: JournalPaths
    let master: MasterKey?
    let store: JournalStore?
    private var triedFor: Set<String> = []
    /// Sealed records met while no key store exists at all.
    private(set) var lockedWithoutStore = 0

    init(paths: JournalPaths, master: MasterKey?, store: JournalStore?) {
        self.paths = paths
        self.master = master
        self.store = store
    }

    mutating func settle(_ decoded: consuming EventDecoding.Decoded, _ ring: inout KeyRing?) -> EventDecoding.Decoded {
        guard case .locked(let record) = decoded else { return decoded }
        let name = KeyRing.name(of: record.subject, type: record.type)
        guard KeyStore.exists(paths, store: store) else {
            lockedWithoutStore += 1
            return .undecodable(record.sequence)
        }
        if !triedFor.contains(name) {
            triedFor.insert(name)
            if let fresh = try? KeyStore.read(paths, master: master, store: store) { ring = fresh }
        }
        let again = EventDecoding.decode(record, ring: ring)
        if case .locked = again { return .undecodable(record.sequence) }
        return again
    }
}

extension Workspace {
    /// What unlocked the key store (to seal it again under another).
    public var masterKey: MasterKey? { master }

    /// The drafts sealed under their subjects' keys, new keys made (and the key store
    /// written, durably, before the records are) where needed. Called under the
    /// journal's lock, so two desks never write the key store at once.
    func sealed(_ drafts: [RecordDraft], progress: ((Int) -> Void)? = nil) throws -> [RecordDraft] {
        guard var ring, let master else { return drafts }
        // Another desk may have made a missing key since this one read the store.
        if drafts.contains(where: ring.lacksKey) { ring = try KeyStore.read(journal.paths, master: master, store: journal.store) }
        let sealed = try ring.seal(drafts, storingNewKeysIn: journal.paths, store: journal.store, master: master,
                                   progress: progress)
        self.ring = ring
        return sealed
    }

    /// A record's payload as written, opened when sealed; nil when its key is gone
    /// (purged) or it does not open.
    public func plainPayload(of record: JournalRecord) -> [UInt8]? {
        guard SealedPayload.isSealed(record.payload) else { return record.payload }
        guard let ring else { return nil }
        return (try? SealedPayload.open(record, in: ring)) ?? nil
    }
}
