import LotsenCalendar

/// Turning what people type (on the command line, in a form, in a spreadsheet cell)
/// into values, with errors that name the field.
public enum FieldParsing {
    public static func name(_ text: String, _ field: Field) throws(DomainError) -> String {
        guard let t = TextCheck.singleLine(text) else { throw .invalid(field, .controlCharacters) }
        guard !t.isEmpty else { throw .invalid(field, .empty) }
        guard t.count <= 100 else { throw .invalid(field, .tooLong(100)) }
        return t
    }

    /// A code that may carry free text (`annan:…`, `local:…`): the text obeys the
    /// one-line rule before the code is read.
    public static func code(_ text: String, _ field: Field) throws(DomainError) -> String {
        guard let t = TextCheck.singleLine(text) else { throw .invalid(field, .controlCharacters) }
        return t
    }

    public static func optionalLine(_ text: String?, _ field: Field) throws(DomainError) -> String? {
        guard let text else { return nil }
        guard let t = TextCheck.singleLine(text) else { throw .invalid(field, .controlCharacters) }
        return t.isEmpty ? nil : t
    }

    /// `YYYY-MM-DD`; also `today`/`idag`. Not after `today` unless `allowFuture`.
    public static func day(_ text: String, _ field: Field, today: Day, allowFuture: Bool = false) throws(DomainError) -> Day {
        let t = text.trimmingSpaces
        let d: Day
        if ["idag", "today", "i dag"].contains(t.lowercased()) { d = today }
        else if let parsed = Day(iso: t) { d = parsed }
        else if t.count == 8, t.allSatisfy(\.isNumber), let parsed = Day(iso: "\(t.prefix(4))-\(t.dropFirst(4).prefix(2))-\(t.suffix(2))") { d = parsed }
        else { throw .invalid(field, .notADate(t)) }
        if !allowFuture && d > today { throw .invalid(field, .inTheFuture(d)) }
        return d
    }

    /// ja/nej, yes/no, 1/0, x/blank (a blank cell is "no"), sant/falskt, true/false.
    public static func yesNo(_ text: String, _ field: Field) throws(DomainError) -> Bool {
        switch text.trimmingSpaces.lowercased() {
        case "ja", "j", "yes", "y", "1", "x", "true", "sant": return true
        case "nej", "n", "no", "0", "", "false", "falskt": return false
        default: throw .invalid(field, .notAYesNo(text.trimmingSpaces))
        }
    }

    public static func phones(_ texts: [String]) throws(DomainError) -> [String] {
        var out: [String] = []
        for t in texts {
            for part in t.split(separator: ",") {
                let p = String(part).trimmingSpaces
                if p.isEmpty { continue }
                guard TextCheck.singleLine(p) != nil, PhoneNumber.isPlausible(p) else { throw .invalid(.phone, .notAPhoneNumber(p)) }
                out.append(p)
            }
        }
        return out
    }

    public static func email(_ text: String?) throws(DomainError) -> String? {
        guard let t = try optionalLine(text, .email) else { return nil }
        let parts = t.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !t.contains(" ") else {
            throw .invalid(.email, .notAnEmail(t))
        }
        return t
    }

    public static func gender(_ text: String) throws(DomainError) -> Gender {
        switch text.trimmingSpaces.lowercased() {
        case "kvinna", "k", "woman", "female", "f", "w": return .woman
        case "man", "m", "male": return .man
        case "annat", "other", "a", "o": return .other
        case "okänt", "okant", "unknown", "", "?": return .unknown
        default: throw .invalid(.gender, .notAChoice(text, .gender))
        }
    }

    public static func personnummer(_ text: String, today: Day) throws(DomainError) -> Personnummer {
        do { return try Personnummer.parse(text, today: today) } catch { throw .personnummer(error) }
    }

    public static func organisation(_ text: String, in state: LotsenState) throws(DomainError) -> Organisation {
        guard let org = Organisation(code: text, others: state.otherOrganisations) else { throw .unknownOrganisation(text.trimmingSpaces) }
        return org
    }
}
