import Glibc
import ArgumentParser
import LotsenCore
import LotsenText
import LotsenWorkspace

extension Lotsen {
    /// `lotsen add`: register a participant.
    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "add", abstract: words.help(.addAbstract)) }
        @OptionGroup var global: GlobalOptions
        @OptionGroup var fields: ParticipantOptions

        func run() throws {
            let ctx = global.context
            let w = try ctx.open(.readWrite)
            defer { w.close() }
            let done = try ctx.perform(w, [.register(fields.input)])
            if let id = done.first?.subject { Console.out(ctx.lang.cli.say(.registered(label: ctx.label(w, id)))) }
        }
    }

    /// `lotsen edit WHO`: change the given fields only.
    struct Edit: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "edit", abstract: words.help(.editAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
        @OptionGroup var fields: ParticipantOptions

        func run() throws {
            let ctx = global.context
            let w = try ctx.open(.readWrite)
            defer { w.close() }
            let id = try ctx.resolve(who, in: w)
            _ = try ctx.perform(w, [.update(id, fields.input)])
            Console.out(ctx.lang.cli.say(.updated(label: ctx.label(w, id))))
        }
    }

    /// `lotsen note WHO TEXT`.
    struct NoteCommand: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "note", abstract: words.help(.noteAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
        @Argument(help: ArgumentHelp(words.help(.noteTextArgument))) var text: String
        @Option(help: ArgumentHelp(words.help(.noteKindOption))) var kind: String?
        @Option(help: ArgumentHelp(words.help(.noteCorrectsOption))) var corrects: Int?

        func run() throws {
            let ctx = global.context
            let body = text == "-" ? readAllStandardInput() : text
            let w = try ctx.open(.readWrite)
            defer { w.close() }
            let id = try ctx.resolve(who, in: w)
            let done = try ctx.perform(w, [.addNote(id, kind: kind, text: body, corrects: corrects)])
            Console.out(ctx.lang.cli.say(.noteSaved(label: ctx.label(w, id), number: done.first?.stamp.sequence ?? 0)))
        }
    }

    /// `lotsen consent WHO --orgs … | --withdraw`.
    struct ConsentCommand: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "consent", abstract: words.help(.consentAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
        @Option(help: ArgumentHelp(words.help(.consentOrgsOption))) var orgs: String?
        @Flag(help: ArgumentHelp(words.help(.consentWithdrawFlag))) var withdraw = false
        @Option(help: ArgumentHelp(words.help(.dateOption))) var date: String?

        func validate() throws {
            if (orgs == nil) == !withdraw { throw ValidationError(words.help(.consentOrgsOption) + " / --withdraw") }
        }

        func run() throws {
            let ctx = global.context
            let w = try ctx.open(.readWrite)
            defer { w.close() }
            let id = try ctx.resolve(who, in: w)
            if withdraw {
                _ = try ctx.perform(w, [.withdrawConsent(id, date: date)])
                Console.out(ctx.lang.cli.say(.consentWithdrawn(label: ctx.label(w, id))))
            } else {
                _ = try ctx.perform(w, [.giveConsent(id, date: date, organisations: [orgs ?? ""])])
                let given = w.state.participant(id)?.consent?.organisations.map(\.label).joined(separator: ", ") ?? ""
                Console.out(ctx.lang.cli.say(.consentGiven(label: ctx.label(w, id), organisations: given)))
            }
        }
    }

    /// `lotsen responsible WHO --org ORG --caseworker INITIALS`.
    struct Responsible: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "responsible", abstract: words.help(.responsibleAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
        @Option(help: ArgumentHelp(words.help(.orgOption))) var org: String
        @Option(help: ArgumentHelp(words.help(.responsibleCaseworkerOption))) var caseworker: String
        @Option(help: ArgumentHelp(words.help(.dateOption))) var date: String?

        func run() throws {
            let ctx = global.context
            let w = try ctx.open(.readWrite)
            defer { w.close() }
            let id = try ctx.resolve(who, in: w)
            let done = try ctx.perform(w, [.assignResponsibility(id, organisation: org, caseworker: caseworker, date: date)])
            if case .responsibilityAssigned(let o, let c, _) = done.first?.event {
                Console.out(ctx.lang.cli.say(.responsibleSet(label: ctx.label(w, id), organisation: o.label, caseworker: c)))
            }
        }
    }

    /// `lotsen exit WHO --reason R`.
    struct ExitCommand: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "exit", abstract: words.help(.exitAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
        @Option(help: ArgumentHelp(words.help(.exitReasonOption))) var reason: String
        @Option(help: ArgumentHelp(words.help(.exitOccupationOption))) var occupation: String?
        @Option(help: ArgumentHelp(words.help(.dateOption))) var date: String?

        func run() throws {
            let ctx = global.context
            let w = try ctx.open(.readWrite)
            defer { w.close() }
            let id = try ctx.resolve(who, in: w)
            let done = try ctx.perform(w, [.exit(id, date: date, reason: reason, occupation: occupation)])
            if case .participantExited(_, let r, _) = done.first?.event {
                Console.out(ctx.lang.cli.say(.exited(label: ctx.label(w, id), reason: ctx.lang.domain.exitReason(r))))
            }
        }
    }

    /// `lotsen reregister WHO`: a new period after an exit.
    struct Reregister: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "reregister", abstract: words.help(.reregisterAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
        @Option(help: ArgumentHelp(words.help(.registeredOption))) var date: String?

        func run() throws {
            let ctx = global.context
            let w = try ctx.open(.readWrite)
            defer { w.close() }
            let id = try ctx.resolve(who, in: w)
            let done = try ctx.perform(w, [.reregister(id, date: date)])
            if case .participantReregistered(let d) = done.first?.event {
                Console.out(ctx.lang.cli.say(.reregistered(label: ctx.label(w, id), date: d)))
            }
        }
    }
}

func readAllStandardInput() -> String {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
        if n <= 0 { break }
        bytes.append(contentsOf: chunk[0..<n])
    }
    return String(decoding: bytes, as: UTF8.self)
}
