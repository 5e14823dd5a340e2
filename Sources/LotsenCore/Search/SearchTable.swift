/// The search keys of many participants laid out flat — every byte string in one array,
/// each participant a row of offsets — so that a keystroke scores 10,000 people
/// reading bytes in place. Scoring `[SearchKeys]` directly copied each participant's
/// keys, and every array in them was a retain and a release: half of a keystroke on a
/// large journal (docs/performance.md).
struct SearchTable: Sendable {
    /// Where one byte string lies in `bytes` (or, for a list, its entries in `spans`).
    struct Span: Sendable {
        var start: Int32
        var count: Int32
        init(_ start: Int, _ count: Int) { self.start = Int32(start); self.count = Int32(count) }
    }

    /// One participant: plain values only, so reading a row retains nothing.
    struct Row: Sendable {
        var fullName: Span
        var sortName: Span
        var personnummer: Span
        /// Entries of `spans`: one per name word.
        var words: Span
        /// Entries of `spans`: one per phone number.
        var phones: Span
        var isActive: Bool
    }

    private(set) var bytes: [UInt8] = []
    private(set) var spans: [Span] = []
    private(set) var rows: [Row] = []

    /// Sized before it is filled, and each participant's word and phone spans written
    /// straight into `spans`: two arrays made per participant and the table grown by
    /// doubling were half of building it (the search after a first open waits for it).
    init(_ keys: [SearchKeys]) {
        var byteCount = 0, spanCount = 0
        for k in keys {
            byteCount += k.fullName.count + k.sortName.count + k.personnummer.count
            for w in k.nameWords { byteCount += w.count }
            for p in k.phones { byteCount += p.count }
            spanCount += k.nameWords.count + k.phones.count
        }
        bytes.reserveCapacity(byteCount)
        spans.reserveCapacity(spanCount)
        rows.reserveCapacity(keys.count)
        for k in keys {
            let full = add(k.fullName), sort = add(k.sortName), pnr = add(k.personnummer)
            let words = Span(spans.count, k.nameWords.count)
            for w in k.nameWords { spans.append(add(w)) }
            let phones = Span(spans.count, k.phones.count)
            for p in k.phones { spans.append(add(p)) }
            rows.append(Row(fullName: full, sortName: sort, personnummer: pnr, words: words, phones: phones, isActive: k.isActive))
        }
    }

    private mutating func add(_ text: [UInt8]) -> Span {
        defer { bytes += text }
        return Span(bytes.count, text.count)
    }

