import LotsenCore
import LotsenText
import TerminalCore
import Testing
@testable import LotsenTUI

/// The list exists to be searched: every letter a caseworker types is the search, and
/// each call starts from a fresh one (issue 23, points 1 and 2).
@Suite("The list during a phone call")
struct PhoneCallListTests {
    static let letters = Array("abcdefghijklmnopqrstuvwxyzåäöABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ0123456789-+")

    @Test("every letter, digit, - and + typed first in the list is the search, in the list and in the search field")
    func everyLetterSearches() {
        for c in Self.letters {
            #expect(Keymap.action(for: .char(c), in: .list) == .type(String(c)), "\(c) in the list")
            #expect(Keymap.action(for: .char(c), in: .search) == .type(String(c)), "\(c) in the search")
            var desk = InMemoryDesk(InMemoryDesk.demo)
            desk.send(Keymap.action(for: .char(c), in: desk.state.scope)!)
            #expect(desk.state.list.query == String(c) && !desk.quit, "\(c)")
        }
    }

    @Test("no printable key moves, quits or leaves the list; F10, Ctrl-Q and Ctrl-C quit")
    func leaving() {
        for scope in [Scope.list, .search] {
            for binding in Keymap.bindings(in: scope) {
                for key in binding.keys {
                    guard case .char(let c) = key else { continue }
                    #expect(["/", "?"].contains(c), "\(c) is bound in \(scope) to \(binding.action)")
                }
            }
            for key in [Key.function(10), .ctrl("q"), .ctrl("c")] { #expect(Keymap.action(for: key, in: scope) == .quit) }
        }
    }

    @Test("back from a card, the next call's first letter starts a new search; Ctrl-R brings the last one back")
    func freshSearch() throws {
        var desk = InMemoryDesk(InMemoryDesk.demo)
        desk.follow([.type("n"), .type("o"), .type("r"), .open, .back])
        #expect(desk.state.scope == .list && desk.state.list.query == "nor" && desk.state.list.queryIsOld)
        desk.send(.type("j"))
        #expect(desk.state.list.query == "j")
        desk.send(.previousSearch)
        #expect(desk.state.list.query == "nor")
        desk.follow([.open, .back, .startSearch, .type("a")])
        #expect(desk.state.list.query == "a", "/ starts a new search too")
    }

    @Test("Tab works from the search field")
    func tabFromSearch() {
        var desk = InMemoryDesk(InMemoryDesk.demo)
        desk.follow([.type("a"), .nextView])
        #expect(desk.state.tab != .participants)
    }

    @Test("someone who has left is found below the active ones, marked")
    func exitedFound() throws {
        let domain = InMemoryDesk.demo
        let exited = try #require(domain.order.lazy.compactMap { domain.participant($0) }.first { !$0.isActive })
        var desk = InMemoryDesk(domain)
        for c in exited.profile.lastName.lowercased() { desk.send(.type(String(c))) }
        let results = desk.state.list.results
        #expect(results.contains(exited.id), "the one who left is found")
        let active = results.map { domain.participant($0)?.isActive == true }
        // Every active match before every one who has left.
        #expect(active == active.sorted { $0 && !$1 }, "\(active)")
        #expect(desk.state.list.exitedMatches == active.filter { !$0 }.count && desk.state.list.exitedMatches >= 1)
        let screen = AppView.render(desk.state).0.lines.joined(separator: "\n")
        #expect(screen.contains("avslutad"), "\(screen)")
    }

    @Test("the list is in Swedish order: Åkesson after Zetterberg, not between Abdi and Al-Khatib")
    func swedishOrder() throws {
        let desk = InMemoryDesk(InMemoryDesk.demo)
        let names = desk.state.list.results.compactMap { desk.domain.participant($0) }.map { $0.profile.lastName + " " + $0.profile.firstName }
        #expect(names.count > 50)
        #expect(names == names.sorted(by: SwedishOrder.precedes))
        let firstÅÄÖ = try #require(names.firstIndex { "ÅÄÖ".contains($0.first!) }, "the demo has names with Å, Ä or Ö")
        #expect(names[firstÅÄÖ...].allSatisfy { "ÅÄÖØÆ".contains($0.first!) }, "\(names[firstÅÄÖ...].prefix(5))")
    }

    @Test("keys are named in the user's language: Mellanslag and Backsteg in Swedish, Space and Backspace in English")
    func keyNames() {
        for (lang, space, erase) in [(Language.sv, "Mellanslag", "Backsteg"), (.en, "Space", "Backspace")] {
            var desk = InMemoryDesk(InMemoryDesk.demo, lang: lang)
            desk.follow([.down, .open, .consent, .toggleHelp])
            let help = EveryKeyTests.screen(desk.state)
            #expect(help.contains(space), "\(lang)")
            desk = InMemoryDesk(InMemoryDesk.demo, lang: lang)
            desk.follow([.startSearch, .toggleHelp])
            #expect(EveryKeyTests.screen(desk.state).contains(erase), "\(lang)")
            for other in [space == "Space" ? "Mellanslag" : "Space", erase == "Backspace" ? "Backsteg" : "Backspace"] {
                #expect(!help.contains(other), "\(lang): \(other)")
            }
        }
    }

    @Test("the help of the list and the board explains every flag, whole, in both languages", arguments: Language.allCases)
    func flagLegend(_ lang: Language) {
        for path in [[Action.toggleHelp], [.nextView, .toggleHelp]] {
            var desk = InMemoryDesk(InMemoryDesk.demo, lang: lang)
            desk.follow(path)
            let help = EveryKeyTests.screen(desk.state)
            for entry in lang.programme.flagLegend {
                #expect(help.contains(entry.flag) && help.contains(entry.meaning), "\(lang) \(path): \(entry)")
            }
        }
    }
}

@Suite("The meeting tab with no meeting open")
struct NoMeetingHintsTests {
    @Test("the status line offers a new meeting, not the keys of a meeting that is not there")
    func hints() {
        var desk = InMemoryDesk(InMemoryDesk.demo)
        desk.follow([.nextView, .nextView, .nextView, .nextView])
        #expect(desk.state.scope == .meeting && desk.state.domain.currentMeeting == nil)
        let status = AppView.render(desk.state).0.lines.last ?? ""
        #expect(status.contains("n nytt möte") && !status.contains("behandlad") && !status.contains("stäng"), "\(status)")
        desk.follow([.newMeeting, .save])
        let open = AppView.render(desk.state).0.lines.last ?? ""
        #expect(open.contains("behandlad"), "\(open)")
    }
}
