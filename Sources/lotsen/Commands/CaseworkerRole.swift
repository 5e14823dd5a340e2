import ArgumentParser
import LotsenCore
import LotsenText
import LotsenWorkspace

extension Lotsen.CaseworkerGroup {
    /// `lotsen caseworker role AB ROLE`: handläggare, samordnare, statistik, administratör.
    struct RoleCommand: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "role", abstract: words.help(.caseworkerRoleAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(words.help(.meArgument))) var initials: String
        @Argument(help: ArgumentHelp(words.help(.caseworkerRoleOption))) var role: String

        func run() throws {
            let ctx = global.context
            let w = try ctx.open(.readWrite)
            defer { w.close() }
            let done = try ctx.perform(w, [.caseworker(.setRole(initials: initials, role: role))])
            if let e = done.first { Console.out(ctx.lang.domain.describe(e.event, in: w.state)) }
        }
    }
}
