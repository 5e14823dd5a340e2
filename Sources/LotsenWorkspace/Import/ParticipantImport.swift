import CSV
import LotsenCalendar
import LotsenCore

/// A spreadsheet of participants, checked row by row against the journal and itself.
/// Either every row is good and all are registered in one atomic batch, or nothing is
/// written (unless the caller asks to skip the bad rows).
public struct ParticipantImport {
    /// One problem, where a caseworker finds it in the spreadsheet: the row number as
    /// the spreadsheet shows it (the header is row 1) and the column's own heading.
    public struct RowError: Equatable, Sendable {
        public var row: Int
        public var column: String?
        public var error: DomainError
    }

    public enum FileError: Error, Equatable, Sendable {
        case empty
        case missingColumns([Field])
        case unknownColumn(String)
        case duplicateColumn(String)
        case malformed
        /// A quote opened on this line (as the spreadsheet counts) is never closed.
        case unterminatedQuote(line: Int)
        /// A row holds more filled cells than there are headings: a cell with the
        /// delimiter in it that lost its quotes, most often.
        case cellsBeyondHeadings(row: Int, cells: Int, headings: Int)
    }

    public struct Row: Sendable {
        public var number: Int
        public var input: RegistrationInput
    }

    public var encoding: SpreadsheetText.Encoding
    public var rows: [Row] = []
    /// Heading as written in the file, per field.
    public var headings: [Field: String] = [:]

    /// Reads the file's rows; refuses a file whose headings cannot be understood.
    public init(bytes: [UInt8]) throws(FileError) {
        let (text, encoding) = SpreadsheetText.decode(bytes)
        self.encoding = encoding
        guard !text.allSatisfy(\.isWhitespace) else { throw .empty }
        if let line = SpreadsheetText.unterminatedQuote(in: text) { throw .unterminatedQuote(line: line) }
        let reader: CSVReader
        do {
            // Cells are trimmed by `set` (Foundation's trimming was a fifth of an import).
            reader = try CSVReader(string: text, hasHeaderRow: true, trimFields: false,
                                   delimiter: SpreadsheetText.delimiter(of: text))
        } catch {
            throw .malformed
        }
        guard let header = reader.headerRow else { throw .empty }
        var columns: [Field?] = []
        for name in header {
            let trimmed = name.trimmingSpaces
            if trimmed.isEmpty { columns.append(nil); continue }
            guard let field = Self.field(forHeading: trimmed) else { throw .unknownColumn(trimmed) }
            if headings[field] != nil { throw .duplicateColumn(trimmed) }
            headings[field] = trimmed
            columns.append(field)
        }
        let missing = [Field.personnummer, .firstName, .lastName].filter { headings[$0] == nil }
        guard missing.isEmpty else { throw .missingColumns(missing) }
        var number = 1
        while let cells = reader.next() {
            number += 1
            if cells.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
            if let last = cells.lastIndex(where: { !$0.trimmingSpaces.isEmpty }), last >= columns.count {
                throw .cellsBeyondHeadings(row: number, cells: last + 1, headings: columns.count)
            }
            var input = RegistrationInput()
            for (i, cell) in cells.enumerated() where i < columns.count {
                guard let field = columns[i] else { continue }
                Self.set(field, cell, in: &input)
            }
            // A blank yes/no cell in a column that exists means "no" (x/blank).
            for f in [Field.bornAbroad, .disability, .gradesComplete, .incomeSupport] where headings[f] != nil {
                Self.setIfMissing(f, in: &input)
            }
            rows.append(Row(number: number, input: input))
        }
        if reader.error != nil { throw .malformed }
    }

    /// Checks every row as a registration, against the journal and the rows above it.
    /// Returns the commands for the good rows and the errors of the bad ones.
    /// `progress` is told (rows checked, rows) every thousand rows.
    public func check(against state: LotsenState, today: Day,
                      progress: ((Int, Int) -> Void)? = nil) -> (commands: [Command], errors: [RowError]) {
        // Registering checks a row against the people before it only by personnummer, so
        // each good row claims its number instead of registering a whole person: building
        // people and their search keys that nobody reads was a quarter of an import.
        var scratch = state
        var commands: [Command] = []
        commands.reserveCapacity(rows.count)
        var errors: [RowError] = []
        for (index, row) in rows.enumerated() {
            if index % 1000 == 0 { progress?(index, rows.count) }
            // Rows registered earlier in the same file carry this id in the scratch state,
            // so a duplicate names the row it repeats.
            let id = ParticipantImport.rowID(row.number)
            let planned: [PlannedEvent]
            do {
                // The planner holds the state only for this statement: alive while
                // `scratch` changes below, it would make every row copy the whole state.
                planned = try CommandPlanner(state: scratch, today: today) { id }.plan(.participant(.register(row.input)))
            } catch {
                errors.append(RowError(row: row.number, column: column(for: error), error: error))
                continue
            }
            for p in planned {
                if case .participant(.participantRegistered(let r)) = p.event { scratch.claim(personnummer: r.personnummer, for: id) }
            }
            commands.append(.participant(.register(row.input)))
        }
        return (commands, errors)
    }

