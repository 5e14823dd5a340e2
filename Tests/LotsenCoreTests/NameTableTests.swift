import Testing
@testable import LotsenCore

@Suite("Names looked up by their bytes")
struct NameTableTests {
    @Test("every name finds its own value; a near miss, a prefix, an empty name find nothing")
    func lookups() {
        // Enough names that slots collide and probing wraps around the table's end.
        let names = (0..<300).map { "type.\($0 * 7919 % 1000)" } + ["a", "participant.registered", "é.ö"]
        let table = NameTable(names.enumerated().map { (name: $0.element, value: $0.offset) })
        for (i, name) in names.enumerated() { #expect(table[name] == i, "\(name)") }
        for miss in ["", "type.", "type.1000", "participant.registere", "participant.registered.", "A", "e.o", "type.7919"] {
            #expect(table[miss] == nil, "\(miss)")
        }
    }

    @Test("a table with no names finds nothing")
    func empty() {
        #expect(NameTable<Int>([])["x"] == nil)
        #expect(NameTable<Int>([])[""] == nil)
    }

    @Test("every event type of every area reads as itself, an unknown type as unknown")
    func eventKinds() {
        #expect(Event.knownTypeNames.count > 40)
        for name in Event.knownTypeNames {
            // An empty payload: known types refuse it (nil) or read it; an unknown type
            // would read as `.unknown` carrying its name.
            if case .unknown? = Event(type: name, payload: Array("{}".utf8)) { Issue.record("\(name) read as unknown") }
        }
        guard case .unknown(let type)? = Event(type: "no.such.type", payload: Array("{}".utf8)) else {
            Issue.record("an unknown type was not read as unknown")
            return
        }
        #expect(type == "no.such.type")
    }
}
