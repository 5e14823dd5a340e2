import LotsenCalendar
import LotsenCore
import LotsenJournal

/// A realistic, deterministic demo journal: caseworkers from every organisation and
/// participants registered over the months before `today`, with consents,
/// responsibilities, notes (some corrected), exits and re-registrations. The same seed
/// and the same `today` give the same journal. Personnummer come from the test series
/// (individual numbers 980–999), never real people.
public struct DemoJournal {
    public enum Size: String, CaseIterable, Sendable {
        case small, typical, large

        /// Participants, months of history, and notes per participant on average.
        var shape: (participants: Int, months: Int, notes: Int) {
            switch self {
            case .small: return (120, 18, 6)
            case .typical: return (1_000, 24, 10)
            case .large: return (10_000, 30, 8)
            }
        }
    }

    public let size: Size
    public let today: Day
    public let seed: UInt64

    public init(size: Size, today: Day, seed: UInt64 = 2015) {
        self.size = size
        self.today = today
        self.seed = seed
    }

    /// Writes the demo into a new journal. Returns (participants, records). Records carry
    /// the demo's own times; `clock` is the real one (when the chain was checked whole).
    /// - Parameter master: seal the journal (`KeyStore`): every person's records under
    ///   their own key, as a caseworker's journal is.
    public func write(to paths: JournalPaths, io: FileIO = SystemFileIO(), master: MasterKey? = nil,
                      clock: @escaping () -> Timestamp = Timestamp.now) throws -> (Int, Int) {
        let start = time(today.adding(months: -size.shape.months), hour: 7)
        var drafts = generate()
        if let master {
            var ring = try KeyStore.create(for: paths, master: master, io: io)
            drafts = try ring.seal(drafts, storingNewKeysIn: paths, master: master)
        }
        let journal = try Journal.create(paths, id: "demo-\(size.rawValue)-\(seed)", time: start, author: "demo",
                                         io: io, clock: clock)
        defer { journal.close() }
        journal.headInterval = 1_000_000
        var index = 0
        while index < drafts.count {
            let end = min(index + 2_000, drafts.count)
            try journal.append(Array(drafts[index..<end]))
            index = end
        }
        return (size.shape.participants, drafts.count)
    }

    /// The demo folded in memory, numbered as the journal `write` makes would number it:
    /// for tests of views and reducers that need no file. With `before`, only the
    /// entries stamped earlier, as `Workspace.past` folds them.
    public func state(before: Timestamp? = nil) -> LotsenState {
        var state = LotsenState()
        for (i, d) in generate().enumerated() where before.map({ d.time < $0 }) ?? true {
            guard let event = Event(type: d.type, payload: d.payload) else { continue }
            state.apply(RecordedEvent(event: event, subject: d.subject.map(ParticipantID.init),
                                      stamp: EntryStamp(sequence: i + 1, time: d.time, author: d.author)))
        }
        return state
    }

    func time(_ day: Day, hour: Int, minute: Int = 0) -> Timestamp {
        // Local office hours written as UTC; the demo does not need time-zone accuracy.
        Timestamp(millisecondsSince1970: Int64(day.daysSince1970) * 86_400_000 + Int64(hour * 60 + minute) * 60_000)
    }

