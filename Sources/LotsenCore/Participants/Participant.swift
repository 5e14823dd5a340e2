import LotsenCalendar

/// A participant's stable id: random, never derived from the personnummer, so that it
/// can appear in file names, logs and the journal's `subject` without revealing anyone.
public struct ParticipantID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let value: String
    public init(_ value: String) { self.value = value }
    public static func < (a: ParticipantID, b: ParticipantID) -> Bool { a.value < b.value }
    public var description: String { value }
}

/// What the journal records about who made an entry and when.
public struct EntryStamp: Equatable, Sendable {
    public var sequence: Int
    public var time: Timestamp
    public var author: String

    public init(sequence: Int, time: Timestamp, author: String) {
        self.sequence = sequence
        self.time = time
        self.author = author
    }
}

/// The facts about a young person as registered, each changeable by a later entry.
public struct ParticipantProfile: Equatable, Sendable {
    public var firstName: String
    public var lastName: String
    public var gender: Gender
    public var phones: [String]
    public var email: String?
    public var referral: Referral?
    public var bornAbroad: Bool?
    public var disability: Bool?
    public var afCategory: AFCategory?
    public var gradesComplete: Bool?
    public var incomeSupport: Bool?
    public var background: String?

    public init(firstName: String, lastName: String, gender: Gender, phones: [String] = [], email: String? = nil,
                referral: Referral? = nil, bornAbroad: Bool? = nil, disability: Bool? = nil,
                afCategory: AFCategory? = nil, gradesComplete: Bool? = nil, incomeSupport: Bool? = nil,
                background: String? = nil) {
        self.firstName = firstName
        self.lastName = lastName
        self.gender = gender
        self.phones = phones
        self.email = email
        self.referral = referral
        self.bornAbroad = bornAbroad
        self.disability = disability
        self.afCategory = afCategory
        self.gradesComplete = gradesComplete
        self.incomeSupport = incomeSupport
        self.background = background
    }

    public var fullName: String { firstName + " " + lastName }
}

/// One stretch in the programme: from registration (inskrivning) to exit (avslut).
/// Re-registration after an exit starts a new period, back in Slussen step 1.
public struct Period: Equatable, Sendable {
    public var registered: Day
    public var exit: Exit?
    /// The way through the stages, with activities, placement and the rest.
    public var programme = Programme()

    public init(registered: Day, exit: Exit? = nil) {
        self.registered = registered
        self.exit = exit
    }

    /// The first activity (insats) started in this period: it stops the 90-day clock.
    public var firstActivityStart: Day? { programme.firstActivityStart }

    public var stage: Stage { programme.stage }

    /// Days in the current stage on `day`; an exited period stops counting at its exit.
    public func daysInStage(on day: Day) -> Int {
        let until = exit.map { min($0.date, day) } ?? day
        return max(0, programme.stageSince(registered: registered).days(until: until))
    }
}

public struct Exit: Equatable, Sendable {
    public var date: Day
    public var reason: ExitReason
    /// For exits to work: the occupation (reported per gender).
    public var occupation: String?
    public var stamp: EntryStamp
}

/// Consent (samtycke) to share information between the organisations.
public struct Consent: Equatable, Sendable {
    public var date: Day
    public var organisations: [Organisation]
    public var withdrawn: Day?
    public var stamp: EntryStamp

    public var isActive: Bool { withdrawn == nil }
}

/// One caseworker responsible for the participant in one organisation, from a date.
public struct Responsibility: Equatable, Sendable {
    public var organisation: Organisation
    public var caseworker: String
    public var from: Day
    /// Set when someone else took over.
    public var until: Day?
    public var stamp: EntryStamp
}

/// A note is never edited or deleted; a correction is a new note that names the one it
/// corrects, and views show the latest text with the history a key away.
public struct Note: Equatable, Sendable {
    /// The journal sequence number of the entry: unique, stable, short.
    public var id: Int
    public var kind: NoteKind
    public var text: String
    public var corrects: Int?
    public var stamp: EntryStamp
    /// Set when its author took it back: views leave it out, the history keeps it.
    public var undone: EntryStamp? = nil
}

public struct Participant: Equatable, Sendable {
    public let id: ParticipantID
    public var personnummer: Personnummer
    public var profile: ParticipantProfile
    public var periods: [Period]
    /// Every consent given, oldest first; the last one is the one in force.
    public var consents: [Consent] = []
    /// Every assignment, oldest first, including those that ended.
    public var responsibilities: [Responsibility] = []
    /// Every note, oldest first, corrections included.
    public var notes: [Note] = []
    public var registeredBy: EntryStamp
    /// Protected personal data (skyddade personuppgifter: sekretessmarkering, skyddad
    /// folkbokföring): the identity is shown only to the responsible caseworkers.
    public var isProtected = false
    /// The time of the last entry about this participant.
    public var lastChange: Timestamp

    public init(id: ParticipantID, personnummer: Personnummer, profile: ParticipantProfile, registered: Day, stamp: EntryStamp) {
        self.id = id
        self.personnummer = personnummer
        self.profile = profile
        self.periods = [Period(registered: registered)]
        self.registeredBy = stamp
        self.lastChange = stamp.time
    }

    public var currentPeriod: Period { periods[periods.count - 1] }
    // Reads through `periods` rather than `currentPeriod`, which copies the whole period.
    public var isActive: Bool { periods[periods.count - 1].exit == nil }
    public var consent: Consent? { consents.last }

    /// The responsible caseworker per organisation, now.
    public var responsible: [Organisation: String] {
        var out: [Organisation: String] = [:]
        for r in responsibilities where r.until == nil { out[r.organisation] = r.caseworker }
        return out
    }

    /// Notes as they read now: a corrected note shows its latest correction's text.
    /// Newest first.
    public var currentNotes: [Note] {
        var correctedBy: [Int: Note] = [:]
        for n in notes where n.undone == nil { if let c = n.corrects { correctedBy[root(of: c)] = n } }
        return notes.filter { $0.corrects == nil && $0.undone == nil }.map { original in
            guard let latest = correctedBy[original.id] else { return original }
            var shown = latest
            shown.id = original.id
            return shown
        }.reversed()
    }

    /// The chain of versions of one note, oldest first.
    public func history(ofNote id: Int) -> [Note] {
        let rootID = root(of: id)
        return notes.filter { $0.id == rootID || ($0.corrects.map { root(of: $0) } == rootID) }
    }

    private func root(of id: Int) -> Int {
        var current = id
        while let n = notes.first(where: { $0.id == current }), let c = n.corrects { current = c }
        return current
    }
}
