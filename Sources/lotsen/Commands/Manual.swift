import ArgumentParser
import Foundation
import LotsenText

extension Lotsen {
    /// `lotsen manual DIR [--lang sv|en] [--date YYYY-MM-DD]`: the man pages, for the
    /// package and `make install` (hidden: a build step, not a caseworker's command).
    struct Manual: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "manual", abstract: words.manualAbstract, shouldDisplay: false)
        }
        @OptionGroup var global: GlobalOptions
        @Argument var directory: String
        /// The date a page says it was written: given by the build, so the same source
        /// makes the same pages.
        @Option var date = "2026-12-01"

        func run() throws {
            let cli = global.language.cli
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            for page in ManualPages.render(cli, date: date) {
                try page.text.write(toFile: directory + "/" + page.name, atomically: true, encoding: .utf8)
            }
        }
    }
}
