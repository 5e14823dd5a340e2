import LotsenCalendar

/// Checks a command against the current state and turns it into events. Pure: the
/// date and the id source are passed in.
public struct CommandPlanner {
    public let state: LotsenState
    public let today: Day
    public let newID: () -> ParticipantID

    public init(state: LotsenState, today: Day, newID: @escaping () -> ParticipantID) {
        self.state = state
        self.today = today
        self.newID = newID
    }

    public func plan(_ command: Command) throws(DomainError) -> [PlannedEvent] {
        switch command {
        case .caseworker(let c): return try planCaseworker(c)
        case .participant(let c): return try planParticipant(c)
        case .programme(let c): return try planProgramme(c)
        case .plan(let c): return try planPlan(c)
        case .meeting(let c): return try planMeeting(c)
        case .report(let c): return try planReport(c)
        case .entry(let c): return try planEntry(c)
        case .gallring(let c): return try planGallring(c)
        }
    }

    private func planCaseworker(_ command: CaseworkerCommand) throws(DomainError) -> [PlannedEvent] {
        switch command {
        case .addCaseworker(let initials, let name, let org, let loginText):
            let i = try FieldParsing.name(initials, .initials)
            guard i.count <= 6, !i.contains(" ") else { throw .invalid(.initials, .tooLong(6)) }
            guard state.caseworker(i) == nil else { throw .duplicateCaseworker(i) }
            let n = try FieldParsing.name(name, .name)
            let orgText = try FieldParsing.name(org, .organisation)
            // A caseworker may belong to a new, named organisation: that is how other
            // organisations come into the journal.
            let organisation = Organisation(code: orgText, others: state.otherOrganisations) ?? .other(orgText)
            let login = loginText?.trimmingSpaces
            if let login {
                guard Caseworker.isLogin(login) else { throw .invalid(.login, .notOneOf(login, ["a-z0-9_-"])) }
                if let other = state.caseworker(login: login) { throw .loginTaken(login, by: other.initials) }
            }
            let c = Caseworker(initials: i.uppercased(), name: n, organisation: organisation, login: login)
            return [PlannedEvent(event: .caseworker(.caseworkerAdded(c)), subject: nil)]
        case .setRole(let initials, let roleText):
            guard let c = state.caseworker(initials.trimmingSpaces) else { throw .unknownCaseworker(initials.trimmingSpaces) }
            guard let role = Role(code: roleText) else { throw .invalid(.role, .notOneOf(roleText, Role.allCases.map(\.rawValue))) }
            guard c.role != role else { throw .nothingToDo }
            return [PlannedEvent(event: .caseworker(.roleSet(initials: c.initials, role: role)), subject: nil)]
        case .setCaseworkerContact(let initials, let phoneText, let emailText):
            guard let c = state.caseworker(initials.trimmingSpaces) else { throw .unknownCaseworker(initials.trimmingSpaces) }
            let phone = try phoneText.map { t throws(DomainError) in t.trimmingSpaces.isEmpty ? "" : try FieldParsing.phones([t])[0] }
            let email = try emailText.map { t throws(DomainError) in try FieldParsing.email(t) ?? "" }
            guard (phone != nil && phone != (c.phone ?? "")) || (email != nil && email != (c.email ?? "")) else { throw .nothingToDo }
            return [PlannedEvent(event: .caseworker(.caseworkerContact(initials: c.initials, phone: phone, email: email)), subject: nil)]
        case .saveView(_, var view):
            view.name = try FieldParsing.name(view.name, .name)
            guard view.name.count <= 40 else { throw .invalid(.name, .tooLong(40)) }
            view.query = try FieldParsing.optionalLine(view.query, .text) ?? ""
            return [PlannedEvent(event: .caseworker(.viewSaved(view)), subject: nil)]
        case .removeView(let by, let name):
            guard let view = state.savedViews(of: by).first(where: { $0.name.lowercased() == name.trimmingSpaces.lowercased() }) else {
                throw .viewNotFound(name)
            }
            return [PlannedEvent(event: .caseworker(.viewRemoved(name: view.name)), subject: nil)]
        }
    }

