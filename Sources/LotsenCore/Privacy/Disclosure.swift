/// What one organisation may see of one person (docs/privacy.md). AF and the
/// municipality's units are separate under secrecy law: information passes between them
/// only under the person's consent, which names the organisations. Every front end asks
/// this one rule; none decides for itself.
///
/// - An entry belongs to the organisation of the caseworker who wrote it. A viewer sees
///   their own organisation's entries, and another's while the person's consent in force
///   names both.
/// - The joint programme (stage, activities, plan, tasks, contact details and the profile
///   facts without an owner) belongs to the organisation that registered the person; it
///   is seen by that organisation, and by another while the consent names both.
/// - A fact with an owner (the AF category is AF's, income support IFO's) is seen by its
///   owner, and by another while the consent names both.
/// - Without any of that, a viewer sees that the person is registered, by whom, and whom
///   to contact: never a note, a plan, a stage, a benefit or health.
public struct Disclosure: Equatable, Sendable {
    /// The viewer's organisation; nil sees everything (a journal with no caseworkers yet).
    public let viewer: Organisation?
    /// The organisation that registered the person: the joint programme's owner.
    public let home: Organisation?
    /// The organisations the consent in force names; empty without one.
    public let consented: Set<Organisation>
    /// The person has protected personal data and the viewer is not one of their
    /// responsible caseworkers: name, personnummer, contact details and workplace hidden.
    public let identityHidden: Bool

    public init(viewer: Organisation?, home: Organisation?, consented: Set<Organisation>, identityHidden: Bool = false) {
        self.viewer = viewer
        self.home = home
        self.consented = consented
        self.identityHidden = identityHidden
    }

    /// The organisation of a viewer who is not a caseworker of this journal: it owns
    /// nothing and no consent names it.
    public static let nobody = Organisation.other("\u{0}")

    /// Whether the viewer sees what `owner` recorded. Entries whose author is not a
    /// caseworker (an import tool, the demo) belong to no organisation: only consent
    /// covering the viewer shows them.
    public func sees(_ owner: Organisation?) -> Bool {
        guard let viewer else { return true }
        if let owner, owner == viewer { return true }
        guard consented.contains(viewer) else { return false }
        return owner.map(consented.contains) ?? true
    }

    /// The joint programme: stage, activities, plan, tasks, contact details. Never for a
    /// viewer the person's identity is hidden from: a workplace says where they are.
    public var joint: Bool { !identityHidden && sees(home) }

    /// The organisation a profile fact belongs to; nil: the joint programme's.
    public static func owner(of field: Field) -> Organisation? {
        switch field {
        case .afCategory: return .af
        case .incomeSupport: return .ifo
        default: return nil
        }
    }

    public func sees(field: Field) -> Bool { Disclosure.owner(of: field).map { sees($0) } ?? joint }
}

/// What a viewer was not shown of a person, so that the card can say so and why.
public struct HiddenParts: Equatable, Sendable {
    /// Whose view this is.
    public var viewer: Organisation?
    /// Notes left out, per organisation that wrote them (nil: no organisation).
    public var notes: [Organisation?: Int] = [:]
    /// Profile facts that held a value and were left out: what the card says was hidden.
    public var fields: [Field] = []
    /// Every profile fact the viewer may not see, with a value or not: left off the card
    /// rather than shown as unknown.
    public var unseen: Set<Field> = []
    /// The joint programme left out: stage, activities, plan, tasks, contact details.
    public var programme = false
    /// Protected personal data: name, personnummer and contact details left out.
    public var identity = false

    public init(viewer: Organisation? = nil) { self.viewer = viewer }

    public var isEmpty: Bool { notes.isEmpty && fields.isEmpty && !programme && !identity }
}

/// A person as one viewer may see them: a copy with what they may not see taken out,
/// and what that was.
public struct DisclosedParticipant: Equatable, Sendable {
    public var participant: Participant
    public var hidden: HiddenParts
    public var disclosure: Disclosure
}

