import Testing
import Synchronization
import LotsenCalendar
import LotsenCore
@testable import LotsenWorkspace

/// A state opened from a snapshot decodes each participant when first asked for: it
/// must give exactly the replayed state however it is read, and stay a value.
@Suite("Participants decoded when first asked for")
struct StoredParticipantsTests {
    /// A snapshot's participant parts in memory, counting the reads.
    final class PartsInMemory: ParticipantPartReader {
        let bytes: [UInt8]
        let reads = Mutex(0)

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        func read(_ count: Int, at offset: Int) -> [UInt8]? {
            reads.withLock { $0 += 1 }
            guard offset >= 0, count >= 0, offset + count <= bytes.count else { return nil }
            return Array(bytes[offset..<(offset + count)])
        }

        var count: Int { reads.withLock { $0 } }
    }

    /// The small demo replayed, and the same state assembled from its encoded parts.
    static func stored(window: Int = 1 << 20) throws -> (truth: LotsenState, state: LotsenState, reader: PartsInMemory) {
        let truth = try SnapshotTests.DemoDesk().replay()
        let parts = StateCoding.encode(truth)
        var bytes: [UInt8] = []
        var table: [StoredParticipants.Part] = []
        for p in parts.participants {
            table.append(StoredParticipants.Part(offset: bytes.count, length: p.count, sum: Checksum.of(p)))
            bytes += p
        }
        let reader = PartsInMemory(bytes)
        let keys = truth.order.map { truth.searchIndex[$0]! }
        let stored = StoredParticipants(ids: truth.order, parts: table, reader: reader, window: window)
        let state = try parts.shared.withUnsafeBytes { raw in
            try StateCoding.assemble(ids: truth.order, keys: keys, participants: stored, shared: raw)
        }
        return (truth, state, reader)
    }

    @Test("a card reads one participant; after a list's worth the rest are decoded in one go")
    func readsOnDemand() throws {
        let (truth, state, reader) = try Self.stored(window: 64 << 10)
        #expect(reader.count == 0)
        let first = truth.order[7]
        #expect(state.participant(first) == truth.participant(first))
        #expect(state.participant(first) == truth.participant(first))
        #expect(reader.count == 1)
        for id in truth.order.prefix(StoredParticipants.singleReads) { _ = state.participant(id) }
        #expect(reader.count == StoredParticipants.singleReads)
        // The next new one: everyone left, a window of parts per read.
        #expect(state.participant(truth.order.last!) == truth.participant(truth.order.last!))
        let afterAll = reader.count
        #expect(afterAll > StoredParticipants.singleReads && afterAll < StoredParticipants.singleReads + 20)
        for id in truth.order { #expect(state.participant(id) == truth.participant(id)) }
        #expect(reader.count == afterAll)
        #expect(state == truth)
    }

    @Test("a copy that changes someone leaves the other copy, and the snapshot's bytes, as they were")
    func staysAValue() throws {
        let (truth, state, _) = try Self.stored()
        let id = truth.order[3], other = truth.order[4]
        var changed = state
        let stamp = EntryStamp(sequence: truth.lastSequence + 1, time: Timestamp(millisecondsSince1970: 1_795_000_000_000), author: "AB")
        changed.apply(RecordedEvent(event: .participant(.noteAdded(kind: .call, text: "Ringde om praktiken.", corrects: nil)), subject: id, stamp: stamp))
        #expect(changed.participant(id)?.notes.last?.text == "Ringde om praktiken.")
        #expect(state.participant(id) == truth.participant(id))
        #expect(state == truth)
        #expect(changed != truth)

        // Written again: the changed person encoded anew, everyone else as stored.
        let again = StateCoding.encode(changed), before = StateCoding.encode(truth)
        let i = truth.order.firstIndex(of: id)!, j = truth.order.firstIndex(of: other)!
        #expect(again.participants[i] != before.participants[i])
        #expect(again.participants[j] == before.participants[j])
        var replayed = truth
        replayed.apply(RecordedEvent(event: .participant(.noteAdded(kind: .call, text: "Ringde om praktiken.", corrects: nil)), subject: id, stamp: stamp))
        #expect(changed == replayed)
    }
}
