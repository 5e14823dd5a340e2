import LotsenJSON

/// Who works at the desk.
public enum CaseworkerEvent: Equatable, Sendable {
    case caseworkerAdded(Caseworker)
    /// The author's own list view, saved under a name (a new one or in place of one).
    case viewSaved(SavedView)
    case viewRemoved(name: String)

    public enum Kind: String, CaseIterable, Sendable {
        case caseworkerAdded = "caseworker.added"
        case viewSaved = "view.saved"
        case viewRemoved = "view.removed"
    }
}

extension CaseworkerEvent: EventArea {
    public var kind: Kind {
        switch self {
        case .caseworkerAdded: return .caseworkerAdded
        case .viewSaved: return .viewSaved
        case .viewRemoved: return .viewRemoved
        }
    }

    func write(into w: inout JSONObjectWriter) {
        switch self {
        case .caseworkerAdded(let c):
            w.field("initials", c.initials)
            w.field("name", c.name)
            w.field("organisation", c.organisation.code)
        case .viewSaved(let v):
            w.field("name", v.name)
            w.field("filter", v.filter.rawValue)
            if !v.query.isEmpty { w.field("query", v.query) }
            if v.includeExited { w.field("exited", true) }
        case .viewRemoved(let name):
            w.field("name", name)
        }
    }

    static func read(_ kind: Kind, _ o: JSONValue) -> Self? {
        switch kind {
        case .caseworkerAdded:
            guard let i = o["initials"]?.string, let n = o["name"]?.string, let org = o["organisation"]?.string else { return nil }
            return .caseworkerAdded(Caseworker(initials: i, name: n, organisation: Organisation(storedCode: org)))
        case .viewSaved:
            guard let n = o["name"]?.string, let f = o["filter"]?.string.flatMap(CaseloadFilter.init(rawValue:)) else { return nil }
            return .viewSaved(SavedView(name: n, filter: f, query: o["query"]?.string ?? "", includeExited: o["exited"]?.bool ?? false))
        case .viewRemoved:
            guard let n = o["name"]?.string else { return nil }
            return .viewRemoved(name: n)
        }
    }
}
