import Glibc
import LotsenCalendar

/// A compact binary form of folded state, for the snapshot beside the journal. Not an
/// interchange format: it is read only by the same `StateCoding.version` that wrote it,
/// so it needs no field names, only a fixed order (see StateCoding.swift).
///
/// It writes into memory of its own, grown by doubling, rather than into an array: an
/// array checked that it was not shared and had room before each byte it was given,
/// and a varint was a call per byte (together a sixth of the snapshot's encoding). Not
/// copyable, as the memory it owns is not.
public struct BinaryWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    /// Bytes written so far.
    public private(set) var count = 0
    private var capacity: Int

    public init(capacity: Int = 1 << 16) {
        self.capacity = max(16, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// What was written, as an array.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Room for `n` more bytes.
    @inline(__always)
    private mutating func reserve(_ n: Int) {
        if n > capacity - count { grow(n) }
    }

    /// Releases no object — it moves bytes from one block of raw memory to another — and
    /// says so (`releasenone`): the compiler then reads the state's elements in place
    /// while they are written, rather than copying each one (a retain of each of its
    /// strings and arrays, a third of the encoding), lest a call in between free them.
    @inline(never) @_effects(releasenone)
    private mutating func grow(_ n: Int) {
        let larger = max(capacity * 2, count + n)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }

    public mutating func write(_ v: UInt64) {
        reserve(10)
        var v = v
        var at = count
        while v >= 0x80 {
            base[at] = UInt8(truncatingIfNeeded: v) | 0x80
            v >>= 7
            at += 1
        }
        base[at] = UInt8(v)
        count = at + 1
    }

    /// Zigzag, so that small negative numbers stay small.
    public mutating func write(_ v: Int) { write(UInt64(bitPattern: Int64((v << 1) ^ (v >> 63)))) }
    public mutating func write(_ v: Int64) { write(Int(v)) }

    public mutating func write(_ v: Bool) {
        reserve(1)
        base[count] = v ? 1 : 0
        count += 1
    }

    private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        write(UInt64(bytes.count))
        guard let from = bytes.baseAddress else { return }
        reserve(bytes.count)
        (base + count).initialize(from: from, count: bytes.count)
        count += bytes.count
    }

    public mutating func write(_ v: String) {
        // Read in place. Every string on Linux is stored as contiguous UTF-8 (only one
        // bridged lazily from Objective-C is not: SE-0247); a fallback copying the
        // string would release the copy, and with a release possible the compiler copies
        // every element it writes (see `grow`).
        guard v.utf8.withContiguousStorageIfAvailable({ put($0) }) != nil else {
            preconditionFailure("a string not stored as contiguous UTF-8")
        }
    }

    public mutating func write(_ v: [UInt8]) { v.withUnsafeBufferPointer { put($0) } }

    public mutating func write(_ v: Day) { write(v.daysSince1970) }
    public mutating func write(_ v: Timestamp) { write(v.millisecondsSince1970) }

    public mutating func write<T: BinaryCodable>(_ v: T) { v.write(to: &self) }

    public mutating func write<T: BinaryCodable>(_ v: T?) {
        write(v != nil)
        if let v { v.write(to: &self) }
    }

    public mutating func write<T: BinaryCodable>(_ v: [T]) {
        write(UInt64(v.count))
        // Each element written where the array holds it: `for e in v` copied each one
        // out, retaining and releasing every string and array in it.
        v.withUnsafeBufferPointer { elements in
            for i in elements.indices { elements[i].write(to: &self) }
        }
    }

    /// Keys in order, so that the same state always gives the same bytes.
    public mutating func write<K: BinaryCodable & Comparable, V: BinaryCodable>(_ v: [K: V]) {
        write(UInt64(v.count))
        for k in v.keys.sorted() {
            k.write(to: &self)
            v[k]!.write(to: &self)
        }
    }
}

public struct BinaryDecodingError: Error, Equatable {
    public var offset: Int
    public init(offset: Int) { self.offset = offset }
}

/// Reads what `BinaryWriter` wrote. Any inconsistency — a length past the end, an
/// unknown enum code, invalid UTF-8 — is an error: the snapshot is then not used.
public struct BinaryReader {
    let bytes: UnsafeRawBufferPointer
    public private(set) var position: Int
    private var pool: StringPool?

