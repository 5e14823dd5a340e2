import Glibc
import ArgumentParser
import LotsenCore
import LotsenText
import LotsenWorkspace

extension Lotsen {
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
            // Strings become typed values here, at the CLI's edge.
            let noteKind: NoteKind
            do { noteKind = try NoteKind.parse(kind) } catch { throw CommandFailure.usage(ctx.lang.domain.error(error, names: { $0.value })) }
            let done = try ctx.perform(w, [.participant(.addNote(id, kind: noteKind, text: body, corrects: corrects))])
            Console.out(ctx.lang.cli.say(.noteSaved(label: ctx.label(w, id), number: done.first?.stamp.sequence ?? 0)))
        }
    }
}
