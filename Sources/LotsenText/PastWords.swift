import LotsenCalendar

/// Any screen or command as the journal stood on a past date (`--as-of`, Ctrl-T).
public struct PastWords: Spoken {
    public let language: Language

    public var optionHelp: String {
        say("Visa som journalen stod vid dagens slut detta datum (ÅÅÅÅ-MM-DD); inget skrivs.",
            "Show it as the journal stood at the end of this date (YYYY-MM-DD); nothing is written.")
    }
    public var dateValueName: String { say("datum", "date") }

    public func notADate(_ text: String) -> String {
        say("--as-of: ”\(text)” är inget datum; skriv ÅÅÅÅ-MM-DD, till exempel 2026-09-30.",
            "--as-of: “\(text)” is not a date; write YYYY-MM-DD, for example 2026-09-30.")
    }
    public func inTheFuture(_ day: Day, today: Day) -> String {
        say("--as-of: \(day.iso) har inte varit än (i dag är det \(today.iso)).",
            "--as-of: \(day.iso) has not happened yet (today is \(today.iso)).")
    }

    /// Said before the answer (on standard error in the CLI, so that the answer itself
    /// is exactly what it was then): which date, and the last entry it holds.
    public func banner(_ day: Day, lastEntry: Int?, at minute: String?) -> String {
        guard let lastEntry, let minute else {
            return say("Som journalen stod \(day.iso): den hade inga poster än.",
                       "As the journal stood on \(day.iso): it had no entries yet.")
        }
        return say("Som journalen stod \(day.iso) (till och med post #\(lastEntry), \(minute)). Bara läsning.",
                   "As the journal stood on \(day.iso) (up to entry #\(lastEntry), \(minute)). Read only.")
    }

    /// The TUI's title bar while a past date is shown.
    public func title(_ day: Day) -> String { say("SOM DET STOD \(day.iso)", "AS IT STOOD ON \(day.iso)") }
    public var readOnlyMark: String { say("bara läsning", "read only") }
    /// The hint of the key that goes back.
    public var today: String { say("i dag", "today") }

    public var formTitle: String { say("Visa som det stod ett datum", "Show as it stood on a date") }
    public var formHint: String {
        say("Listan, korten, tavlan, mötet och rapporterna som journalen stod vid dagens slut. Inget kan skrivas; Ctrl-T går tillbaka till i dag.",
            "The list, cards, board, meeting and reports as the journal stood at the end of that day. Nothing can be written; Ctrl-T goes back to today.")
    }
    public var formFooter: String { say("Enter visar · Esc avbryter", "Enter shows it · Esc cancels") }
    public func shown(_ day: Day, lastEntry: Int?) -> String {
        guard let lastEntry else { return say("\(day.iso): journalen hade inga poster än.", "\(day.iso): the journal had no entries yet.") }
        return say("Visar \(day.iso), till och med post #\(lastEntry).", "Showing \(day.iso), up to entry #\(lastEntry).")
    }
    public var backToToday: String { say("Tillbaka till i dag.", "Back to today.") }
    public func refusedWrite(_ day: Day) -> String {
        say("Visar \(day.iso): inget kan skrivas där. Ctrl-T går tillbaka till i dag.",
            "Showing \(day.iso): nothing can be written there. Ctrl-T goes back to today.")
    }
}

extension Language {
    public var past: PastWords { PastWords(language: self) }
}
