import Foundation
import LotsenText
import TerminalCore
import Testing
@testable import LotsenTUI

/// The guides' screen pictures are the real screens at 80×24, drawn by the same renderer
/// as the goldens: each `<!-- screen: NAME -->` in docs/guide.sv.md and docs/guide.en.md is
/// followed by the screen NAME in that language. `make guide` (RECORD_GOLDENS=1) writes
/// them; this test fails when a screen has changed and the guide has not.
@Suite("The guides' screens")
struct GuideScreensTests {
    /// Each picture: how to get there from the demo journal's list.
    static var scenes: [String: (Harness) -> Void] { [
        "list": { _ in },
        "search": { $0.type("berg") },
        "card": { $0.type("berg"); $0.press(.open) },
        "note": { h in h.type("berg"); h.press(.open); h.press(.newNote); h.type(h.app.state.lang == .sv ? "Ringde om praktiken." : "Called about the placement.") },
        "plan": { $0.type("berg"); $0.press(.open); $0.press(.plan) },
        "board": { $0.press(.nextView) },
        "meeting": { h in for _ in 0..<4 { h.press(.nextView) }; h.press(.newMeeting); h.press(.save) },
        "agenda": { h in for _ in 0..<4 { h.press(.nextView) }; h.press(.newMeeting); h.press(.save); h.press(.agenda) },
        "statistics": { h in for _ in 0..<5 { h.press(.nextView) } },
        "help": { $0.press(.toggleHelp) },
    ] }

    static func picture(_ name: String, _ lang: Language) throws -> String {
        let h = try Harness(lang: lang, demo: .small)
        guard let scene = scenes[name] else { return "(no screen called \(name))" }
        scene(h)
        return h.screen.lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }

    /// The guide with every picture as it is drawn now.
    static func regenerated(_ text: String, _ lang: Language) throws -> String {
        var out: [String] = []
        var lines = text.components(separatedBy: "\n")[...]
        while let line = lines.popFirst() {
            out.append(line)
            guard line.hasPrefix("<!-- screen: "), let name = line.split(separator: " ").dropFirst(2).first else { continue }
            // The old picture, fenced, is replaced whole.
            if lines.first == "```text" {
                lines.removeFirst()
                while let l = lines.popFirst(), l != "```" {}
            }
            out += ["```text", try picture(String(name), lang), "```"]
        }
        return out.joined(separator: "\n")
    }

    @Test("docs/guide.sv.md and docs/guide.en.md show the screens as they are drawn", arguments: [Language.sv, .en])
    func upToDate(_ lang: Language) throws {
        let here = #filePath
        let path = String(here[..<here.range(of: "/Tests/")!.lowerBound]) + "/docs/guide.\(lang.rawValue).md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("<!-- screen: "), "the guide has no screens")
        let fresh = try Self.regenerated(text, lang)
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
            try fresh.write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(fresh == text, "docs/guide.\(lang.rawValue).md is out of date: run `make guide`")
    }
}
