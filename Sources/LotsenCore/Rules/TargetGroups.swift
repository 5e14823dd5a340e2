import LotsenCalendar

/// The programme's target groups, from age (via the personnummer) and the profile.
public struct TargetGroups: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// DUA: 16–24.
    public static let dua = TargetGroups(rawValue: 1)
    /// KAA: 16–19 without complete upper-secondary grades.
    public static let kaa = TargetGroups(rawValue: 2)
    /// KAM: under 30 on income support.
    public static let kam = TargetGroups(rawValue: 4)

    public static func of(_ p: Participant, on date: Day) -> TargetGroups {
        let age = p.personnummer.age(on: date)
        var groups: TargetGroups = []
        if (16...24).contains(age) { groups.insert(.dua) }
        if (16...19).contains(age), p.profile.gradesComplete == false { groups.insert(.kaa) }
        if age < 30, p.profile.incomeSupport == true { groups.insert(.kam) }
        return groups
    }
}
