/// What one caseworker's search may match (docs/privacy.md), row by row of a
/// `SearchIndex`: a protected identity only for its responsible caseworkers, a phone
/// number only for those who see the person's joint programme. Worked out once per
/// change of the journal, so that a keystroke applies the rule while it scores — and a
/// hidden phone neither finds the person nor lifts them in the ranking.
public struct SearchSight: Sendable {
    /// By index row: not to be found at all.
    let unfindable: [Bool]
    /// By index row: the phone numbers do not match.
    let phoneHidden: [Bool]
    /// The people whose joint programme (and phone) the viewer may not see.
    public let programmeHidden: Set<ParticipantID>

    /// Everyone findable, nothing hidden: a journal without caseworkers.
    init(rows: Int) {
        unfindable = Array(repeating: false, count: rows)
        phoneHidden = unfindable
        programmeHidden = []
    }

    init(unfindable: [Bool], phoneHidden: [Bool], ids: [ParticipantID]) {
        self.unfindable = unfindable
        self.phoneHidden = phoneHidden
        programmeHidden = Set(zip(ids, phoneHidden).lazy.filter(\.1).map(\.0))
    }
}

extension SearchIndex {
    /// What `viewer` may match. The keys say who registered each person and the consent,
    /// so only the protected are decoded (`participant`). Without `phones` (a name typed:
    /// no phone can match) only who may be found at all is worked out.
    public func sight(for viewer: String?, caseworkers: [String: Caseworker], phones: Bool = true,
                      _ participant: (ParticipantID) -> Participant?) -> SearchSight {
        guard !caseworkers.isEmpty else { return SearchSight(rows: count) }
        var unfindable = Array(repeating: false, count: count)
        var phoneHidden = unfindable
        for i in keys.indices {
            if keys[i].isProtected {
                // A protected person's keys cannot say who is responsible: the person can.
                guard let p = participant(ids[i]) else { unfindable[i] = true; phoneHidden[i] = true; continue }
                unfindable[i] = !Disclosure.isResponsible(viewer, for: p)
                phoneHidden[i] = !Disclosure.of(p, to: viewer, caseworkers: caseworkers).joint
            } else if phones {
                phoneHidden[i] = !Disclosure.of(keys[i], to: viewer, caseworkers: caseworkers).joint
            }
        }
        return SearchSight(unfindable: unfindable, phoneHidden: phoneHidden, ids: ids)
    }

    /// What `viewer` may match in a state's index.
    public func sight(for viewer: String?, in state: LotsenState) -> SearchSight {
        sight(for: viewer, caseworkers: state.caseworkers) { state.participant($0) }
    }
}
