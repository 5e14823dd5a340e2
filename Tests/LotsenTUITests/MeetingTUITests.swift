import Foundation
import LotsenCalendar
import LotsenCore
import Testing
@testable import LotsenTUI

/// The weekly meeting on the shared screen, on the demo journal: made with the rules'
/// agenda, gone through item by item with keys only, closed with minutes written.
@Suite("Möte and Uppgifter in the TUI", .serialized)
struct MeetingTUITests {
    /// From the list to Möte: Tavla, Platser, Uppgifter, Möte.
    func openMeeting(_ h: Harness) {
        for _ in 0..<4 { h.press(.nextView) }
    }

    func meeting(_ h: Harness) -> Meeting? { h.app.state.domain.currentMeeting }

    @Test("a weekly meeting from agenda to minutes: decide, who does what, handled, closed")
    func fullMeeting() throws {
        let h = try Harness(demo: .small)
        openMeeting(h)
        #expect(h.app.state.scope == .meeting)
        #expect(h.text.contains("Inget öppet möte"))
        h.press(.newMeeting)
        #expect(h.app.state.scope == .form)
        // A week after the last meeting, the same group and people.
        #expect(h.text.contains("2026-11-26") && h.text.contains("Samverkansgruppen") && h.text.contains("AB, MS, KN, SV"))
        h.press(.save)
        let m = try #require(meeting(h))
        #expect(m.date == Day(iso: "2026-11-26") && !m.items.isEmpty)
        #expect(h.app.state.scope == .meeting)
        h.expectGolden("meeting-80x24")
        let first = m.items[0]
        // The decision, then a task for the person this item is about.
        h.press(.edit)
        h.type("Praktik på lagret från 1 december.")
        h.press(.save)
        h.press(.add)
        h.type("Ringa lagret om startdag")
        h.press(.nextField)
        for _ in 0..<2 { h.press(.backspace) }
        h.type("MS")
        h.press(.save)
        let task = try #require(h.app.state.domain.meetingTaskList.last)
        #expect(task.what == "Ringa lagret om startdag" && task.who == .caseworker("MS"))
        #expect(task.participant == first.content.participant && task.meeting == m.id && task.item == first.id)
        #expect(h.text.contains("MS: Ringa lagret om startdag – 2026-12-03"))
        #expect(h.text.contains("Praktik på lagret från 1 december."))
        // Handled, the next item comes into focus.
        h.press(.toggle)
        #expect(meeting(h)?.item(first.id)?.handled == true)
        #expect(MeetingReducer.focused(h.app.state, meeting(h)!)?.id == m.items[1].id)
        #expect(h.text.contains("1 av \(m.items.count) behandlade"))
        // The agenda as a list, the same keys.
        h.press(.agenda)
        #expect(h.app.state.scope == .agenda)
        h.expectGolden("meeting-agenda-80x24")
        h.press(.moveForward)
        #expect(meeting(h)?.items[2].id == m.items[1].id)
        h.press(.back)
        // Closing asks first, then writes the minutes beside the journal.
        h.press(.closeMeeting)
        #expect(h.app.state.scope == .confirm)
        h.press(.yes)
        #expect(h.app.state.domain.meetings[m.id]?.status == .closed)
        let minutes = h.dir.path + "/exports/protokoll-2026-11-26.txt"
        let text = try String(contentsOfFile: minutes, encoding: .utf8)
        #expect(text.contains("Praktik på lagret från 1 december.") && text.contains("Maria Sandberg: Ringa lagret om startdag"))
        #expect(FileManager.default.fileExists(atPath: h.dir.path + "/exports/protokoll-2026-11-26.html"))
        let mode = try FileManager.default.attributesOfItem(atPath: minutes)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(h.text.contains("Protokollet sparat"))
        #expect(h.text.contains("Inget öppet möte"))
    }

    @Test("on a large screen the decision and tasks stand beside the person")
    func large() throws {
        let h = try Harness(size: .init(width: 160, height: 48), demo: .small)
        openMeeting(h)
        h.press(.newMeeting)
        h.press(.save)
        h.expectGolden("meeting-160x48")
        // The help shows the keys of the meeting, not of the list under it.
        h.press(.toggleHelp)
        #expect(h.text.contains("skriv beslutet") && h.text.contains("stäng mötet och spara protokollet"))
        #expect(!h.text.contains("visa även avslutade"))
    }

    @Test("a refused value in the task form is named and nothing is written")
    func refusal() throws {
        let h = try Harness(demo: .small)
        openMeeting(h)
        h.press(.newMeeting)
        h.press(.save)
        let before = h.app.state.domain.meetingTaskList.count
        h.press(.add)
        h.type("Boka studiebesök")
        h.press(.nextField)
        for _ in 0..<2 { h.press(.backspace) }
        h.type("ZZ")
        h.press(.save)
        #expect(h.app.state.scope == .form)
        #expect(h.text.contains("Ingen handläggare med initialerna ZZ"))
        #expect(h.app.state.domain.meetingTaskList.count == before)
    }

    @Test("Uppgifter: everyone's or mine, overdue first, done with one key")
    func taskList() throws {
        let h = try Harness(demo: .small)
        for _ in 0..<3 { h.press(.nextView) }
        #expect(h.app.state.scope == .taskList)
        h.expectGolden("tasks-80x24")
        let all = TaskList.rows(in: h.app.state.domain, today: Harness.today, viewer: "AB")
        #expect(all.first?.isOverdue(on: Harness.today) == true)
        // Every task's text can be read whole at 80 columns: the selected one is below the list.
        for (i, row) in all.enumerated() {
            let what: String
            switch row {
            case .meeting(let t): what = t.what
            case .weekly(_, let t): what = t.what
            }
            func words(_ t: String) -> String { t.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            #expect(words(h.text).contains(words(what)), "task \(i): \(what)")
            h.press(.down)
        }
        for _ in all { h.press(.up) }
        h.press(.cycleFilter)
        #expect(h.text.contains("Uppgifter (mina)"))
        let mine = TaskList.rows(in: h.app.state.domain, today: Harness.today, mine: "AB", viewer: "AB")
        #expect(mine.count < all.count && !mine.isEmpty)
        h.press(.done)
        #expect(TaskList.rows(in: h.app.state.domain, today: Harness.today, mine: "AB", viewer: "AB").count == mine.count - 1)
    }
}
