import CMallocTuning
import LotsenCalendar
import LotsenCore
import LotsenJournal

/// A journal replayed into domain state. Commands are checked against the state (with
/// other desks' appends folded in first, under the writer lock), turned into events,
/// appended durably, and folded in. The CLI and the TUI both work through this.
public final class Workspace {
    public private(set) var state = LotsenState() { didSet { (searchIndexMemo, listOrderMemo) = (nil, nil) } }
    /// `searchIndex` and `listOrder` once made for this state (Workspace+Search.swift).
    var searchIndexMemo: SearchIndex?, listOrderMemo: [Int]?
    public let journal: Journal
    /// Who is writing: a caseworker's initials, or nil when unknown.
    public private(set) var author: String?
    /// Records whose payload this version could not read.
    public private(set) var undecodableRecords: [Int] = []
    /// How opening used the snapshot, and how many records it replayed.
    public private(set) var opening = Opening()
    /// The last record the snapshot on disk holds, as far as this workspace knows.
    var snapshotSequence = -1
    var wroteRecords = false
    let useSnapshots: Bool
    /// Set when this is a view of the past: it never follows later appends.
    var before: Timestamp?
    let io: FileIO
    var sealKey: [UInt8]?
    /// A sealed journal's data keys (docs/privacy.md, "Encryption at rest"); nil for a
    /// journal in the clear. Read again when another desk made a key this one lacks.
    public internal(set) var ring: KeyRing?
    /// What unlocks the key store, to read it again and to write new keys into it.
    var master: MasterKey?
    /// The snapshot's file layer: sealed with the journal's key when the journal is.
    var snapshotIO: FileIO

    public struct Opening: Equatable, Sendable {
        /// Nil when the state came from the snapshot (plus the records after it).
        public var snapshotProblem: Snapshot.Problem? = .missing
        /// Records read from the journal and folded in.
        public var replayed = 0
        /// Opened as of a past moment (`Environment.before`): the last record folded in,
        /// nil when the journal had none that early.
        public var pastEnd: PastEnd?
    }

    /// The last record a view of the past holds: its banner names it.
    public struct PastEnd: Equatable, Sendable {
        public var sequence: Int
        public var time: Timestamp

        public init(sequence: Int, time: Timestamp) {
            self.sequence = sequence
            self.time = time
        }
    }

    /// Replaying more than this many records at open (or since the last snapshot, at
    /// close) writes a new snapshot: a few milliseconds of replay are cheaper than
    /// writing it on every open.
    public static let snapshotAfter = 1_000

    let clock: () -> Timestamp
    let today: () -> Day
    var newID: () -> ParticipantID

    init(journal: Journal, author: String?, clock: @escaping () -> Timestamp, today: @escaping () -> Day,
         newID: @escaping () -> ParticipantID, useSnapshots: Bool, io: FileIO) {
        self.journal = journal
        self.useSnapshots = useSnapshots
        self.io = io
        snapshotIO = io
        self.author = author
        self.clock = clock
        self.today = today
        self.newID = newID
    }

    public struct Environment {
        public var author: String?
        public var clock: () -> Timestamp
        /// Today's date where the caseworker is (the executable knows the time zone).
        public var today: () -> Day
        public var newID: () -> ParticipantID
        public var io: FileIO
        /// Open from the snapshot and keep it up to date (see `Snapshot`).
        public var snapshots: Bool
        /// The key snapshots are sealed with (`SnapshotSeal`); none: written unsealed.
        public var sealKey: [UInt8]?
        /// What unlocks a sealed journal's key store; given to `create`, the new journal
        /// is sealed (`KeyStore`).
        public var master: MasterKey?
        /// The journal as it stood just before this moment: only records stamped earlier
        /// are folded in, the snapshot is neither read nor written, and nothing is
        /// written (docs/architecture.md, "The past").
        public var before: Timestamp?
        /// Told now and then how far a whole replay has come: (records read, records in
        /// the journal). Only a replay from the start reports; an open from the snapshot is quick.
        public var progress: ((Int, Int) -> Void)?

        public init(author: String?, clock: @escaping () -> Timestamp, today: @escaping () -> Day,
                    newID: @escaping () -> ParticipantID = ParticipantIDs.random, io: FileIO = SystemFileIO(),
                    snapshots: Bool = true) {
            self.snapshots = snapshots
            self.author = author
            self.clock = clock
            self.today = today
            self.newID = newID
            self.io = io
        }
    }

