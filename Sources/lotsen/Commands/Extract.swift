import ArgumentParser
import LotsenCalendar
import LotsenCore
import LotsenJSON
import LotsenJournal
import LotsenText
import LotsenWorkspace

extension Lotsen {
    /// `lotsen extract WHO`: registerutdrag — every entry about one person (their own, and
    /// the meetings' items, decisions and tasks about them), in journal order, with who
    /// made it and when. The JSON form carries each entry's payload as
    /// it was written.
    struct Extract: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "extract", abstract: words.help(.extractAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
        @Flag(help: ArgumentHelp(words.jsonFlagHelp)) var json = false
        @Option(help: ArgumentHelp(helpLanguage.extract.formatOption)) var format: DocumentFormat?
        @Option(help: ArgumentHelp(planWords.help(.outputOption))) var output: String?
        @Flag(help: ArgumentHelp(words.help(.forceOption))) var force = false

        struct Entry: Encodable {
            var sequence: Int
            var time: String
            var author: String
            var authorName: String?
            var type: String
            var description: String
            var data: JSONValue?
            /// The entry that took this one back, and who made it.
            var undoneBy: Int?
            var undoneByAuthor: String?
            var undoneTime: String?
        }

        struct Document: Encodable {
            struct LeftOut: Encodable { var organisation: String?; var count: Int }
            var participant: ParticipantJSON
            var entries: [Entry]
            /// Entries of organisations the caller may not see, counted, never shown.
            var leftOut: [LeftOut]
        }

        func run() throws {
            let ctx = global.context
            let w = try ctx.open(.readOnly)
            defer { w.close() }
            try ctx.require(.personData, in: w)
            let id = try ctx.resolve(who, in: w)
            // An entry belongs to its author's organisation: the extract a caseworker prints
            // holds what they may see (docs/privacy.md) and says how much was left out.
            let seen = w.state.participant(id, seenBy: ctx.author)!
            var left: [Organisation?: Int] = [:]
            var entries: [Entry] = []
            do {
                let (journal, _) = try Journal.open(try global.journalPaths(), access: .readOnly, clock: Timestamp.now) { batch in
                    for r in batch where r.subject == id.value || r.subject == nil {
                        let payload = w.plainPayload(of: r) ?? r.payload
                        let event = Event(type: r.type, payload: payload) ?? .unknown(type: r.type)
                        // Meetings are filed under nobody; the ones about this person belong here too.
                        if r.subject == nil && !w.state.isAbout(event, id) { continue }
                        let owner = w.state.organisation(ofAuthor: r.author)
                        guard seen.disclosure.sees(owner) else { left[owner, default: 0] += 1; continue }
                        let undone = w.state.undoneEntries[r.sequence]
                        entries.append(Entry(sequence: r.sequence, time: r.time.description, author: r.author,
                                             authorName: w.state.caseworker(r.author)?.name, type: r.type,
                                             description: ctx.lang.domain.describe(event, in: w.state), data: JSONValue.parse(payload),
                                             undoneBy: undone?.sequence, undoneByAuthor: undone?.author,
                                             undoneTime: undone.map { LocalClock.minute(of: $0.time) }))
                    }
                }
                journal.close()
            } catch let e as JournalError {
                throw CommandFailure.journal(ctx.lang.journal.error(e))
            }
            try ctx.logLook([id], "extract", via: "extract", in: w)
            if json {
                Console.out(try JSONOutput.encode(Document(participant: ParticipantJSON(seen, state: w.state, today: ctx.today), entries: entries,
                                                           leftOut: left.map { .init(organisation: $0.key?.code, count: $0.value) }
                                                               .sorted { ($0.organisation ?? "") < ($1.organisation ?? "") })))
                return
            }
            if let format {
                // A document to hand to the person: who holds what, under which consent, who looked.
                let looks = (try? AccessLog.read(w.journal.paths, store: w.journal.store))?.entries.map(\.entry).filter { $0.subject == id.value }.map {
                    ExtractDocument.Look(time: LocalClock.minute(of: $0.time), who: $0.caseworker.flatMap { w.state.caseworker($0)?.name } ?? $0.login,
                                         what: ctx.lang.access.what($0.what))
                }
                let card = CardText.render(seen, state: w.state, today: ctx.today, lang: ctx.lang).split(separator: "\n").map(String.init)
                let doc = ExtractDocument(seen, card: card, today: ctx.today, entries: entries.map {
                    ExtractDocument.Entry(sequence: $0.sequence, time: $0.time.prefix(10).description, author: $0.authorName ?? $0.author,
                                          organisation: w.state.organisation(ofAuthor: $0.author)?.code, description: $0.description)
                }, leftOut: left, looks: looks, rules: w.state.retentionRules, lang: ctx.lang)
                try Output.deliver(Array(doc.render(format).utf8), to: output, force: force, ctx) { ctx.lang.extract.saved($0) }
                return
            }
            var lines = [CardText.render(seen, state: w.state, today: ctx.today, lang: ctx.lang), ""]
            if !left.isEmpty { lines += [ctx.lang.privacy.entriesLeftOut(left), ""] }
            for e in entries {
                let who = e.authorName.map { "\(e.author) (\($0))" } ?? e.author
                var undone = ""
                if let by = e.undoneByAuthor, let time = e.undoneTime { undone = "  — " + ctx.lang.undo.undoneMark(by: by, time: time) }
                lines.append("#\(e.sequence)  \(e.time)  \(who)\(undone)")
                lines.append("    " + e.description.replacingOccurrences(of: "\n", with: "\n    "))
            }
            // The person's access log is part of what they have a right to see.
            if let looks = try? AccessLog.read(w.journal.paths, store: w.journal.store) {
                lines += ["", ctx.lang.access.heading]
                lines.append(LogCommand.text(looks.entries.map(\.entry).filter { $0.subject == id.value }, grouped: false, w.state, ctx))
            }
            Console.out(lines.joined(separator: "\n"))
        }
    }
}
