/// Long work said while it runs: what, how far, about how long is left.
public struct ProgressWords: Spoken {
    public let language: Language

    public enum Work: Sendable { case verify, open, migrate, backup, importRows, importWrite, exportRows }

    public func doing(_ work: Work) -> String {
        switch work {
        case .verify: return say("Kontrollerar journalen", "Checking the journal")
        case .open: return say("Läser journalen (första gången efter en uppgradering tar det längre)",
                               "Reading the journal (the first time after an upgrade takes longer)")
        case .migrate: return say("Flyttar journalen", "Moving the journal")
        case .backup: return say("Kopierar och kontrollerar journalen", "Copying and checking the journal")
        case .importRows: return say("Läser in raderna", "Reading the rows")
        case .importWrite: return say("Skriver in deltagarna", "Writing the participants")
        case .exportRows: return say("Skriver ut", "Writing out")
        }
    }

    public func left(_ seconds: Int?) -> String {
        guard let seconds else { return "" }
        if seconds < 60 { return say("ca \(seconds) s kvar", "about \(seconds) s left") }
        let minutes = (seconds + 59) / 60
        return say("ca \(minutes) min kvar", "about \(minutes) min left")
    }

    /// "Kontrollerar journalen … 42 % (ca 3 s kvar)".
    public func line(_ work: Work, percent: Int, secondsLeft: Int?) -> String {
        let rest = left(secondsLeft)
        return "\(doing(work)) … \(percent) %" + (rest.isEmpty ? "" : " (\(rest))")
    }
}

extension Language {
    public var progress: ProgressWords { ProgressWords(language: self) }
}
