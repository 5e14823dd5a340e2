import LotsenCalendar

/// The fields a caseworker fills in, named in error messages.
public enum Field: String, Sendable, CaseIterable {
    case personnummer, firstName, lastName, gender, phone, email, registered, referral
    case bornAbroad, disability, afCategory, gradesComplete, incomeSupport, background
    case initials, name, organisation, organisations, caseworker, date, reason, occupation, login, role
    case text, kind, corrects, who, author
    // The programme.
    case stage, workplace, plannedEnd, income, employer, employmentForm, outcome, hours, item, sector
    case address, contact, capacity, evaluation, supervisorView, activity, visit, status, label
    // Action plans and weekly tasks.
    case start, end, skills, labourMarket, cv, coverLetter, term, what, measure, why, steps, due, owner, goal
    case result, task, comment
    // Meetings.
    case meeting, group, attendees, guests, decision, position, threshold, title
    // Reports.
    case year, target, count
    // Gallring.
    case retentionYears, retentionStart, backupDays
}

/// What is wrong with one field's value.
public enum FieldProblem: Equatable, Sendable {
    case empty
    case controlCharacters
    case notADate(String)
    case inTheFuture(Day)
    case beforeRegistration(Day)
    case notAPhoneNumber(String)
    case notAnEmail(String)
    case notAYesNo(String)
    /// Not one of these codes or ranges, the same in every language ("1–500", "praktik").
    case notOneOf(String, [String])
    /// Not one of a closed list of words, which the user's language names.
    case notAChoice(String, Choice)
    case tooLong(Int)
}

/// The closed lists a caseworker types from. Core names the list; the words that may be
/// typed for it are said in the user's language by LotsenText.
public enum Choice: Equatable, Sendable {
    case gender, referral, afCategory, noteKind, followUpResult, taskResult, documentStatus, goalTerm, goalStatus
    /// An agenda position among this many items.
    case position(count: Int)
    /// A number, where a number is asked for.
    case number
    /// On or off.
    case onOff
    /// `NUMBER=RESULT[:comment]`.
    case goalResult
}

/// Why a command was refused. Nothing is written when one is thrown.
public enum DomainError: Error, Equatable, Sendable {
    case invalid(Field, FieldProblem)
    case personnummer(PersonnummerError)
    case duplicatePersonnummer(ParticipantID)
    case notFound(String)
    case ambiguous(String, [ParticipantID])
    case unknownCaseworker(String)
    /// Responsibility in an organisation goes to one of its own caseworkers.
    case caseworkerNotInOrganisation(String, Organisation)
    case duplicateCaseworker(String)
    case unknownOrganisation(String)
    case alreadyExited(ParticipantID)
    case notExited(ParticipantID)
    case noConsent(ParticipantID)
    case noteNotFound(Int)
    /// The author is not a caseworker of this journal.
    case unknownAuthor(String)
    /// No author was given at all.
    case noAuthor
    /// Nothing to change.
    case nothingToDo
    /// The stage board, activities and the placement bank.
    case programme(ProgrammeProblem)
    /// Meetings and their tasks.
    case meeting(MeetingProblem)
    /// Taking an entry back.
    case undo(UndoRefusal)
    /// The caseworker has no saved view of that name.
    case viewNotFound(String)
    /// The person's programme is another organisation's and no consent names both
    /// (docs/privacy.md): the organisation that has the person, and who to contact.
    case notShared(ParticipantID, home: Organisation?, viewer: Organisation)
    /// Another caseworker has that login already.
    case loginTaken(String, by: String)
    /// The author's role does not open this kind of work.
    case notPermitted(Permission, role: Role)
    case gallring(GallringProblem)
}

/// Why a gallring command was refused.
public enum GallringProblem: Equatable, Sendable {
    /// No retention rules are set for this journal.
    case noRules
    /// Nobody is due today (or nobody on the proposal still is).
    case nothingDue
    /// The rules ask for a second person: a proposal first.
    case needsProposal
    /// The rules ask for a second person, and this one made the proposal.
    case sameProposer(String)
    /// Purging destroys a person's key: a journal in the clear has none.
    case needsEncryption
}

/// Why a meeting command was refused.
public enum MeetingProblem: Equatable, Sendable {
    /// No meeting matches what was typed (a date or a number).
    case notFound(String)
    /// Every meeting is closed: make a new one.
    case noOpenMeeting
    /// A closed meeting is never changed; a correction is a new entry.
    case closed(Day)
    /// Corrections are for closed meetings; an open one is edited.
    case notClosed
    case itemNotFound(Int)
    /// The participant is on the agenda already, as that item.
    case alreadyOnAgenda(Int)
    case taskNotFound(Int)
    case taskDone(Int)
    /// A task for the participant needs a participant.
    case noParticipant
    /// Two meetings of one group on one day.
    case duplicate(Day)
}

/// Why a programme command was refused.
public enum ProgrammeProblem: Equatable, Sendable {
    case workplaceNotFound(String)
    /// Several workplaces match; their names.
    case workplaceAmbiguous(String, [String])
    case workplaceFull(String)
    case duplicateWorkplace(String)
    case activityNotFound(Int)
    case activityEnded(Int)
    case visitNotFound(Int)
    case checklistItemNotFound(String)
    case alreadyInStage(Stage)
    /// Into Kanalen needs a placement; into Havet, an income.
    case needsPlacement
    case needsIncome
    /// A move back needs a reason.
    case needsReason
    /// Changing placement is for people in Kanalen.
    case notInKanalen
    /// A plan exists already (revise it instead), or there is none yet.
    case planExists
    case noPlan
    case goalNotFound(Int)
    case taskNotFound(Int)
    /// The task was followed up as done or not done.
    case taskClosed(Int)
}

extension DomainError {
    /// The field a form should mark and focus for this refusal, if it names one.
    public var field: Field? {
        switch self {
        case .invalid(let f, _): return f
        case .personnummer, .duplicatePersonnummer: return .personnummer
        default: return nil
        }
    }
}
