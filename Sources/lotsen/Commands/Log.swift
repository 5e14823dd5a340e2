import ArgumentParser
import LotsenCalendar
import LotsenCore
import LotsenJournal
import LotsenText
import LotsenWorkspace

extension Lotsen {
    /// `lotsen log`: who looked at whom, from the access log (`AccessLog`). For the person
    /// (`--participant`, the *loggutdrag*), for a caseworker's checks (`--caseworker`), and
    /// the looks outside one's own caseload (`--outside-caseload`), per caseworker.
    struct LogCommand: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "log", abstract: words.help(.logAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(words.help(.logParticipantOption))) var participant: String?
        @Option(help: ArgumentHelp(words.help(.logCaseworkerOption))) var caseworker: String?
        @Flag(help: ArgumentHelp(words.help(.logOutsideFlag))) var outsideCaseload = false
        @OptionGroup var range: RangeOptions
        @Flag(help: ArgumentHelp(words.jsonFlagHelp)) var json = false

        struct LookJSON: Encodable { var number: Int; var time: String; var login: String; var caseworker: String?; var what: String; var participant: String; var via: String }

        func run() throws {
            let ctx = global.context
            let w = try ctx.open(.readOnly)
            defer { w.close() }
            // The person's own log is person data; others' looks are for those who follow up.
            let own = caseworker.map { c in ctx.author.map { Caseworker.key($0) == Caseworker.key(c) } ?? false } ?? false
            try ctx.require(participant != nil ? .personData : own ? .personData : .followUp, in: w)
            let id = try participant.map { try ctx.resolve($0, in: w) }
            let span = try range.resolveIfGiven(ctx)
            let reading: AccessLog.Reading
            do { reading = try AccessLog.read(w.journal.paths, store: w.journal.store) } catch { throw CommandFailure.journal(ctx.lang.journal.system(error)) }
            var looks = reading.entries.filter { look in
                (id.map { look.entry.subject == $0.value } ?? true)
                    && (caseworker.map { c in look.entry.caseworker.map { Caseworker.key($0) == Caseworker.key(c) } ?? false } ?? true)
                    && (span.map { $0.contains(LocalClock.day(of: look.entry.time)) } ?? true)
            }
            if outsideCaseload { looks = looks.filter { !Self.withinCaseload($0.entry, w.state) } }
            if json {
                Console.out(try JSONOutput.encode(looks.map {
                    LookJSON(number: $0.sequence, time: $0.entry.time.description, login: $0.entry.login, caseworker: $0.entry.caseworker,
                             what: $0.entry.what, participant: $0.entry.subject, via: $0.entry.via)
                }))
            } else {
                Console.out(Self.text(looks.map(\.entry), grouped: outsideCaseload, w.state, ctx))
            }
            if let line = reading.brokenAt {
                Console.error(ctx.lang.access.broken(at: line))
                throw ExitCode(1)
            }
        }

        /// A look within one's caseload: at someone one is responsible for, or who was an
        /// item of a meeting one attended.
        static func withinCaseload(_ e: AccessEntry, _ state: LotsenState) -> Bool {
            guard let by = e.caseworker, let p = state.participant(ParticipantID(e.subject)) else { return false }
            let key = Caseworker.key(by)
            if p.responsibilities.contains(where: { Caseworker.key($0.caseworker) == key }) { return true }
            return state.meetingList.contains { m in
                m.attendees.contains { Caseworker.key($0) == key } && m.items.contains { $0.content.participant == p.id }
            }
        }

        static func text(_ looks: [AccessEntry], grouped: Bool, _ state: LotsenState, _ ctx: CommandContext) -> String {
            let w = ctx.lang.access
            guard !looks.isEmpty else { return w.none }
            func row(_ e: AccessEntry) -> [String] {
                let name = state.participant(ParticipantID(e.subject)).map { $0.profile.fullName } ?? e.subject
                return [LocalClock.minute(of: e.time), e.login + (e.caseworker.map { " (\($0))" } ?? ""), w.what(e.what), name, e.via]
            }
            guard grouped else { return TextTable(looks.map(row)).render() }
            var out = [w.outsideHeading]
            for by in Set(looks.map { $0.caseworker ?? "–" }).sorted() {
                let own = looks.filter { ($0.caseworker ?? "–") == by }
                out.append("\(by): \(own.count)")
                out.append(TextTable(own.map(row)).render())
            }
            return out.joined(separator: "\n")
        }
    }
}
