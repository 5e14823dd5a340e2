import ArgumentParser
import LotsenCalendar
import LotsenCore
import LotsenJournal
import LotsenText
import LotsenWorkspace

extension Lotsen {
    /// `lotsen find TEXT`: the fastest lookup, for scripts and the phone call.
    /// Exits 1 when nothing matches, like grep.
    struct Find: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "find", abstract: words.help(.findAbstract)) }
        @OptionGroup var global: GlobalOptions
        @OptionGroup var past: PastOption
        @Argument(help: ArgumentHelp(words.help(.findTextArgument))) var text: [String] = []
        @Flag(help: ArgumentHelp(words.help(.findAllFlag))) var all = false
        @Option(help: ArgumentHelp(words.help(.findLimitOption))) var limit = 20
        @Flag(help: ArgumentHelp(words.jsonFlagHelp)) var json = false
        @Option(help: ArgumentHelp(words.help(.findViewOption))) var view: String?

        func run() throws {
            let ctx = try global.context(past)
            var query = text.joined(separator: " ")
            // The phone call's path: the snapshot's search index and only the people
            // shown, when the journal holds nothing newer; otherwise the whole state.
            let ids: [ParticipantID]
            // Those who have left and match, when only the active are listed.
            var exitedMatching = 0
            let participant: (ParticipantID) -> Participant?
            let checkedWhole: Timestamp?
            var workspace: Workspace?
            defer { workspace?.close() }
            if let name = view {
                // A saved view is a filter on the whole state: always the workspace.
                let w = try ctx.open(.readOnly)
                workspace = w
                guard let author = ctx.author else { throw CommandFailure.usage(ctx.lang.domain.error(.noAuthor, names: { $0.value })) }
                try ctx.require(.personData, in: w)
                guard let v = w.state.savedViews(of: author).first(where: { $0.name.lowercased() == name.trimmingSpaces.lowercased() }) else {
                    throw CommandFailure.usage(ctx.lang.domain.error(.viewNotFound(name), names: { $0.value }))
                }
                if query.isEmpty { query = v.query }
                let organisation = w.state.caseworker(author)?.organisation
                let index = w.searchIndex
                let sight = index.sight(for: author, in: w.state)
                let found = index.search(ParticipantSearch.Query(query), activeOnly: !(all || v.includeExited), sight: sight)
                ids = found.filter {
                    // A filter reads the programme: only people whose programme the caller may see.
                    (!v.filter.readsProgramme || !sight.programmeHidden.contains($0)) && v.filter.admits(w.state.participant($0)!, author: author, organisation: organisation, today: ctx.today,
                                    stalledDays: w.state.agendaThresholds.stalledDays)
                }
                participant = { w.state.participant($0, seenBy: author)?.participant }
                checkedWhole = w.journal.checkedWholeAt
            } else if ctx.usesSnapshots, ctx.past == nil, let paths = try? ctx.global.journalPaths().canonical(), let io = ctx.global.snapshotIO(paths),
                      let lookup = Snapshot.lookup(paths, io: io),
               try ctx.identified(by: lookup), try ctx.permitted(.personData, caseworkers: lookup.caseworkers),
               // Protected identities only for their responsible caseworkers, before any is shown.
               case let sight = lookup.index.sight(for: ctx.author, caseworkers: lookup.caseworkers,
                                                   phones: ParticipantSearch.Query(query).isNumber, { lookup.participant($0) }),
               case let found = Self.matches(ParticipantSearch.Query(query), in: lookup.index, sight: sight, all: all),
               let shown = Self.decoded(found.listed.prefix(max(limit, 0)), lookup) {
                // Ten thousand people's keys are not freed one by one before the exit.
                ProcessLifetime.keep(lookup)
                ids = found.listed
                exitedMatching = found.exited
                // What the caller may see of each (docs/privacy.md): the snapshot's caseworkers say whose is what.
                participant = { [author = ctx.author] in shown[$0].map { DisclosedParticipant($0, to: author, caseworkers: lookup.caseworkers).participant } }
                checkedWhole = lookup.checkedWholeAt
            } else {
                let w = try ctx.open(.readOnly)
                workspace = w
                try ctx.require(.personData, in: w)
                let index = w.searchIndex
                // Whom the caller may find at all; the count of those who have left is of these too.
                let q = ParticipantSearch.Query(query)
                let found = Self.matches(q, in: index, sight: index.sight(for: ctx.author, caseworkers: w.state.caseworkers, phones: q.isNumber) {
                    w.state.participant($0)
                }, all: all)
                ids = found.listed
                exitedMatching = found.exited
                participant = { [author = ctx.author] in w.state.participant($0, seenBy: author)?.participant }
                checkedWhole = w.journal.checkedWholeAt
            }
            let shown = Array(ids.prefix(max(limit, 0)))
            if json {
                Console.out(try JSONOutput.encode(shown.map { ParticipantSummaryJSON(participant($0)!, today: ctx.today) }))
            } else if ids.isEmpty {
                Console.error(ctx.lang.cli.say(exitedMatching > 0 ? .onlyExitedMatch(query: query, count: exitedMatching) : .noMatches(query: query)))
            } else {
                let d = ctx.lang.domain
                let rows = shown.map { id -> [String] in
                    let p = participant(id)!
                    return [id.value, p.personnummer.formatted, p.profile.fullName,
                            "\(p.personnummer.age(on: ctx.today)) \(d.label(.years))",
                            p.profile.phones.first ?? "", p.isActive ? d.label(.active) : d.label(.exited)]
                }
                Console.out(TextTable(rows).render())
                if ids.count > shown.count { Console.error(ctx.lang.cli.say(.matches(count: ids.count, shown: shown.count))) }
                // For a person at the terminal (scripts read the table alone).
                if Console.isTerminal(1), let at = checkedWhole {
                    Console.error(ctx.lang.journal.checkedWhole(LocalClock.minute(of: at)))
                }
            }
            if ids.isEmpty { throw ExitCode(1) }
        }

        /// Everyone who matches with `--all`; else the active, and how many who have left match.
        static func matches(_ q: ParticipantSearch.Query, in index: SearchIndex, sight: SearchSight, all: Bool) -> (listed: [ParticipantID], exited: Int) {
            if all { return (index.search(q, sight: sight), 0) }
            let found = index.searchByStatus(q, sight: sight)
            return (found.active, found.exited.count)
        }

        /// The shown participants from the snapshot; nil if any does not read back.
        static func decoded(_ ids: ArraySlice<ParticipantID>, _ lookup: Snapshot.Lookup) -> [ParticipantID: Participant]? {
            var out: [ParticipantID: Participant] = [:]
            for id in ids {
                guard let p = lookup.participant(id) else { return nil }
                out[id] = p
            }
            return out
        }
    }

    /// `lotsen show WHO`: the call card as text.
    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "show", abstract: words.help(.showAbstract)) }
        @OptionGroup var global: GlobalOptions
        @OptionGroup var past: PastOption
        @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
        @Flag(help: ArgumentHelp(words.jsonFlagHelp)) var json = false

        func run() throws {
            let ctx = try global.context(past)
            let w = try ctx.open(.readOnly)
            defer { w.close() }
            let id = try ctx.resolve(who, in: w)
            // What this caseworker may see of the person (docs/privacy.md), never more.
            try ctx.require(.personData, in: w)
            let seen = w.state.participant(id, seenBy: ctx.author)!
            try ctx.logLook([id], "card", via: "show", in: w)
            if json {
                Console.out(try JSONOutput.encode(ParticipantJSON(seen, state: w.state, today: ctx.today)))
            } else {
                Console.out(CardText.render(seen, state: w.state, today: ctx.today, lang: ctx.lang))
                // Answered from the snapshot: say how far the chain behind it was checked.
                // (A past date is read from the header, so the chain was just checked whole.)
                if ctx.past == nil, let at = w.journal.checkedWholeAt { Console.out(ctx.lang.journal.checkedWhole(LocalClock.minute(of: at))) }
            }
        }
    }
}
