import LotsenCalendar
import LotsenJSON

/// One area's events as JSON payloads. Keys are short English words, written in a fixed
/// order; absent optionals are left out. Reading is lenient about unknown keys (a newer
/// Lotsen may add some) and strict about the ones it needs.
protocol EventArea: Sendable {
    associatedtype Kind: RawRepresentable, CaseIterable, Sendable where Kind.RawValue == String
    var kind: Kind { get }
    func write(into w: inout JSONObjectWriter)
    /// Nil when a payload lacks what its kind needs.
    static func read(_ kind: Kind, _ o: JSONNode) -> Self?
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
        case .entry(let e): e.write(into: &w)
        case .gallring(let e): e.write(into: &w)
        case .unknown: break
        }
        return w.finished()
    }

    /// Reads an event; nil when a known type's payload lacks what it needs.
    public init?(type: String, payload: UnsafeRawBufferPointer) {
        guard let kind = Event.kinds[type] else { self = .unknown(type: type); return }
        // Read in place (`JSONNode`): only the values an event keeps become strings.
        var event: Event?
        let parsed = JSONNode.withParsed(payload) { o in
            // A switch, not a table of closures: a replay reads half a million of these.
            event = switch kind {
            case .caseworker(let k): CaseworkerEvent.read(k, o).map(Event.caseworker)
            case .participant(let k): ParticipantEvent.read(k, o).map(Event.participant)
            case .programme(let k): ProgrammeEvent.read(k, o).map(Event.programme)
            case .plan(let k): PlanEvent.read(k, o).map(Event.plan)
            case .meeting(let k): MeetingEvent.read(k, o).map(Event.meeting)
            case .report(let k): ReportEvent.read(k, o).map(Event.report)
            case .entry(let k): EntryEvent.read(k, o).map(Event.entry)
            case .gallring(let k): GallringEvent.read(k, o).map(Event.gallring)
            }
        }
        guard parsed, let event = event.take() else { return nil }
        self = event
    }

    public init?(type: String, payload: [UInt8]) {
        guard let e = payload.withUnsafeBytes({ Event(type: type, payload: $0) }) else { return nil }
        self = e
    }

    /// Every journal type name this Lotsen reads as a known event.
    public static var knownTypeNames: Set<String> { Set(kindNames.map(\.name)) }

    /// A known type name's area and kind.
    private enum AnyKind {
        case caseworker(CaseworkerEvent.Kind), participant(ParticipantEvent.Kind), programme(ProgrammeEvent.Kind)
        case plan(PlanEvent.Kind), meeting(MeetingEvent.Kind), report(ReportEvent.Kind), entry(EntryEvent.Kind)
        case gallring(GallringEvent.Kind)
    }

    /// Each known type name's kind, looked up by its bytes (`NameTable`).
    private static let kinds = NameTable(kindNames)

    /// Each known type name and its kind, gathered from the areas' `Kind`s.
    private static let kindNames: [(name: String, value: AnyKind)] = {
        var kinds: [(name: String, value: AnyKind)] = []
        var seen: Set<String> = []
        func add<K: RawRepresentable & CaseIterable>(_: K.Type, _ wrap: (K) -> AnyKind) where K.RawValue == String {
            for kind in K.allCases {
                precondition(seen.insert(kind.rawValue).inserted, "two areas name the event type \(kind.rawValue)")
                kinds.append((kind.rawValue, wrap(kind)))
            }
        }
        add(CaseworkerEvent.Kind.self, AnyKind.caseworker)
        add(ParticipantEvent.Kind.self, AnyKind.participant)
        add(ProgrammeEvent.Kind.self, AnyKind.programme)
        add(PlanEvent.Kind.self, AnyKind.plan)
        add(MeetingEvent.Kind.self, AnyKind.meeting)
        add(ReportEvent.Kind.self, AnyKind.report)
        add(EntryEvent.Kind.self, AnyKind.entry)
        add(GallringEvent.Kind.self, AnyKind.gallring)
        return kinds
    }()
}

extension JSONNode {
    /// A date written as `YYYY-MM-DD`, read where it lies when it has no escape.
    var day: Day? {
        if let text = plainString { return Day(iso: text) }
        return string.flatMap { Day(iso: $0) }
    }
}
