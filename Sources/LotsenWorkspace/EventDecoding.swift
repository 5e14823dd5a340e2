import LotsenParallel
import Dispatch
import LotsenCore
import LotsenJournal

/// Decoding records into events on other threads while a whole journal is replayed:
/// each record's event depends only on its own bytes, and decoding was a third of a
/// replay. Runs of records are decoded while the run before is folded, so the fold —
/// which must stay in journal order, on one thread — never waits for decoding unless
/// decoding is the slower of the two.
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
        // The header and a mended journal's `journal.lost` records carry nothing to fold.
        guard record.type != JournalHeader.type, record.type != JournalLost.type else { return .header }
        let event: Event?
        if SealedPayload.isSealed(record.payload) {
            guard let ring else { return .locked(copy record) }
            if ring.isForgotten(record.subject) && !SealedPayload.isJournalWide(record.type) { return .forgotten }
            do {
                // Read straight from the opened bytes: no copy of the plain payload.
                let type = record.type
                guard let opened = try SealedPayload.withOpened(record, in: ring, { Event(type: type, payload: $0) }) else {
                    return .locked(copy record)
                }
                event = opened
            } catch {
                return .undecodable(record.sequence)
            }
        } else {
            event = Event(type: record.type, payload: record.payload)
        }
        guard let event else { return .undecodable(record.sequence) }
        return .event(RecordedEvent(event: event, subject: record.subject.map(ParticipantID.init),
                                    stamp: EntryStamp(sequence: record.sequence, time: record.time, author: record.author)))
    }

    /// One run being decoded in the background. The records are let go of there too:
    /// freeing their strings and payloads was a twentieth of the folding thread's work.
    final class Job: @unchecked Sendable {
        // Written once on the worker before `done` is signalled, read only after waiting
        // for it: the semaphore orders the two.
        private var decoded: [Decoded?] = []
        private let done = DispatchSemaphore(value: 0)

        init(_ batches: [[JournalRecord]], ring: KeyRing?) {
            DispatchQueue.global().async {
                // Read where the batches hold them: gathering the records into one array
                // copied each (five references retained and released) — a twentieth of
                // a replay's CPU.
                var firsts: [Int] = []
                var count = 0
                for batch in batches { firsts.append(count); count += batch.count }
                self.decoded = Parallel.map(count: count) { i in
                    var b = firsts.count - 1
                    while firsts[b] > i { b -= 1 }
                    return batches[b].withUnsafeBufferPointer { EventDecoding.decode($0[i - firsts[b]], ring: ring) }
                }
                self.done.signal()
            }
        }

        /// Each decoded record in journal order, moved (not copied) out of the run:
        /// copying an event and then dropping the copy was a tenth of the folding thread.
        func forEach(_ body: (consuming Decoded) -> Void) {
            done.wait()
            decoded.withUnsafeMutableBufferPointer { run in
                for i in run.indices { if let d = run[i].take() { body(d) } }
            }
            decoded = []
        }
    }
}
