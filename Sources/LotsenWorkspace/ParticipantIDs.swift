import LotsenCore

/// Participant ids: `d` and eight characters of an unambiguous base-32 alphabet,
/// random, so that no id says anything about a person and two desks never collide.
public enum ParticipantIDs {
    static let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz")

    public static func random() -> ParticipantID {
        var g = SystemRandomNumberGenerator()
        return make(using: &g)
    }

    public static func make<G: RandomNumberGenerator>(using g: inout G) -> ParticipantID {
        ParticipantID("d" + String((0..<8).map { _ in alphabet[Int(g.next() % 32)] }))
    }
}
