import ArgumentParser

/// The root command: it only configures. Each subcommand lives in its own file.
struct Lotsen: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "lotsen",
            abstract: words.rootAbstract,
            discussion: words.rootDiscussion,
            version: LotsenVersion.text,
            subcommands: [
                UI.self, Init.self, Setup.self, CaseworkerGroup.self, Add.self, Edit.self, Find.self, Show.self, NoteCommand.self, UndoCommand.self,
                ConsentCommand.self, Responsible.self, ExitCommand.self, Reregister.self, Protect.self, Extract.self, LogCommand.self,
                Move.self, ActivityCommand.self, ChecklistCommand.self, VisitCommand.self, KanalenCommand.self,
                SupportCommand.self, AKassaCommand.self, PlacementGroup.self, BoardCommand.self, PlanGroup.self, TasksCommand.self,
                MeetingGroup.self,
                ReportCommand.self, TargetGroup.self, ImportGroup.self, ExportGroup.self, Demo.self, Verify.self, Repair.self, BackupCommand.self, RestoreCommand.self, MigrateCommand.self, KeysCommand.self, GallringGroup.self,
                ConfigCommand.self, Doctor.self, Manual.self,
            ],
            defaultSubcommand: UI.self
        )
    }
}
