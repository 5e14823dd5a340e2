import LotsenCore

/// A replay's runs folded into the state: events straight in; what is no event counted
/// or, when sealed under a key the ring lacks, tried again with the key store read anew.
struct ReplayFolder: RunFolder {
    var state = LotsenState()
    var undecodable: [Int] = []
    var ring: KeyRing?
    var unlocking: KeyUnlocking

    init(ring: KeyRing?, unlocking: KeyUnlocking) {
        self.ring = ring
        self.unlocking = unlocking
    }

    mutating func fold(_ event: consuming RecordedEvent) { state.apply(event) }

    mutating func fold(other: consuming EventDecoding.Decoded) {
        Workspace.foldReplayed(unlocking.settle(other, &ring), into: &state, undecodable: &undecodable)
    }
}
