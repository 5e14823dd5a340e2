import LotsenCore

extension Workspace {
    /// The search index of the state as it is, made once: the search that follows a
    /// first open uses the list order the snapshot was written with rather than sorting
    /// ten thousand people again.
    public var searchIndex: SearchIndex {
        if let memo = searchIndexMemo { return memo }
        let index = SearchIndex(state, listed: listOrderMemo)
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
