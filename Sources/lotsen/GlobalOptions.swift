import ArgumentParser
import Foundation
import LotsenJournal
import LotsenText

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(words.journalOptionHelp, valueName: words.pathValueName))
    var journal: String?

    @Option(name: .long, help: ArgumentHelp(words.langOptionHelp, valueName: "sv|en"))
    var lang: Language?

    @Option(name: .customLong("as"), help: ArgumentHelp(words.asOptionHelp, valueName: words.initialsValueName))
    var `as`: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    var language: Language { lang ?? Language.detect(explicit: nil, environment: environment) }

    func journalPaths() throws -> JournalPaths {
        guard let paths = JournalPaths.resolve(explicit: journal, environment: environment) else {
            throw CommandFailure.usage(language.cli.noJournalLocation)
        }
        return paths
    }
}

extension Language: ExpressibleByArgument {}

extension GlobalOptions {
    var context: CommandContext { CommandContext(global: self) }
}
