import Testing
import LotsenText

@Suite("Language and numbers")
struct LanguageTests {
    @Test("--lang wins, then LC_ALL, LC_MESSAGES, LANG; Swedish unless English is asked for", arguments: [
        (nil, [:], Language.sv),
        ("en", ["LANG": "sv_SE.UTF-8"], .en),
        ("sv", ["LANG": "en_GB.UTF-8"], .sv),
        (nil, ["LANG": "en_US.UTF-8"], .en),
        (nil, ["LANG": "C.UTF-8"], .sv),
        (nil, ["LC_ALL": "sv_SE.UTF-8", "LANG": "en_US.UTF-8"], .sv),
        (nil, ["LC_MESSAGES": "en_US.UTF-8", "LANG": "sv_SE.UTF-8"], .en),
    ] as [(String?, [String: String], Language)])
    func detect(_ explicit: String?, _ env: [String: String], _ expected: Language) {
        #expect(Language.detect(explicit: explicit, environment: env) == expected)
    }

    @Test("numbers are grouped as each language writes them")
    func numbers() {
        #expect(NumberText.integer(1_234_567, .sv) == "1\u{00A0}234\u{00A0}567")
        #expect(NumberText.integer(1_234_567, .en) == "1,234,567")
        #expect(NumberText.integer(999, .sv) == "999")
        #expect(NumberText.decimal(1.25, .sv) == "1,3")
        #expect(NumberText.decimal(0.04, .en) == "0.0")
        #expect(NumberText.bytes(3 * 1_048_576 / 2, .sv) == "1,5 MiB")
    }
}
