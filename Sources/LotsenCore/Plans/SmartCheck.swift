import LotsenCalendar

/// A deterministic reading of a goal against SMART: it names each part that is missing
/// or weak so that the caseworker can fix it with the person. It advises; saving is
/// never blocked by it. The same goal and plan always give the same findings, in the
/// same order (S, M, A, R, T, then the owner).
public enum SmartCheck {
    public static func check(_ goal: GoalContent, planEnd: Day?) -> [SmartFinding] {
        var out: [SmartFinding] = []
        if goal.what.split(separator: " ").count < 2 { out.append(.whatTooShort) }
        out += vague(goal.what, .what)
        if let m = goal.measure { out += vague(m, .measure) } else { out.append(.noMeasure) }
        if goal.why == nil { out.append(.noWhy) }
        if goal.steps.isEmpty { out.append(.noSteps) }
        for (i, step) in goal.steps.enumerated() {
            if step.who == nil { out.append(.stepWithoutOwner(i + 1)) }
            out += vague(step.what, .step(i + 1))
        }
        if let due = goal.due {
            if let end = planEnd, due > end { out.append(.dueAfterPlanEnd(end)) }
        } else {
            out.append(.noDue)
        }
        if goal.owner == nil { out.append(.noOwner) }
        return out
    }

    /// Words that make a goal hard to follow up: comparatives with nothing to compare
    /// to, and intentions instead of actions. Matched as whole words, case-folded.
    public static let vagueWords: [String] = [
        "bättre", "mer", "mera", "mindre", "försöka", "försöker", "försök", "typ", "kanske", "eventuellt", "lite",
        "improve", "better", "more", "less", "try", "trying", "maybe", "perhaps", "somewhat",
    ]

    static func vague(_ text: String, _ part: SmartPart) -> [SmartFinding] {
        var words: [String] = []
        var current = ""
        for c in text.lowercased() {
            if c.isLetter { current.append(c) } else if !current.isEmpty { words.append(current); current = "" }
        }
        if !current.isEmpty { words.append(current) }
        var seen: [String] = []
        for w in words where vagueWords.contains(w) && !seen.contains(w) { seen.append(w) }
        return seen.map { .vagueWord($0, part) }
    }
}

/// One weakness the check found.
public enum SmartFinding: Equatable, Sendable {
    /// Specifikt: a single word ("Jobb").
    case whatTooShort
    case vagueWord(String, SmartPart)
    case noMeasure
    case noWhy
    case noSteps
    /// The n-th step (from 1) does not say who takes it.
    case stepWithoutOwner(Int)
    case noDue
    case dueAfterPlanEnd(Day)
    case noOwner

    /// The SMART letter it belongs to; the owner counts as realistic (who does what).
    public var letter: Character {
        switch self {
        case .whatTooShort: return "S"
        case .vagueWord(_, let part):
            switch part {
            case .what: return "S"
            case .measure: return "M"
            case .step: return "R"
            }
        case .noMeasure: return "M"
        case .noWhy: return "A"
        case .noSteps, .stepWithoutOwner, .noOwner: return "R"
        case .noDue, .dueAfterPlanEnd: return "T"
        }
    }
}

/// Where in the goal a vague word stands.
public enum SmartPart: Equatable, Sendable {
    case what, measure, step(Int)
}
