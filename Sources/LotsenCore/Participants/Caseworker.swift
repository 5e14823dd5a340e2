/// A caseworker (handläggare). Identified by initials, unique within a journal; every
/// journal entry's author is a caseworker's initials.
public struct Caseworker: Equatable, Sendable {
    public var initials: String
    public var name: String
    public var organisation: Organisation
    /// How the young person and the other organisations reach them: on the take-home plan
    /// and beside their name on the call card.
    public var phone: String?
    public var email: String?
    /// The Unix login this caseworker uses on a shared desk: who runs Lotsen is known
    /// from the kernel, and mapped to a caseworker by this (docs/architecture.md,
    /// "The shared desk").
    public var login: String?
    public var role: Role

    public init(initials: String, name: String, organisation: Organisation, phone: String? = nil, email: String? = nil,
                login: String? = nil, role: Role = .caseworker) {
        self.login = login
        self.role = role
        self.initials = initials
        self.name = name
        self.organisation = organisation
        self.phone = phone
        self.email = email
    }

    /// Initials are compared without regard to case: "ab" and "AB" are one person.
    public static func key(_ initials: String) -> String { initials.uppercased() }

    /// The organisation of the caseworker with these initials; nil for anyone else.
    public static func organisation(of initials: String?, in caseworkers: [String: Caseworker]) -> Organisation? {
        initials.flatMap { caseworkers[key($0)]?.organisation }
    }

    /// A login as `useradd` accepts it: a lower-case letter or `_`, then letters, digits,
    /// `_` and `-`, at most 32.
    public static func isLogin(_ text: String) -> Bool {
        let b = Array(text.utf8)
        guard (1...32).contains(b.count), b[0] == 0x5F || (0x61...0x7A).contains(b[0]) else { return false }
        return b.allSatisfy { $0 == 0x5F || $0 == 0x2D || (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
    }
}

extension LotsenState {
    /// The caseworker a Unix login is mapped to.
    public func caseworker(login: String) -> Caseworker? { caseworkers.values.first { $0.login == login } }
}
