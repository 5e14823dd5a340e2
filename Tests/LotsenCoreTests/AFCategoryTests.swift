import LotsenCalendar
import Testing
@testable import LotsenCore

/// AF's sökandekategori as AF's lists and caseworkers write it (issue 24, point 4): every
/// two-digit code is kept, so a real list imports without loss.
@Suite("AF's categories")
struct AFCategoryTests: DomainScenario {
    let today = Day(iso: "2026-11-24")!
    var state = LotsenState()
    var seq = 0

    @Test("the code alone, with SKAT before it, or with AF's name after it")
    func accepted() {
        for (text, code) in [("11", "11"), (" 14 ", "14"), ("69", "69"), ("uga", "69"), ("SKAT 21", "21"), ("skat22", "22"),
                             ("skat: 46", "46"), ("11 Öppet arbetslös", "11"), ("68 - Etablering", "68"), ("70–Jobbgaranti", "70"),
                             ("95:x", "95"), ("annan", "other"), ("Other", "other")] {
            #expect(AFCategory(code: text)?.rawValue == code, "\(text)")
        }
    }

    @Test("anything else is refused rather than guessed")
    func refused() {
        for text in ["", "1", "111", "05", "1a", "elva", "11x", "skat", "-11", "١١"] {
            #expect(AFCategory(code: text) == nil, "\(text)")
        }
        #expect(AFCategory(rawValue: "09") == nil && AFCategory(rawValue: "99") != nil)
    }

    @Test("codes sort by number, a category of unknown code last")
    func order() {
        let sorted = ["69", "other", "11", "21", "14"].compactMap(AFCategory.init(rawValue:)).sorted().map(\.rawValue)
        #expect(sorted == ["11", "14", "21", "69", "other"])
    }

    @Test("Målgrupp counts every other code by its number, after 11, 69 and 14")
    mutating func reported() throws {
        for (n, (pnr, category)) in [("000101-2384", "21"), ("0603159856", "11"), ("811228-9874", "21")].enumerated() {
            var i = RegistrationInput()
            i.personnummer = pnr
            i.firstName = "A"
            i.lastName = "B"
            i.registered = "2026-03-01"
            i.afCategory = category
            try run(.participant(.register(i)), id: "d\(n)")
        }
        let range = ReportRange(from: Day(iso: "2026-01-01")!, to: Day(iso: "2026-06-30")!)
        let section = Statistics.report(.targetGroup, in: state, range: range).sections[1]
        #expect(section.rows.map(\.line) == [.afCategory(.openUnemployment), .afCategory(.youthGuarantee), .afCategory(.notAvailable),
                                             .afCategory(AFCategory(rawValue: "21")!)])
        #expect(section.rows.last?.figures.total == .count(2))
    }
}
