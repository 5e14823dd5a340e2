import LotsenParallel
import LotsenCore
import LotsenJournal
import Synchronization

/// Decoding records into events on other threads while a whole journal is replayed:
/// each record's event depends only on its own bytes, and decoding was a third of a
/// replay. Runs of records are decoded while the run before is folded, so the fold —
/// which must stay in journal order, on one thread — does not wait for decoding; when
/// decoding is the slower of the two, the folding thread decodes what is left of the
/// next run itself rather than sleep.
enum EventDecoding {
    /// Records decoded together: enough to keep every core busy for a while, few enough
    /// to stay a small part of memory.
    static let run = 2048

    /// What folding one record needs, worked out off the folding thread.
    enum Decoded {
        /// The journal's header: nothing to fold.
        case header
        case event(RecordedEvent)
        /// A record this version cannot decode (its sequence number).
        case undecodable(Int)
        /// A record of a person whose key was destroyed (gallring): nothing to fold.
        case forgotten
        /// Sealed under a key the ring does not hold (yet: another desk may just have
        /// made it): the folding thread reads the key store again and retries.
        case locked(JournalRecord)
    }

    /// Borrowing: the record is read where the run holds it (a copy of each was a
    /// retain and release of its five references).
    static func decode(_ record: borrowing JournalRecord, ring: KeyRing?) -> Decoded {
        withUnsafeTemporaryAllocation(of: RecordedEvent.self, capacity: 1) { slot in
            decode(record, ring: ring, into: slot.baseAddress!) ?? .event(slot.baseAddress!.move())
        }
    }

    /// The record's event initialised at `slot` and nil, or what it is when it is no
    /// event (and `slot` is left as it was). A replay's runs keep their events apart from
    /// the rest: wrapped in `Decoded`, each event (200 bytes) was copied in and out of the
    /// enum five times on the folding thread.
    @inline(__always)
    static func decode(_ record: borrowing JournalRecord, ring: KeyRing?, into slot: UnsafeMutablePointer<RecordedEvent>) -> Decoded? {
        // The header and a mended journal's `journal.lost` records carry nothing to fold.
        guard record.type != JournalHeader.type, record.type != JournalLost.type else { return .header }
        let event: Event?
        if SealedPayload.isSealed(record.payload) {
            guard let ring else { return .locked(copy record) }
            if ring.isForgotten(record.subject) && !SealedPayload.isJournalWide(record.type) { return .forgotten }
            do {
                // Read straight from the opened bytes: no copy of the plain payload.
                guard let opened = try SealedPayload.withOpened(record, in: ring, { Event(type: $1.type, payload: $0) }) else {
                    return .locked(copy record)
                }
                event = opened
            } catch {
                return .undecodable(record.sequence)
            }
        } else {
            event = Event(type: record.type, payload: record.payload)
        }
        // Moved into its slot, not copied there and then let go of.
        switch consume event {
        case .none:
            return .undecodable(record.sequence)
        case .some(let event):
            slot.initialize(to: RecordedEvent(event: event, subject: record.subject.map(ParticipantID.init),
                                              stamp: EntryStamp(sequence: record.sequence, time: record.time, author: record.author)))
            return nil
        }
    }

    /// Memory for one run's decoded records, kept from run to run. A fresh array for
    /// each run (a few thousand records of 200 bytes) is above the mmap threshold a
    /// replay sets, so the kernel mapped and zeroed it page by page every time: a
    /// twentieth of a replay's CPU was spent clearing those pages.
    ///
    /// The events lie in one block, a flag each saying whether its slot holds one; the
    /// few records that are no event (a header, a forgotten person's, one that cannot
    /// be read) are kept apart by their position.
    final class RunMemory {
        // Touched by one job at a time: `Runs` hands it out again only after the job
        // that used it has been folded (or dropped), which waits for its worker. Within
        // a job each slot is written by the one thread whose slice holds it.
        fileprivate var events: UnsafeMutablePointer<RecordedEvent>
        fileprivate var isEvent: UnsafeMutablePointer<Bool>
        fileprivate let others = Mutex<[Int: Decoded]>([:])
        fileprivate var capacity = 0
        /// How many records at `events` and `isEvent` are decoded.
        fileprivate var filled = 0
        fileprivate var inUse = false

        init() {
            events = .allocate(capacity: 1)
            isEvent = .allocate(capacity: 1)
        }

        deinit {
            clear()
            events.deallocate()
            isEvent.deallocate()
        }

        fileprivate func clear() {
            for i in 0..<filled where isEvent[i] { (events + i).deinitialize(count: 1) }
            filled = 0
            others.withLock { $0.removeAll() }
        }

