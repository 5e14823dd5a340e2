import Glibc

/// The few names that repeat on every record (event types such as
/// `participant.registered`, longer than a string stored inline) made into a `String`
/// once each rather than once per record: half a million allocations in a replay of a
/// large journal.
struct InternedNames {
    private var known: [(bytes: [UInt8], name: String)] = []
    /// Beyond this many different names, new ones are made each time (a journal has a
    /// few dozen types; nothing is kept for ever-new values).
    private static let limit = 128

    /// The value of a string literal of the line (quotes included in `literal`).
    mutating func name(_ line: UnsafeRawBufferPointer, _ literal: Range<Int>) -> String {
        let inner = UnsafeRawBufferPointer(rebasing: line[(literal.lowerBound + 1)..<(literal.upperBound - 1)])
        for entry in known where entry.bytes.count == inner.count {
            if entry.bytes.withUnsafeBytes({ memcmp($0.baseAddress!, inner.baseAddress!, inner.count) == 0 }) {
                return entry.name
            }
        }
        let name = RecordCodec.Envelope.string(line, literal)
        // Only a name spelled without escapes is its own bytes.
        if known.count < Self.limit, !inner.contains(UInt8(ascii: "\\")), inner.count > 0 {
            known.append((Array(inner), name))
        }
        return name
    }
}
