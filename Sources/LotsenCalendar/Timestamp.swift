import Glibc

/// A UTC instant with millisecond precision, as the journal writes it:
/// `2026-11-24T02:44:55.123Z`.
///
/// The journal never reads the clock itself; callers pass the time in. Formatting and
/// parsing are done by hand because Foundation's date formatters are far too slow for a
/// file of half a million records, and the format is fixed.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    public var millisecondsSince1970: Int64

    public init(millisecondsSince1970: Int64) {
        self.millisecondsSince1970 = millisecondsSince1970
    }

    public static func < (a: Timestamp, b: Timestamp) -> Bool {
        a.millisecondsSince1970 < b.millisecondsSince1970
    }

    /// The fixed length of the text form.
    public static let textLength = 24

    public var description: String {
        var out: [UInt8] = []
        appendText(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `YYYY-MM-DDTHH:MM:SS.mmmZ`.
    public func appendText(to out: inout [UInt8]) {
        let ms = millisecondsSince1970
        let days = ms >= 0 ? ms / 86_400_000 : (ms - 86_399_999) / 86_400_000
        let msOfDay = ms - days * 86_400_000
        let (y, m, d) = CivilDate.fromDays(days)
        func put(_ value: Int64, _ width: Int) {
            var digits = [UInt8](repeating: UInt8(ascii: "0"), count: width)
            var v = value
            for i in stride(from: width - 1, through: 0, by: -1) {
                digits[i] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
            }
            out.append(contentsOf: digits)
        }
        put(y, 4); out.append(UInt8(ascii: "-"))
        put(m, 2); out.append(UInt8(ascii: "-"))
        put(d, 2); out.append(UInt8(ascii: "T"))
        put(msOfDay / 3_600_000, 2); out.append(UInt8(ascii: ":"))
        put(msOfDay / 60_000 % 60, 2); out.append(UInt8(ascii: ":"))
        put(msOfDay / 1000 % 60, 2); out.append(UInt8(ascii: "."))
        put(msOfDay % 1000, 3); out.append(UInt8(ascii: "Z"))
    }

    /// Parses exactly the form `appendText` writes; nil for anything else.
    public init?(text: UnsafeRawBufferPointer) {
        guard text.count == Timestamp.textLength else { return nil }
        func num(_ from: Int, _ width: Int) -> Int64? {
            var v: Int64 = 0
            for i in from..<(from + width) {
                let c = text[i]
                guard c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") else { return nil }
                v = v * 10 + Int64(c - UInt8(ascii: "0"))
            }
            return v
        }
        guard text[4] == UInt8(ascii: "-"), text[7] == UInt8(ascii: "-"), text[10] == UInt8(ascii: "T"),
              text[13] == UInt8(ascii: ":"), text[16] == UInt8(ascii: ":"), text[19] == UInt8(ascii: "."),
              text[23] == UInt8(ascii: "Z") else { return nil }
        guard let y = num(0, 4), let mo = num(5, 2), let d = num(8, 2),
              let h = num(11, 2), let mi = num(14, 2), let s = num(17, 2), let ms = num(20, 3),
              CivilDate.isValid(year: y, month: mo, day: d), h < 24, mi < 60, s < 60
        else { return nil }
        let days = CivilDate.toDays(year: y, month: mo, day: d)
        self.init(millisecondsSince1970: days * 86_400_000 + h * 3_600_000 + mi * 60_000 + s * 1000 + ms)
    }

    public init?(text: String) {
        var s = text
        guard let t = s.withUTF8({ Timestamp(text: UnsafeRawBufferPointer($0)) }) else { return nil }
        self = t
    }
}

extension Timestamp {
    /// The wall clock, for front ends to inject. Nothing in the journal calls it.
    public static func now() -> Timestamp {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Timestamp(millisecondsSince1970: Int64(ts.tv_sec) * 1000 + Int64(ts.tv_nsec) / 1_000_000)
    }
}
