import LotsenCalendar
import LotsenCore

/// The plan a participant takes home: their goals, who does what and when the plan is
/// followed up next, in plain words, as text, Markdown or HTML that prints on A4.
/// No personnummer: the paper may be left on a bus.
public struct PlanDocument {
    public enum Format: String, CaseIterable, Sendable {
        case txt, md, html
    }

    let name: String
    let version: PlanVersion
    let nextFollowUp: Day?
    let contacts: [(name: String, organisation: String)]
    let lang: Language
    let people: [String: String]

    /// The current version of the participant's plan; nil when there is none.
    public init?(_ p: Participant, in state: LotsenState, lang: Language) {
        guard let plan = p.currentPeriod.programme.plan else { return nil }
        name = p.profile.fullName
        version = plan.current
        nextFollowUp = plan.nextFollowUp
        self.lang = lang
        contacts = p.responsible.sorted { $0.key < $1.key }.compactMap { org, initials in
            state.caseworker(initials).map { ($0.name, org.label) }
        }
        var people: [String: String] = [:]
        for c in state.caseworkers.values { people[Caseworker.key(c.initials)] = c.name }
        self.people = people
    }

    var words: any PlanWords.Type { lang.plan }

    /// Goals still worked on, then those reached; dropped goals are left out.
    var goals: [Goal] {
        version.goals.filter { $0.status == .active } + version.goals.filter { $0.status == .achieved }
    }

    /// A caseworker's initials as their name; "deltagaren" as "du".
    func person(_ who: String) -> String {
        if ["deltagaren", "deltagare", "participant", "the participant", "du", "you"].contains(who.lowercased()) {
            return lang == .sv ? "Du" : "You"
        }
        return people[Caseworker.key(who)] ?? who
    }

    /// One entry per line of the document, independent of the format.
    enum Block {
        case title(String), subtitle(String), paragraph(String), heading(String), field(String, String), list([String])
    }

    var blocks: [Block] {
        var out: [Block] = [.title(words.label(.homeTitle)), .subtitle(name), .paragraph(words.label(.homeIntro))]
        out.append(.field(words.label(.homeAbout), "\(words.longDate(version.start)) – \(words.longDate(version.end))"))
        if let next = nextFollowUp { out.append(.field(words.label(.homeNextMeeting), words.longDate(next))) }
        for (i, goal) in goals.enumerated() {
            let g = goal.content
            let done = goal.status == .achieved ? " – " + words.label(.homeDone) : ""
            out.append(.heading("\(words.label(.homeGoal)) \(i + 1) (\(words.term(g.term))): \(g.what)\(done)"))
            if let m = g.measure { out.append(.field(words.label(.homeHow), m)) }
            if let w = g.why { out.append(.field(words.label(.homeWhy), w)) }
            if !g.steps.isEmpty {
                out.append(.field(words.label(.homeSteps), ""))
                out.append(.list(g.steps.map { s in s.who.map { "\(person($0)): \(s.what)" } ?? s.what }))
            }
            if let d = g.due { out.append(.field(words.label(.homeBy), words.longDate(d))) }
            if let o = g.owner { out.append(.field(words.label(.homeResponsible), person(o))) }
        }
        if !contacts.isEmpty {
            out.append(.heading(words.label(.homeContact)))
            out.append(.list(contacts.map { "\($0.name), \($0.organisation)" }))
        }
        return out
    }

    public func render(_ format: Format) -> String {
        switch format {
        case .txt: return text()
        case .md: return markdown()
        case .html: return html()
        }
    }

    func text() -> String {
        var lines: [String] = []
        for block in blocks {
            switch block {
            case .title(let t): lines += [t.uppercased()]
            case .subtitle(let t): lines += [t, ""]
            case .paragraph(let t): lines += Wrap.lines(t, width: 72) + [""]
            case .heading(let t): lines += ["", t] + [String(repeating: "-", count: min(72, t.count))]
            case .field(let k, let v): lines += v.isEmpty ? ["\(k):"] : Wrap.lines("\(k): \(v)", width: 72, indent: "  ")
            case .list(let items): for i in items { lines += Wrap.lines(i, width: 72, first: "  – ", indent: "    ") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func markdown() -> String {
        var lines: [String] = []
        for block in blocks {
            switch block {
            case .title(let t): lines += ["# \(Escape.markdown(t))", ""]
            case .subtitle(let t): lines += ["**\(Escape.markdown(t))**", ""]
            case .paragraph(let t): lines += [Escape.markdown(t), ""]
            case .heading(let t): lines += ["## \(Escape.markdown(t))", ""]
            case .field(let k, let v): lines += [v.isEmpty ? "**\(Escape.markdown(k))**" : "**\(Escape.markdown(k)):** \(Escape.markdown(v))", ""]
            case .list(let items): lines += items.map { "- " + Escape.markdown($0) } + [""]
            }
        }
        return lines.joined(separator: "\n")
    }

    func html() -> String {
        let e = Escape.html
        var body: [String] = []
        for block in blocks {
            switch block {
            case .title(let t): body.append("<h1>\(e(t))</h1>")
            case .subtitle(let t): body.append("<p class=\"name\">\(e(t))</p>")
            case .paragraph(let t): body.append("<p>\(e(t))</p>")
            case .heading(let t): body.append("<h2>\(e(t))</h2>")
            case .field(let k, let v): body.append(v.isEmpty ? "<p><b>\(e(k))</b></p>" : "<p><b>\(e(k)):</b> \(e(v))</p>")
            case .list(let items): body.append("<ul>" + items.map { "<li>\(e($0))</li>" }.joined() + "</ul>")
            }
        }
        return """
        <!DOCTYPE html>
        <html lang="\(lang.rawValue)">
        <head>
        <meta charset="utf-8">
        <title>\(e(words.label(.homeTitle))) – \(e(name))</title>
        <style>
        @page { size: A4; margin: 20mm; }
        body { font-family: Georgia, serif; font-size: 12pt; line-height: 1.45; max-width: 170mm; margin: 0 auto; color: #000; }
        h1 { font-size: 20pt; margin-bottom: 0; }
        h2 { font-size: 14pt; margin-top: 1.4em; border-bottom: 1px solid #888; break-after: avoid; }
        p.name { font-size: 14pt; margin-top: 0.2em; }
        ul { margin-top: 0; }
        h2 + p, li { break-inside: avoid; }
        </style>
        </head>
        <body>
        \(body.joined(separator: "\n"))
        </body>
        </html>

        """
    }
}

/// Word wrapping for plain-text documents.
enum Wrap {
    /// Lines of at most `width` characters (a longer word stands alone); the first
    /// starts with `first`, every other with `indent`.
    static func lines(_ text: String, width: Int, first: String = "", indent: String = "") -> [String] {
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = out.isEmpty ? first : indent
            var empty = true
            for word in paragraph.split(separator: " ") {
                if !empty && line.count + 1 + word.count > width {
                    out.append(line)
                    line = indent
                    empty = true
                }
                line += (empty ? "" : " ") + word
                empty = false
            }
            out.append(line)
        }
        return out
    }
}

/// Escaping user text for the document formats.
enum Escape {
    static func html(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    /// Characters that would turn a caseworker's text into Markdown markup.
    static func markdown(_ s: String) -> String {
        var out = ""
        for c in s {
            if "\\`*_[]<>#|".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
