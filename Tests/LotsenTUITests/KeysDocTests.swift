import Foundation
import LotsenText
import Testing
@testable import LotsenTUI

/// docs/keys.md is generated from the keymap, so the documentation cannot drift from
/// what the keys do. `RECORD_GOLDENS=1 make test` rewrites it.
@Suite("docs/keys.md")
struct KeysDocTests {
    static func markdown() -> String {
        let scopes: [(Scope, String)] = [
            (.list, "Deltagare (the participant list)"), (.search, "Typing in the search field"), (.card, "Kort (the call card)"),
            (.editor, "Writing a note"), (.choice, "Choosing from a list"), (.field, "A one-line field"),
            (.board, "Tavla (the stage board)"), (.programme, "Programmet (the participant's programme)"),
            (.places, "Platser (the placement bank)"), (.workplace, "One workplace"), (.form, "A form"),
            (.confirm, "A yes/no question"), (.help, "Help"),
        ]
        var out = "# Keys\n\nGenerated from `Sources/LotsenTUI/Keymap.swift` by `KeysDocTests`; do not edit by hand.\n"
        for (scope, title) in scopes {
            out += "\n## \(title)\n\n| keys | svenska | English |\n|---|---|---|\n"
            for b in Keymap.bindings(in: scope) {
                let keys = b.keys.map { "`\($0)`" }.joined(separator: ", ")
                out += "| \(keys) | \(Language.sv.tui.action(b.name)) | \(Language.en.tui.action(b.name)) |\n"
            }
        }
        out += "\nIn the list, letters and digits that are not bound above start a search.\n"
        return out
    }

    @Test("docs/keys.md matches the keymap")
    func keysDocument() throws {
        let here = #filePath
        let path = String(here[..<here.range(of: "/Tests/")!.lowerBound]) + "/docs/keys.md"
        let current = try? String(contentsOfFile: path, encoding: .utf8)
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" || current == nil {
            try Self.markdown().write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(current == Self.markdown(), "docs/keys.md is out of date: run RECORD_GOLDENS=1 make test")
    }
}
