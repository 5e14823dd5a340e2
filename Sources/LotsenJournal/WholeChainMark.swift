import Glibc
import LotsenCalendar

/// The record that a journal file was checked whole — every record's format, hash and
/// link, from the header to the end — and has changed since only by Lotsen's own
/// appends, each made under the lock onto a chain so vouched for
/// (`journal.jsonl.checked`, 0600).
///
/// A process that opens from the snapshot reads only the records after it; this mark is
/// what lets it trust the records before it without reading them. It names the file's
/// identity (device, inode, size, status-change time) as the last appender left it. Any
/// other change to the file — an edit in the middle, a truncation, a copy put in its
/// place — changes that identity, and the next open or append verifies the whole chain
/// again before it answers or writes (docs/architecture.md, "Damage").
///
/// It is a cache: written without fsync, and a missing, stale or unreadable mark only
/// costs one full verification.
struct WholeChainMark: Equatable {
    var journalID: String
    var sequence: Int
    var hash: Digest
    var file: FileIdentity
    /// When the chain was last verified from the header to the end.
    var checkedAt: Timestamp

    static func path(_ paths: JournalPaths) -> String { paths.journal + ".checked" }

    /// Every mark is this long (its fields, spaces, a newline): written in place over the
    /// last one, it never leaves a longer one's tail behind.
    static let width = 256

    func encoded() -> [UInt8] {
        let fields = ["lotsen-checked", "2", journalID, String(sequence), hash.hex, String(file.device), String(file.inode),
                      String(file.size), String(file.changeNanoseconds), String(checkedAt.millisecondsSince1970)]
        let text = fields.joined(separator: " ")
        var line = Array((text + " " + Self.check(text)).utf8)
        if line.count < Self.width - 1 { line += [UInt8](repeating: 0x20, count: Self.width - 1 - line.count) }
        return line + [0x0A]
    }

    /// The mark's own checksum: 16 hex digits of the SHA-256 of its fields.
    static func check(_ text: String) -> String { String(Digest(hashing: Array(text.utf8)).hex.prefix(16)) }

    static func read(_ paths: JournalPaths, io: FileIO) -> WholeChainMark? {
        guard let fd = try? io.open(path(paths), O_RDONLY | O_NOFOLLOW, 0) else { return nil }
        defer { io.close(fd) }
        guard let bytes = try? io.read(fd, count: 512, at: 0), bytes.last == 0x0A else { return nil }
        let f = String(decoding: bytes.dropLast(), as: UTF8.self).split(separator: " ").map(String.init)
        // Written in place: a read that met half of a write is no mark (its sequence and
        // hash are also a witness of how far the chain went, and must never be mixed).
        guard f.count == 11, f[0] == "lotsen-checked", f[1] == "2", f[10] == check(f[0..<10].joined(separator: " ")),
              let seq = Int(f[3]), let hash = Digest(hex: f[4]),
              let dev = UInt64(f[5]), let ino = UInt64(f[6]), let size = Int(f[7]), let ctime = Int64(f[8]),
              let at = Int64(f[9]) else { return nil }
        return WholeChainMark(journalID: f[2], sequence: seq, hash: hash,
                              file: FileIdentity(device: dev, inode: ino, size: size, changeNanoseconds: ctime),
                              checkedAt: Timestamp(millisecondsSince1970: at))
    }

    /// Best effort, no sync (see the type's comment): one `pwrite` over the last mark
    /// through a descriptor the journal handle keeps — a temporary file and a rename per
    /// save cost two thirds of a durable append's margin. A reader may meet half of a
    /// write (an open writes its mark without the lock): the checksum makes that no mark.
    func write(to fd: Int32) -> Bool {
        let bytes = encoded()
        return bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) } == bytes.count
    }
}

extension Journal {
    /// Whether the mark vouches for the file exactly as it is now.
    func markVouches() -> WholeChainMark? {
        // The mark goes through the real calls, not `io`: it is a cache beside the
        // journal's durable path, and injected faults are meant for that path.
        guard let mark = WholeChainMark.read(paths, io: SystemFileIO()), mark.journalID == journalID,
              let now = try? io.identity(fd), now == mark.file else { return nil }
        return mark
    }

    /// Makes sure the whole chain is sound before it is answered from or built upon: the
    /// file is as this handle last vouched for it, or the mark vouches for it, or the file
    /// is verified whole now (and the mark written). The caller holds a lock. Damage
    /// makes the handle read-only.
    func ensureWhole() throws {
        // A store checked every link as it took the record and refuses to change one;
        // `lotsen verify` reads it all to be sure (docs/architecture.md, "Journal stores").
        guard store == nil else { return }
        if let vouched, checkedWholeAt != nil, (try? io.identity(fd)) == vouched { return }
        if let mark = markVouches() {
            checkedWholeAt = mark.checkedAt
            vouched = mark.file
            return
        }
        let before = try? io.identity(fd)
        let report = try Journal.verifyOpenFile(fd: fd, paths: paths, io: io)
        if let damage = report.damage {
            markDamaged(damage)
            throw JournalError.damaged(damage)
        }
        checkedWholeAt = clock()
        if let before, let after = try? io.identity(fd), before == after, after.size == report.bytes {
            writeMark(after, sequence: report.lastSequence, hash: report.lastHash)
        }
    }

    /// After this handle verified or appended: the file as it is now is vouched for.
    func writeMark(_ file: FileIdentity, sequence: Int, hash: Digest) {
        guard let checkedWholeAt else { return }
        if markFD < 0 {
            markFD = Glibc.open(WholeChainMark.path(paths), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, FileCreation.filePermissions)
        }
        guard markFD >= 0 else { return }
        if WholeChainMark(journalID: journalID, sequence: sequence, hash: hash, file: file, checkedAt: checkedWholeAt).write(to: markFD) {
            vouched = file
        }
    }
}
