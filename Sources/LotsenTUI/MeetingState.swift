import LotsenCore

/// Möte: the open meeting, one agenda item in focus, or the whole agenda as a list.
public struct MeetingViewState: Equatable, Sendable {
    /// The focused item's number; nil before one is chosen (the first unhandled).
    public var item: Int?
    public var showAgenda = false
}
