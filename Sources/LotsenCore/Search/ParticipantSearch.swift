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
    }

    /// Every score `score` gives, best first.
    static let scores = [1000, 900, 800, 600, 550, 500, 300, 250, 200, 1]

    /// Whether these digits are part of the personnummer (with or without the century).
    public static func matchesPersonnummer(_ k: SearchKeys, _ digits: [UInt8]) -> Bool {
        contains(k.personnummer, digits) || contains(Array(k.personnummer[2...]), digits)
    }

    /// The digits of a numeric query; nil for a name.
    public static func digits(of q: Query) -> [UInt8]? { q.digits }

    /// The score of one participant, 0 for no match.
    public static func score(_ keys: borrowing SearchKeys, _ q: borrowing Query) -> Int {
        if let digits = q.digits {
            var best = 0
            let ten = keys.personnummer[2...]
            if keys.personnummer == digits || ten.elementsEqual(digits) { best = 1000 }
            else if keys.personnummer.starts(with: digits) || ten.starts(with: digits) { best = 600 }
            else if contains(keys.personnummer, digits) { best = 300 }
            for pd in [q.phoneDigits, q.internationalDigits] {
                guard let pd else { continue }
                for phone in keys.phones {
                    if phone == pd { best = max(best, 900) }
                    else if phone.starts(with: pd) { best = max(best, 500) }
                    else if contains(phone, pd) { best = max(best, 250) }
                }
            }
            return best
        }
        guard !q.tokens.isEmpty else { return 0 }
        // The whole name, written first-last or last-first.
        if keys.fullName == q.joined || keys.sortName == q.joined { return 800 }
        // Each token must start a different word of the name; a bit per word used.
        var used: UInt64 = 0
        var allPrefixes = true
        for token in q.tokens {
            var found = false
            for (i, word) in keys.nameWords.enumerated() where i < 64 && used & (1 << i) == 0 && word.starts(with: token) {
                used |= 1 << i
                found = true
                break
            }
            if !found { allPrefixes = false; break }
        }
        if allPrefixes {
            return 500 + (keys.nameWords.first.map { $0.starts(with: q.tokens[0]) } == true ? 50 : 0)
        }
        if q.tokens.allSatisfy({ contains(keys.fullName, $0) }) { return 200 }
        return 0
    }

    /// Every participant matching `text`, best first. An empty text matches everyone.
    public static func search(_ text: String, in state: LotsenState) -> [ParticipantID] {
        SearchIndex(state).search(Query(text))
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= haystack.count else { return false }
        let first = needle[0]
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}

/// The participants in the order equal matches are shown — registered before exited,
/// then by last name and first name — sorted once, so that a keystroke scores each
/// participant and drops it into its score's bucket without sorting anything.
public struct SearchIndex: Sendable {
    public let ids: [ParticipantID]
    let keys: [SearchKeys]
    /// The journal position this index was built at.
    public let sequence: Int

    public init(_ state: LotsenState) {
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
        ids = listed.map { order[$0] }
        keys = listed.map { all[$0] }
        self.sequence = sequence
        protectedIDs = Set(zip(ids, keys).filter { $0.1.isProtected }.map(\.0))
    }

    /// `found` without the people a number matched only by a phone `viewer` may not see,
    /// decided from the keys (who registered them, the consent) without decoding anyone.
    public func withoutHiddenPhones(_ found: [ParticipantID], _ q: ParticipantSearch.Query, viewer: String?,
                                    caseworkers: [String: Caseworker]) -> [ParticipantID] {
        guard let digits = q.digits, !found.isEmpty, !caseworkers.isEmpty else { return found }
        let wanted = Set(found)
        var hidden: Set<ParticipantID> = []
        for (id, k) in zip(ids, keys) where wanted.contains(id) && !ParticipantSearch.matchesPersonnummer(k, digits) {
            if !Disclosure.of(k, to: viewer, caseworkers: caseworkers).joint { hidden.insert(id) }
        }
        return hidden.isEmpty ? found : found.filter { !hidden.contains($0) }
    }

    /// What a search answers a caller with (docs/privacy.md): not a protected identity they
    /// are not responsible for, not by a phone number they may not see. A journal without
    /// caseworkers has nobody to hide anything from.
    public func visible(_ found: [ParticipantID], _ q: ParticipantSearch.Query, to viewer: String?,
                        caseworkers: [String: Caseworker], _ participant: (ParticipantID) -> Participant?) -> [ParticipantID] {
        guard !caseworkers.isEmpty else { return found }
        return withoutHiddenPhones(findable(found, by: viewer, participant), q, viewer: viewer, caseworkers: caseworkers)
    }

    /// People with protected personal data: a search shows them only to their responsible
    /// caseworkers (docs/privacy.md), so callers ask about these alone.
    public let protectedIDs: Set<ParticipantID>

    /// `found` without the protected people `viewer` is not responsible for; `participant`
    /// is asked only about the protected ones.
    public func findable(_ found: [ParticipantID], by viewer: String?, _ participant: (ParticipantID) -> Participant?) -> [ParticipantID] {
        guard !protectedIDs.isEmpty else { return found }
        return found.filter { id in
            !protectedIDs.contains(id) || participant(id).map { Disclosure.isResponsible(viewer, for: $0) } ?? false
        }
    }

    /// Positions of the participants in the order the index lists them: active first,
    /// then by surname and first name, then by id.
    public static func listOrder(ids: [ParticipantID], keys: [SearchKeys]) -> [Int] {
        keys.indices.sorted { a, b in
            if keys[a].isActive != keys[b].isActive { return keys[a].isActive }
            if keys[a].orderKey != keys[b].orderKey { return keys[a].orderKey.lexicographicallyPrecedes(keys[b].orderKey) }
            return ids[a] < ids[b]
        }
    }

    public var count: Int { ids.count }

    /// Those still in the programme, best match first, and beside them those who have
    /// left, best first: one pass over the keys.
    public func searchByStatus(_ q: ParticipantSearch.Query) -> (active: [ParticipantID], exited: [ParticipantID]) {
        var active = [[ParticipantID]](repeating: [], count: ParticipantSearch.scores.count)
        var exited = active
        // Through the buffer: each key is read in place, not copied (a copy retains every
        // array in it, and that was most of a keystroke).
        keys.withUnsafeBufferPointer { keys in
            for i in keys.indices {
                let s = q.isEmpty ? 1 : ParticipantSearch.score(keys[i], q)
                guard s > 0, let b = ParticipantSearch.scores.firstIndex(of: s) else { continue }
                if keys[i].isActive { active[b].append(ids[i]) } else { exited[b].append(ids[i]) }
            }
        }
        return (Array(active.joined()), Array(exited.joined()))
    }

    /// Best score first; within a score, the index's order.
    public func search(_ q: ParticipantSearch.Query, activeOnly: Bool = false) -> [ParticipantID] {
        if q.isEmpty { return activeOnly ? keys.indices.filter { keys[$0].isActive }.map { ids[$0] } : ids }
        // Scores are a handful of fixed values; one bucket each, best first.
        var buckets = [[ParticipantID]](repeating: [], count: ParticipantSearch.scores.count)
        keys.withUnsafeBufferPointer { keys in
            for i in keys.indices {
                if activeOnly && !keys[i].isActive { continue }
                let s = ParticipantSearch.score(keys[i], q)
                if s > 0, let b = ParticipantSearch.scores.firstIndex(of: s) { buckets[b].append(ids[i]) }
            }
        }
        return Array(buckets.joined())
    }
}
