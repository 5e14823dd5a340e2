import LotsenCore

/// Who looked at whom: the access log's words.
public struct AccessWords: Spoken {
    public let language: Language

    public func cannotLog(_ reason: String) -> String {
        say("Visningen kunde inte loggas (\(reason)); därför visas inget. Vem som tittar på vem måste alltid gå att se i efterhand.",
            "The look could not be logged (\(reason)), so nothing is shown. Who looks at whom must always be known afterwards.")
    }

    /// What was looked at, in the user's words.
    public func what(_ code: String) -> String {
        switch code {
        case "card": return say("kortet", "the card")
        case "plan": return say("handlingsplanen", "the action plan")
        case "extract": return say("registerutdraget", "the register extract")
        case "export": return say("exportrad", "an export row")
        case "tasks": return say("veckouppgifterna", "the weekly tasks")
        case "note": return say("en anteckning", "a note")
        case "programme": return say("programmet", "the programme")
        case "purged": return say("gallrade personen", "purged the person")
        default: return code
        }
    }

    public var heading: String { say("Vem har tittat (loggutdrag)", "Who has looked (access log)") }
    public var none: String { say("Ingen har tittat.", "Nobody has looked.") }
    public func broken(at line: Int) -> String {
        say("Åtkomstloggens kedja bryts vid rad \(line): den raden eller raden före har ändrats, tagits bort eller lagts till. Det som följer kan inte styrkas.",
            "The access log's chain breaks at line \(line): that line or the one before was changed, removed or put in. What follows cannot be vouched for.")
    }
    public var outsideHeading: String {
        say("Öppnat utan ansvar eller mötespunkt, per handläggare", "Opened without responsibility or a meeting item, per caseworker")
    }
}

extension Language {
    public var access: AccessWords { AccessWords(language: self) }
}
