import LotsenCore

extension Workspace {
    /// The search index of the state as it is, made once: the search that follows a
    /// first open uses the list order the snapshot was written with rather than sorting
    /// ten thousand people again.
    public var searchIndex: SearchIndex {
        if let memo = searchIndexMemo { return memo }
        let keys = state.order.compactMap { state.searchIndex[$0] }
        let index = if let listed = listOrderMemo, keys.count == state.order.count, listed.count == keys.count {
            SearchIndex(ids: state.order, keys: keys, listed: listed, sequence: state.lastSequence)
        } else {
            SearchIndex(state)
        }
        searchIndexMemo = index
        return index
    }

    /// The state's list order (`SearchIndex.listOrder`), for the snapshot's lookup part:
    /// only the order is kept for the index to come, not the index itself, which beside
    /// the snapshot being written was megabytes more at a first open's peak.
    var listOrder: [Int] {
        if let listed = searchIndexMemo?.listOrder(of: state) ?? listOrderMemo { return listed }
        let listed = SearchIndex.listOrder(of: state)
        listOrderMemo = listed
        return listed
    }
}
