import Foundation
import Testing
import LotsenCore
import LotsenText

/// Every key has its words in both languages, and none is empty: a help text or label
/// that is missing in one language shows as a blank to the caseworker who reads it.
@Suite("Every word in both languages")
struct EveryWordTests {
    func check<Key>(_ keys: [Key], _ area: String, _ words: (Language, Key) -> String) {
        for key in keys {
            let sv = words(.sv, key), en = words(.en, key)
            #expect(!sv.trimmingCharacters(in: .whitespaces).isEmpty, "\(area) \(key): no Swedish")
            #expect(!en.trimmingCharacters(in: .whitespaces).isEmpty, "\(area) \(key): no English")
        }
    }

    @Test("help texts of every command, option and argument")
    func help() {
        check(HelpKey.allCases, "cli") { $0.cli.help($1) }
        check(MeetingHelp.allCases, "meeting") { $0.meetingCLI.help($1) }
        check(PlanHelp.allCases, "plan") { $0.planCLI.help($1) }
        check(ProgrammeHelp.allCases, "programme") { $0.programmeCLI.help($1) }
        check(ReportHelp.allCases, "report") { $0.report.help($1) }
    }

    @Test("labels of the domain, meetings, plans and the programme")
    func labels() {
        check(Label.allCases, "domain") { $0.domain.label($1) }
        check(MeetingLabel.allCases, "meeting") { $0.meeting.label($1) }
        check(PlanLabel.allCases, "plan") { $0.plan.label($1) }
        check(ProgrammeLabel.allCases, "programme") { $0.programme.label($1) }
    }

    @Test("fields, kinds and the full-screen UI's texts, actions and hints")
    func fieldsAndScreens() {
        check(Field.allCases, "field") { $0.domain.field($1) }
        check(Gender.allCases, "gender") { $0.domain.gender($1) }
        check(ExitReason.allCases, "exit reason") { $0.domain.exitReason($1) }
        check(NoteKind.allCases, "note kind") { $0.domain.noteKind($1) }
        check(TUIText.allCases, "tui") { $0.tui.text($1) }
        check(TUIActionName.allCases, "tui action") { $0.tui.action($1) }
        check(TUIActionName.allCases, "tui hint") { $0.tui.hint($1) }
        check(ReportColumn.allCases, "report column") { $0.report.column($1) }
        check(StatisticsText.allCases, "statistics") { $0.report.screen($1) }
        check(ActivityExportColumn.allCases, "activity export") { $0.report.activityColumn($1) }
    }

    @Test("a Swedish word is not its English one by mistake: the field names differ where the languages do")
    func languagesDiffer() {
        let same = Field.allCases.filter { Language.sv.domain.field($0) == Language.en.domain.field($0) }
        // Words that are the same in both languages, on purpose.
        #expect(Set(same) == [.text, .organisation, .status, .label, .start, .cv])
    }
}
