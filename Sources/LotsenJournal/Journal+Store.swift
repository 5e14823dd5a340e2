import LotsenCalendar

/// A journal kept in a `JournalStore` (a database): the same chain, read and written by
/// the same code as the file; what only a file has — the head, the whole-chain mark, a
/// torn end, another file renamed into place — does not arise.
extension Journal {
    /// Opens the journal in `store`, handing on every record after `resume` (or all of
    /// them) as `open` does for a file. `cache` names this desk's own files for it: the
    /// snapshot, which stays on the desk.
    public static func open(store: JournalStore, cache: JournalPaths, access: Access, clock: @escaping () -> Timestamp,
                            resume: ChainPoint? = nil,
                            onRecords: ([JournalRecord]) throws -> Void) throws -> (journal: Journal, report: OpenReport) {
        let status: Status = access == .readWrite ? .writable : .readOnly(.requested)
        let journal = Journal(paths: cache, io: SystemFileIO(), clock: clock, fd: -1, lockFD: -1, status: status, store: store)
        do {
            let report = try journal.readAll(resume: resume, onRecords: onRecords)
            return (journal, report)
        } catch {
            journal.close()
            throw error
        }
    }

    /// Writes the header into an empty store and opens it; refused when it holds records.
    public static func create(store: JournalStore, cache: JournalPaths, id: String, time: Timestamp, author: String,
                              clock: @escaping () -> Timestamp) throws -> Journal {
        try store.lock(exclusive: true)
        do {
            if try store.size() > 0 { throw JournalError.alreadyExists(path: store.location) }
            try store.append(headerLine(id: id, time: time, author: author) + [0x0A])
        } catch {
            store.unlock()
            throw error
        }
        store.unlock()
        return try open(store: store, cache: cache, access: .readWrite, clock: clock) { _ in }.journal
    }

    /// Checks every record in `store` from the header on, writing nothing.
    public static func verify(store: JournalStore, progress: ((Int, Int) -> Void)? = nil) throws -> VerificationReport {
        let size = try store.size()
        var report = try verifyCarefully(.store(store), size: size, head: nil, headUnreadable: false, progress: progress)
        // The store's last record is its head.
        report.head = .matches
        return report
    }

    /// Runs `body`; a store that cannot be reached makes the handle read-only with the
    /// reason, until a later call reaches it again (`append` and `readNew` try anew).
    func watchingStore<T>(_ body: () throws -> T) throws -> T {
        guard store != nil else { return try body() }
        do {
            let value = try body()
            if case .readOnly(.unavailable) = status { status = .writable }
            return value
        } catch JournalError.store(let p) where p.kind == .connection {
            status = .readOnly(.unavailable(p))
            throw JournalError.store(p)
        }
    }

    /// Whether the journal is kept in a store rather than a file.
    public var isInStore: Bool { store != nil }

    /// Where the journal is, for messages: its file, or its store.
    public var location: String { store?.location ?? paths.journal }
}
