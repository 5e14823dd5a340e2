import LotsenCalendar

// Binary forms of the small value types. Enums with a journal code are written by
// that code; enums with a payload by a tag.

extension BinaryCodable where Self: RawRepresentable, RawValue == String {
    public func write(to w: inout BinaryWriter) { w.write(rawValue) }
    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        guard let v = Self(rawValue: try r.read()) else { throw r.fail() }
        self = v
    }
}

extension Gender: BinaryCodable {}
extension AFCategory: BinaryCodable {}
extension Role: BinaryCodable {}
extension ExitReason: BinaryCodable {}
extension NoteKind: BinaryCodable {}
extension Stage: BinaryCodable {}
extension IncomeKind: BinaryCodable {}
extension AKassaStatus: BinaryCodable {}
extension ActivityOutcome: BinaryCodable {}
extension KanalenActivity: BinaryCodable {}
extension DocumentStatus: BinaryCodable {}
extension FollowUpResult: BinaryCodable {}
extension GoalTerm: BinaryCodable {}
extension GoalStatus: BinaryCodable {}
extension TaskResult: BinaryCodable {}
extension CaseloadFilter: BinaryCodable {}

extension SavedView: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(name)
        w.write(filter)
        w.write(query)
        w.write(includeExited)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        self.init(name: try r.read(), filter: try r.read(), query: try r.read(), includeExited: try r.read())
    }
}

extension Bool: BinaryCodable {
    public func write(to w: inout BinaryWriter) { w.write(self) }
    public init(from r: inout BinaryReader) throws(BinaryDecodingError) { self = try r.read() }
}

extension ParticipantID: BinaryCodable {
    public func write(to w: inout BinaryWriter) { w.write(value) }
    public init(from r: inout BinaryReader) throws(BinaryDecodingError) { self.init(try r.read() as String) }
}

extension Personnummer: BinaryCodable {
    public func write(to w: inout BinaryWriter) { w.write(digits) }
    public init(from r: inout BinaryReader) throws(BinaryDecodingError) { self.init(validatedDigits: try r.read()) }
}

extension EntryStamp: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(sequence)
        w.write(time)
        w.write(author)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        self.init(sequence: try r.read(), time: try r.read(), author: try r.read())
    }
}

extension Organisation: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        if let i = Organisation.known.firstIndex(of: self) { w.write(i) } else { w.write(-1); w.write(code) }
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        let tag: Int = try r.read()
        if tag == -1 { self = .other(try r.read()); return }
        guard Organisation.known.indices.contains(tag) else { throw r.fail() }
        self = Organisation.known[tag]
    }
}

extension Referral: BinaryCodable {
    static let tagged: [Referral] = [.outreach, .selfReferral, .af, .ifo, .school]

    public func write(to w: inout BinaryWriter) {
        if case .other(let s) = self { w.write(-1); w.write(s) } else { w.write(Referral.tagged.firstIndex(of: self)!) }
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        let tag: Int = try r.read()
        if tag == -1 { self = .other(try r.read()); return }
        guard Referral.tagged.indices.contains(tag) else { throw r.fail() }
        self = Referral.tagged[tag]
    }
}

extension ActivityKind: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        if case .local(let s) = self { w.write(-1); w.write(s) } else { w.write(ActivityKind.catalogue.firstIndex(of: self)!) }
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        let tag: Int = try r.read()
        if tag == -1 { self = .local(try r.read()); return }
        guard ActivityKind.catalogue.indices.contains(tag) else { throw r.fail() }
        self = ActivityKind.catalogue[tag]
    }
}

extension TaskAssignee: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        switch self {
        case .participant: w.write(0)
        case .caseworker(let initials): w.write(1); w.write(initials)
        }
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        switch try r.read() as Int {
        case 0: self = .participant
        case 1: self = .caseworker(try r.read())
        default: throw r.fail()
        }
    }
}

extension AgendaReason: BinaryCodable {
    /// The tag written before the value: fixed per case, unlike the rank, which orders
    /// the agenda and may change.
    private var tag: Int {
        switch self {
        case .consentWithdrawn: return 0
        case .ninetyDays: return 1
        case .meetingTasksOverdue: return 2
        case .weeklyTasksOverdue: return 3
        case .followUpDue: return 4
        case .planExpiring: return 5
        case .intensifiedSupport: return 6
        case .noStageChange: return 7
        case .newParticipant: return 8
        case .openTasks: return 9
        case .added: return 10
        case .carriedOver: return 11
        }
    }

    public func write(to w: inout BinaryWriter) {
        w.write(tag)
        switch self {
        case .consentWithdrawn(let d), .followUpDue(let d), .planExpiring(let d), .intensifiedSupport(since: let d),
             .noStageChange(since: let d), .newParticipant(registered: let d), .carriedOver(from: let d):
            w.write(d)
        case .ninetyDays(days: let n), .meetingTasksOverdue(let n), .weeklyTasksOverdue(let n), .openTasks(let n):
            w.write(n)
        case .added:
            break
        }
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        switch try r.read() as Int {
        case 0: self = .consentWithdrawn(try r.read())
        case 1: self = .ninetyDays(days: try r.read())
        case 2: self = .meetingTasksOverdue(try r.read())
        case 3: self = .weeklyTasksOverdue(try r.read())
        case 4: self = .followUpDue(try r.read())
        case 5: self = .planExpiring(try r.read())
        case 6: self = .intensifiedSupport(since: try r.read())
        case 7: self = .noStageChange(since: try r.read())
        case 8: self = .newParticipant(registered: try r.read())
        case 9: self = .openTasks(try r.read())
        case 10: self = .added
        case 11: self = .carriedOver(from: try r.read())
        default: throw r.fail()
        }
    }
}

extension SearchKeys: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(fullName)
        w.write(nameWords)
        w.write(personnummer)
        w.write(phones)
        w.write(isActive)
        w.write(isProtected)
        w.write(registeredBy)
        w.write(UInt64(consentBits))
        w.write(consentOthers ?? [])
        w.write(sortName)
        w.write(orderKey)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        fullName = try r.read()
        nameWords = try r.read()
        personnummer = try r.read()
        phones = try r.read()
        isActive = try r.read()
        isProtected = try r.read()
        registeredBy = try r.read()
        let bits: UInt64 = try r.read()
        consentBits = UInt8(truncatingIfNeeded: bits)
        let others: [String] = try r.read()
        consentOthers = others.isEmpty ? nil : others
        sortName = try r.read()
        orderKey = try r.read()
    }
}

extension AuthoredEntry: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(sequence)
        w.write(time)
        w.write(author)
        w.write(type)
        w.write(subject)
        w.write(undone)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        self.init(sequence: try r.read(), time: try r.read(), author: try r.read(), type: try r.read(), subject: try r.read(),
                  undone: try r.read())
    }
}
