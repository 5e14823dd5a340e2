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

/// The words a message offers for a closed list are words Lotsen takes, in both languages:
/// a caseworker who types what the error suggested is not refused again.
@Suite("The choices an error offers")
struct ChoiceWordsTests {
    @Test("every offered word is accepted", arguments: Language.allCases)
    func accepted(_ lang: Language) {
        let d = lang.domain
        for w in d.choices(.gender) { #expect((try? FieldParsing.gender(w)) != nil, "\(w)") }
        for w in d.choices(.referral) {
            let typed = w.hasSuffix(":…") ? String(w.dropLast()) + "Kompis" : w
            #expect(Referral(code: typed) != nil, "\(w)")
        }
        for w in d.choices(.afCategory) { #expect(AFCategory(code: w) != nil, "\(w)") }
        for w in d.choices(.noteKind) { #expect(NoteKind(code: w) != nil, "\(w)") }
        for w in d.choices(.followUpResult) { #expect(FieldParsing.followUpResult(w) != nil, "\(w)") }
        for w in d.choices(.taskResult) { #expect(FieldParsing.taskResult(w) != nil, "\(w)") }
        for w in d.choices(.documentStatus) { #expect(FieldParsing.documentStatus(w) != nil, "\(w)") }
        for w in d.choices(.goalTerm) { #expect(FieldParsing.goalTerm(w) != nil, "\(w)") }
        for w in d.choices(.goalStatus) { #expect(FieldParsing.goalStatus(w) != nil, "\(w)") }
        #expect(d.choices(.gender).count == Gender.allCases.count)
        #expect(d.choices(.taskResult).count == TaskResult.allCases.count)
        #expect(d.choices(.goalStatus).count == GoalStatus.allCases.count)
    }

    @Test("an English user is offered English words")
    func english() {
        let message = Language.en.domain.error(.invalid(.kind, .notAChoice("telefon", .noteKind)), names: { $0.value })
        #expect(message.contains("call, meeting, other"), "\(message)")
        let swedish = Language.sv.domain.error(.invalid(.kind, .notAChoice("telefon", .noteKind)), names: { $0.value })
        #expect(swedish.contains("samtal, möte, annat"), "\(swedish)")
    }
}
