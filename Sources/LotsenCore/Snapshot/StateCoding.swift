/// `LotsenState` in three parts, so that a lookup can read only what it needs:
/// - **lookup**: the participants in registration order with their search keys, and the
///   order the search index lists them in — all `lotsen find` reads besides the few
///   people it shows;
/// - **shared**: everything that is not one participant's (caseworkers, the placement
///   bank, meetings, counters);
/// - **participants**: one part each, in the lookup's order, decoded on demand.
public enum StateCoding {
    /// The layout of every type written here. Bump it with any change to a stored
    /// property of the state: a snapshot of another version is ignored and rebuilt.
    public static let version = 15

    public struct Parts {
        public var lookup: [UInt8]
        public var shared: [UInt8]
        public var participants: [[UInt8]]
    }

    public static func encode(_ s: LotsenState) -> Parts {
        let (lookup, shared) = encodeFront(s)
        return Parts(lookup: lookup, shared: shared, participants: s.order.map { encodeParticipant(s, $0) })
    }

    /// The lookup and shared parts: what comes before the participants. `listed`, the
    /// state's list order when the caller has it (`SearchIndex.listOrder(of:)`), is
    /// written as it is; without it the order is sorted here.
    public static func encodeFront(_ s: LotsenState, listed: [Int]? = nil) -> (lookup: [UInt8], shared: [UInt8]) {
        var lookup = BinaryWriter(capacity: s.order.count * 96)
        lookup.write(UInt64(s.order.count))
        let keys = s.order.map { s.searchIndex[$0]! }
        for (id, k) in zip(s.order, keys) {
            lookup.write(id)
            lookup.write(k)
        }
        for position in listed ?? SearchIndex.listOrder(ids: s.order, keys: keys) { lookup.write(UInt64(position)) }
        var shared = BinaryWriter()
        shared.write(s.caseworkers)
        shared.write(s.byPersonnummer)
        shared.write(s.unknownEvents)
        shared.write(s.unappliedEvents)
        shared.write(s.lastSequence)
        shared.write(s.workplaces)
        shared.write(s.workplaceOrder)
        shared.write(s.placed)
        shared.write(s.checklist)
        shared.write(s.meetings)
        shared.write(s.meetingOrder)
        shared.write(s.meetingTasks)
        shared.write(s.meetingTaskOrder)
        shared.write(s.agendaThresholds)
        shared.write(s.yearTargets)
        shared.write(Array(s.recentEntries.entries))
        shared.write(s.undoneEntries)
        shared.write(UInt64(s.savedViews.count))
        for (author, views) in s.savedViews.sorted(by: { $0.key < $1.key }) {
            shared.write(author)
            shared.write(views)
        }
        shared.write(s.retentionRules)
        shared.write(s.gallringProposal)
        shared.write(s.purges)
        return (lookup.bytes, shared.bytes)
    }

    /// One participant's part, one at a time, so that a snapshot is written without
    /// holding every part at once; an unchanged one as the snapshot already holds it.
    public static func encodeParticipant(_ s: LotsenState, _ id: ParticipantID) -> [UInt8] {
        if let unchanged = s.participants.storedPart(id) { return unchanged }
        var w = BinaryWriter(capacity: 1024)
        w.write(s.participants[id]!)
        return w.bytes
    }

    /// The lookup part: ids in registration order, their search keys, and the positions
    /// in the order the search index lists them (checked to be each position once).
    public static func decodeLookup(_ bytes: UnsafeRawBufferPointer) throws(BinaryDecodingError)
        -> (ids: [ParticipantID], keys: [SearchKeys], listed: [Int]) {
        var r = BinaryReader(bytes)
        let n = try r.count()
        var ids: [ParticipantID] = []
        var keys: [SearchKeys] = []
        ids.reserveCapacity(n)
        keys.reserveCapacity(n)
        for _ in 0..<n {
            ids.append(try r.read())
            keys.append(try r.read())
        }
        var listed: [Int] = []
        listed.reserveCapacity(n)
        var seen = [Bool](repeating: false, count: n)
        for _ in 0..<n {
            let position: UInt64 = try r.read()
            guard position < UInt64(n), !seen[Int(position)] else { throw r.fail() }
            seen[Int(position)] = true
            listed.append(Int(position))
        }
        guard r.isAtEnd else { throw r.fail() }
        return (ids, keys, listed)
    }

    /// The caseworkers alone, first in the shared part: what a lookup needs to apply the
    /// privacy rule without decoding meetings and the placement bank.
    public static func decodeCaseworkers(_ shared: UnsafeRawBufferPointer) throws(BinaryDecodingError) -> [String: Caseworker] {
        var r = BinaryReader(shared)
        return try r.read()
    }

    public static func decodeParticipant(_ bytes: UnsafeRawBufferPointer) throws(BinaryDecodingError) -> Participant {
        var r = BinaryReader(bytes)
        let p: Participant = try r.read()
        guard r.isAtEnd else { throw r.fail() }
        return p
    }

    /// The whole state from the lookup part's ids and keys, the participants' parts in
    /// that order (decoded when first asked for), and the shared part.
    public static func assemble(ids: [ParticipantID], keys: [SearchKeys], participants: any StoredParticipantSource,
                                shared: UnsafeRawBufferPointer) throws(BinaryDecodingError) -> LotsenState {
        guard participants.ids == ids, keys.count == ids.count else { throw BinaryDecodingError(offset: 0) }
        var s = LotsenState()
        s.order = ids
        s.searchIndex.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() { s.searchIndex[id] = keys[i] }
        s.participants = ParticipantStore(stored: participants)
        var r = BinaryReader(shared)
        s.caseworkers = try r.read()
        s.byPersonnummer = try r.read()
        s.unknownEvents = try r.read()
        s.unappliedEvents = try r.read()
        s.lastSequence = try r.read()
        s.workplaces = try r.read()
        s.workplaceOrder = try r.read()
        s.placed = try r.read()
        s.checklist = try r.read()
        s.meetings = try r.read()
        s.meetingOrder = try r.read()
        s.meetingTasks = try r.read()
        s.meetingTaskOrder = try r.read()
        s.agendaThresholds = try r.read()
        s.yearTargets = try r.read()
        s.recentEntries = EntryWindow(try r.read())
        s.undoneEntries = try r.read()
        for _ in 0..<(try r.count()) {
            let author: String = try r.read()
            s.savedViews[author] = try r.read()
        }
        s.retentionRules = try r.read()
        s.gallringProposal = try r.read()
        s.purges = try r.read()
        guard r.isAtEnd else { throw r.fail() }
        return s
    }
}