    /// Calls `body` with each row's position, whether the person is active, and their
    /// score: of the active alone if `activeOnly`, as `sight` lets its caseworker match
    /// (nil: everyone, every number). Every buffer is pinned once for the whole pass.
    func score(_ q: ParticipantSearch.Query, activeOnly: Bool = false, sight: SearchSight? = nil,
               _ body: (Int, Bool, Int) -> Void) {
        let flat = FlatQuery(q)
        let unfindable = sight?.unfindable ?? [], phoneHidden = sight?.phoneHidden ?? []
        bytes.withUnsafeBufferPointer { bytes in
            spans.withUnsafeBufferPointer { spans in
                flat.bytes.withUnsafeBufferPointer { qBytes in
                    flat.tokens.withUnsafeBufferPointer { tokens in
                        let scorer = Scorer(bytes: bytes, spans: spans, query: flat, qBytes: qBytes, tokens: tokens)
                        rows.withUnsafeBufferPointer { rows in
                            unfindable.withUnsafeBufferPointer { unfindable in
                                phoneHidden.withUnsafeBufferPointer { phoneHidden in
                                    for i in rows.indices {
                                        if activeOnly && !rows[i].isActive { continue }
                                        if i < unfindable.count && unfindable[i] { continue }
                                        let phones = !(i < phoneHidden.count && phoneHidden[i])
                                        body(i, rows[i].isActive, scorer.score(rows[i], phones: phones))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A query's byte strings in one array, as the table's are.
private struct FlatQuery {
    typealias Span = SearchTable.Span
    var bytes: [UInt8] = []
    var tokens: [Span] = []
    var joined = Span(0, 0)
    var digits: Span?
    var phoneDigits: Span?
    var internationalDigits: Span?

    init(_ q: ParticipantSearch.Query) {
        func add(_ text: [UInt8]) -> Span {
            defer { bytes += text }
            return Span(bytes.count, text.count)
        }
        tokens = q.tokens.map(add)
        joined = add(q.joined)
        digits = q.digits.map(add)
        phoneDigits = q.phoneDigits.map(add)
        internationalDigits = q.internationalDigits.map(add)
    }
}

/// `ParticipantSearch.score` over pinned buffers: the ranking rules, once.
private struct Scorer {
    typealias Bytes = UnsafeBufferPointer<UInt8>
    let bytes: Bytes
    let spans: UnsafeBufferPointer<SearchTable.Span>
    let query: FlatQuery
    let qBytes: Bytes
    let tokens: UnsafeBufferPointer<SearchTable.Span>

    func text(_ s: SearchTable.Span) -> Bytes { Bytes(rebasing: bytes[Int(s.start)..<Int(s.start + s.count)]) }
    func queryText(_ s: SearchTable.Span) -> Bytes { Bytes(rebasing: qBytes[Int(s.start)..<Int(s.start + s.count)]) }

    /// - Parameter phones: whether the phone numbers may match.
    func score(_ row: SearchTable.Row, phones: Bool) -> Int {
        if let d = query.digits {
            let digits = queryText(d)
            var best = 0
            let pnr = text(row.personnummer)
            let ten = Bytes(rebasing: pnr[min(2, pnr.count)...])
            if pnr.elementsEqual(digits) || ten.elementsEqual(digits) { best = 1000 }
            else if pnr.starts(with: digits) || ten.starts(with: digits) { best = 600 }
            else if Scorer.contains(pnr, digits) { best = 300 }
            guard phones else { return best }
            // The number as typed, and read as Swedish international: no array per row.
            return max(best, phoneScore(row, query.phoneDigits), phoneScore(row, query.internationalDigits))
        }
        guard !tokens.isEmpty else { return 0 }
        let joined = queryText(query.joined), full = text(row.fullName)
        // The whole name, written first-last or last-first.
        if full.elementsEqual(joined) || text(row.sortName).elementsEqual(joined) { return 800 }
        // Each token must start a different word of the name; a bit per word used.
        let words = Int(row.words.start)..<Int(row.words.start + row.words.count)
        var used: UInt64 = 0
        var allPrefixes = true
        for token in tokens {
            let t = queryText(token)
            var found = false
            for (i, w) in words.enumerated() where i < 64 && used & (1 << i) == 0 && text(spans[w]).starts(with: t) {
                used |= 1 << i
                found = true
                break
            }
            if !found { allPrefixes = false; break }
        }
        if allPrefixes {
            let firstWordFirst = !words.isEmpty && text(spans[words.lowerBound]).starts(with: queryText(tokens[0]))
            return 500 + (firstWordFirst ? 50 : 0)
        }
        if tokens.allSatisfy({ Scorer.contains(full, queryText($0)) }) { return 200 }
        return 0
    }

    func phoneScore(_ row: SearchTable.Row, _ typed: SearchTable.Span?) -> Int {
        guard let typed else { return 0 }
        let wanted = queryText(typed)
        var best = 0
        for s in Int(row.phones.start)..<Int(row.phones.start + row.phones.count) {
            let phone = text(spans[s])
            if phone.elementsEqual(wanted) { best = max(best, 900) }
            else if phone.starts(with: wanted) { best = max(best, 500) }
            else if Scorer.contains(phone, wanted) { best = max(best, 250) }
        }
        return best
    }

    static func contains(_ haystack: Bytes, _ needle: Bytes) -> Bool {
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
