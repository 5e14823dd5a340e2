import ArgumentParser
import LotsenCore
import LotsenText
import LotsenJournal
import LotsenWorkspace

/// Help for the plan and task commands, in the language decided before parsing.
var planWords: PlanCLIWords { helpLanguage.planCLI }

extension Lotsen {
    /// `lotsen plan show|new|edit|goal|followup|revise|export WHO …`.
    struct PlanGroup: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "plan", abstract: planWords.help(.planAbstract),
                                 subcommands: [Show.self, New.self, Edit.self, GoalCommand.self, FollowUp.self, Revise.self, Export.self],
                                 defaultSubcommand: Show.self)
        }

        struct DetailOptions: ParsableArguments {
            @Option(help: ArgumentHelp(planWords.help(.endOption))) var end: String?
            @Option(help: ArgumentHelp(planWords.help(.backgroundOption))) var background: String?
            @Option(help: ArgumentHelp(planWords.help(.skillsOption))) var skills: String?
            @Option(help: ArgumentHelp(planWords.help(.marketOption))) var market: String?
            @Option(help: ArgumentHelp(planWords.help(.cvOption))) var cv: String?
            @Option(help: ArgumentHelp(planWords.help(.letterOption))) var letter: String?

            func input(start: String? = nil) -> PlanInput {
                PlanInput(start: start, end: end, background: background, skills: skills, labourMarket: market, cv: cv, coverLetter: letter)
            }
        }
    }
}

