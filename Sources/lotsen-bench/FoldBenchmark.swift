import Glibc
import LotsenCalendar
import LotsenCore
import LotsenJournal
import LotsenWorkspace

/// The fold alone: every record of a journal decoded once, outside the clock, then folded
/// into a new `LotsenState` run after run on one thread, as a replay folds. Measures what
/// a change to `LotsenState.apply` costs without the noise of reading, decoding and
/// starting a process (which `compare.sh`'s replay includes).
enum FoldBenchmark {
    static func run(journal path: String, runs: Int) {
        guard let events = events(journal: path) else { return }
        var times: [UInt64] = []
        var participants = 0
        for _ in 0..<runs {
            let t0 = monotonicNanoseconds()
            var state = LotsenState()
            // As a replay does: only the last entries are remembered for undo.
            state.rememberOnly(after: (events.last?.stamp.sequence ?? 0) - AuthoredEntry.window)
            for e in events { state.apply(e) }
            times.append(monotonicNanoseconds() - t0)
            participants = state.order.count
        }
        let d = Distribution(times)
        print("fold of \(events.count) events (\(participants) participants), \(runs) runs: best \(format(d.samples[0] / 1000)) ms, "
              + "median \(format(d.median / 1000)) ms, worst \(format(d.samples[d.samples.count - 1] / 1000)) ms; "
              + "median \(format(d.median * 1000 / Double(events.count))) ns per event")
    }

    /// Every event of the journal, decoded (and opened, when sealed); nil when it cannot
    /// be read, said on the way.
    static func events(journal path: String) -> [RecordedEvent]? {
        var events: [RecordedEvent] = []
        let ring = BenchKeys.ring(path)
        do {
            let (journal, _) = try Journal.open(JournalPaths(journal: path), access: .readOnly, clock: Timestamp.now) { batch in
                for r in batch {
                    let payload = SealedPayload.isSealed(r.payload) ? ring.flatMap { try? SealedPayload.open(r, in: $0) } : r.payload
                    guard let payload, let e = Event(type: r.type, payload: payload) else { continue }
                    events.append(RecordedEvent(event: e, subject: r.subject.map(ParticipantID.init),
                                                stamp: EntryStamp(sequence: r.sequence, time: r.time, author: r.author)))
                }
            }
            journal.close()
        } catch {
            print("cannot read \(path): \(error)")
            return nil
        }
        return events
    }
}
