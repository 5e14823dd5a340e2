/// Participants the state holds outside its own memory — a snapshot's — decoded when
/// first asked for. The workspace supplies them (`StoredParticipants` reads the snapshot
/// file); the domain only asks, so it stays values and rules, without files or threads.
public protocol StoredParticipantSource: AnyObject, Sendable {
    /// Everyone it holds, in the order the snapshot lists them.
    var ids: [ParticipantID] { get }
    func contains(_ id: ParticipantID) -> Bool
    func participant(_ id: ParticipantID) -> Participant?
    /// The participant's part as the snapshot holds it, to be written again unchanged.
    func storedPart(_ id: ParticipantID) -> [UInt8]?
}

/// Participants by id. Those that come from a snapshot stay bytes in the snapshot file
/// until someone asks for them: a list shows twenty people and a card one, so opening
/// a large journal does not wait for ten thousand people's histories to be decoded.
/// A value like the rest of the state: what a copy changes or adds lives in its own
/// dictionary; the snapshot's participants are shared, and never change.
public struct ParticipantStore: Equatable, Sendable {
    /// Participants registered or changed since the snapshot (all of them without one).
    private var own: [ParticipantID: Participant] = [:]
    private var stored: (any StoredParticipantSource)?
    /// Own participants the snapshot does not hold (`take` and `put` keep it).
    private var added = 0
    /// The snapshot's participants purged since (gallring): as if it never held them.
    private var removed: Set<ParticipantID> = []

    public init() {}

    public init(stored: any StoredParticipantSource) { self.stored = stored }

    public var count: Int { (stored?.ids.count ?? 0) - removed.count + added }

    public func contains(_ id: ParticipantID) -> Bool { own[id] != nil || isStored(id) }

    private func isStored(_ id: ParticipantID) -> Bool { stored?.contains(id) == true && !removed.contains(id) }

    public subscript(id: ParticipantID) -> Participant? {
        if let p = own[id] { return p }
        return isStored(id) ? stored?.participant(id) : nil
    }

    /// Changes a participant where they lie: an own one in place, so that their arrays
    /// are not shared and grow without being copied; a stored one once decoded into an
    /// own one. Nil when there is no such participant.
    ///
    /// `argument` is handed to `body` rather than captured by it: a closure that captured
    /// the event being folded copied it whole (a retain of each of its strings), once
    /// for every event of a replay.
    mutating func modify<A, R>(_ id: ParticipantID, with argument: borrowing A, _ body: (inout Participant, borrowing A) -> R) -> R? {
        if let i = own.index(forKey: id) { return body(&own.values[i], argument) }
        guard isStored(id), var p = stored?.participant(id) else { return nil }
        let result = body(&p, argument)
        own[id] = p
        return result
    }

    /// Adds a participant the store does not hold yet.
    mutating func add(_ p: Participant) {
        if own.updateValue(p, forKey: p.id) == nil, !isStored(p.id) { added += 1 }
    }

    /// Lets go of a participant for good (gallring).
    mutating func remove(_ id: ParticipantID) {
        if isStored(id) {
            removed.insert(id)
            if own[id] != nil { own[id] = nil }
        } else if own.removeValue(forKey: id) != nil {
            added -= 1
        }
    }

    /// A participant's part as the snapshot holds it, when this state has not changed
    /// them since: written again as it is, without being decoded.
    func storedPart(_ id: ParticipantID) -> [UInt8]? {
        // The snapshot asked first: without one (a first open) nobody is looked up twice.
        guard isStored(id), own[id] == nil else { return nil }
        return stored?.storedPart(id)
    }

    public static func == (a: ParticipantStore, b: ParticipantStore) -> Bool {
        if a.stored === b.stored, a.own == b.own, a.removed == b.removed { return true }
        guard a.count == b.count else { return false }
        return a.ids.allSatisfy { a[$0] == b[$0] }
    }

    private var ids: Set<ParticipantID> { Set(own.keys).union(stored?.ids ?? []).subtracting(removed) }
}
