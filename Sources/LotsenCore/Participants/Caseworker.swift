/// A caseworker (handläggare). Identified by initials, unique within a journal; every
/// journal entry's author is a caseworker's initials.
public struct Caseworker: Equatable, Sendable {
    public var initials: String
    public var name: String
    public var organisation: Organisation

    public init(initials: String, name: String, organisation: Organisation) {
        self.initials = initials
        self.name = name
        self.organisation = organisation
    }

    /// Initials are compared without regard to case: "ab" and "AB" are one person.
    public static func key(_ initials: String) -> String { initials.uppercased() }
}
