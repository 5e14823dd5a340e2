import ArgumentParser
import Foundation
import LotsenJournal
import LotsenText

extension Lotsen {
    /// `lotsen verify`: the whole chain and the head, read-only.
    struct Verify: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "verify", abstract: words.verifyAbstract, discussion: words.verifyDiscussion)
        }

        @OptionGroup var global: GlobalOptions
        @Flag(name: .long, help: ArgumentHelp(words.jsonFlagHelp)) var json = false

        func run() throws {
            let lang = global.language
            let paths = try global.journalPaths()
            let showProgress = !json && Console.isTerminal(2)
            let report: VerificationReport
            do {
                report = try Journal.verify(paths, progress: showProgress ? { done, total in
                    guard total > 32 << 20 else { return }
                    Console.write(2, "\r" + lang.journal.progress(percent: total == 0 ? 100 : done * 100 / total))
                } : nil)
            } catch let e as JournalError {
                throw CommandFailure.journal(lang.journal.error(e))
            }
            if showProgress && report.bytes > 32 << 20 { Console.write(2, "\r\u{1B}[K") }
            if json {
                Console.out(try JSONOutput.encode(VerifyJSON(report, path: paths.journal, lang: lang)))
            } else {
                Console.out(lang.journal.verification(report, path: paths.journal, lang))
            }
            if !report.isSound { throw ExitCode(1) }
        }
    }
}

/// `lotsen verify --json`: stable keys; `message` is in the chosen language.
struct VerifyJSON: Encodable {
    struct Damage: Encodable { var sequence: Int; var offset: Int; var kind: String; var message: String }
    struct Torn: Encodable { var offset: Int; var length: Int; var message: String }
    var sound: Bool
    var path: String
    var journal: String?
    var bytes: Int
    var lastSequence: Int
    var head: String
    var headSequence: Int?
    var damage: Damage?
    var tornTail: Torn?

    init(_ r: VerificationReport, path: String, lang: Language) {
        sound = r.isSound
        self.path = path
        journal = r.journalID
        bytes = r.bytes
        lastSequence = r.lastSequence
        switch r.head {
        case .matches: head = "matches"; headSequence = r.lastSequence
        case .behind(let s): head = "behind"; headSequence = s
        case .ahead(let s): head = "ahead"; headSequence = s
        case .missing: head = "missing"
        }
        damage = r.damage.map { Damage(sequence: $0.sequence, offset: $0.offset, kind: JournalCodes.damage($0.kind),
                                       message: lang.journal.damage($0)) }
        tornTail = r.tornTail.map { Torn(offset: $0.offset, length: $0.length, message: lang.journal.tornTail($0)) }
    }
}
