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

        public init(_ text: String) {
            // A comma is how lists write "Last, First": a separator, not part of a name.
            folded = TextFolding.fold(text.trimmingSpaces).map { $0 == UInt8(ascii: ",") ? 0x20 : $0 }
            tokens = folded.split(separator: 0x20).map(Array.init)
            joined = Array(tokens.joined(separator: [0x20]))
            let numeric = !folded.isEmpty && folded.allSatisfy { ($0 >= 48 && $0 <= 57) || $0 == 0x20 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }
            let d = folded.filter { $0 >= 48 && $0 <= 57 }
            digits = numeric && d.count >= 2 ? d : nil
            phoneDigits = numeric && d.count >= 2 ? PhoneNumber.searchDigits(text) : nil
        }

        public var isEmpty: Bool { folded.isEmpty }
    }

    /// The score of one participant, 0 for no match.
    public static func score(_ keys: SearchKeys, _ q: Query) -> Int {
        if let digits = q.digits {
            var best = 0
            let ten = keys.personnummer[2...]
            if keys.personnummer == digits || Array(ten) == digits { best = 1000 }
            else if keys.personnummer.starts(with: digits) || ten.starts(with: digits) { best = 600 }
            else if contains(keys.personnummer, digits) { best = 300 }
            if let pd = q.phoneDigits {
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
        var used = [Bool](repeating: false, count: keys.nameWords.count)
        var allPrefixes = true
        for token in q.tokens {
            guard let i = keys.nameWords.indices.first(where: { !used[$0] && keys.nameWords[$0].starts(with: token) }) else {
                allPrefixes = false
                break
            }
            used[i] = true
        }
        if allPrefixes {
            return 500 + (keys.nameWords.first.map { $0.starts(with: q.tokens[0]) } == true ? 50 : 0)
        }
        if q.tokens.allSatisfy({ contains(keys.fullName, $0) }) { return 200 }
        return 0
    }

    /// Every participant matching `text`, best first. An empty text matches everyone.
    public static func search(_ text: String, in state: LotsenState) -> [ParticipantID] {
        let q = Query(text)
        var matches: [(ParticipantID, Int, SearchKeys)] = []
        matches.reserveCapacity(state.order.count)
        for id in state.order {
            guard let keys = state.searchIndex[id] else { continue }
            let s = q.isEmpty ? 1 : score(keys, q)
            if s > 0 { matches.append((id, s, keys)) }
        }
        matches.sort { a, b in
            if a.1 != b.1 { return a.1 > b.1 }
            if a.2.isActive != b.2.isActive { return a.2.isActive }
            if a.2.sortName != b.2.sortName { return a.2.sortName.lexicographicallyPrecedes(b.2.sortName) }
            return a.0 < b.0
        }
        return matches.map(\.0)
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
