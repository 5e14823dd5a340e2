import Foundation
import LotsenJournal
import Testing
@testable import LotsenTUI

/// The TUI's looks (issue 25, point 4): a card is logged once per visit, before it is drawn.
@Suite("Looks in the TUI")
struct LooksTUITests {
    @Test("opening a card writes one look; a look that cannot be written leaves the list on screen with the reason")
    func looks() throws {
        let h = try Harness()
        h.app.login = "anna"
        h.press(.open)
        h.press(.nextPane)
        let r = try AccessLog.read(h.paths)
        #expect(r.entries.count == 1 && r.entries[0].entry.what == "card" && r.entries[0].entry.login == "anna"
                && r.entries[0].entry.caseworker == "AB", "\(r.entries)")
        h.press(.back)
        try FileManager.default.removeItem(atPath: AccessLog.path(h.paths))
        try FileManager.default.createDirectory(atPath: AccessLog.path(h.paths), withIntermediateDirectories: false)
        h.press(.open)
        #expect(h.app.state.stack.isEmpty && h.app.state.message?.text.contains("kunde inte loggas") == true)
        #expect(!h.text.contains("Anteckningar"), "nothing of the person drawn")
    }
}
