import Foundation
import LotsenText
import Testing
@testable import LotsenTUI

/// docs/keys.md is generated from the keymap, so the documentation cannot drift from
/// what the keys do. `RECORD_GOLDENS=1 make test` rewrites it.
@Suite("docs/keys.md")
struct KeysDocTests {
    static func markdown() -> String {
        // Every scope, in the keymap's order: a new scope without a title does not compile.
        func title(_ scope: Scope) -> String {
            switch scope {
            case .list: return "Deltagare (the participant list)"
            case .search: return "Typing in the search field"
            case .card: return "Kort (the call card)"
            case .note: return "Reading a note"
            case .editor: return "Writing a note"
            case .choice: return "Choosing from a list"
            case .field: return "A one-line field"
            case .help: return "Help"
            case .caseload: return "Handläggarnas ärenden (the caseload overview, Ctrl-O)"
            case .board: return "Tavla (the stage board)"
            case .places: return "Platser (the placement bank)"
            case .workplace: return "One workplace"
            case .programme: return "Programmet (the participant's programme)"
            case .form: return "A form"
            case .confirm: return "A yes/no question"
            case .plan: return "Handlingsplan (the action plan)"
            case .followUp: return "Following the plan up"
            case .planHistory: return "The plan's versions"
            case .tasks: return "A participant's weekly tasks"
            case .taskList: return "Uppgifter (everyone's tasks)"
            case .meeting: return "Möte (the meeting, one item in focus)"
            case .agenda: return "Möte: the agenda as a list"
            case .statistics: return "Statistik (the reports)"
            }
        }
        let scopes = Scope.allCases.map { ($0, title($0)) }
        var out = "# Keys\n\nGenerated from `Sources/LotsenTUI/Keymap.swift` by `KeysDocTests`; do not edit by hand.\n"
        for (scope, title) in scopes {
            out += "\n## \(title)\n\n| keys | svenska | English |\n|---|---|---|\n"
            for b in Keymap.bindings(in: scope) {
                let keys = b.keys.map { "`\($0)`" }.joined(separator: ", ")
                out += "| \(keys) | \(Language.sv.tui.action(b.name)) | \(Language.en.tui.action(b.name)) |\n"
            }
        }
        out += "\nIn the list every letter and digit typed is the search; the arrows move and F10 quits.\n"
        out += "\n## Flags in the list and on the board\n\n| flag | svenska | English |\n|---|---|---|\n"
        for (sv, en) in zip(Language.sv.programme.flagLegend, Language.en.programme.flagLegend) {
            out += "| `\(sv.flag)` / `\(en.flag)` | \(sv.meaning) | \(en.meaning) |\n"
        }
        return out
    }

    /// A generated document is what its generator says now; `RECORD_GOLDENS=1` (or a
    /// missing file) writes it.
    static func expectDocument(_ name: String, _ generated: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let here = #filePath
        let path = String(here[..<here.range(of: "/Tests/")!.lowerBound]) + "/docs/" + name
        let current = try? String(contentsOfFile: path, encoding: .utf8)
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" || current == nil {
            try generated.write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(current == generated, "docs/\(name) is out of date: run make guide", sourceLocation: sourceLocation)
    }

    @Test("docs/keys.md matches the keymap")
    func keysDocument() throws { try Self.expectDocument("keys.md", Self.markdown()) }

    /// The key card: the keys the status lines show, per screen, in both languages — one
    /// printed page to pin up by the desk.
    static func keycard() -> String {
        let screens: [(Scope, String)] = [(.list, "Deltagare · Participants"), (.card, "Kort · Card"), (.editor, "Anteckning · Note"),
                                          (.board, "Tavla · Board"), (.plan, "Handlingsplan · Action plan"),
                                          (.meeting, "Möte · Meeting"), (.statistics, "Statistik · Statistics")]
        var out = "# Lotsen – tangentkort · key card\n\nGenerated from `Sources/LotsenTUI/Keymap.swift` by `KeysDocTests`; every key is in [keys.md](keys.md).\n"
        out += "Överallt · everywhere: `?` hjälp · help, `Tab` nästa vy · next view, `Esc` tillbaka · back, `F10` avsluta · quit. "
        out += "Musen · the mouse: klicka för att välja, igen för att öppna · click to select, again to open; hjulet rullar · the wheel scrolls.\n"
        for (scope, title) in screens {
            out += "\n## \(title)\n\n| | svenska | English |\n|---|---|---|\n"
            for b in Keymap.bindings(in: scope) where b.hint {
                out += "| `\(b.keys[0])` | \(Language.sv.tui.action(b.name)) | \(Language.en.tui.action(b.name)) |\n"
            }
        }
        return out
    }

    @Test("docs/keycard.md matches the keymap")
    func keycardDocument() throws { try Self.expectDocument("keycard.md", Self.keycard()) }
}
