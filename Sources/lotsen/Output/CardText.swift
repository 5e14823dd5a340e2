import LotsenCalendar
import LotsenCore
import LotsenText

/// The participant's card as plain text, for `lotsen show`.
enum CardText {
    static func render(_ seen: DisclosedParticipant, state: LotsenState, today: Day, lang: Language) -> String {
        let d = lang.domain
        let p = seen.participant
        let hidden = seen.hidden
        // The call card, as the TUI's says it (`CallCard`), then what the TUI shows on
        // the programme view, then the notes.
        let card = CallCard(lang)
        let header = card.header(p, today: today, hidden: hidden)
        var lines = ["\(header.name)   \(header.details)"]
        lines += card.person(p, in: state, today: today, hidden: hidden).map(\.text)
        if let b = p.profile.background { lines.append("\(d.field(.background).capitalizedFirst): \(b)") }
        lines += card.programme(p, in: state, today: today, hidden: hidden).map(\.text)
        lines += card.facts(p, hidden: hidden).map(\.text)
        if !hidden.programme { lines += ProgrammeText.details(p, state: state, lang: lang, today: today) }
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
