import LotsenCalendar
import LotsenCore

/// One participant for `--json` outputs: stable English keys and codes.
struct ParticipantSummaryJSON: Encodable {
    var id: String
    var personnummer: String
    var firstName: String
    var lastName: String
    var age: Int
    var phones: [String]
    var active: Bool

    init(_ p: Participant, today: Day) {
        id = p.id.value
        personnummer = p.personnummer.formatted
        firstName = p.profile.firstName
        lastName = p.profile.lastName
        age = p.personnummer.age(on: today)
        phones = p.profile.phones
        active = p.isActive
    }
}

struct ParticipantJSON: Encodable {
    struct PeriodJSON: Encodable {
        var registered: String
        var exit: String?
        var exitReason: String?
        var occupation: String?
    }
    struct ConsentJSON: Encodable { var date: String; var organisations: [String]; var withdrawn: String? }
    struct ResponsibleJSON: Encodable { var organisation: String; var caseworker: String; var from: String; var until: String? }
    struct NoteJSON: Encodable {
        var number: Int; var kind: String; var text: String; var corrects: Int?; var time: String; var author: String
    }

    var id: String
    var personnummer: String
    var samordningsnummer: Bool
    var firstName: String
    var lastName: String
    var gender: String
    var age: Int
    var phones: [String]
    var email: String?
    var referral: String?
    var bornAbroad: Bool?
    var disability: Bool?
    var afCategory: String?
    var gradesComplete: Bool?
    var incomeSupport: Bool?
    var background: String?
    var active: Bool
    /// Nil when the joint programme is not the caller's to see (`hidden.programme`).
    var ninetyDays: String?
    var daysSinceRegistration: Int
    var periods: [PeriodJSON]
    var consents: [ConsentJSON]
    var responsible: [ResponsibleJSON]
    var notes: [NoteJSON]
    var programme: ProgrammeJSON?
    /// What the caller may not see, and so was left out (docs/privacy.md); nil: nothing.
    var hidden: HiddenJSON?

    struct HiddenJSON: Encodable {
        struct NotesJSON: Encodable { var organisation: String?; var count: Int }
        var programme: Bool
        var identity: Bool
        var notes: [NotesJSON]
        var fields: [String]
    }

    init(_ seen: DisclosedParticipant, state: LotsenState, today: Day) {
        let p = seen.participant
        let h = seen.hidden
        id = p.id.value
        personnummer = p.personnummer.formatted
        samordningsnummer = p.personnummer.isSamordningsnummer
        firstName = p.profile.firstName
        lastName = p.profile.lastName
        gender = p.profile.gender.rawValue
        age = p.personnummer.age(on: today)
        phones = p.profile.phones
        email = p.profile.email
        referral = p.profile.referral?.code
        bornAbroad = p.profile.bornAbroad
        disability = p.profile.disability
        afCategory = p.profile.afCategory?.rawValue
        gradesComplete = p.profile.gradesComplete
        incomeSupport = p.profile.incomeSupport
        background = p.profile.background
        active = p.isActive
        switch NinetyDayClock.status(of: p.currentPeriod, on: today) {
        case .running: ninetyDays = "running"
        case .warning: ninetyDays = "warning"
        case .overdue: ninetyDays = "overdue"
        case .stopped: ninetyDays = "stopped"
        case .closed: ninetyDays = "closed"
        }
        if h.programme { ninetyDays = nil }
        daysSinceRegistration = p.currentPeriod.registered.days(until: today)
        periods = p.periods.map {
            PeriodJSON(registered: $0.registered.iso, exit: $0.exit?.date.iso, exitReason: $0.exit?.reason.rawValue,
                       occupation: $0.exit?.occupation)
        }
        consents = p.consents.map { ConsentJSON(date: $0.date.iso, organisations: $0.organisations.map(\.code), withdrawn: $0.withdrawn?.iso) }
        responsible = p.responsibilities.map {
            ResponsibleJSON(organisation: $0.organisation.code, caseworker: $0.caseworker, from: $0.from.iso, until: $0.until?.iso)
        }
        notes = p.notes.map {
            NoteJSON(number: $0.id, kind: $0.kind.rawValue, text: $0.text, corrects: $0.corrects, time: $0.stamp.time.description,
                     author: $0.stamp.author)
        }
        programme = h.programme ? nil : ProgrammeJSON(p, state: state, today: today)
        if h.identity {
            personnummer = ""
            age = 0
        }
        hidden = h.isEmpty ? nil : HiddenJSON(programme: h.programme, identity: h.identity,
                                              notes: h.notes.map { .init(organisation: $0.key?.code, count: $0.value) }
                                                  .sorted { ($0.organisation ?? "") < ($1.organisation ?? "") },
                                              fields: h.fields.map(\.rawValue))
    }
}