        fileprivate func release() {
            precondition(!inUse, "a run's memory let go of while a job still holds it")
            clear()
            events.deallocate()
            isEvent.deallocate()
            events = .allocate(capacity: 1)
            isEvent = .allocate(capacity: 1)
            capacity = 0
        }

        /// Room for `count` records, the ones before let go of.
        fileprivate func reset(for count: Int) {
            clear()
            guard count > capacity else { return }
            events.deallocate()
            isEvent.deallocate()
            events = .allocate(capacity: count)
            isEvent = .allocate(capacity: count)
            capacity = count
        }

        /// Record `i`: its event into its slot, or what it is apart.
        @inline(__always)
        fileprivate func decode(_ record: borrowing JournalRecord, ring: KeyRing?, at i: Int) {
            if let other = EventDecoding.decode(record, ring: ring, into: events + i) {
                isEvent[i] = false
                others.withLock { $0[i] = other }
            } else {
                isEvent[i] = true
            }
        }
    }

    /// The two runs' memories a replay uses in turn: one run is folded while the next is
    /// decoded into the other.
    final class Runs {
        private let memories = [RunMemory(), RunMemory()]
        private var next = 0

        func decode(_ batches: [[JournalRecord]], ring: KeyRing?) -> Job {
            let memory = memories[next]
            next ^= 1
            return Job(batches, ring: ring, into: memory)
        }

        /// Lets go of the memories once every job is folded: a first open then writes
        /// the snapshot, and the two add up at its peak (issue 29).
        func release() { memories.forEach { $0.release() } }
    }

    /// One run being decoded in the background, and finished by the folding thread when
    /// it gets there first (`BackgroundSlices`). The records are let go of by the thread
    /// that decodes the last slice: freeing their strings and payloads was a twentieth of
    /// the folding thread's work.
    final class Job {
        // The slots are written by the slices, read only after `work.finish()`.
        private let memory: RunMemory
        private let count: Int
        private var taken = false
        private let work: BackgroundSlices

        init(_ batches: [[JournalRecord]], ring: KeyRing?, into memory: RunMemory) {
            precondition(!memory.inUse, "a run's memory handed out while a job still holds it")
            memory.inUse = true
            self.memory = memory
            // Read where the batches hold them: gathering the records into one array
            // copied each (five references retained and released) — a twentieth of a
            // replay's CPU.
            var firsts: [Int] = []
            var count = 0
            for batch in batches { firsts.append(count); count += batch.count }
            self.count = count
            memory.reset(for: count)
            // Each batch reached into once per slice, its records read where they lie:
            // reaching in once per record retained and released the batch's array every
            // time, from both cores on one counter.
            work = BackgroundSlices(count: count) { range in
                var b = firsts.count - 1
                while firsts[b] > range.lowerBound { b -= 1 }
                var i = range.lowerBound
                while i < range.upperBound {
                    let first = firsts[b]
                    batches[b].withUnsafeBufferPointer { records in
                        let end = min(range.upperBound, first + records.count)
                        while i < end {
                            memory.decode((records.baseAddress! + (i - first)).pointee, ring: ring, at: i)
                            i += 1
                        }
                    }
                    b += 1
                }
            }
        }

        /// Every record decoded, some perhaps here.
        private func finish() {
            work.finish()
            memory.filled = count
        }

        /// Each decoded record to `folder` in journal order, moved (not copied) out of the
        /// run: copying an event and then dropping the copy was a tenth of the folding
        /// thread. (Read in place instead, binding the event out of the enum copied it
        /// all the same: a retain of each of its strings.)
        func fold<Folder: RunFolder>(into folder: inout Folder) {
            guard !taken else { return }
            finish()
            taken = true
            let count = memory.filled
            memory.filled = 0
            var others = memory.others.withLock { kept in
                defer { kept.removeAll() }
                return kept
            }
            for i in 0..<count {
                if memory.isEvent[i] {
                    folder.fold((memory.events + i).move())
                } else if let other = others.removeValue(forKey: i) {
                    folder.fold(other: other)
                }
            }
            memory.inUse = false
        }

        /// The run let go of unfolded.
        func drop() {
            guard !taken else { return }
            finish()
            taken = true
            memory.clear()
            memory.inUse = false
        }

        deinit {
            // Dropped unfolded (an open that failed half-way): what the slices wrote is let
            // go of when the memory is next used, or released.
            if !taken {
                finish()
                memory.inUse = false
            }
        }
    }
}

/// Where a replay's decoded records go, in journal order: the events, and the few
/// records that are no event.
protocol RunFolder {
    mutating func fold(_ event: consuming RecordedEvent)
    mutating func fold(other: consuming EventDecoding.Decoded)
}
