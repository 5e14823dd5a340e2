import LotsenCalendar
import LotsenCore
import LotsenText

/// The participant's card as plain text, for `lotsen show`.
enum CardText {
    static func render(_ p: Participant, state: LotsenState, today: Day, lang: Language) -> String {
        let d = lang.domain
        func field(_ f: Field) -> String { d.field(f).capitalizedFirst }
        var lines: [String] = []
        lines.append("\(p.profile.fullName)  \(p.personnummer.formatted)  \(p.personnummer.age(on: today)) \(d.label(.years))  \(d.gender(p.profile.gender))")
        lines.append("\(d.label(.id).capitalizedFirst): \(p.id.value)")
        if !p.profile.phones.isEmpty { lines.append("\(field(.phone)): \(p.profile.phones.joined(separator: ", "))") }
        if let e = p.profile.email { lines.append("\(field(.email)): \(e)") }
        let period = p.currentPeriod
        var status = "\(d.label(.status).capitalizedFirst): "
        if let exit = period.exit {
            status += "\(d.label(.exited)) \(exit.date.iso) (\(d.exitReason(exit.reason))\(exit.occupation.map { ", \($0)" } ?? ""))"
        } else {
            status += "\(d.label(.active)) \(period.registered.iso)"
        }
        lines.append(status)
        lines.append("\(d.label(.ninetyDays).capitalizedFirst): \(d.clock(NinetyDayClock.status(of: period, on: today)))")
        if let c = p.consent {
            let orgs = c.organisations.map(\.label).joined(separator: ", ")
            lines.append("\(d.label(.consent).capitalizedFirst): \(c.date.iso) \(orgs)"
                + (c.withdrawn.map { " – \(d.label(.consentWithdrawn)) \($0.iso)" } ?? ""))
        } else {
            lines.append("\(d.label(.consent).capitalizedFirst): \(d.label(.noConsent))")
        }
        let responsible = p.responsible.sorted { $0.key < $1.key }.map { org, initials in
            "\(org.label) \(initials)" + (state.caseworker(initials).map { " (\($0.name))" } ?? "")
        }
        lines.append("\(d.label(.responsible).capitalizedFirst): \(responsible.isEmpty ? d.label(.none) : responsible.joined(separator: " · "))")
        var facts: [String] = []
        if let c = p.profile.afCategory { facts.append("\(field(.afCategory)) \(d.afCategory(c))") }
        facts.append("\(d.field(.bornAbroad)) \(d.yesNo(p.profile.bornAbroad))")
        facts.append("\(d.field(.disability)) \(d.yesNo(p.profile.disability))")
        facts.append("\(d.field(.gradesComplete)) \(d.yesNo(p.profile.gradesComplete))")
        facts.append("\(d.field(.incomeSupport)) \(d.yesNo(p.profile.incomeSupport))")
        if let r = p.profile.referral { facts.append("\(d.field(.referral)) \(d.referral(r))") }
        lines.append(facts.joined(separator: " · "))
        if let b = p.profile.background { lines.append("\(field(.background)): \(b)") }
        lines.append(contentsOf: ProgrammeText.programme(p, state: state, lang: lang, today: today))
        let notes = p.currentNotes
        if !notes.isEmpty {
            lines.append("\(d.label(.notes).capitalizedFirst):")
            for n in notes.prefix(10) {
                let corrected = n.corrects != nil ? " (\(d.label(.corrected)))" : ""
                let day = CalendarText.date(n.stamp.time)
                let text = n.text.replacingOccurrences(of: "\n", with: "\n      ")
                lines.append("  [\(n.id)] \(day) \(d.noteKind(n.kind)) \(n.stamp.author)\(corrected): \(text)")
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// Record times shown as the caseworker's local date.
enum CalendarText {
    static func date(_ t: Timestamp) -> String { LocalClock.day(of: t).iso }
}