    private func planParticipant(_ command: ParticipantCommand) throws(DomainError) -> [PlannedEvent] {
        switch command {
        case .register(let input):
            let r = try registration(input)
            if let existing = state.byPersonnummer[r.personnummer.digits] { throw .duplicatePersonnummer(existing) }
            let id = newID()
            let orgs = try organisations(input.consentOrganisations, required: false)
            let consent = orgs.isEmpty ? [] : [PlannedEvent(event: .participant(.consentGiven(date: r.registered, organisations: orgs)), subject: id)]
            return [PlannedEvent(event: .participant(.participantRegistered(r)), subject: id)] + consent + (try exitOnRegistration(input, r.registered).map {
                [PlannedEvent(event: $0, subject: id)]
            } ?? [])

        case .update(let id, let input):
            let p = try participant(id)
            let u = try update(input, of: p)
            guard !u.isEmpty else { throw .nothingToDo }
            return [PlannedEvent(event: .participant(.participantUpdated(u)), subject: id)]

        case .giveConsent(let id, let date, let orgTexts):
            _ = try participant(id)
            let d = try day(date, .date)
            let orgs = try organisations(orgTexts, required: true)
            return [PlannedEvent(event: .participant(.consentGiven(date: d, organisations: orgs)), subject: id)]

        case .withdrawConsent(let id, let date):
            let p = try participant(id)
            guard let c = p.consent, c.isActive else { throw .noConsent(id) }
            let d = try day(date, .date)
            if d < c.date { throw .invalid(.date, .beforeRegistration(c.date)) }
            return [PlannedEvent(event: .participant(.consentWithdrawn(date: d)), subject: id)]

        case .assignResponsibility(let id, let orgText, let cw, let date):
            _ = try participant(id)
            let org = try FieldParsing.organisation(orgText, in: state)
            guard let caseworker = state.caseworker(cw.trimmingSpaces) else { throw .unknownCaseworker(cw.trimmingSpaces) }
            // AF and the municipality's units are separate: an IFO caseworker cannot be
            // the one responsible in AME.
            guard caseworker.organisation == org else { throw .caseworkerNotInOrganisation(caseworker.initials, org) }
            let d = try day(date, .date)
            return [PlannedEvent(event: .participant(.responsibilityAssigned(organisation: org, caseworker: caseworker.initials, date: d)), subject: id)]

        case .addNote(let id, let kind, let text, let corrects):
            let p = try participant(id)
            let t = TextCheck.multiLine(text)
            guard !t.isEmpty else { throw .invalid(.text, .empty) }
            guard t.count <= 20_000 else { throw .invalid(.text, .tooLong(20_000)) }
            if let c = corrects, !p.notes.contains(where: { $0.id == c }) { throw .noteNotFound(c) }
            return [PlannedEvent(event: .participant(.noteAdded(kind: kind, text: t, corrects: corrects)), subject: id)]

        case .exit(let id, let date, let reasonText, let occupation):
            let p = try participant(id)
            guard p.isActive else { throw .alreadyExited(id) }
            guard let reason = ExitReason(code: reasonText) else {
                throw .invalid(.reason, .notOneOf(reasonText, ExitReason.allCases.map(\.rawValue)))
            }
            let d = try day(date, .date)
            if d < p.currentPeriod.registered { throw .invalid(.date, .beforeRegistration(p.currentPeriod.registered)) }
            let occ = try FieldParsing.optionalLine(occupation, .occupation)
            return [PlannedEvent(event: .participant(.participantExited(date: d, reason: reason, occupation: occ)), subject: id)]

        case .reregister(let id, let date):
            let p = try participant(id)
            guard let exit = p.currentPeriod.exit else { throw .notExited(id) }
            let d = try day(date, .registered)
            if d < exit.date { throw .invalid(.registered, .beforeRegistration(exit.date)) }
            return [PlannedEvent(event: .participant(.participantReregistered(date: d)), subject: id)]
        case .setProtected(let id, let on):
            let p = try participant(id)
            guard p.isProtected != on else { throw .nothingToDo }
            return [PlannedEvent(event: .participant(.protectionSet(on: on)), subject: id)]
        }
    }

    /// The organisations a consent names, as typed ("AF, IFO"), sorted and without repeats.
    func organisations(_ texts: [String], required: Bool) throws(DomainError) -> [Organisation] {
        var orgs: [Organisation] = []
        for t in texts.flatMap({ $0.split(separator: ",").map(String.init) }) where !t.trimmingSpaces.isEmpty {
            let o = try FieldParsing.organisation(t, in: state)
            if !orgs.contains(o) { orgs.append(o) }
        }
        if required && orgs.isEmpty { throw .invalid(.organisations, .empty) }
        return orgs.sorted()
    }

    func participant(_ id: ParticipantID) throws(DomainError) -> Participant {
        guard let p = state.participant(id) else { throw .notFound(id.value) }
        return p
    }

    func day(_ text: String?, _ field: Field) throws(DomainError) -> Day {
        guard let text, !text.trimmingSpaces.isEmpty else { return today }
        return try FieldParsing.day(text, field, today: today)
    }

    private func yesNo(_ text: String?, _ field: Field) throws(DomainError) -> Bool? {
        guard let text else { return nil }
        return try FieldParsing.yesNo(text, field)
    }

