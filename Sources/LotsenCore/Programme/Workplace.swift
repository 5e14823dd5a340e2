import LotsenCalendar

/// A workplace in the placement bank (praktikplatsbank). Its id is the journal sequence
/// number of the entry that added it: stable, short, and says nothing about anyone.
public struct Workplace: Equatable, Sendable {
    public var id: Int
    public var name: String
    public var sector: String
    public var address: String?
    public var contact: String?
    public var phone: String?
    /// How many people it can take at once.
    public var capacity: Int
    public var notes: String?
    public var stamp: EntryStamp
}

/// A workplace as typed; for an update, the changed fields only.
public struct WorkplaceInput: Equatable, Sendable {
    public var name: String?
    public var sector: String?
    public var address: String?
    public var contact: String?
    public var phone: String?
    public var capacity: String?
    public var notes: String?

    public init(name: String? = nil, sector: String? = nil, address: String? = nil, contact: String? = nil,
                phone: String? = nil, capacity: String? = nil, notes: String? = nil) {
        self.name = name
        self.sector = sector
        self.address = address
        self.contact = contact
        self.phone = phone
        self.capacity = capacity
        self.notes = notes
    }
}

/// The changed fields of a workplace, as recorded. An empty optional text clears it.
public struct WorkplaceChange: Equatable, Sendable {
    public var name: String?
    public var sector: String?
    public var address: String?
    public var contact: String?
    public var phone: String?
    public var capacity: Int?
    public var notes: String?

    public init() {}

    public var isEmpty: Bool { self == WorkplaceChange() }
}

extension Workplace {
    mutating func apply(_ c: WorkplaceChange) {
        if let v = c.name { name = v }
        if let v = c.sector { sector = v }
        if let v = c.address { address = v.isEmpty ? nil : v }
        if let v = c.contact { contact = v.isEmpty ? nil : v }
        if let v = c.phone { phone = v.isEmpty ? nil : v }
        if let v = c.capacity { capacity = v }
        if let v = c.notes { notes = v.isEmpty ? nil : v }
    }
}

/// A person's placement at a workplace while in Kanalen. It ends when they leave
/// Kanalen (a move or an exit) or change to another workplace.
public struct Placement: Equatable, Sendable {
    public var workplace: Int
    public var from: Day
    /// When the placement is planned to end: near it, the board asks about intensified support.
    public var plannedEnd: Day?
    public var until: Day?
    public var stamp: EntryStamp
}
