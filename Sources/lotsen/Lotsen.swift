import ArgumentParser

/// The root command: it only configures. Each subcommand lives in its own file.
struct Lotsen: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "lotsen",
            abstract: words.rootAbstract,
            discussion: words.rootDiscussion,
            version: "0.1.0",
            subcommands: [Verify.self]
        )
    }
}
