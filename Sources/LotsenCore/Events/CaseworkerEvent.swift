import LotsenJSON

/// Who works at the desk.
public enum CaseworkerEvent: Equatable, Sendable {
    case caseworkerAdded(Caseworker)

    public enum Kind: String, CaseIterable, Sendable {
        case caseworkerAdded = "caseworker.added"
    }
}

extension CaseworkerEvent: EventArea {
    public var kind: Kind {
        switch self {
        case .caseworkerAdded: return .caseworkerAdded
        }
    }

    func write(into w: inout JSONObjectWriter) {
        switch self {
        case .caseworkerAdded(let c):
            w.field("initials", c.initials)
            w.field("name", c.name)
            w.field("organisation", c.organisation.code)
        }
    }

    static func read(_ kind: Kind, _ o: JSONValue) -> Self? {
        switch kind {
        case .caseworkerAdded:
            guard let i = o["initials"]?.string, let n = o["name"]?.string, let org = o["organisation"]?.string else { return nil }
            return .caseworkerAdded(Caseworker(initials: i, name: n, organisation: Organisation(storedCode: org)))
        }
    }
}
