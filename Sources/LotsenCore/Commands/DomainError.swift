import LotsenCalendar

/// The fields a caseworker fills in, named in error messages.
public enum Field: String, Sendable, CaseIterable {
    case personnummer, firstName, lastName, gender, phone, email, registered, referral
    case bornAbroad, disability, afCategory, gradesComplete, incomeSupport, background
    case initials, name, organisation, organisations, caseworker, date, reason, occupation
    case text, kind, corrects, who, author
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
    case notOneOf(String, [String])
    case tooLong(Int)
}

/// Why a command was refused. Nothing is written when one is thrown.
public enum DomainError: Error, Equatable, Sendable {
    case invalid(Field, FieldProblem)
    case personnummer(PersonnummerError)
    case duplicatePersonnummer(ParticipantID)
    case notFound(String)
    case ambiguous(String, [ParticipantID])
    case unknownCaseworker(String)
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
}
