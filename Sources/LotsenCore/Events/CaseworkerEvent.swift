import LotsenJSON

/// Who works at the desk.
public enum CaseworkerEvent: Equatable, Sendable {
    case caseworkerAdded(Caseworker)
    /// A caseworker's phone and e-mail; nil leaves one as it was, empty clears it.
    case caseworkerContact(initials: String, phone: String?, email: String?)
    case roleSet(initials: String, role: Role)
    /// The author's own list view, saved under a name (a new one or in place of one).
    case viewSaved(SavedView)
    case viewRemoved(name: String)

    public enum Kind: String, CaseIterable, Sendable {
        case caseworkerAdded = "caseworker.added"
        case caseworkerContact = "caseworker.contact.set"
        case roleSet = "caseworker.role.set"
        case viewSaved = "view.saved"
        case viewRemoved = "view.removed"
    }
}

extension CaseworkerEvent: EventArea {
    public var kind: Kind {
        switch self {
        case .caseworkerAdded: return .caseworkerAdded
        case .caseworkerContact: return .caseworkerContact
        case .roleSet: return .roleSet
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
            if let login = c.login { w.field("login", login) }
            if c.role != .caseworker { w.field("role", c.role.rawValue) }
        case .roleSet(let initials, let role):
            w.field("initials", initials)
            w.field("role", role.rawValue)
        case .caseworkerContact(let initials, let phone, let email):
            w.field("initials", initials)
            w.field("phone", phone)
            w.field("email", email)
        case .viewSaved(let v):
            w.field("name", v.name)
            w.field("filter", v.filter.rawValue)
            if !v.query.isEmpty { w.field("query", v.query) }
            if v.includeExited { w.field("exited", true) }
        case .viewRemoved(let name):
            w.field("name", name)
        }
    }

    static func read(_ kind: Kind, _ o: JSONNode) -> Self? {
        switch kind {
        case .caseworkerAdded:
            guard let i = o["initials"]?.string, let n = o["name"]?.string, let org = o["organisation"]?.string else { return nil }
            let role = o["role"]?.string.flatMap(Role.init(rawValue:)) ?? .caseworker
            return .caseworkerAdded(Caseworker(initials: i, name: n, organisation: Organisation(storedCode: org), login: o["login"]?.string,
                                               role: role))
        case .roleSet:
            guard let i = o["initials"]?.string, let r = o["role"]?.string.flatMap(Role.init(rawValue:)) else { return nil }
            return .roleSet(initials: i, role: r)
        case .caseworkerContact:
            guard let i = o["initials"]?.string else { return nil }
            return .caseworkerContact(initials: i, phone: o["phone"]?.string, email: o["email"]?.string)
        case .viewSaved:
            guard let n = o["name"]?.string, let f = o["filter"]?.string.flatMap(CaseloadFilter.init(rawValue:)) else { return nil }
            return .viewSaved(SavedView(name: n, filter: f, query: o["query"]?.string ?? "", includeExited: o["exited"]?.bool ?? false))
        case .viewRemoved:
            guard let n = o["name"]?.string else { return nil }
            return .viewRemoved(name: n)
        }
    }
}