    func registration(_ input: RegistrationInput) throws(DomainError) -> ParticipantRegistered {
        guard let pnrText = input.personnummer, !pnrText.trimmingSpaces.isEmpty else { throw .invalid(.personnummer, .empty) }
        let pnr = try FieldParsing.personnummer(pnrText, today: today)
        let first = try FieldParsing.name(input.firstName ?? "", .firstName)
        let last = try FieldParsing.name(input.lastName ?? "", .lastName)
        let gender = try input.gender.map { (t) throws(DomainError) in try FieldParsing.gender(t) } ?? pnr.issuedGender
        var referral: Referral?
        if let r = input.referral, !r.trimmingSpaces.isEmpty {
            guard let parsed = Referral(code: try FieldParsing.code(r, .referral)) else {
                throw .invalid(.referral, .notAChoice(r, .referral))
            }
            referral = parsed
        }
        var category: AFCategory?
        if let c = input.afCategory, !c.trimmingSpaces.isEmpty {
            guard let parsed = AFCategory(code: c) else { throw .invalid(.afCategory, .notAChoice(c, .afCategory)) }
            category = parsed
        }
        let profile = ParticipantProfile(
            firstName: first, lastName: last, gender: gender, phones: try FieldParsing.phones(input.phones),
            email: try FieldParsing.email(input.email), referral: referral,
            bornAbroad: try yesNo(input.bornAbroad, .bornAbroad), disability: try yesNo(input.disability, .disability),
            afCategory: category, gradesComplete: try yesNo(input.gradesComplete, .gradesComplete),
            incomeSupport: try yesNo(input.incomeSupport, .incomeSupport),
            background: input.background.map(TextCheck.multiLine).flatMap { $0.isEmpty ? nil : $0 })
        let registered = try day(input.registered, .registered)
        if registered < pnr.birthDate { throw .invalid(.registered, .beforeRegistration(pnr.birthDate)) }
        return ParticipantRegistered(personnummer: pnr, profile: profile, registered: registered)
    }

    func update(_ input: RegistrationInput, of p: Participant) throws(DomainError) -> ParticipantUpdate {
        var u = ParticipantUpdate()
        if let t = input.personnummer {
            let pnr = try FieldParsing.personnummer(t, today: today)
            if pnr != p.personnummer {
                if let other = state.byPersonnummer[pnr.digits] { throw .duplicatePersonnummer(other) }
                u.personnummer = pnr
            }
        }
        if let t = input.firstName { u.firstName = try FieldParsing.name(t, .firstName) }
        if let t = input.lastName { u.lastName = try FieldParsing.name(t, .lastName) }
        if let t = input.gender { u.gender = try FieldParsing.gender(t) }
        if !input.phones.isEmpty { u.phones = try FieldParsing.phones(input.phones) }
        if let t = input.email { u.email = try FieldParsing.email(t) ?? "" }
        if let t = input.referral {
            guard let r = Referral(code: try FieldParsing.code(t, .referral)) else { throw .invalid(.referral, .notAChoice(t, .referral)) }
            u.referral = r
        }
        u.bornAbroad = try yesNo(input.bornAbroad, .bornAbroad)
        u.disability = try yesNo(input.disability, .disability)
        if let t = input.afCategory {
            guard let c = AFCategory(code: t) else { throw .invalid(.afCategory, .notAChoice(t, .afCategory)) }
            u.afCategory = c
        }
        u.gradesComplete = try yesNo(input.gradesComplete, .gradesComplete)
        u.incomeSupport = try yesNo(input.incomeSupport, .incomeSupport)
        if let t = input.background { u.background = TextCheck.multiLine(t) }
        return u
    }
}

/// Finding the participant a caseworker means by `WHO`: an id, a personnummer, or a
/// search that leaves exactly one candidate (or one exact name among several).
public enum WhoResolver {
    /// - Parameter viewer: a protected identity is found only by its responsible
    ///   caseworkers: for anyone else it is not there, not even among several matches.
    public static func resolve(_ text: String, in state: LotsenState, today: Day, viewer: String? = nil) throws(DomainError) -> ParticipantID {
        let t = text.trimmingSpaces
        guard !t.isEmpty else { throw .invalid(.who, .empty) }
        if state.participant(ParticipantID(t)) != nil {
            guard state.findable(ParticipantID(t), by: viewer) else { throw .notFound(t) }
            return ParticipantID(t)
        }
        if let pnr = try? Personnummer.parse(t, today: today) {
            guard let id = state.byPersonnummer[pnr.digits], state.findable(id, by: viewer) else { throw .notFound(t) }
            return id
        }
        // As `find` and the list show them: those still in the programme first; someone
        // who has left only when no one active matches. What the viewer may not find
        // (a protected identity, a phone they may not see) matches nothing.
        let index = SearchIndex(state)
        let all = index.matches(ParticipantSearch.Query(t), sight: index.sight(for: viewer, in: state))
        let active = all.filter { state.searchIndex[$0.id]?.isActive == true }
        let ranked = active.isEmpty ? all : active
        guard let first = ranked.first else { throw .notFound(t) }
        if ranked.count == 1 { return first.id }
        let topScore = first.score
        let top = ranked.prefix { $0.score == topScore }
        if top.count == 1 && topScore >= 800 { return first.id }
        throw .ambiguous(t, ranked.prefix(10).map(\.id))
    }
}
