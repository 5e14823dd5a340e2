import Foundation
import LotsenCore
import LotsenText

/// The settings in force and where each came from. One order for every setting: the
/// command line, then the environment, then the caseworker's own file
/// (`$XDG_CONFIG_HOME/lotsen/config`), then the system's (`/etc/lotsen/config`, the
/// administrator's defaults for every login), then Lotsen's own default. docs/cli.md,
/// "Configuration", is the one place this is written down; `lotsen config` shows it.
struct Settings {
    enum Key: String, CaseIterable, Sendable {
        case journal, `as`, lang, mouse

        /// The environment variables that set it, strongest first.
        var environmentNames: [String] {
            switch self {
            case .journal: return ["LOTSEN_JOURNAL"]
            case .as: return ["LOTSEN_AS"]
            case .lang: return []
            case .mouse: return ["LOTSEN_MOUSE"]
            }
        }

        /// Who a journal entry is signed by is each caseworker's own, never a host's default.
        var inSystemFile: Bool { self != .as }
    }

    enum Source: Equatable, Sendable {
        case commandLine
        case environment(String)
        case file(String, line: Int)
        /// The locale's language (LC_ALL, LC_MESSAGES, LANG).
        case locale(String)
        case builtIn
    }

    struct Value: Equatable, Sendable {
        var text: String
        var source: Source
    }

    /// A line of a config file Lotsen does not understand: said where, never guessed at.
    struct Problem: Equatable, Sendable {
        var path: String
        var line: Int
        var kind: ConfigWords.ProblemKind
    }

    /// One config file as read: the values it sets, where, and what was wrong in it.
    struct File: Sendable {
        var path: String
        var exists: Bool
        var values: [Key: Value] = [:]
        var problems: [Problem] = []

        init(path: String, isSystem: Bool) {
            self.path = path
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                exists = FileManager.default.fileExists(atPath: path)
                return
            }
            exists = true
            for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = raw.trimmingCharacters(in: .whitespaces)
                guard !line.isEmpty, !line.hasPrefix("#") else { continue }
                let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, !parts[0].isEmpty else {
                    problems.append(Problem(path: path, line: index + 1, kind: .notASetting))
                    continue
                }
                guard let key = Key(rawValue: parts[0].lowercased()) else {
                    problems.append(Problem(path: path, line: index + 1, kind: .unknownKey(parts[0])))
                    continue
                }
                if isSystem && !key.inSystemFile {
                    problems.append(Problem(path: path, line: index + 1, kind: .userOnly(parts[0])))
                    continue
                }
                // An escape sequence in a value would reach the terminal when it is shown
                // (`lotsen config`), and a hidden character makes a path other than it looks.
                if parts[1].unicodeScalars.contains(where: Quoted.isHidden) {
                    problems.append(Problem(path: path, line: index + 1, kind: .hiddenCharacters(parts[0])))
                    continue
                }
                if let bad = Settings.check(key, parts[1]) {
                    problems.append(Problem(path: path, line: index + 1, kind: .badValue(parts[0], bad)))
                    continue
                }
                values[key] = Value(text: parts[1], source: .file(path, line: index + 1))
            }
        }
    }

    static let systemPath = "/etc/lotsen/config"

    /// The caseworker's own file: `$XDG_CONFIG_HOME/lotsen/config`, else `~/.config/lotsen/config`.
    static func userPath(environment: [String: String]) -> String? {
        if let x = environment["XDG_CONFIG_HOME"], x.hasPrefix("/") { return x + "/lotsen/config" }
        if let h = environment["HOME"], !h.isEmpty { return h + "/.config/lotsen/config" }
        return nil
    }

    let environment: [String: String]
    let user: File?
    let system: File

    init(environment: [String: String]) {
        self.environment = environment
        user = Settings.userPath(environment: environment).map { File(path: $0, isSystem: false) }
        // A test or a second installation may point at another system file; the set-user-ID
        // gateway has no environment to point with (`SharedDesk.harden`).
        system = File(path: environment["LOTSEN_SYSTEM_CONFIG"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? Settings.systemPath,
                      isSystem: true)
    }

    var problems: [Problem] { (user?.problems ?? []) + system.problems }

    /// The value in force, given what the command line said; nil when nothing sets it
    /// and Lotsen has no default of its own (the journal's default place is the journal's).
    func value(_ key: Key, commandLine: String? = nil) -> Value? {
        if let c = commandLine, !c.isEmpty { return Value(text: c, source: .commandLine) }
        for name in key.environmentNames {
            if let v = environment[name], !v.isEmpty { return Value(text: v, source: .environment(name)) }
        }
        if let v = user?.values[key] { return v }
        if let v = system.values[key] { return v }
        switch key {
        case .lang:
            for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
                if let v = environment[name], !v.isEmpty {
                    return Value(text: Language.detect(explicit: nil, environment: [name: v]).rawValue, source: .locale(name))
                }
            }
            return Value(text: Language.sv.rawValue, source: .builtIn)
        case .mouse: return Value(text: "on", source: .builtIn)
        case .journal, .as: return nil
        }
    }

    var language: Language { value(.lang).flatMap { Language(rawValue: $0.text.lowercased()) } ?? .sv }

    /// Whether clicks and the wheel reach Lotsen (off leaves the terminal's own selection alone).
    var mouse: Bool { Settings.onOff(value(.mouse)?.text ?? "on") ?? true }

    /// What is wrong with a value, in words a check can show; nil when it is right.
    static func check(_ key: Key, _ value: String) -> String? {
        switch key {
        case .lang: return Language(rawValue: value.lowercased()) == nil ? "sv|en" : nil
        case .mouse: return onOff(value) == nil ? "on|off" : nil
        case .journal, .as: return value.isEmpty ? "…" : nil
        }
    }

    /// On or off, in either language: the one reading for a setting and for a command's
    /// on/off argument (`CommandContext.onOff`).
    static func onOff(_ text: String) -> Bool? {
        switch TextFolding.code(text) {
        case "on", "yes", "ja", "pa", "1", "true": return true
        case "off", "no", "nej", "av", "0", "false": return false
        default: return nil
        }
    }
}

extension Settings {
    /// Read once per process: every command asks, the files do not change under it.
    static let process = Settings(environment: ProcessInfo.processInfo.environment)
}
