import LotsenCalendar
import LotsenCore

enum DomainEnglish: DomainWords {
    static func field(_ f: Field) -> String {
        switch f {
        case .personnummer: return "personal identity number"
        case .firstName: return "first name"
        case .lastName: return "last name"
        case .gender: return "gender"
        case .phone: return "phone"
        case .email: return "e-mail"
        case .registered: return "registered"
        case .referral: return "came via"
        case .bornAbroad: return "born abroad"
        case .disability: return "disability"
        case .afCategory: return "AF category"
        case .gradesComplete: return "upper-secondary grades"
        case .incomeSupport: return "income support"
        case .background: return "background"
        case .initials: return "initials"
        case .name: return "name"
        case .organisation: return "organisation"
        case .organisations: return "organisations"
        case .caseworker: return "caseworker"
        case .date: return "date"
        case .reason: return "reason"
        case .occupation: return "occupation"
        case .text: return "text"
        case .kind: return "kind"
        case .corrects: return "corrects"
        case .who: return "who"
        case .author: return "author"
        default: return ProgrammeEnglish.field(f)
        }
    }

    static func gender(_ g: Gender) -> String {
        switch g {
        case .woman: return "woman"
        case .man: return "man"
        case .other: return "other"
        case .unknown: return "unknown"
        }
    }

    static func referral(_ r: Referral) -> String {
        switch r {
        case .outreach: return "outreach"
        case .selfReferral: return "self-referral"
        case .af: return "AF"
        case .ifo: return "IFO"
        case .school: return "school/KAA"
        case .other(let s): return Quoted.text(s)
        }
    }

    static func afCategory(_ c: AFCategory) -> String {
        switch c {
        case .openUnemployment: return "11 open unemployment"
        case .youthGuarantee: return "69 UGA"
        case .notAvailable: return "14 not available"
        case .other: return "other"
        }
    }

    static func exitReason(_ r: ExitReason) -> String {
        switch r {
        case .work: return "work"
        case .studies: return "studies"
        case .otherMeasure: return "other measure"
        case .moved: return "moved"
        case .sick: return "illness"
        case .parentalLeave: return "parental leave"
        case .unknown: return "unknown"
        case .other: return "other"
        }
    }

    static func noteKind(_ k: NoteKind) -> String {
        switch k {
        case .call: return "call"
        case .meeting: return "meeting"
        case .other: return "other"
        }
    }

    static func yesNo(_ b: Bool?) -> String { b.map { $0 ? "yes" : "no" } ?? "unknown" }

    static func clock(_ s: NinetyDayClock.Status) -> String {
        switch s {
        case .running(let d): return "day \(d) of 90"
        case .warning(let d): return "day \(d) of 90 – warning"
        case .overdue(let d): return "day \(d) – over 90 days"
        case .stopped(let d): return "activity started after \(d) days"
        case .closed: return "exited without an activity"
        }
    }

    static func personnummer(_ e: PersonnummerError) -> String {
        switch e {
        case .format: return "write it YYMMDD-NNNN, YYYYMMDD-NNNN, YYMMDDNNNN or YYYYMMDDNNNN (+ for people 100 or older)"
        case .date: return "the date of birth in it does not exist"
        case .checkDigit: return "the check digit (the last digit) does not match – check the digits"
        case .future: return "the date of birth in it has not happened yet"
        }
    }

    static func problem(_ p: FieldProblem) -> String {
        switch p {
        case .empty: return "must not be empty"
        case .controlCharacters: return "contains control characters"
        case .notADate(let t): return "“\(Quoted.text(t))” is not a date (write YYYY-MM-DD)"
        case .inTheFuture(let d): return "\(d.iso) has not happened yet"
        case .beforeRegistration(let d): return "must not be before \(d.iso)"
        case .notAPhoneNumber(let t): return "“\(Quoted.text(t))” is not a phone number"
        case .notAnEmail(let t): return "“\(Quoted.text(t))” is not an e-mail address"
        case .notAYesNo(let t): return "“\(Quoted.text(t))” is neither yes nor no (yes/no, 1/0, x/blank)"
        case .notOneOf(let t, let options): return "“\(Quoted.text(t))” is none of: \(options.joined(separator: ", "))"
        case .tooLong(let n): return "may be at most \(n) characters"
        }
    }

