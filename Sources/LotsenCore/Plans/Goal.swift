import LotsenCalendar

/// A goal of the action plan with its SMART parts as fields. Its id is the sequence
/// number of the entry that added it, and stays the same through every version.
public struct Goal: Equatable, Sendable, Identifiable {
    public var id: Int
    public var content: GoalContent
    public var status: GoalStatus = .active

    public init(id: Int, content: GoalContent, status: GoalStatus = .active) {
        self.id = id
        self.content = content
        self.status = status
    }
}

/// Everything a caseworker writes about a goal. An edit replaces it whole.
public struct GoalContent: Equatable, Sendable {
    public var term: GoalTerm
    /// Specifikt: what the person will achieve.
    public var what: String
    /// Mätbart: how we will know.
    public var measure: String?
    /// Accepterat/relevant: why it matters to the person, in their words.
    public var why: String?
    /// Realistiskt: the steps and the support, each with who does it.
    public var steps: [GoalStep]
    /// Tidsatt.
    public var due: Day?
    /// Who answers for the goal (a caseworker's initials, "deltagaren", an organisation).
    public var owner: String?

    public init(term: GoalTerm, what: String, measure: String? = nil, why: String? = nil, steps: [GoalStep] = [],
                due: Day? = nil, owner: String? = nil) {
        self.term = term
        self.what = what
        self.measure = measure
        self.why = why
        self.steps = steps
        self.due = due
        self.owner = owner
    }
}

/// One step towards a goal and who takes it.
public struct GoalStep: Equatable, Sendable {
    public var what: String
    public var who: String?

    public init(what: String, who: String? = nil) {
        self.what = what
        self.who = who
    }

    /// "AB: ringer arbetsgivaren" → who AB; a line without a short name before a colon
    /// has no owner.
    public init(line: String) {
        if let colon = line.firstIndex(of: ":") {
            let who = String(line[..<colon]).trimmingSpaces
            let what = String(line[line.index(after: colon)...]).trimmingSpaces
            if !who.isEmpty, who.count <= 30, !what.isEmpty {
                self.init(what: what, who: who)
                return
            }
        }
        self.init(what: line.trimmingSpaces)
    }

    public var line: String { who.map { "\($0): \(what)" } ?? what }
}

public enum GoalTerm: String, CaseIterable, Sendable {
    case short, long
}

public enum GoalStatus: String, CaseIterable, Sendable {
    case active, achieved, dropped
}
