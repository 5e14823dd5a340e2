import LotsenCore

extension Workspace {
    /// The search index of the state as it is, made once: a first open writes its list
    /// order into the snapshot, and the search that follows uses the same index rather
    /// than sorting ten thousand people again.
    public var searchIndex: SearchIndex {
        if let memo = searchIndexMemo { return memo }
        let index = SearchIndex(state)
        searchIndexMemo = index
        return index
    }
}
