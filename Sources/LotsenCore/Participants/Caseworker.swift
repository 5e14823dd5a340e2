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

    public init(initials: String, name: String, organisation: Organisation, phone: String? = nil, email: String? = nil) {
        self.initials = initials
        self.name = name
        self.organisation = organisation
        self.phone = phone
        self.email = email
    }

    /// Initials are compared without regard to case: "ab" and "AB" are one person.
    public static func key(_ initials: String) -> String { initials.uppercased() }
}
