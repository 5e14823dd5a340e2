import LotsenCore
import LotsenText
import Testing
@testable import LotsenTUI

@Suite("The status line when the journal turns read-only and back")
struct ReadOnlyStatusTests {
    @Test("the reason shows at once; when writing is possible again the reason goes and it says so")
    func reasonAndBack() {
        var desk = InMemoryDesk(InMemoryDesk.demo)
        let reason = "Databasen går inte att nå just nu."
        _ = AppReducer.reduce(&desk.state, .readOnly(reason))
        #expect(desk.state.readOnlyReason == reason && desk.state.message?.text == reason)
        _ = AppReducer.reduce(&desk.state, .readOnly(nil))
        #expect(desk.state.readOnlyReason == nil)
        #expect(desk.state.message?.text == Language.sv.tui.text(.writableAgain))
        // A message the caseworker got since (a save refused) is theirs to read: left alone.
        _ = AppReducer.reduce(&desk.state, .readOnly(reason))
        desk.state.message = StatusMessage(text: "Inte sparad: x", kind: .error)
        _ = AppReducer.reduce(&desk.state, .readOnly(nil))
        #expect(desk.state.message?.text == "Inte sparad: x")
    }
}