extension Command {
    /// The person whose joint programme this changes (stage, activities, plan, tasks,
    /// details, leaving and coming back): only a caseworker who may see it may change it.
    /// A note, a consent and one's own organisation's responsibility are the writer's
    /// organisation's entries, and need no more.
    public var jointSubject: ParticipantID? {
        switch self {
        case .participant(let c):
            switch c {
            case .update(let id, _), .exit(let id, _, _, _), .reregister(let id, _), .setProtected(let id, _): return id
            case .register, .giveConsent, .withdrawConsent, .assignResponsibility, .addNote: return nil
            }
        case .programme(let c):
            switch c {
            case .move(let id, _), .changePlacement(let id, _, _, _), .tickChecklist(let id, _, _, _), .recordVisit(let id, _, _, _, _, _),
                 .evaluateVisit(let id, _, _, _), .startActivity(let id, _, _, _, _), .endActivity(let id, _, _, _),
                 .logKanalen(let id, _, _, _), .setIntensifiedSupport(let id, _, _), .checkAKassa(let id, _, _):
                return id
            case .addChecklistItem, .removeChecklistItem, .addWorkplace, .updateWorkplace: return nil
            }
        case .plan(let c):
            switch c {
            case .createPlan(let id, _), .updatePlan(let id, _), .revisePlan(let id, _, _), .addGoal(let id, _), .updateGoal(let id, _, _),
                 .removeGoal(let id, _), .followUpPlan(let id, _, _, _), .addTask(let id, _, _), .followUpTask(let id, _, _, _, _):
                return id
            }
        case .caseworker, .meeting, .report, .entry, .gallring: return nil
        }
    }
}

extension LotsenState {
    /// Whether `viewer` sees this person's joint programme and phone, from the search keys
    /// alone (no decoding) unless the person is protected: for filtering many people.
    public func seesProgramme(_ id: ParticipantID, by viewer: String?) -> Bool {
        guard !caseworkers.isEmpty, let k = searchIndex[id] else { return true }
        if k.isProtected { return participant(id).map { disclosure(of: $0, to: viewer).joint } ?? false }
        return Disclosure.of(k, to: viewer, caseworkers: caseworkers).joint
    }

    /// Whether `viewer` may find this person at all: someone with protected personal data
    /// is found, by name or number, only by their responsible caseworkers.
    public func findable(_ id: ParticipantID, by viewer: String?) -> Bool {
        // The search keys say who is protected without decoding anyone else.
        guard searchIndex[id]?.isProtected == true, !caseworkers.isEmpty, let p = participant(id) else { return true }
        return Disclosure.isResponsible(viewer, for: p)
    }

    /// Refuses a command that changes a joint programme `author` may not see.
    public func checkShared(_ command: Command, by author: String) throws(DomainError) {
        guard let id = command.jointSubject, let p = participant(id) else { return }
        let d = disclosure(of: p, to: author)
        if !d.joint, let viewer = d.viewer { throw .notShared(id, home: d.home, viewer: viewer) }
    }

    /// The organisation of an entry's author; nil when the author is not a caseworker.
    public func organisation(ofAuthor author: String) -> Organisation? { Caseworker.organisation(of: author, in: caseworkers) }

    /// The rule for this person and this viewer (a caseworker's initials). Nil viewer,
    /// or a journal with no caseworkers yet: everything is seen.
    public func disclosure(of p: Participant, to viewer: String?) -> Disclosure {
        Disclosure.of(p, to: viewer, caseworkers: caseworkers)
    }
}