    func generate() -> [RecordDraft] {
        var rng = SplitMix64(seed: seed)
        var out: [RecordDraft] = []
        let shape = size.shape
        let first = today.adding(months: -shape.months)
        var bank = placementBank(first: first, rng: &rng, into: &out)
        for (i, cw) in DemoNames.caseworkers.enumerated() {
            let e = Event.caseworker(.caseworkerAdded(Caseworker(initials: cw.0, name: cw.1, organisation: Organisation(storedCode: cw.2))))
            out.append(draft(e, subject: nil, at: time(first, hour: 8, minute: i), author: "AB"))
        }
        // Yearly targets as Hällefors set them ("4 traineejobb and 5 utbildningskontrakt
        // started"), scaled to the size of the programme.
        for year in first.year...today.year {
            let day = max(first, Day(year: year, month: 1, day: 2)!)
            for (kind, per) in [(ActivityKind.traineejobb, 40), (.utbildningskontrakt, 30)] {
                let e = Event.report(.targetSet(YearTarget(year: year, measure: .started(kind), count: max(4, shape.participants / per))))
                out.append(draft(e, subject: nil, at: time(day, hour: 9), author: "AB"))
            }
        }
        var usedNumbers = Set<String>()
        let span = first.days(until: today)
        for n in 0..<shape.participants {
            let id = ParticipantIDs.make(using: &rng)
            let registered = first.adding(days: 1 + rng.below(max(span - 1, 1)))
            let woman = rng.below(100) < 46
            let pnr = personnummer(woman: woman, registered: registered, used: &usedNumbers, rng: &rng)
            let author = DemoNames.caseworkers[rng.below(DemoNames.caseworkers.count)].0
            var profile = ParticipantProfile(
                firstName: woman ? rng.pick(DemoNames.women) : rng.pick(DemoNames.men),
                lastName: rng.pick(DemoNames.lastNames), gender: rng.below(100) < 2 ? .other : (woman ? .woman : .man),
                phones: ["07\([0, 2, 3, 6, 9][rng.below(5)])-\(100 + rng.below(900)) \(10 + rng.below(90)) \(10 + rng.below(90))"],
                referral: [Referral.af, .ifo, .outreach, .selfReferral, .school][rng.below(5)],
                bornAbroad: rng.below(100) < 35, disability: rng.below(100) < 12,
                afCategory: [AFCategory.openUnemployment, .youthGuarantee, .youthGuarantee, .notAvailable, AFCategory(rawValue: "21")!][rng.below(5)],
                gradesComplete: rng.below(100) < 55, incomeSupport: rng.below(100) < 30)
            if rng.below(100) < 40 { profile.email = "\(TextFolding.foldedString(profile.firstName).filter(\.isLetter)).\(n)@example.se" }
            var t = time(registered, hour: 8 + rng.below(8), minute: rng.below(60))
            func next(_ days: Int) -> Timestamp? {
                let d = Day(daysSince1970: Int(t.millisecondsSince1970 / 86_400_000)).adding(days: days)
                guard d <= today else { return nil }
                t = time(d, hour: 8 + rng.below(8), minute: rng.below(60))
                return t
            }
            out.append(draft(.participant(.participantRegistered(ParticipantRegistered(personnummer: pnr, profile: profile, registered: registered))),
                             subject: id, at: t, author: author))
            if rng.below(100) < 92 {
                let drawn: [Organisation] = [.af, .ame, .ifo, .syv, .vux].filter { _ in rng.below(100) < 70 }
                // Most consent to every partner of the joint programme (that is what it
                // is for); the rest name only some, and the joint meeting does not name them.
                let orgs: [Organisation] = drawn.contains(.af) || drawn.contains(.ame) ? [.af, .ame, .ifo, .syv, .vux] : drawn
                out.append(draft(.participant(.consentGiven(date: registered, organisations: orgs.isEmpty ? [.af, .ame] : orgs)), subject: id, at: t, author: author))
            }
            let af = ["AB", "JL"][rng.below(2)], ame = ["MS", "PE"][rng.below(2)]
            out.append(draft(.participant(.responsibilityAssigned(organisation: .af, caseworker: af, date: registered)), subject: id, at: t, author: author))
            out.append(draft(.participant(.responsibilityAssigned(organisation: .ame, caseworker: ame, date: registered)), subject: id, at: t, author: author))
            if profile.incomeSupport == true {
                out.append(draft(.participant(.responsibilityAssigned(organisation: .ifo, caseworker: ["LH", "KN"][rng.below(2)], date: registered)),
                                 subject: id, at: t, author: author))
            }
            let age = registered.days(until: today)
            let exits = age > 150 && rng.below(100) < 45
            let exitDay: Day? = exits ? registered.adding(days: 120 + rng.below(max(age - 120, 1))) : nil
            let activeDays = exitDay.map { registered.days(until: $0) } ?? age
            programme(id, registered: registered, end: exitDay ?? today.adding(days: 1), staff: (af, ame), bank: &bank, rng: &rng, into: &out)
            let notes = rng.below(shape.notes * 2 + 1)
            var lastNote: Int?
            for _ in 0..<notes {
                guard let when = next(1 + rng.below(max(activeDays / max(notes, 1), 1) * 2 + 1)),
                      Day(daysSince1970: Int(when.millisecondsSince1970 / 86_400_000)) < (exitDay ?? today.adding(days: 1))
                else { break }
                let meeting = rng.below(100) < 25
                let text = meeting ? rng.pick(DemoNames.meetingNotes) : rng.pick(DemoNames.callNotes)
                let who = rng.below(100) < 60 ? af : ame
                let corrects = lastNote != nil && rng.below(100) < 3 ? lastNote : nil
                out.append(draft(.participant(.noteAdded(kind: meeting ? .meeting : .call, text: corrects != nil ? text + " (rättat datum)" : text,
                                            corrects: corrects.map { -$0 })), subject: id, at: when, author: who))
                lastNote = out.count
            }
            if let exitDay {
                let reason = [ExitReason.work, .work, .work, .studies, .studies, .otherMeasure, .moved, .sick, .parentalLeave, .unknown][rng.below(10)]
                out.append(draft(.participant(.participantExited(date: exitDay, reason: reason,
                                                    occupation: reason == .work ? rng.pick(DemoNames.occupations) : nil)),
                                 subject: id, at: time(exitDay, hour: 15), author: af))
                let back = exitDay.adding(days: 60 + rng.below(120))
                if back < today, rng.below(100) < 10 {
                    out.append(draft(.participant(.participantReregistered(date: back)), subject: id, at: time(back, hour: 9), author: ame))
                    // The new period starts again in Slussen 1, a day after coming back.
                    programme(id, registered: back.adding(days: 1), end: today.adding(days: 1), staff: (af, ame), bank: &bank,
                              rng: &rng, into: &out)
                }
            }
        }
        out += meetings(after: out, weeks: 4, rng: &rng)
        // The caseworkers' phones and e-mail, written last (late on the demo's day) so that
        // every entry before them keeps its number.
        for (i, cw) in DemoNames.caseworkers.enumerated() {
            let e = Event.caseworker(.caseworkerContact(initials: cw.0, phone: "0591-641 \(20 + i)",
                                                        email: DemoNames.email(cw.1)))
            out.append(draft(e, subject: nil, at: time(today, hour: 23, minute: 50 + i), author: "AB"))
        }
        return resolveCorrections(out)
    }