    static let rowIDPrefix = "row:"

    static func rowID(_ number: Int) -> ParticipantID { ParticipantID(rowIDPrefix + String(number)) }

    /// The spreadsheet row an id from `check` stands for, if it stands for one.
    public static func row(of id: ParticipantID) -> Int? {
        id.value.hasPrefix(rowIDPrefix) ? Int(id.value.dropFirst(rowIDPrefix.count)) : nil
    }

    private func column(for error: DomainError) -> String? {
        switch error {
        case .invalid(let f, _): return headings[f]
        case .personnummer, .duplicatePersonnummer: return headings[.personnummer]
        default: return nil
        }
    }

    /// Swedish and English headings, any case, with or without åäö and hyphens.
    static func field(forHeading heading: String) -> Field? {
        let key = String(TextFolding.foldedString(heading).filter { $0.isLetter || $0.isNumber })
        switch key {
        case "personnummer", "pnr", "personnr", "personalnumber", "personalidentitynumber", "samordningsnummer": return .personnummer
        case "fornamn", "firstname", "givenname": return .firstName
        case "efternamn", "lastname", "surname", "familyname": return .lastName
        case "kon", "gender", "sex": return .gender
        case "telefon", "tel", "telefonnummer", "mobil", "mobilnummer", "phone", "mobile": return .phone
        case "epost", "email", "mejl", "mail": return .email
        case "inskriven", "inskrivningsdatum", "inskrivning", "registered", "registrationdate", "registration": return .registered
        case "utrikesfodd", "bornabroad", "foreignborn": return .bornAbroad
        case "funktionsnedsattning", "disability": return .disability
        case "afkategori", "kategori", "afcategory", "category", "sokandekategori", "skat", "arbetssokandekategori": return .afCategory
        case "gymnasiebetyg", "fullstandigagymnasiebetyg", "uppersecondarygrades", "completegrades", "grades": return .gradesComplete
        case "forsorjningsstod", "incomesupport", "ekonomisktbistand": return .incomeSupport
        case "komvia", "via", "referral", "hur", "kanal": return .referral
        case "bakgrund", "background": return .background
        case "avslutad", "avslutsdatum", "utskriven", "exitdate", "exited": return .date
        case "avslutsorsak", "orsak", "exitreason", "reason": return .reason
        case "yrke", "occupation": return .occupation
        default: return nil
        }
    }

    static func set(_ field: Field, _ cell: String, in input: inout RegistrationInput) {
        let value = cell.trimmingSpaces
        let v: String? = value.isEmpty ? nil : value
        switch field {
        case .personnummer: input.personnummer = value
        case .firstName: input.firstName = value
        case .lastName: input.lastName = value
        case .gender: input.gender = v
        case .phone: input.phones = v.map { [$0] } ?? []
        case .email: input.email = v
        case .registered: input.registered = v
        case .referral: input.referral = v
        case .bornAbroad: input.bornAbroad = value
        case .disability: input.disability = value
        case .afCategory: input.afCategory = v
        case .gradesComplete: input.gradesComplete = value
        case .incomeSupport: input.incomeSupport = value
        case .background: input.background = v
        case .date: input.exitDate = v
        case .reason: input.exitReason = v
        case .occupation: input.exitOccupation = v
        default: break
        }
    }

    static func setIfMissing(_ field: Field, in input: inout RegistrationInput) {
        switch field {
        case .bornAbroad: if input.bornAbroad == nil { input.bornAbroad = "" }
        case .disability: if input.disability == nil { input.disability = "" }
        case .gradesComplete: if input.gradesComplete == nil { input.gradesComplete = "" }
        case .incomeSupport: if input.incomeSupport == nil { input.incomeSupport = "" }
        default: break
        }
    }
}
