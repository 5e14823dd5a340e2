import LotsenJournal
import LotsenText

/// Writes what a command produced to a private file, or to standard output.
enum Output {
    static func deliver(_ bytes: [UInt8], to path: String?, _ ctx: CommandContext, saved: (String) -> String) throws {
        guard let path else {
            Console.write(1, String(decoding: bytes, as: UTF8.self))
            return
        }
        // Reports, exports, plans and minutes are about people: private from the first byte.
        do { try PrivateFile.write(bytes, to: path) } catch {
            throw CommandFailure.journal(ctx.lang.cli.say(.cannotWrite(path: path, reason: error.reason)))
        }
        Console.error(saved(path))
    }
}
