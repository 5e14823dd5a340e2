import LotsenText
import Testing
@testable import LotsenTUI

/// `--lang en` leaves no Swedish word of ours on screen (issue 23, point 7). The
/// programme's own names (Slussen, Kanalen, Havet) and what people wrote stay as they are.
@Suite("English screens")
struct EnglishScreensTests {
    /// Swedish words of the interface that would never be in English text.
    static let swedish = ["Sök", "Deltagare", "avsluta", "Anteckning", "Samtycke", "Ansvarig", "Uppföljning", "inskriven",
                          "hjälp", "tillbaka", "Mellanslag", "Backsteg", "ej samt.", "uppf.", "Tavla", "Platser", "Möte ",
                          "Uppgifter", "Statistik", "kvinna", "okänt", " år ", "Steg:", "Flaggor", "Inga ", "nästa"]

    @Test("every view, its help, and a card, in English", arguments: [0, 1, 2, 3, 4, 5])
    func noSwedish(_ tab: Int) throws {
        let h = try Harness(lang: .en)
        for _ in 0..<tab { h.press(.nextView) }
        var screens = [h.text]
        h.press(.toggleHelp)
        screens.append(h.text)
        h.press(.toggleHelp)
        if tab == 0 {
            h.type("lind")
            h.press(.open)
            screens.append(h.text)
            h.press(.toggleHelp)
            screens.append(h.text)
        }
        for screen in screens {
            for word in Self.swedish { #expect(!screen.contains(word), "“\(word)” on an English screen:\n\(screen)") }
        }
    }
}
