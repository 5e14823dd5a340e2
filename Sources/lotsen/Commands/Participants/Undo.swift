import ArgumentParser
import LotsenCore
import LotsenText
import LotsenWorkspace

extension Lotsen {
    /// `lotsen undo [--entry N] [--list]`: takes back the caller's latest entry by a new
    /// entry that names it.
    struct UndoCommand: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "undo", abstract: words.help(.undoAbstract), discussion: words.help(.undoDiscussion))
        }
        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(words.help(.undoEntryOption))) var entry: Int?
        @Flag(help: ArgumentHelp(words.help(.undoListFlag))) var list = false

        func run() throws {
            let ctx = global.context
            let w = try ctx.open(list ? .readOnly : .readWrite)
            defer { w.close() }
            guard let author = ctx.author else { throw CommandFailure.usage(ctx.lang.domain.error(.noAuthor, names: { $0.value })) }
            let words = ctx.lang.undo
            func about(_ id: ParticipantID?) -> String? { id.flatMap { w.state.participant($0)?.profile.fullName } }
            if list {
                let entries = w.state.entries(by: author)
                guard !entries.isEmpty else { Console.out(words.refusal(.nothingToUndo)); return }
                Console.out(entries.map { e in
                    let mark = e.undone.map { words.undoneMark(by: $0.author, time: LocalClock.minute(of: $0.time)) }
                        ?? (w.state.undoTarget(by: author, entry: e.sequence).isSuccess ? words.canUndo : words.cannotUndo)
                    return "#\(e.sequence)  \(LocalClock.minute(of: e.time))  \(words.entry(type: e.type))"
                        + (about(e.subject).map { words.about($0) } ?? "") + "  (\(mark))"
                }.joined(separator: "\n"))
                return
            }
            let done = try ctx.perform(w, [.entry(.undo(by: author, entry: entry))])
            guard let r = done.first, case .entry(.entryUndone(let u)) = r.event else { return }
            Console.out(words.done(u.kind, about: about(r.subject), entry: u.entry))
        }
    }
}

private extension Result {
    var isSuccess: Bool { if case .success = self { return true } else { return false } }
}
