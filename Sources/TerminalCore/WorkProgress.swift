/// How far a long piece of work has come and about how long is left, from what is done
/// of a total and the time it has taken: the same estimate for a line on the command line
/// and a progress screen.
public struct WorkProgress: Equatable, Sendable {
    public var done: Int
    public var total: Int
    public var elapsedSeconds: Double

    public init(done: Int, total: Int, elapsedSeconds: Double) {
        self.done = done
        self.total = total
        self.elapsedSeconds = elapsedSeconds
    }

    public var fraction: Double { total <= 0 ? 1 : min(1, max(0, Double(done) / Double(total))) }
    public var percent: Int { Int(fraction * 100) }

    /// Whole seconds left at the pace so far; nil until there is a pace to go by (a
    /// twentieth done, or a second gone), so that the first guess is not wild.
    public var secondsLeft: Int? {
        guard fraction > 0, fraction < 1, fraction >= 0.05 || elapsedSeconds >= 1 else { return nil }
        return Int((elapsedSeconds * (1 - fraction) / fraction).rounded(.up))
    }

    /// `[#########...........]` in `width` columns (brackets included).
    public func bar(width: Int) -> String {
        let inner = max(0, width - 2)
        let filled = Int((fraction * Double(inner)).rounded(.down))
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: inner - filled) + "]"
    }
}