    /// Puts the records in time order (a stable sort: a registration stays before the
    /// consent written in the same minute). Corrections and activity ends point at the
    /// entry they refer to by its sequence number, known only now; until here they carry
    /// a negative draft index.
    static let referring = Set(["note.added", "activity.ended", "plan.followup.recorded", "task.followup.recorded"])
        .union(meetingTypes)

    func resolveCorrections(_ drafts: [RecordDraft]) -> [RecordDraft] {
        let order = drafts.indices.sorted { drafts[$0].time < drafts[$1].time }
        var sequenceOf = [Int](repeating: 0, count: drafts.count)
        for (position, index) in order.enumerated() { sequenceOf[index] = position + 1 }
        return order.map { drafts[$0] }.map { d in
            guard DemoJournal.referring.contains(d.type), let e = Event(type: d.type, payload: d.payload) else { return d }
            var fixed = d
            switch e {
            case .participant(.noteAdded(let kind, let text, let corrects?)) where corrects < 0:
                fixed.payload = Event.participant(.noteAdded(kind: kind, text: text, corrects: sequenceOf[-corrects - 1])).payload
            case .programme(.activityEnded(let activity, let date, let outcome)) where activity < 0:
                fixed.payload = Event.programme(.activityEnded(activity: sequenceOf[-activity - 1], date: date, outcome: outcome)).payload
            case .plan(.planFollowedUp(let date, let results, let comment)):
                let resolved = results.map { r in GoalResult(goal: r.goal < 0 ? sequenceOf[-r.goal - 1] : r.goal, result: r.result, comment: r.comment) }
                fixed.payload = Event.plan(.planFollowedUp(date: date, results: resolved, comment: comment)).payload
            case .plan(.taskFollowedUp(let task, let date, let result, let due, let comment)) where task < 0:
                fixed.payload = Event.plan(.taskFollowedUp(task: sequenceOf[-task - 1], date: date, result: result, due: due, comment: comment)).payload
            default:
                if let e = resolveMeeting(e, { sequenceOf[-$0 - 1] }) { fixed.payload = e.payload }
            }
            return fixed
        }
    }

    func draft(_ e: Event, subject: ParticipantID?, at time: Timestamp, author: String) -> RecordDraft {
        RecordDraft(time: time, author: author, type: e.type, subject: subject?.value, payload: e.payload)
    }

    /// A valid number from the test series for someone 16–29 when registered.
    func personnummer(woman: Bool, registered: Day, used: inout Set<String>, rng: inout SplitMix64) -> Personnummer {
        while true {
            let ageDays = 365 * 16 + rng.below(365 * 13)
            let birth = registered.adding(days: -ageDays)
            let (y, m, d) = birth.parts
            let samordning = rng.below(100) < 3
            let third = [0, 2, 4, 6, 8][rng.below(5)] + (woman ? 0 : 1)
            let serial = "9\(8 + rng.below(2))\(third)"
            let yy = y % 100
            let nine = String(format2(yy)) + format2(m) + format2(samordning ? d + 60 : d) + serial
            let check = (0...9).first { Personnummer.luhnValid(Array((nine + String($0)).utf8).map { $0 - 48 }) }!
            let text = "\(y / 100)" + nine + String(check)
            guard !used.contains(text), let p = Personnummer(stored: text) else { continue }
            used.insert(text)
            return p
        }
    }

    func format2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
}

/// A small, fast, deterministic generator (Steele, Lea and Flood's SplitMix64).
public struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}
