import LotsenJSON

/// One area's events as JSON payloads. Keys are short English words, written in a fixed
/// order; absent optionals are left out. Reading is lenient about unknown keys (a newer
/// Lotsen may add some) and strict about the ones it needs.
protocol EventArea: Sendable {
    associatedtype Kind: RawRepresentable, CaseIterable, Sendable where Kind.RawValue == String
    var kind: Kind { get }
    func write(into w: inout JSONObjectWriter)
    /// Nil when a payload lacks what its kind needs.
    static func read(_ kind: Kind, _ o: JSONValue) -> Self?
}

extension Event {
    public var payload: [UInt8] {
        var w = JSONObjectWriter()
        switch self {
        case .caseworker(let e): e.write(into: &w)
        case .participant(let e): e.write(into: &w)
        case .programme(let e): e.write(into: &w)
        case .plan(let e): e.write(into: &w)
        case .meeting(let e): e.write(into: &w)
        case .report(let e): e.write(into: &w)
        case .unknown: break
        }
        return w.finished()
    }

    /// Reads an event; nil when a known type's payload lacks what it needs.
    public init?(type: String, payload: UnsafeRawBufferPointer) {
        guard let read = Event.readers[type] else { self = .unknown(type: type); return }
        guard let o = JSONValue.parse(payload), let e = read(o) else { return nil }
        self = e
    }

    public init?(type: String, payload: [UInt8]) {
        guard let e = payload.withUnsafeBytes({ Event(type: type, payload: $0) }) else { return nil }
        self = e
    }

    /// Every journal type name this Lotsen reads as a known event.
    public static var knownTypeNames: Set<String> { Set(readers.keys) }

    /// Each known type name's reader, gathered from the areas' `Kind`s.
    private static let readers: [String: @Sendable (JSONValue) -> Event?] = {
        var readers: [String: @Sendable (JSONValue) -> Event?] = [:]
        func add<Area: EventArea>(_: Area.Type, _ wrap: @escaping @Sendable (Area) -> Event) {
            for kind in Area.Kind.allCases {
                precondition(readers[kind.rawValue] == nil, "two areas name the event type \(kind.rawValue)")
                readers[kind.rawValue] = { o in Area.read(kind, o).map(wrap) }
            }
        }
        add(CaseworkerEvent.self, Event.caseworker)
        add(ParticipantEvent.self, Event.participant)
        add(ProgrammeEvent.self, Event.programme)
        add(PlanEvent.self, Event.plan)
        add(MeetingEvent.self, Event.meeting)
        add(ReportEvent.self, Event.report)
        return readers
    }()
}
