import Glibc

/// Search as the phone call needs it: a few letters of a name, part of a personnummer,
/// part of a phone number. Ranked: exact matches first, then prefixes, then anything
/// containing the text; among equals, active participants first, then by last name.
public enum ParticipantSearch {
    public struct Match: Equatable, Sendable {
        public var id: ParticipantID
        public var score: Int
    }

    /// A query prepared once per keystroke.
    public struct Query: Sendable {
        let tokens: [[UInt8]]
        let folded: [UInt8]
        /// The tokens joined by single spaces: "berg anna" for "Berg, Anna".
        let joined: [UInt8]
        /// Set when the query is a number: digits only, separators dropped.
        let digits: [UInt8]?
        let phoneDigits: [UInt8]?
        /// `46707401591` typed without its `+`: the same number read as Swedish
        /// international (46 for the trunk 0).
        let internationalDigits: [UInt8]?

        public init(_ text: String) {
            // A comma is how lists write "Last, First": a separator, not part of a name.
            folded = TextFolding.fold(text.trimmingSpaces).map { $0 == UInt8(ascii: ",") ? 0x20 : $0 }
            tokens = folded.split(separator: 0x20).map(Array.init)
            joined = Array(tokens.joined(separator: [0x20]))
            let numeric = !folded.isEmpty && folded.allSatisfy { ($0 >= 48 && $0 <= 57) || $0 == 0x20 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }
            let d = folded.filter { $0 >= 48 && $0 <= 57 }
            digits = numeric && d.count >= 2 ? d : nil
            phoneDigits = numeric && d.count >= 2 ? PhoneNumber.searchDigits(text) : nil
            let bare = phoneDigits.map { $0.first == UInt8(ascii: "4") && $0.dropFirst().first == UInt8(ascii: "6") } ?? false
            internationalDigits = bare && d.count >= 4 ? [48] + d.dropFirst(2) : nil
        }

        public var isEmpty: Bool { folded.isEmpty }
        /// Digits: a personnummer or a phone number.
        public var isNumber: Bool { digits != nil }
    }

    /// Every score `score` gives, best first.
    static let scores = [1000, 900, 800, 600, 550, 500, 300, 250, 200, 1]

    /// Every participant matching `text`, best first. An empty text matches everyone.
    public static func search(_ text: String, in state: LotsenState) -> [ParticipantID] {
        SearchIndex(state).search(Query(text))
    }
}

/// The participants in the order equal matches are shown — registered before exited,
/// then by last name and first name — sorted once, so that a keystroke scores each
/// participant and drops it into its score's bucket without sorting anything.
public struct SearchIndex: Sendable {
    public let ids: [ParticipantID]
    let keys: [SearchKeys]
    /// The same keys laid out for scoring.
    let table: SearchTable
    /// The journal position this index was built at.
    public let sequence: Int
    /// The position of each of `ids` among the participants the index was made from.
    let listed: [Int]

    /// `listed`, the state's list order when the caller kept it (`listOrder(of:)`), is
    /// used rather than sorting everyone again, when it lists everyone.
    public init(_ state: LotsenState, listed: [Int]? = nil) {
        // The kept order taken straight, each participant's keys looked up once and put
        // where the index lists them: filtering, gathering and reordering them in turn
        // was most of the 20–28 ms the search after a first open took to begin.
        if let listed, listed.count == state.order.count {
            let ids = listed.map { state.order[$0] }
            var keys: [SearchKeys] = []
            keys.reserveCapacity(ids.count)
            for id in ids {
                guard let k = state.searchIndex[id] else { break }
                keys.append(k)
            }
            if keys.count == ids.count {
                self.init(listedIDs: ids, keys: keys, listed: listed, sequence: state.lastSequence)
                return
            }
        }
        // No order kept, or not of everyone: sorted anew.
        let indexed = state.order.filter { state.searchIndex[$0] != nil }
        self.init(ids: indexed, keys: indexed.map { state.searchIndex[$0]! }, sequence: state.lastSequence)
    }

    /// From participants in registration order and their keys.
    public init(ids order: [ParticipantID], keys all: [SearchKeys], sequence: Int) {
        self.init(ids: order, keys: all, listed: SearchIndex.listOrder(ids: order, keys: all), sequence: sequence)
    }

    /// From participants in registration order, their keys, and the positions in the
    /// order the index lists them (`listOrder`, as a snapshot's lookup part stores it:
    /// sorting 10,000 people was a fifth of `lotsen find`).
    public init(ids order: [ParticipantID], keys all: [SearchKeys], listed: [Int], sequence: Int) {
        self.init(listedIDs: listed.map { order[$0] }, keys: listed.map { all[$0] }, listed: listed, sequence: sequence)
    }