    /// Opens from the snapshot when it matches the journal, replaying only the records
    /// after it; otherwise replays the whole journal (and writes a new snapshot).
    ///
    /// With a `store` (a database), the records come from it and `paths` name this desk's
    /// own files for it: the snapshot, kept locally (`DatabaseCache`).
    public static func open(_ paths: JournalPaths, store: JournalStore? = nil, access: Journal.Access,
                            _ env: Environment) throws -> (Workspace, Journal.OpenReport) {
        if store == nil, try env.io.stat(paths.journal) == nil { throw JournalError.notFound(path: paths.journal) }
        let paths = store == nil ? try paths.canonical() : paths
        var ring = KeyStore.exists(paths, store: store) ? try KeyStore.read(paths, master: env.master, store: store) : nil
        let snapshotIO: FileIO = ring.map { SealedFileIO(base: env.io, journalKey: $0.journalKey) } ?? env.io
        var opening = Opening()
        var base: (state: LotsenState, point: Journal.ChainPoint)?
        var witness: ChainWitness?
        let before = env.before
        if env.snapshots && before == nil {
            switch Snapshot.read(paths, io: snapshotIO) {
            case .success(let s):
                witness = s.witness
                // A reader with a key rebuilds an unsealed snapshot (older, or its seal cut off).
                if env.sealKey != nil && !s.sealed { opening.snapshotProblem = .doesNotMatch }
                // Someone whose key is destroyed is in it: a purge was cut off, or a desk
                // that had not seen it saved over it. Replayed without them instead.
                else if let ring, ring.forgotten.keys.contains(where: { s.state.participants.contains(ParticipantID($0)) }) {
                    opening.snapshotProblem = .doesNotMatch
                } else { base = (s.state, s.point) }
            case .failure(let problem): opening.snapshotProblem = problem
            }
        }
        // A whole replay: big buffers mapped and unmapped rather than kept in the heap, so
        // that the peak of a first open of a large journal stays under 150 MB. Only then:
        // for everything else (verify, an open from the snapshot) reusing the heap is faster.
        if base == nil && before == nil { _ = lotsen_fix_mmap_threshold() }
        var folded = base?.state ?? LotsenState()
        // Only the last entries are remembered for undo: where the journal ends is known
        // from its head, so a replay skips remembering the rest.
        let end = store == nil ? Journal.headSequence(paths, io: env.io) : nil
        let recentFrom = end.map { $0 - AuthoredEntry.window } ?? 0
        folded.rememberOnly(after: recentFrom)
        var undecodable: [Int] = []
        // Batches wait here until a few thousand records can be decoded into events in
        // the background while the run before is folded, in journal order. Kept as the
        // batches the journal hands out: gathering their records into one array here
        // was a twentieth of this thread's work, the decoding thread does it instead.
        var pending: [[JournalRecord]] = []
        var pendingRecords = 0
        var decoding: EventDecoding.Job?
        let runs = EventDecoding.Runs()
        var fromStart = base == nil
        var unlocked = KeyUnlocking(paths: paths, master: env.master, store: store)
        func foldDecoded(thenDecode next: [[JournalRecord]]?) {
            let started = next.map { runs.decode($0, ring: ring) }
            if let job = decoding {
                // Folded into a local, put back after the run: variables captured by these
                // nested functions are checked for exclusive access at run time on every
                // use, four times an event.
                var folder = ReplayFolder(ring: ring, unlocking: unlocked)
                swap(&folder.state, &folded)
                swap(&folder.undecodable, &undecodable)
                job.fold(into: &folder)
                swap(&folder.state, &folded)
                swap(&folder.undecodable, &undecodable)
                (ring, unlocked) = (folder.ring, folder.unlocking)
            }
            decoding = started
        }
        func onRecords(_ batch: [JournalRecord]) {
            // Reading starts at the header only when the snapshot's point did not match.
            if batch.first?.sequence == 0 {
                fromStart = true
                decoding?.drop()
                decoding = nil
                pending.removeAll()
                pendingRecords = 0
                folded = LotsenState()
                folded.rememberOnly(after: recentFrom)
                opening.pastEnd = nil
            }
            var batch = batch
            if let before, let last = batch.last, last.time >= before {
                // Filtered, not cut at the first later record: each desk stamps its own
                // records, so a clock a little behind must not hide what came before.
                batch = batch.filter { $0.time < before && $0.sequence > 0 }
                if batch.isEmpty { return }
            }
            if before != nil, let last = batch.last, last.sequence > 0 {
                opening.pastEnd = PastEnd(sequence: last.sequence, time: last.time)
            }
            opening.replayed += batch.count
            if fromStart, let end, let last = batch.last { env.progress?(last.sequence, end) }
            pending.append(batch)
            pendingRecords += batch.count
            if pendingRecords >= EventDecoding.run {
                foldDecoded(thenDecode: pending)
                pending = []
                pendingRecords = 0
            }
        }
        let (journal, report) = if let store {
            try Journal.open(store: store, cache: paths, access: access, clock: env.clock, resume: base?.point, onRecords: onRecords)
        } else {
            try Journal.open(paths, access: access, io: env.io, clock: env.clock, resume: base?.point,
                             witnesses: witness.map { [$0] } ?? [], onRecords: onRecords)
        }
        foldDecoded(thenDecode: pending)
        foldDecoded(thenDecode: nil)
        runs.release()
        // Sealed records and no key store beside them: say so, not "unreadable records".
        if ring == nil && unlocked.lockedWithoutStore > 0 {
            journal.close()
            throw KeyStore.Problem.missing
        }
        folded.rememberAll()
        if base != nil { opening.snapshotProblem = report.resumed ? nil : .doesNotMatch }
        let w = Workspace(journal: journal, author: env.author, clock: env.clock, today: env.today, newID: env.newID,
                          useSnapshots: env.snapshots && before == nil, io: env.io)
        w.before = before
        w.state = folded
        w.sealKey = env.sealKey
        w.ring = ring
        w.master = env.master
        w.snapshotIO = snapshotIO
        w.undecodableRecords = undecodable
        w.opening = opening
        if report.resumed, let base { w.snapshotSequence = base.point.sequence }
        if before == nil, opening.replayed >= snapshotAfter || (opening.snapshotProblem != nil && opening.snapshotProblem != .missing) {
            // The replay's decoding threads freed their runs; hand the pages back before
            // the snapshot's buffers are taken, so the two do not add up (issue 29: peak
            // RSS of a first open).
            _ = lotsen_release_free_memory()
            w.saveSnapshot()
        }
        return (w, report)
    }

