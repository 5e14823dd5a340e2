import ArgumentParser
import LotsenJSON
import LotsenText

/// Help drawn by Lotsen in the user's language from the parser's own description of the
/// commands: the versioned tool-info model swift-argument-parser writes for
/// `--experimental-dump-help` (names, value names, defaults, values, abstracts). Its
/// abstracts are already ours, in the user's language; only the layout is drawn here, in
/// the library's shape (two-space indent, a 26-column label, 80 columns), with headings
/// from `CLIWords`. Nothing of the library's English is replaced, so a new version of it
/// cannot leave half a page in English.
enum HelpPage {
    static let width = 80
    static let labelColumn = 26

    /// The help page for the command the arguments name (`lotsen meeting new --help`,
    /// `lotsen help meeting new`); nil when the parser's description cannot be read.
    static func render(for arguments: [String], _ words: CLIWords) -> String? {
        guard let root = description() else { return nil }
        var path = [root]
        for a in arguments where a != "help" && !a.hasPrefix("-") {
            // Option values (`--lang en`) are passed over: only a subcommand's name descends.
            if let next = path.last!["subcommands"]?.array?.first(where: { names(of: $0).contains(a) }) { path.append(next) }
        }
        return page(path, words)
    }

    /// Whether the user asked for help rather than for a command.
    static func isRequest(_ arguments: [String]) -> Bool {
        let options = arguments.prefix { $0 != "--" }
        return options.contains("-h") || options.contains("--help") || arguments.first == "help"
    }

    static func description() -> JSONValue? {
        do {
            _ = try Lotsen.parseAsRoot(["--experimental-dump-help"])
            return nil
        } catch {
            return JSONValue.parse(Lotsen.fullMessage(for: error))?["command"]
        }
    }

    private static func names(of command: JSONValue) -> [String] {
        [command["commandName"]?.string ?? ""] + (command["aliases"]?.array?.compactMap(\.string) ?? [])
    }

    private static func page(_ path: [JSONValue], _ words: CLIWords) -> String {
        let command = path.last!
        let arguments = (command["arguments"]?.array ?? []).filter { $0["shouldDisplay"]?.bool ?? true }
        let subcommands = (command["subcommands"]?.array ?? []).filter { $0["shouldDisplay"]?.bool ?? true }
        let toolName = path.compactMap { $0["commandName"]?.string }.joined(separator: " ")
        var out = ""
        var overview = command["abstract"]?.string ?? ""
        if let discussion = command["discussion"]?.string, !discussion.isEmpty {
            overview += (overview.isEmpty ? "" : "\n") + "\n" + discussion
        }
        if !overview.isEmpty { out += wrapped("\(words.helpHeading(.overview)): \(overview)", indent: 0) + "\n\n" }
        // As the parser does, the usage line leaves out its own help and version flags.
        let own: Set<String> = ["help", "version"]
        let inUsage = arguments.filter { a in !(a["names"]?.array ?? []).contains { own.contains($0["name"]?.string ?? "") } }
        var usage = ([toolName] + inUsage.map(synopsis)).joined(separator: " ")
        if !subcommands.isEmpty { usage += " <\(words.helpHeading(.subcommandValue))>" }
        let usageHeading = "\(words.helpHeading(.usage)): "
        out += usageHeading + wrapped(usage, indent: usageHeading.count, first: usageHeading.count).dropFirst(usageHeading.count) + "\n"
        let positional = arguments.filter { $0["kind"]?.string == "positional" }
        let options = arguments.filter { $0["kind"]?.string != "positional" }
        var sections: [String] = []
        if !positional.isEmpty { sections.append(section(.arguments, positional.map { element($0, words) }, words)) }
        if !options.isEmpty { sections.append(section(.options, options.map { element($0, words) }, words)) }
        if !subcommands.isEmpty {
            let defaultName = command["defaultSubcommand"]?.string
            sections.append(section(.subcommands, subcommands.map { sub in
                let name = names(of: sub).joined(separator: ", ")
                let label = name + (sub["commandName"]?.string == defaultName ? " (\(words.helpHeading(.defaultValue)))" : "")
                return (label, sub["abstract"]?.string ?? "")
            }, words))
        }
        if !sections.isEmpty { out += "\n" + sections.joined(separator: "\n") }
        if !subcommands.isEmpty {
            let help = ([path[0]["commandName"]?.string ?? "lotsen", "help"] + path.dropFirst().compactMap { $0["commandName"]?.string })
                .joined(separator: " ")
            out += "\n  " + words.seeHelp("\(help) <\(words.helpHeading(.subcommandValue))>") + "\n"
        }
        return out
    }

