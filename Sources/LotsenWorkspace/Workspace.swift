import LotsenCalendar
import LotsenCore
import LotsenJournal

/// A journal replayed into domain state. Commands are checked against the state (with
/// other desks' appends folded in first, under the writer lock), turned into events,
/// appended durably, and folded in. The CLI and the TUI both work through this.
public final class Workspace {
    public private(set) var state = LotsenState()
    public let journal: Journal
    /// Who is writing: a caseworker's initials, or nil when unknown.
    public let author: String?
    /// Records whose payload this version could not read.
    public private(set) var undecodableRecords: [Int] = []

    let clock: () -> Timestamp
    let today: () -> Day
    var newID: () -> ParticipantID

    init(journal: Journal, author: String?, clock: @escaping () -> Timestamp, today: @escaping () -> Day,
         newID: @escaping () -> ParticipantID) {
        self.journal = journal
        self.author = author
        self.clock = clock
        self.today = today
        self.newID = newID
    }

    public struct Environment {
        public var author: String?
        public var clock: () -> Timestamp
        /// Today's date where the caseworker is (the executable knows the time zone).
        public var today: () -> Day
        public var newID: () -> ParticipantID
        public var io: FileIO

        public init(author: String?, clock: @escaping () -> Timestamp, today: @escaping () -> Day,
                    newID: @escaping () -> ParticipantID = ParticipantIDs.random, io: FileIO = SystemFileIO()) {
            self.author = author
            self.clock = clock
            self.today = today
            self.newID = newID
            self.io = io
        }
    }

    public static func open(_ paths: JournalPaths, access: Journal.Access, _ env: Environment) throws -> (Workspace, Journal.OpenReport) {
        var folded = LotsenState()
        var undecodable: [Int] = []
        let (journal, report) = try Journal.open(paths, access: access, io: env.io, clock: env.clock) { batch in
            for record in batch { Workspace.fold(record, into: &folded, undecodable: &undecodable) }
        }
        let w = Workspace(journal: journal, author: env.author, clock: env.clock, today: env.today, newID: env.newID)
        w.state = folded
        w.undecodableRecords = undecodable
        return (w, report)
    }

    public static func create(_ paths: JournalPaths, journalID: String, _ env: Environment) throws -> Workspace {
        let journal = try Journal.create(paths, id: journalID, time: env.clock(), author: env.author ?? "lotsen",
                                         io: env.io, clock: env.clock)
        return Workspace(journal: journal, author: env.author, clock: env.clock, today: env.today, newID: env.newID)
    }

    public func close() { journal.close() }

    /// Checks every command, then appends all their events as one atomic batch. Throws
    /// `DomainError` (nothing written) or `JournalError` (nothing acknowledged).
    @discardableResult
    public func perform(_ commands: [Command]) throws -> [RecordedEvent] {
        guard let author else { throw DomainError.noAuthor }
        var planned: [PlannedEvent] = []
        let written = try journal.append(othersAppended: { self.foldIn($0) }) {
            try self.checkAuthor(author, commands)
            var scratch = self.state
            planned = []
            for command in commands {
                let planner = CommandPlanner(state: scratch, today: self.today(), newID: self.newID)
                let events = try planner.plan(command)
                for e in events {
                    scratch.apply(RecordedEvent(event: e.event, subject: e.subject,
                                                stamp: EntryStamp(sequence: 0, time: self.clock(), author: author)))
                }
                planned += events
            }
            let now = self.clock()
            return planned.map {
                RecordDraft(time: now, author: author, type: $0.event.type, subject: $0.subject?.value, payload: $0.event.payload)
            }
        }
        let recorded = zip(written, planned).map { record, p in
            RecordedEvent(event: p.event, subject: p.subject,
                          stamp: EntryStamp(sequence: record.sequence, time: record.time, author: record.author))
        }
        for r in recorded { state.apply(r) }
        return recorded
    }

    @discardableResult
    public func perform(_ command: Command) throws -> [RecordedEvent] { try perform([command]) }

    /// Folds in what other processes appended since the last look; cheap when nothing
    /// changed (one fstat). Returns the new events.
    @discardableResult
    public func refresh() throws -> [RecordedEvent] {
        let records = try journal.readNew()
        return foldIn(records)
    }

    @discardableResult
    private func foldIn(_ records: [JournalRecord]) -> [RecordedEvent] {
        var out: [RecordedEvent] = []
        for r in records {
            if let e = Workspace.fold(r, into: &state, undecodable: &undecodableRecords) { out.append(e) }
        }
        return out
    }

    /// While no caseworker is registered anyone may write (to register the first ones);
    /// after that the author must be one of them, or be adding themselves.
    private func checkAuthor(_ author: String, _ commands: [Command]) throws(DomainError) {
        guard !state.caseworkers.isEmpty, state.caseworker(author) == nil else { return }
        let addsSelf = commands.contains {
            if case .addCaseworker(let initials, _, _) = $0 { return Caseworker.key(initials) == Caseworker.key(author) }
            return false
        }
        if !addsSelf { throw .unknownAuthor(author) }
    }

    @discardableResult
    static func fold(_ record: JournalRecord, into state: inout LotsenState, undecodable: inout [Int]) -> RecordedEvent? {
        guard record.type != JournalHeader.type else { return nil }
        guard let event = Event(type: record.type, payload: record.payload) else {
            undecodable.append(record.sequence)
            return nil
        }
        let recorded = RecordedEvent(event: event, subject: record.subject.map(ParticipantID.init),
                                     stamp: EntryStamp(sequence: record.sequence, time: record.time, author: record.author))
        state.apply(recorded)
        return recorded
    }
}

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
