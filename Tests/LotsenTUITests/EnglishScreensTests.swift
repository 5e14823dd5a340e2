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

    /// Words of our interface only: none is likely in what the demo's people wrote. (The
    /// stages' names, "Slussen 2 · Handlingsplan", are the programme's own in both languages.)
    static let interface = ["Sök:", "Anteckningar", "Samtycke", "Ansvariga", "Uppföljning", "inskriven", "Mellanslag", "Backsteg",
                            "ej samt.", "Tavla", "Platser", "Statistik", "kvinna", "okänt", " år ", "Steg:", "Flaggor", "Spara",
                            "Avbryt", "Dagordning", "Förnamn", "Efternamn", "Telefon", "E-post", "Datum", "Besök",
                            "Arbetsplats", "tillbaka", " hjälp ", "nästa fält", "Bekräfta", " ja ", " nej", "Resultat", "dagar sen",
                            "Handläggare", "Försenade", "stänger", "Insatser", "Plats:", "gäller", "Versioner", "Inga "]

    @Test("every screen a key reaches, forms, plans and the meeting included, and its help, in English", arguments: Scope.allCases)
    func everyScope(_ scope: Scope) throws {
        var desk = InMemoryDesk(InMemoryDesk.demo, lang: .en)
        desk.follow(EveryKeyTests.path(to: scope, row: try EveryKeyTests.row(for: scope)))
        #expect(desk.state.scope == scope)
        var screens = [EveryKeyTests.screen(desk.state)]
        if scope != .help {
            desk.send(.toggleHelp)
            screens.append(EveryKeyTests.screen(desk.state))
        }
        for screen in screens {
            for word in Self.interface { #expect(!screen.contains(word), "“\(word)” on the English \(scope) screen:\n\(screen)") }
        }
    }
}