    /// Now, by the workspace's clock (a test's is fixed).
    public func clockNow() -> Timestamp { clock() }

    /// On a shared desk the journal says who the caller's login is: known only after it
    /// is read.
    public func identify(as initials: String) { author = initials }

    /// Writes the snapshot of the current state, unless the journal is damaged or holds
    /// records this version cannot read (a newer Lotsen must fold those itself). Best
    /// effort: a snapshot that cannot be written only makes the next open slower.
    public func saveSnapshot() {
        guard useSnapshots else { return }
        // Under the shared lock, with what others appended folded in first: a snapshot
        // written from an older state would bring back someone another desk just purged.
        try? journal.withNewRecordsHeld { records in
            foldIn(records)
            guard journal.damageIfAny == nil, undecodableRecords.isEmpty, state.unknownEvents == 0,
                  let point = journal.chainPoint, point.sequence != snapshotSequence,
                  // Records appended through the journal handle itself were never folded in.
                  point.sequence == state.lastSequence else { return }
            try Snapshot.write(state, journalID: journal.journalID, at: point, journal.paths, io: snapshotIO, seal: sealKey,
                               listed: { self.listOrder })
            snapshotSequence = point.sequence
        }
    }

    /// A new journal; sealed when `env.master` is given: its key store is written first,
    /// so no record of it is ever in the clear.
    public static func create(_ paths: JournalPaths, store: JournalStore? = nil, journalID: String, _ env: Environment) throws -> Workspace {
        let ring = try env.master.map { master in try KeyStore.create(for: paths, master: master, io: env.io, store: store) }
        let journal = if let store {
            try Journal.create(store: store, cache: paths, id: journalID, time: env.clock(), author: env.author ?? "lotsen", clock: env.clock)
        } else {
            try Journal.create(paths, id: journalID, time: env.clock(), author: env.author ?? "lotsen", io: env.io, clock: env.clock)
        }
        let w = Workspace(journal: journal, author: env.author, clock: env.clock, today: env.today, newID: env.newID,
                          useSnapshots: env.snapshots, io: env.io)
        w.sealKey = env.sealKey
        w.ring = ring
        w.master = env.master
        if let ring { w.snapshotIO = SealedFileIO(base: env.io, journalKey: ring.journalKey) }
        return w
    }

    /// Brings the snapshot up to date when this workspace wrote records, or read many
    /// that it does not hold, then closes the journal.
    public func close() {
        if let point = journal.chainPoint, point.sequence > snapshotSequence,
           wroteRecords || point.sequence - max(snapshotSequence, 0) >= Workspace.snapshotAfter {
            saveSnapshot()
        }
        journal.close()
    }