extension Disclosure {
    /// The rule from the caseworkers alone: what a lookup from the snapshot has.
    public static func of(_ p: Participant, to viewer: String?, caseworkers: [String: Caseworker]) -> Disclosure {
        var consented: Set<Organisation> = []
        if let c = p.consent, c.isActive { consented = Set(c.organisations) }
        let home = Caseworker.organisation(of: p.registeredBy.author, in: caseworkers)
        if caseworkers.isEmpty { return Disclosure(viewer: nil, home: home, consented: consented) }
        return Disclosure(viewer: seeing(viewer, caseworkers), home: home, consented: consented,
                          identityHidden: p.isProtected && !Disclosure.isResponsible(viewer, for: p))
    }

    /// The rule from a person's search keys alone (who registered them, the consent): for
    /// filtering a search without decoding anyone. Protected identities are the caller's
    /// to check (`findable`): the keys do not hold the responsible caseworkers.
    public static func of(_ k: SearchKeys, to viewer: String?, caseworkers: [String: Caseworker]) -> Disclosure {
        Disclosure(viewer: caseworkers.isEmpty ? nil : seeing(viewer, caseworkers),
                   home: Caseworker.organisation(of: k.registeredBy, in: caseworkers), consented: k.consented)
    }

    /// The viewer's organisation. Someone who is not a caseworker here belongs to no
    /// organisation consent can name.
    static func seeing(_ viewer: String?, _ caseworkers: [String: Caseworker]) -> Organisation {
        Caseworker.organisation(of: viewer, in: caseworkers) ?? Disclosure.nobody
    }

    /// One of the person's responsible caseworkers now, in any organisation.
    public static func isResponsible(_ viewer: String?, for p: Participant) -> Bool {
        guard let viewer else { return false }
        let key = Caseworker.key(viewer)
        return p.responsible.values.contains { Caseworker.key($0) == key }
    }
}

extension LotsenState {
    /// The person as `viewer` may see them (docs/privacy.md).
    public func participant(_ id: ParticipantID, seenBy viewer: String?) -> DisclosedParticipant? {
        guard let p = participant(id) else { return nil }
        return disclose(p, to: viewer)
    }

    public func disclose(_ p: Participant, to viewer: String?) -> DisclosedParticipant {
        DisclosedParticipant(p, to: viewer, caseworkers: caseworkers)
    }
}

extension DisclosedParticipant {
    /// The person as `viewer` may see them, from the caseworkers alone (a lookup has no more).
    public init(_ p: Participant, to viewer: String?, caseworkers: [String: Caseworker]) {
        let d = Disclosure.of(p, to: viewer, caseworkers: caseworkers)
        var shown = p
        var hidden = HiddenParts(viewer: d.viewer)
        if d.viewer != nil {
            shown.notes = p.notes.filter { note in
                let owner = Caseworker.organisation(of: note.stamp.author, in: caseworkers)
                if d.sees(owner) { return true }
                // A correction is counted with the note it corrects, once.
                if note.corrects == nil && note.undone == nil { hidden.notes[owner, default: 0] += 1 }
                return false
            }
            func hide<T>(_ field: Field, _ path: WritableKeyPath<ParticipantProfile, T?>) {
                guard !d.sees(field: field) else { return }
                hidden.unseen.insert(field)
                guard shown.profile[keyPath: path] != nil else { return }
                shown.profile[keyPath: path] = nil
                hidden.fields.append(field)
            }
            hide(.afCategory, \.afCategory)
            hide(.incomeSupport, \.incomeSupport)
            hide(.bornAbroad, \.bornAbroad)
            hide(.disability, \.disability)
            hide(.gradesComplete, \.gradesComplete)
            hide(.background, \.background)
            hide(.referral, \.referral)
            if d.identityHidden {
                hidden.identity = true
                shown.profile.firstName = ""
                shown.profile.lastName = ""
            }
            if !d.joint {
                hidden.programme = true
                shown.profile.phones = []
                shown.profile.email = nil
                for i in shown.periods.indices { shown.periods[i].programme = Programme() }
            }
        }
        self.init(participant: shown, hidden: hidden, disclosure: d)
    }
}
