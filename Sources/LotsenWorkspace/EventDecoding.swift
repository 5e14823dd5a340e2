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
    static let run = 4096

    static func decode(_ records: [JournalRecord]) -> [Event?] {
        Parallel.map(count: records.count) { i in
            records[i].type == JournalHeader.type ? nil : Event(type: records[i].type, payload: records[i].payload)
        }
    }

    /// One run being decoded in the background.
    final class Job: @unchecked Sendable {
        let records: [JournalRecord]
        // Written once on the worker before `done` is signalled, read only after waiting
        // for it: the semaphore orders the two.
        private var events: [Event?] = []
        private let done = DispatchSemaphore(value: 0)

        init(_ records: [JournalRecord]) {
            self.records = records
            DispatchQueue.global().async {
                self.events = EventDecoding.decode(records)
                self.done.signal()
            }
        }

        func wait() -> [Event?] {
            done.wait()
            return events
        }
    }
}
