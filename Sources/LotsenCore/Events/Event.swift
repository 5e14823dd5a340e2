/// Everything the domain records, by area. Each area is an enum of its own whose `Kind`
/// holds the journal's type names, and whose switches for type name, payload writing and
/// reading, folding and text are exhaustive: a new event does not compile until every one
/// of them handles it.
///
/// Versioning: a type's payload only ever gains optional keys. A change that older
/// readers could misread gets a new type name (`….v2`), and both stay readable forever.
/// Event types this version does not know (written by a newer Lotsen) are kept as
/// `.unknown` and skipped by `apply`, never rejected.
public enum Event: Equatable, Sendable {
    case caseworker(CaseworkerEvent)
    case participant(ParticipantEvent)
    case programme(ProgrammeEvent)
    case plan(PlanEvent)
    case meeting(MeetingEvent)
    case report(ReportEvent)
    case entry(EntryEvent)
    case gallring(GallringEvent)
    case unknown(type: String)

    /// The journal's `type`.
    public var type: String {
        switch self {
        case .caseworker(let e): return e.kind.rawValue
        case .participant(let e): return e.kind.rawValue
        case .programme(let e): return e.kind.rawValue
        case .plan(let e): return e.kind.rawValue
        case .meeting(let e): return e.kind.rawValue
        case .report(let e): return e.kind.rawValue
        case .entry(let e): return e.kind.rawValue
        case .gallring(let e): return e.kind.rawValue
        case .unknown(let type): return type
        }
    }
}

/// An event with what the journal knows about it.
public struct RecordedEvent: Equatable, Sendable {
    public var event: Event
    public var subject: ParticipantID?
    public var stamp: EntryStamp

    public init(event: Event, subject: ParticipantID?, stamp: EntryStamp) {
        self.event = event
        self.subject = subject
        self.stamp = stamp
    }
}