    private static func section(_ heading: CLIWords.HelpHeading, _ elements: [(String, String)], _ words: CLIWords) -> String {
        "\(words.helpHeading(heading)):\n" + elements.map { label, abstract in
            let padded = "  " + label
            guard !abstract.isEmpty else { return padded + "\n" }
            let text = wrapped(abstract, indent: labelColumn)
            if padded.count < labelColumn { return padded + text.dropFirst(padded.count) + "\n" }
            return padded + "\n" + text + "\n"
        }.joined()
    }

    static func element(_ a: JSONValue, _ words: CLIWords) -> (String, String) {
        let values = (a["allValues"]?.array?.compactMap(\.string) ?? []).filter { !$0.isEmpty }
        let defaultValue = a["defaultValue"]?.string ?? ""
        var extra: [String] = []
        if !values.isEmpty { extra.append("\(words.helpHeading(.values)): \(values.joined(separator: ", "))") }
        if !defaultValue.isEmpty { extra.append("\(words.helpHeading(.defaultValue)): \(defaultValue)") }
        let names = a["names"]?.array?.compactMap { $0["name"]?.string } ?? []
        // The parser's own flags come with its English abstracts.
        let own = names.contains("help") ? words.helpHeading(.helpFlag) : names.contains("version") ? words.helpHeading(.versionFlag) : nil
        let abstract = [own ?? a["abstract"]?.string ?? "", extra.isEmpty ? "" : "(" + extra.joined(separator: "; ") + ")"]
            .filter { !$0.isEmpty }.joined(separator: " ")
        return (label(a), abstract)
    }

    /// `-h, --help`, `--journal <sökväg>`, `<deltagare>`.
    private static func label(_ a: JSONValue) -> String {
        let value = "<\(a["valueName"]?.string ?? "")>"
        let names = (a["names"]?.array ?? []).map(dashed)
        switch a["kind"]?.string {
        case "positional": return value + (a["isRepeating"]?.bool == true ? " ..." : "")
        case "option": return names.map { "\($0) \(value)" }.joined(separator: ", ")
        default: return names.joined(separator: ", ")
        }
    }

    /// One argument in the usage line: the preferred name, in brackets when optional.
    static func synopsis(_ a: JSONValue) -> String {
        let value = "<\(a["valueName"]?.string ?? "")>"
        let name = a["preferredName"].map(dashed) ?? ""
        var s: String
        switch a["kind"]?.string {
        case "positional": s = value
        case "option": s = "\(name) \(value)"
        default: s = name
        }
        if a["isRepeating"]?.bool == true { s += " ..." }
        return a["isOptional"]?.bool == true ? "[\(s)]" : s
    }

    private static func dashed(_ n: JSONValue) -> String {
        let name = n["name"]?.string ?? ""
        return (n["kind"]?.string == "short" || n["kind"]?.string == "longWithSingleDash" ? "-" : "--") + name
    }

    /// Words wrapped at 80 columns, every line after the first indented.
    static func wrapped(_ text: String, indent: Int, first: Int? = nil) -> String {
        let pad = String(repeating: " ", count: indent)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph in
            var lines: [String] = []
            var line = String(repeating: " ", count: first ?? indent)
            var lineHasWord = false
            for word in paragraph.split(separator: " ") {
                if lineHasWord, line.count + 1 + word.count > width {
                    lines.append(line)
                    line = pad
                    lineHasWord = false
                }
                line += (lineHasWord ? " " : "") + word
                lineHasWord = true
            }
            lines.append(line)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n" + pad)
    }
}
