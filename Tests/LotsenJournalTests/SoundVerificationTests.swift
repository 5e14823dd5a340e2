import Glibc
import Testing
import LotsenTestSupport
@testable import LotsenJournal

/// `verify` first reads the journal on every core and only vouches for a sound one; the
/// careful pass names damage. These tests hold the fast path to the careful one.
@Suite("Verifying a sound journal on every core")
struct SoundVerificationTests {
    /// 1 header + 30 records, batches of one to four, so batches cross every kind of cut.
    func journal(head: Bool = true) throws -> JournalFixture {
        let f = JournalFixture()
        let j = try f.create()
        var n = 1
        for size in [1, 2, 1, 3, 4, 1, 1, 2, 3, 1, 4, 2, 1, 1, 3] {
            try j.append((n..<(n + size)).map { f.draft($0) })
            n += size
        }
        j.close()
        if !head { unlink(f.paths.head) }
        return f
    }

    /// Both passes over the file as it is now, with the fast one cut as given.
    func reports(_ f: JournalFixture, runSize: Int, slices: Int) throws -> (fast: VerificationReport?, careful: VerificationReport) {
        let io = SystemFileIO()
        let fd = open(f.paths.journal, O_RDONLY)
        defer { close(fd) }
        let size = Int(lseek(fd, 0, SEEK_END))
        let head = try? HeadFile.read(f.paths, io: io)
        let fast = try Journal.verifySound(fd: fd, size: size, head: head, io: io, windowSize: runSize, slices: slices,
                                           progress: nil)
        let careful = try Journal.verifyCarefully(.file(io, fd), size: size, head: head, headUnreadable: false, progress: nil)
        return (fast, careful)
    }

    static let cuts: [(runSize: Int, slices: Int)] = [(1 << 20, 1), (1 << 20, 16), (700, 3), (300, 5), (4096, 64), (1 << 20, 64)]

    @Test("a sound journal: the same report as line by line, however it is cut", arguments: 0..<cuts.count)
    func soundJournal(_ cut: Int) throws {
        let (runSize, slices) = Self.cuts[cut]
        for f in [try journal(), try journal(head: false)] {
            let (fast, careful) = try reports(f, runSize: runSize, slices: slices)
            #expect(careful.isSound && careful.records == 31)
            #expect(fast == careful)
        }
    }

    @Test("the head behind the last record: still sound, and said so")
    func headBehind() throws {
        let f = try journal()
        let headBefore = Bytes.read(f.paths.head)
        let (j, _, _) = try f.open()
        try j.append([f.draft(99)])
        j.close()
        Bytes.write(headBefore, to: f.paths.head)
        let (fast, careful) = try reports(f, runSize: 500, slices: 7)
        #expect(careful.head == .behind(sequence: 30))
        #expect(fast == careful)
    }

    /// Every byte of the file changed in turn (and the file cut at every line): the fast
    /// path either steps aside or agrees with the careful one — it never calls damage sound.
    @Test("a changed byte anywhere: the fast path steps aside or agrees", arguments: [(700, 3), (1 << 20, 16)])
    func everyChangedByte(_ runSize: Int, _ slices: Int) throws {
        let f = try journal()
        let original = f.bytes
        var stepAside = 0
        for offset in original.indices {
            var changed = original
            changed[offset] ^= 0x01
            f.bytes = changed
            let (fast, careful) = try reports(f, runSize: runSize, slices: slices)
            if let fast { #expect(fast == careful, "offset \(offset)") } else { stepAside += 1 }
            #expect(fast == nil || careful.isSound, "offset \(offset)")
        }
        // A change anywhere but in the last record breaks a link the fast path checks.
        #expect(stepAside >= f.lineStarts[f.lineStarts.count - 2])
        for end in f.lineStarts.dropLast() {
            f.bytes = Array(original[0..<end])
            let (fast, careful) = try reports(f, runSize: runSize, slices: slices)
            #expect(fast == nil || fast == careful, "cut at \(end)")
        }
    }

    @Test("a head from another journal, or naming a record past the end: left to the careful pass")
    func wrongHead() throws {
        let f = try journal()
        let headBefore = Bytes.read(f.paths.head)
        Bytes.write(headBefore.map { $0 == UInt8(ascii: "t") ? UInt8(ascii: "T") : $0 }, to: f.paths.head)
        let foreign = try reports(f, runSize: 1 << 20, slices: 8)
        #expect(foreign.fast == nil)
        #expect(foreign.careful.damage?.kind == .foreignHead)
        Bytes.write(headBefore, to: f.paths.head)
        let (j, _, _) = try f.open()
        try j.append([f.draft(99)])
        j.close()
        let withNew = Bytes.read(f.paths.head)
        Bytes.write(headBefore, to: f.paths.head)
        f.bytes = Array(f.bytes[0..<f.lineStarts[f.lineStarts.count - 2]])
        Bytes.write(withNew, to: f.paths.head)
        let (fast, careful) = try reports(f, runSize: 1 << 20, slices: 8)
        #expect(fast == nil)
        #expect(careful.damage != nil)
    }
}
