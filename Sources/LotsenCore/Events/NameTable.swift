import Glibc

/// A fixed set of names and what each stands for, looked up by the name's UTF-8 bytes
/// with FNV-1a and open addressing: a replay looks up the type of every record it reads,
/// and a `[String: Value]` hashed each type name with SipHash (~440 instructions a
/// record; here ~80). Made once and never changed or freed, in memory of its own: a
/// table held in arrays was retained and released on every lookup, from every decoding
/// thread, on the same counters.
struct NameTable<Value>: @unchecked Sendable {
    // Read only after `init`: sound to share between threads.
    private struct Slot {
        var hash: UInt64
        var start: Int32
        var length: Int32
        /// Index into `values`; -1 for an empty slot.
        var value: Int32
    }

    private let slots: UnsafeMutableBufferPointer<Slot>
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    private let values: UnsafeMutableBufferPointer<Value>

    /// `entries` must name each name once.
    init(_ entries: [(name: String, value: Value)]) {
        var size = 8
        while size < entries.count * 2 { size *= 2 }
        slots = .allocate(capacity: size)
        slots.initialize(repeating: Slot(hash: 0, start: 0, length: 0, value: -1))
        let all = entries.flatMap { Array($0.name.utf8) }
        bytes = .allocate(capacity: max(all.count, 1))
        _ = bytes.initialize(from: all)
        values = .allocate(capacity: max(entries.count, 1))
        _ = values.initialize(from: entries.map(\.value))
        var start = 0
        for (i, entry) in entries.enumerated() {
            let length = entry.name.utf8.count
            let hash = Self.hash(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[start..<(start + length)]))
            var s = Int(truncatingIfNeeded: hash) & (size - 1)
            while slots[s].value >= 0 { s = (s + 1) & (size - 1) }
            slots[s] = Slot(hash: hash, start: Int32(start), length: Int32(length), value: Int32(i))
            start += length
        }
    }

    subscript(name: String) -> Value? {
        if let found = name.utf8.withContiguousStorageIfAvailable({ self[UnsafeRawBufferPointer($0)] }) { return found }
        return Array(name.utf8).withUnsafeBytes { self[$0] }
    }

    subscript(name: UnsafeRawBufferPointer) -> Value? {
        let hash = Self.hash(name)
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = slots[s]
            guard slot.value >= 0 else { return nil }
            if slot.hash == hash, Int(slot.length) == name.count,
               name.isEmpty || memcmp(bytes.baseAddress! + Int(slot.start), name.baseAddress!, name.count) == 0 {
                return values[Int(slot.value)]
            }
            s = (s + 1) & mask
        }
    }

    private static func hash(_ name: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return h
    }
}
