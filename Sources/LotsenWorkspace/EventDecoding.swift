import LotsenCore
import LotsenJournal

/// Decoding records into events on every core while a whole journal is replayed: each
/// record's event depends only on its own bytes, and decoding was a third of a replay.
enum EventDecoding {
    /// Records decoded together: enough to keep every core busy for a while, few enough
    /// to stay a small part of memory.
    static let run = 4096

    static func decode(_ records: [JournalRecord]) -> [Event?] {
        ParallelDecoding.map(count: records.count) { i in
            records[i].type == JournalHeader.type ? nil : Event(type: records[i].type, payload: records[i].payload)
        }
    }
}