    /// From the participants and their keys already in the order the index lists them.
    private init(listedIDs: [ParticipantID], keys: [SearchKeys], listed: [Int], sequence: Int) {
        ids = listedIDs
        self.keys = keys
        table = SearchTable(keys)
        self.sequence = sequence
        self.listed = listed
    }

    /// `listOrder` of `state`'s participants, as this index was made with it: nil unless
    /// the index is of that state and holds everyone in it (as a snapshot's lookup needs).
    public func listOrder(of state: LotsenState) -> [Int]? {
        guard sequence == state.lastSequence, listed.count == state.order.count else { return nil }
        return listed
    }

    /// `listOrder` of everyone in `state`, each of whom has search keys (a snapshot's
    /// lookup part lists them all).
    public static func listOrder(of state: LotsenState) -> [Int] {
        listOrder(ids: state.order, keys: state.order.map { state.searchIndex[$0]! })
    }

    /// Positions of the participants in the order the index lists them: active first,
    /// then by surname and first name, then by id.
    ///
    /// The sort keys are laid out flat first (one byte array, each participant's at an
    /// offset) and compared with `memcmp`: comparing the keys where they lay in each
    /// `SearchKeys` retained and released them on every comparison, and a first open
    /// sorts ten thousand people before it answers.
    public static func listOrder(ids: [ParticipantID], keys: [SearchKeys]) -> [Int] {
        var bytes: [UInt8] = []
        var starts: [Int] = [0]
        starts.reserveCapacity(keys.count + 1)
        for k in keys {
            bytes.append(contentsOf: k.orderKey)
            starts.append(bytes.count)
        }
        let active = keys.map(\.isActive)
        return bytes.withUnsafeBytes { flat in
            starts.withUnsafeBufferPointer { at in
                active.withUnsafeBufferPointer { active in
                    keys.indices.sorted { a, b in
                        if active[a] != active[b] { return active[a] }
                        let la = at[a + 1] - at[a], lb = at[b + 1] - at[b]
                        let c = min(la, lb) == 0 ? 0 : memcmp(flat.baseAddress! + at[a], flat.baseAddress! + at[b], min(la, lb))
                        if c != 0 { return c < 0 }
                        if la != lb { return la < lb }
                        return ids[a] < ids[b]
                    }
                }
            }
        }
    }

    public var count: Int { ids.count }

    /// Those still in the programme, best match first, and beside them those who have
    /// left, best first: one pass over the keys. `sight`: what the caller may match.
    public func searchByStatus(_ q: ParticipantSearch.Query, sight: SearchSight? = nil) -> (active: [ParticipantID], exited: [ParticipantID]) {
        let found = buckets(q, sight: sight)
        return (found.active.joined().map { ids[$0] }, found.exited.joined().map { ids[$0] })
    }

    /// Best score first; within a score, the index's order. An empty query matches
    /// everyone `sight` lets the caller find.
    public func search(_ q: ParticipantSearch.Query, activeOnly: Bool = false, sight: SearchSight? = nil) -> [ParticipantID] {
        matches(q, activeOnly: activeOnly, sight: sight).map(\.id)
    }

    /// `search` with each match's score: to tell one clear match from several.
    public func matches(_ q: ParticipantSearch.Query, activeOnly: Bool = false, sight: SearchSight? = nil) -> [ParticipantSearch.Match] {
        let found = buckets(q, activeOnly: activeOnly, sight: sight)
        var out: [ParticipantSearch.Match] = []
        // Within a score the index lists the active first: so do the buckets, side by side.
        for (b, score) in ParticipantSearch.scores.enumerated() {
            for i in found.active[b] { out.append(.init(id: ids[i], score: score)) }
            for i in found.exited[b] { out.append(.init(id: ids[i], score: score)) }
        }
        return out
    }

    /// Positions of the matches in one bucket per score, best first, the active apart
    /// from those who have left: scores are a handful of fixed values, so a keystroke
    /// sorts nothing. An empty query gives everyone the lowest score.
    private func buckets(_ q: ParticipantSearch.Query, activeOnly: Bool = false, sight: SearchSight?) -> (active: [[Int]], exited: [[Int]]) {
        var active = [[Int]](repeating: [], count: ParticipantSearch.scores.count)
        var exited = active
        let everyone = q.isEmpty
        table.score(q, activeOnly: activeOnly, sight: sight) { i, isActive, s in
            let s = everyone ? 1 : s
            guard s > 0, let b = ParticipantSearch.scores.firstIndex(of: s) else { return }
            if isActive { active[b].append(i) } else { exited[b].append(i) }
        }
        return (active, exited)
    }
}