    /// Checks every command, then appends all their events as one atomic batch. Throws
    /// `DomainError` (nothing written) or `JournalError` (nothing acknowledged).
    /// - Parameter progress: for a long list (an import): how far, in steps of planning,
    ///   sealing and folding (three per command), now and then.
    @discardableResult
    public func perform(_ commands: [Command], progress: ((_ done: Int, _ total: Int) -> Void)? = nil) throws -> [RecordedEvent] {
        guard let author else { throw DomainError.noAuthor }
        let steps = commands.count * 3
        if Workspace.purges(commands) && ring == nil { throw DomainError.gallring(.needsEncryption) }
        var planned: [PlannedEvent] = []
        let written = try journal.append(othersAppended: { self.foldIn($0) }) {
            try self.checkAuthor(author, commands)
            var scratch = self.state
            planned = []
            for (i, command) in commands.enumerated() {
                if i % 1_024 == 1_023 { progress?(i + 1, steps) }
                // The planner lives for this statement only, so `apply` below changes
                // `scratch` in place instead of copying it once per command.
                let events = try CommandPlanner(state: scratch, today: self.today(), newID: self.newID).plan(command)
                for e in events {
                    scratch.apply(RecordedEvent(event: e.event, subject: e.subject,
                                                stamp: EntryStamp(sequence: 0, time: self.clock(), author: author)))
                }
                planned += events
            }
            let now = self.clock()
            let drafts = planned.map {
                RecordDraft(time: now, author: author, type: $0.event.type, subject: $0.subject?.value, payload: $0.event.payload)
            }
            try self.destroyKeys(of: Workspace.purgedSubjects(planned), at: now)
            // Sealing counts as the second third, whatever the number of events per command.
            let perStep = Double(commands.count) / Double(max(drafts.count, 1))
            return try self.sealed(drafts, progress: progress.map { p in { p(commands.count + Int(Double($0) * perStep), steps) } })
        }
        let recorded = zip(written, planned).map { record, p in
            RecordedEvent(event: p.event, subject: p.subject,
                          stamp: EntryStamp(sequence: record.sequence, time: record.time, author: record.author))
        }
        for (i, r) in recorded.enumerated() {
            state.apply(r)
            if i % 1_024 == 1_023 { progress?(2 * commands.count + Int(Double(i + 1) / Double(recorded.count) * Double(commands.count)), steps) }
        }
        progress?(steps, steps)
        wroteRecords = true
        if !Workspace.purgedSubjects(planned).isEmpty { replaceSnapshotAfterPurge() }
        return recorded
    }

    @discardableResult
    public func perform(_ command: Command) throws -> [RecordedEvent] { try perform([command]) }

    /// Folds in what other processes appended since the last look; cheap when nothing
    /// changed (one fstat). Returns the new events.
    @discardableResult
    public func refresh() throws -> [RecordedEvent] {
        if before != nil { return [] }
        let records = try journal.readNew()
        return foldIn(records)
    }

    @discardableResult
    private func foldIn(_ records: [JournalRecord]) -> [RecordedEvent] {
        var out: [RecordedEvent] = []
        var unlocked = KeyUnlocking(paths: journal.paths, master: master, store: journal.store)
        for r in records {
            let decoded = unlocked.settle(EventDecoding.decode(r, ring: ring), &ring)
            if let e = Workspace.fold(decoded, into: &state, undecodable: &undecodableRecords) {
                forgetPurged(e)
                out.append(e)
            }
        }
        return out
    }

    @discardableResult
    static func fold(_ record: JournalRecord, ring: KeyRing?, into state: inout LotsenState, undecodable: inout [Int]) -> RecordedEvent? {
        fold(EventDecoding.decode(record, ring: ring), into: &state, undecodable: &undecodable)
    }

    /// Folds a record decoded on another thread in a replay: the event is moved in and
    /// nothing is handed back, so it is not copied (a retain of each of its strings).
    static func foldReplayed(_ decoded: consuming EventDecoding.Decoded, into state: inout LotsenState, undecodable: inout [Int]) {
        switch consume decoded {
        case .header, .forgotten: break
        case .undecodable(let sequence): undecodable.append(sequence)
        case .locked(let record): undecodable.append(record.sequence)
        case .event(let recorded): state.apply(recorded)
        }
    }

    /// Folds a record already decoded.
    @discardableResult
    static func fold(_ decoded: EventDecoding.Decoded, into state: inout LotsenState, undecodable: inout [Int]) -> RecordedEvent? {
        foldReplayed(decoded, into: &state, undecodable: &undecodable)
        if case .event(let recorded) = decoded { return recorded }
        return nil
    }
}
