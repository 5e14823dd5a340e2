import LotsenCalendar
import LotsenCore

/// The plan a participant takes home: their goals, who does what and when the plan is
/// followed up next, in plain words, as text, Markdown or HTML that prints on A4.
/// No personnummer: the paper may be left on a bus.
public struct PlanDocument {
    public typealias Format = DocumentFormat

    let name: String
    let version: PlanVersion
    let nextFollowUp: Day?
    let contacts: [Caseworker]
    let lang: Language
    let people: [String: String]

    /// The current version of the participant's plan; nil when there is none.
    public init?(_ p: Participant, in state: LotsenState, lang: Language) {
        guard let plan = p.currentPeriod.programme.plan else { return nil }
        name = p.profile.fullName
        version = plan.current
        nextFollowUp = plan.nextFollowUp
        self.lang = lang
        contacts = p.responsible.sorted { $0.key < $1.key }.compactMap { _, initials in state.caseworker(initials) }
        var people: [String: String] = [:]
        for c in state.caseworkers.values { people[Caseworker.key(c.initials)] = c.name }
        self.people = people
    }

    var words: PlanWords { lang.plan }

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

    var blocks: [DocumentBlock] {
        var out: [DocumentBlock] = [.title(words.label(.homeTitle)), .subtitle(name), .paragraph(words.label(.homeIntro))]
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
            // How to reach them, since the paper is what the young person has at home.
            out.append(.list(contacts.map { c in
                ([c.name + ", " + c.organisation.label] + [c.phone, c.email].compactMap { $0 }).joined(separator: " · ")
            }))
        }
        return out
    }

    public func render(_ format: Format) -> String {
        DocumentRenderer(title: "\(words.label(.homeTitle)) – \(name)", blocks: blocks, lang: lang).render(format)
    }
}
