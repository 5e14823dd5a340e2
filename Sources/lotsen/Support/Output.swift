import LotsenCore
import LotsenJournal
import LotsenText

/// Writes what a command produced to a private file, or to standard output.
enum Output {
    /// An existing file is refused unless `force` (then replaced atomically); the journal
    /// and its companion files are refused always; links are never followed into another file.
    static func deliver(_ bytes: [UInt8], to path: String?, force: Bool, _ ctx: CommandContext,
                        saved: (String) -> String) throws {
        guard let path else {
            Console.write(1, String(decoding: bytes, as: UTF8.self))
            return
        }
        // Reports, exports, plans and minutes are about people: private from the first byte.
        // On a shared desk the file is the caller's, written with the caller's rights
        // where the caller may write: never with Lotsen's.
        let journal = try? ctx.global.journalPaths()
        do throws(PrivateFile.Failure) {
            try SharedDesk.asCaller { () throws(PrivateFile.Failure) in
                try PrivateFile.write(bytes, to: path, existing: force ? .replace : .refuse, protecting: journal)
            }
        } catch {
            let shown = Quoted.path(error.path)
            switch error.kind {
            case .exists: throw CommandFailure.usage(ctx.lang.cli.say(.outputExists(path: shown)))
            case .journalFile: throw CommandFailure.usage(ctx.lang.cli.say(.outputIsJournal(path: shown)))
            case .system(let errno):
                let reason = ctx.lang.journal.system(SystemError(call: "write", path: nil, errno: errno))
                throw CommandFailure.journal(ctx.lang.cli.say(.cannotWrite(path: shown, reason: reason)))
            }
        }
        Console.error(saved(Quoted.path(path)))
    }
}
