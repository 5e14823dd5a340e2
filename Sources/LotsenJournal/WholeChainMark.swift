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

    func encoded() -> [UInt8] {
        let fields = ["lotsen-checked", "1", journalID, String(sequence), hash.hex, String(file.device), String(file.inode),
                      String(file.size), String(file.changeNanoseconds), String(checkedAt.millisecondsSince1970)]
        return Array((fields.joined(separator: " ") + "\n").utf8)
    }

    static func read(_ paths: JournalPaths, io: FileIO) -> WholeChainMark? {
        guard let fd = try? io.open(path(paths), O_RDONLY | O_NOFOLLOW, 0) else { return nil }
        defer { io.close(fd) }
        guard let bytes = try? io.read(fd, count: 512, at: 0), bytes.last == 0x0A else { return nil }
        let f = String(decoding: bytes.dropLast(), as: UTF8.self).split(separator: " ").map(String.init)
        guard f.count == 10, f[0] == "lotsen-checked", f[1] == "1", let seq = Int(f[3]), let hash = Digest(hex: f[4]),
              let dev = UInt64(f[5]), let ino = UInt64(f[6]), let size = Int(f[7]), let ctime = Int64(f[8]),
              let at = Int64(f[9]) else { return nil }
        return WholeChainMark(journalID: f[2], sequence: seq, hash: hash,
                              file: FileIdentity(device: dev, inode: ino, size: size, changeNanoseconds: ctime),
                              checkedAt: Timestamp(millisecondsSince1970: at))
    }

    /// Best effort: replaced whole by rename, no sync (see the type's comment).
    func write(_ paths: JournalPaths, io: FileIO) {
        let temp = WholeChainMark.path(paths) + ".tmp-\(io.processID())"
        guard let fd = try? io.open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, FileCreation.filePermissions) else { return }
        let written: Bool
        do throws(SystemError) { try io.write(fd, bytes: encoded()); written = true } catch { written = false }
        io.close(fd)
        if !written || (try? io.rename(temp, WholeChainMark.path(paths))) == nil { try? io.unlink(temp) }
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
    /// mark vouches for the file, or the file is verified whole now (and the mark
    /// written). The caller holds a lock. Damage makes the handle read-only.
    func ensureWhole() throws {
        if let mark = markVouches() {
            checkedWholeAt = mark.checkedAt
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
        WholeChainMark(journalID: journalID, sequence: sequence, hash: hash, file: file, checkedAt: checkedWholeAt)
            .write(paths, io: SystemFileIO())
    }
}