    public init(_ bytes: UnsafeRawBufferPointer, at position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    public var isAtEnd: Bool { position == bytes.count }

    public mutating func fail() -> BinaryDecodingError { BinaryDecodingError(offset: position) }

    public mutating func read() throws(BinaryDecodingError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw fail() }
            let b = bytes[position]
            position += 1
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return result }
            shift += 7
        }
    }

    public mutating func read() throws(BinaryDecodingError) -> Int {
        let z: UInt64 = try read()
        return Int(Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1))))
    }

    public mutating func read() throws(BinaryDecodingError) -> Int64 { Int64(try read() as Int) }

    public mutating func read() throws(BinaryDecodingError) -> Bool {
        guard position < bytes.count, bytes[position] <= 1 else { throw fail() }
        position += 1
        return bytes[position - 1] == 1
    }

    public mutating func count() throws(BinaryDecodingError) -> Int {
        let n: UInt64 = try read()
        guard n <= UInt64(bytes.count - position) else { throw fail() }
        return Int(n)
    }

    public mutating func read() throws(BinaryDecodingError) -> String {
        let n = try count()
        let slice = UnsafeRawBufferPointer(rebasing: bytes[position..<(position + n)])
        position += n
        // Short strings live inside the `String` itself; longer ones are shared when the
        // same text comes again (a plan's versions repeat their goals' texts), as they
        // were in the state that was written.
        if n > 15 {
            if pool == nil { pool = StringPool() }
            return pool!.string(slice)
        }
        // Not validated again: the part's checksum already vouches for the bytes the
        // writer wrote from a `String`, and `String(decoding:)` could not make an invalid
        // one in any case (it repairs). Validating twice was a tenth of the open.
        return String(decoding: slice, as: UTF8.self)
    }

    public mutating func read() throws(BinaryDecodingError) -> [UInt8] {
        let n = try count()
        let out = [UInt8](UnsafeRawBufferPointer(rebasing: bytes[position..<(position + n)]))
        position += n
        return out
    }

    public mutating func read() throws(BinaryDecodingError) -> Day { Day(daysSince1970: try read()) }
    public mutating func read() throws(BinaryDecodingError) -> Timestamp { Timestamp(millisecondsSince1970: try read()) }

    public mutating func read<T: BinaryCodable>() throws(BinaryDecodingError) -> T { try T(from: &self) }

    public mutating func read<T: BinaryCodable>() throws(BinaryDecodingError) -> T? {
        try read() as Bool ? try T(from: &self) : nil
    }

    public mutating func read<T: BinaryCodable>() throws(BinaryDecodingError) -> [T] {
        let n = try count()
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try T(from: &self)) }
        return out
    }

    public mutating func read<K: BinaryCodable & Hashable, V: BinaryCodable>() throws(BinaryDecodingError) -> [K: V] {
        let n = try count()
        var out: [K: V] = [:]
        out.reserveCapacity(n)
        for _ in 0..<n {
            let k = try K(from: &self)
            out[k] = try V(from: &self)
        }
        return out
    }

    /// `n` raw bytes, not copied.
    public mutating func raw(_ n: Int) throws(BinaryDecodingError) -> UnsafeRawBufferPointer {
        guard n >= 0, n <= bytes.count - position else { throw fail() }
        position += n
        return UnsafeRawBufferPointer(rebasing: bytes[(position - n)..<position])
    }
}

/// The long strings one reader has made, by content.
private final class StringPool {
    private var strings: [UInt64: String] = [:]

    func string(_ bytes: UnsafeRawBufferPointer) -> String {
        let key = Checksum.of(bytes)
        if var s = strings[key], s.withUTF8({ $0.count == bytes.count && memcmp($0.baseAddress!, bytes.baseAddress!, $0.count) == 0 }) {
            return s
        }
        let s = String(decoding: bytes, as: UTF8.self)
        strings[key] = s
        return s
    }
}

/// A value with a binary form. Conformances write every stored property, in
/// declaration order; a change to any of them must bump `StateCoding.version`.
public protocol BinaryCodable {
    func write(to w: inout BinaryWriter)
    init(from r: inout BinaryReader) throws(BinaryDecodingError)
}

extension String: BinaryCodable {
    public func write(to w: inout BinaryWriter) { w.write(self) }
    public init(from r: inout BinaryReader) throws(BinaryDecodingError) { self = try r.read() }
}

extension Int: BinaryCodable {
    public func write(to w: inout BinaryWriter) { w.write(self) }
    public init(from r: inout BinaryReader) throws(BinaryDecodingError) { self = try r.read() }
}

extension Day: BinaryCodable {
    public func write(to w: inout BinaryWriter) { w.write(self) }
    public init(from r: inout BinaryReader) throws(BinaryDecodingError) { self = try r.read() }
}

/// Sorted, so that the same set always gives the same bytes.
extension Set: BinaryCodable where Element: BinaryCodable & Comparable {
    public func write(to w: inout BinaryWriter) { w.write(sorted()) }
    public init(from r: inout BinaryReader) throws(BinaryDecodingError) { self.init(try r.read() as [Element]) }
}

extension Array: BinaryCodable where Element == UInt8 {
    public func write(to w: inout BinaryWriter) { w.write(self) }
    public init(from r: inout BinaryReader) throws(BinaryDecodingError) { self = try r.read() }
}

/// A 64-bit checksum, eight bytes at a time: it catches a damaged or half-written
/// snapshot at a few GB/s, where SHA-256 would cost more than decoding the state. Not
/// a defence against tampering — the journal's own chain is that.
public enum Checksum {
    public static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
        var i = 0
        let n = bytes.count
        while i + 8 <= n {
            h = (h ^ bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* k
            h ^= h >> 29
            i += 8
        }
        while i < n {
            h = (h ^ UInt64(bytes[i])) &* k
            i += 1
        }
        h ^= h >> 32
        return h &* k
    }

    public static func of(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { of($0) } }
}
