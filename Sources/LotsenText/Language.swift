/// The user's language. Swedish unless English is asked for: the users are Swedish
/// caseworkers, and English is there for the rest.
public enum Language: String, Sendable, CaseIterable {
    case sv, en

    /// `--lang` wins; then LC_ALL, LC_MESSAGES and LANG as the C library reads them: an
    /// English locale gives English, anything else Swedish.
    public static func detect(explicit: String?, environment: [String: String]) -> Language {
        if let explicit, let lang = Language(rawValue: explicit.lowercased()) { return lang }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("en") ? .en : .sv
        }
        return .sv
    }

}

/// Numbers as the language writes them: `12 345` and `1,5` in Swedish, `12,345` and
/// `1.5` in English.
public enum NumberText {
    public static func integer(_ n: Int, _ lang: Language) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(lang == .sv ? "\u{00A0}" : ",") }
            out.append(ch)
        }
        return (n < 0 ? "−" : "") + out
    }

    /// One decimal.
    public static func decimal(_ x: Double, _ lang: Language) -> String {
        let tenths = Int((x * 10).rounded())
        let whole = integer(tenths / 10, lang)
        return whole + (lang == .sv ? "," : ".") + String(abs(tenths % 10))
    }

    public static func bytes(_ n: Int, _ lang: Language) -> String {
        if n < 1024 { return integer(n, lang) + " B" }
        if n < 1 << 20 { return decimal(Double(n) / 1024, lang) + " KiB" }
        if n < 1 << 30 { return decimal(Double(n) / 1_048_576, lang) + " MiB" }
        return decimal(Double(n) / 1_073_741_824, lang) + " GiB"
    }
}

/// Words are written once, Swedish and English side by side: each words type holds the
/// language it speaks and says every string with `say(swedish, english)`, so that a key
/// cannot have one language and not the other, and both are read in one place.
protocol Spoken {
    var language: Language { get }
}

extension Spoken {
    /// Only the language spoken is worked out.
    func say<T>(_ sv: @autoclosure () -> T, _ en: @autoclosure () -> T) -> T {
        language == .sv ? sv() : en()
    }
}