    static func error(_ e: DomainError, names: (ParticipantID) -> String) -> String {
        switch e {
        case .invalid(let f, let p): return "\(field(f).capitalizedFirst): \(problem(p))."
        case .personnummer(let p): return "Personal identity number: \(personnummer(p))."
        case .duplicatePersonnummer(let id): return "That personal identity number is already registered: \(names(id))."
        case .notFound(let t): return "No participant found for “\(Quoted.text(t))”."
        case .ambiguous(let t, let ids):
            return "“\(Quoted.text(t))” fits several participants; type more of the name, the number, or the id:\n" + ids.map { "  \(names($0))" }.joined(separator: "\n")
        case .unknownCaseworker(let i): return "No caseworker with the initials \(Quoted.text(i)). Add one with `lotsen caseworker add`."
        case .duplicateCaseworker(let i): return "There already is a caseworker with the initials \(Quoted.text(i))."
        case .unknownOrganisation(let o):
            return "Unknown organisation “\(Quoted.text(o))”. Known: AF, AME, IFO, Vux, SYV, KAA and the other organisations caseworkers belong to."
        case .alreadyExited(let id): return "\(names(id)) has already exited. Register again with `lotsen reregister`."
        case .notExited(let id): return "\(names(id)) is registered now; only someone who exited can be registered again."
        case .noConsent(let id): return "\(names(id)) has no consent in force to withdraw."
        case .noteNotFound(let n): return "The participant has no note number \(n)."
        case .unknownAuthor(let a): return "“\(Quoted.text(a))” is not a caseworker in this journal. Add yourself with `lotsen caseworker add --initials \(Quoted.text(a)) …`."
        case .noAuthor:
            return "Say who you are: --as INITIALS, the LOTSEN_AS environment variable, or save it once with `lotsen caseworker me INITIALS`."
        case .nothingToDo: return "Nothing to change."
        case .programme(let p): return ProgrammeEnglish.problem(p)
        case .meeting(let p): return MeetingEnglish.problem(p)
        }
    }

    static func describe(_ e: Event) -> String {
        switch e {
        case .caseworker(.caseworkerAdded(let c)): return "Caseworker added: \(c.initials) \(c.name), \(c.organisation.label)"
        case .participant(.participantRegistered(let r)):
            return "Registered \(r.registered.iso): \(r.profile.fullName), \(r.personnummer.formatted), \(gender(r.profile.gender))"
                + (r.profile.phones.isEmpty ? "" : ", phone \(r.profile.phones.joined(separator: ", "))")
                + (r.profile.email.map { ", e-mail \($0)" } ?? "")
        case .participant(.participantUpdated(let u)):
            var parts: [String] = []
            if let v = u.personnummer { parts.append("personal identity number \(v.formatted)") }
            if let v = u.firstName { parts.append("first name \(v)") }
            if let v = u.lastName { parts.append("last name \(v)") }
            if let v = u.gender { parts.append("gender \(gender(v))") }
            if let v = u.phones { parts.append("phone \(v.joined(separator: ", "))") }
            if let v = u.email { parts.append("e-mail \(v)") }
            if let v = u.referral { parts.append("came via \(referral(v))") }
            if let v = u.bornAbroad { parts.append("born abroad \(yesNo(v))") }
            if let v = u.disability { parts.append("disability \(yesNo(v))") }
            if let v = u.afCategory { parts.append("AF category \(afCategory(v))") }
            if let v = u.gradesComplete { parts.append("upper-secondary grades \(yesNo(v))") }
            if let v = u.incomeSupport { parts.append("income support \(yesNo(v))") }
            if let v = u.background { parts.append("background \(v)") }
            return "Details changed: " + parts.joined(separator: "; ")
        case .participant(.consentGiven(let d, let orgs)): return "Consent \(d.iso): \(orgs.map(\.label).joined(separator: ", "))"
        case .participant(.consentWithdrawn(let d)): return "Consent withdrawn \(d.iso)"
        case .participant(.responsibilityAssigned(let o, let c, let d)): return "Responsible in \(o.label) from \(d.iso): \(c)"
        case .participant(.noteAdded(let k, let t, let c)): return "Note (\(noteKind(k)))" + (c.map { ", corrects \($0)" } ?? "") + ": \(t)"
        case .participant(.participantExited(let d, let r, let o)): return "Exited \(d.iso): \(exitReason(r))" + (o.map { ", \($0)" } ?? "")
        case .participant(.participantReregistered(let d)): return "Registered again \(d.iso)"
        case .unknown(let t): return "Entry of unknown type \(t) (written by a newer Lotsen)"
        default: return ProgrammeEnglish.describe(e, in: nil) ?? e.type
        }
    }

    static func label(_ l: Label) -> String {
        switch l {
        case .id: return "id"
        case .name: return "name"
        case .age: return "age"
        case .years: return "years"
        case .status: return "status"
        case .active: return "registered"
        case .exited: return "exited"
        case .consent: return "consent"
        case .noConsent: return "no consent"
        case .consentWithdrawn: return "consent withdrawn"
        case .responsible: return "responsible"
        case .none: return "–"
        case .notes: return "notes"
        case .ninetyDays: return "90 days"
        case .period: return "period"
        case .corrected: return "corrected"
        case .by: return "by"
        case .caseworkers: return "caseworkers"
        case .participants: return "participants"
        case .organisationsAll: return "all organisations"
        }
    }
}
