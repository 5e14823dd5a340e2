import LotsenCalendar
import Testing
@testable import LotsenCore

/// The snapshot's binary form at its lowest level: the writer's own memory, grown while
/// it writes, against the reader and against bytes worked out by hand.
@Suite("Binary coding")
struct BinaryCodingTests {
    @Test("numbers are varints, signed ones zigzagged first, as worked out by hand")
    func numbersByHand() {
        var w = BinaryWriter(capacity: 0)
        w.write(UInt64(0))
        w.write(UInt64(127))
        w.write(UInt64(128))
        w.write(UInt64(300))
        w.write(-1)
        w.write(1)
        w.write(true)
        w.write("hé")
        // Read out first: the expectation macros capture what they check, and a writer
        // cannot be copied.
        let bytes = w.bytes, count = w.count
        #expect(bytes == [0x00, 0x7F, 0x80, 0x01, 0xAC, 0x02, 0x01, 0x02, 0x01, 0x03, 0x68, 0xC3, 0xA9])
        #expect(count == 13)
    }

    @Test("a writer that starts with no room grows across every kind of value and reads back whole")
    func growsAndReadsBack() throws {
        let numbers: [UInt64] = [0, 1, 127, 128, 16_383, 16_384, 1 << 35, UInt64.max]
        let signed = [0, -1, 1, Int.min, Int.max, -64, 64]
        let strings = ["", "a", String(repeating: "x", count: 15), String(repeating: "y", count: 16),
                       String(repeating: "åäö", count: 400), "ESC\u{1B}[2J, newline\n, zero width\u{200B}"]
        let blobs: [[UInt8]] = [[], [0], Array(0...255), [UInt8](repeating: 7, count: 5000)]
        var w = BinaryWriter(capacity: 0)
        // Several rounds, so that each kind of value meets the edge of the room at some point.
        for _ in 0..<7 {
            for v in numbers { w.write(v) }
            for v in signed { w.write(v) }
            for v in strings { w.write(v) }
            for v in blobs { w.write(v) }
            w.write(false)
            w.write(Day(daysSince1970: -3))
            w.write(["b", "a"] as [String])
        }
        let bytes = w.bytes, count = w.count
        #expect(bytes.count == count)
        try bytes.withUnsafeBytes { raw in
            var r = BinaryReader(raw)
            for _ in 0..<7 {
                var readNumbers: [UInt64] = [], readSigned: [Int] = [], readStrings: [String] = [], readBlobs: [[UInt8]] = []
                for _ in numbers { readNumbers.append(try r.read()) }
                for _ in signed { readSigned.append(try r.read()) }
                for _ in strings { readStrings.append(try r.read()) }
                for _ in blobs { readBlobs.append(try r.read()) }
                let flag: Bool = try r.read(), day: Day = try r.read(), list: [String] = try r.read()
                #expect(readNumbers == numbers)
                #expect(readSigned == signed)
                #expect(readStrings == strings)
                #expect(readBlobs == blobs)
                #expect(flag == false && day == Day(daysSince1970: -3) && list == ["b", "a"])
            }
            #expect(r.isAtEnd)
        }
    }
}
