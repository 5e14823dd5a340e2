import LotsenCalendar
import LotsenCore

/// Every subcommand, option and argument that has a help text.
public enum HelpKey: Sendable, CaseIterable {
    case initAbstract, uiAbstract
    case protectAbstract, protectOffFlag, idleMinutesOption, caseworkerRoleOption, caseworkerRoleAbstract
    case logAbstract, logParticipantOption, logCaseworkerOption, logOutsideFlag
    case setupAbstract, setupDiscussion, setupNameArgument, setupCaseworkerOption, setupInstallOption
    case caseworkerAbstract, caseworkerAddAbstract, caseworkerListAbstract, caseworkerMeAbstract
    case initialsOption, nameOption, orgOption, meArgument
    case addAbstract, editAbstract
    case pnrOption, firstOption, lastOption, genderOption, phoneOption, emailOption, registeredOption, viaOption, addConsentOption
    case bornAbroadOption, disabilityOption, afCategoryOption, gradesOption, incomeSupportOption, backgroundOption
    case whoArgument
    case findAbstract, findTextArgument, findAllFlag, findLimitOption
    case showAbstract
    case noteAbstract, noteTextArgument, noteKindOption, noteCorrectsOption
    case consentAbstract, consentOrgsOption, consentWithdrawFlag, dateOption
    case responsibleAbstract, responsibleCaseworkerOption
    case exitAbstract, exitReasonOption, exitOccupationOption
    case reregisterAbstract
    case extractAbstract
    case importAbstract, importParticipantsAbstract, importFileArgument, dryRunFlag, skipInvalidFlag
    case exportAbstract, exportParticipantsAbstract, formatOption, outputOption, forceOption
    case demoAbstract, demoSizeOption, demoIfMissingFlag, demoSeedOption
    case repairAbstract, repairDiscussion, repairBackupOption, repairApplyFlag
    case verifyDeepFlag
    case undoAbstract, undoDiscussion, undoEntryOption, undoListFlag
    case caseworkerContactAbstract, caseworkerPhoneOption, caseworkerEmailOption, caseworkerLoginOption
    case findViewOption, caseworkerViewsAbstract, viewSaveOption, viewFilterOption, viewSearchOption, viewExitedFlag, viewRemoveOption
}

/// What commands report, with the values they report.
public enum CLIMessage: Sendable {
    case journalCreated(path: String)
    case caseworkerAdded(initials: String, name: String, organisation: String)
    case authorSaved(initials: String, path: String)
    case registered(label: String)
    case updated(label: String)
    case noteSaved(label: String, number: Int)
    case consentGiven(label: String, organisations: String)
    case consentWithdrawn(label: String)
    case responsibleSet(label: String, organisation: String, caseworker: String)
    case exited(label: String, reason: String)
    case reregistered(label: String, date: Day)
    case noMatches(query: String)
    /// Nobody active matches, but people who have left do.
    case onlyExitedMatch(query: String, count: Int)
    case matches(count: Int, shown: Int)
    case noCaseworkers
    case demoCreated(path: String, participants: Int, records: Int)
    case demoKept(path: String)
    case importChecked(rows: Int)
    case importWritten(rows: Int)
    case importSkipped(rows: Int)
    case importRefused(errors: Int)
    /// A dry run found bad rows (and these valid ones).
    case importDryRunFound(valid: Int, errors: Int)
    case exported(rows: Int, path: String)
    case fileUnreadable(path: String)
    case terminalRefused(TerminalProblem)
    case importFile(path: String, ImportFileProblem)
    /// Where in a spreadsheet a row's problem is: `FILE: rad 3, kolumn ”Personnummer”`.
    case importRow(path: String, row: Int, column: String?)
    /// A spreadsheet row named in another row's problem (a duplicate).
    case fileRow(Int)
    case cannotWrite(path: String, reason: String)
    /// `LOTSEN_TODAY` is set to something that is not a date.
    case badPinnedDay(String)
    /// `--output` names a file that exists, and `--force` was not given.
    case outputExists(path: String)
    /// `--output` names the journal or one of its companion files.
    case outputIsJournal(path: String)
}

/// Why the full-screen UI cannot start.
public enum TerminalProblem: Sendable {
    case noTerminal(String?), unknownTerminal(String), noCursorAddressing(String), notATTY
}

/// Why a spreadsheet cannot be read at all.
public enum ImportFileProblem: Sendable {
    case empty, missingColumns([String]), unknownColumn(String), duplicateColumn(String), malformed
    case unterminatedQuote(line: Int)
    case cellsBeyondHeadings(row: Int, cells: Int, headings: Int)
}
