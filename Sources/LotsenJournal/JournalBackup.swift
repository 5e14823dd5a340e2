import Glibc
import LotsenCalendar
import LotsenJSON

/// A backup of a journal: a directory of its own holding the journal up to a batch end,
/// the access log up to its last whole line, and `backup.json` naming the last record —
/// written last, so a backup cut short by a crash or a full disk is never taken for one.
/// Every copy is verified before the manifest is written (docs/architecture.md, "Backups").
public struct JournalBackup: Sendable, Equatable {
    public static let manifestName = "backup.json"
    public static let journalName = "journal.jsonl"

    public var directory: String
    public var journalID: String
    /// The last record in the backup: where a restored journal goes on from.
    public var point: Journal.ChainPoint
    public var madeAt: Timestamp
    public var accessEntries: Int

    /// The journal inside the backup.
    public var paths: JournalPaths { JournalPaths(journal: directory + "/" + Self.journalName) }

    public enum Problem: Error, Equatable, Sendable {
        /// No manifest: not a backup, or one that was never finished.
        case incomplete(String)
        /// The copy does not verify, or is not what the manifest names.
        case damaged(String)
        /// The access log in the backup breaks its chain at this line.
        case accessLogBroken(Int)
        /// The backup is of another journal than the one it would replace.
        case otherJournal(backup: String, current: String)
        case journal(JournalError)
        case io(SystemError)
    }
}

/// What a backup is copied from, opened by the journal's owner (on a shared desk the
/// service account) and then read by descriptor while the copy is written by the caller.
public struct BackupSource {
    let journalFD: Int32
    let journalSize: Int
    let accessFD: Int32
    let accessSize: Int
    /// A sealed journal's key store as it stood with those bytes (it is written, by
    /// rename, only under the journal's lock, before the records that need its keys).
    let keys: [UInt8]?
    let name: String
    let io: FileIO

    /// Takes the journal's and the access log's sizes under their shared locks, when no
    /// batch and no look is half-written; both only grow, so those prefixes stay as read.
    public static func open(_ paths: JournalPaths, io: FileIO = SystemFileIO()) throws -> BackupSource {
        guard try io.stat(paths.journal) != nil else { throw JournalError.notFound(path: paths.journal) }
        let paths = try paths.canonical()
        do throws(SystemError) {
            let fd = try io.open(paths.journal, O_RDONLY | O_CLOEXEC, 0)
            let lockFD = (try? Journal.openLockFile(paths, io: io, writable: false)) ?? -1
            if lockFD >= 0 { try? io.flock(lockFD, LOCK_SH) }
            let size = try io.fileSize(fd)
            var keys: [UInt8]?
            if let kfd = try? io.open(paths.keys, O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0) {
                defer { io.close(kfd) }
                keys = try io.read(kfd, count: try io.fileSize(kfd), at: 0)
            }
            if lockFD >= 0 { io.close(lockFD) }
            var accessFD: Int32 = -1, accessSize = 0
            if let afd = try? io.open(AccessLog.path(paths), O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0) {
                try? io.flock(afd, LOCK_SH)
                accessSize = try io.fileSize(afd)
                try? io.flock(afd, LOCK_UN)
                accessFD = afd
            }
            let base = String(paths.journal.split(separator: "/").last ?? "journal")
            let name = base.hasSuffix(".jsonl") ? String(base.dropLast(6)) : base
            return BackupSource(journalFD: fd, journalSize: size, accessFD: accessFD, accessSize: accessSize, keys: keys, name: name, io: io)
        } catch {
            throw JournalError.io(error)
        }
    }

    public func close() {
        io.close(journalFD)
        if accessFD >= 0 { io.close(accessFD) }
    }
}

extension JournalBackup {
    /// Makes a new backup directory in `parent` (created 0700 if missing), named by the
    /// journal and the moment; nothing existing is ever written over. Removed again if
    /// any step fails.
    /// `progress` is told (bytes done, bytes in all) as the journal is copied and then checked.
    public static func make(from source: BackupSource, in parent: String, time: Timestamp,
                            progress: ((Int, Int) -> Void)? = nil) throws(Problem) -> JournalBackup {
        let io = source.io
        do throws(SystemError) { try FileCreation.ensureDirectory(parent, io: io) } catch { throw .io(error) }
        let stamp = String(time.description.filter(\.isNumber).prefix(14))
        var directory = "\(parent)/\(source.name)-\(stamp.prefix(8))-\(stamp.dropFirst(8))"
        var attempt = 1
        while (try? io.stat(directory)) ?? nil != nil {
            attempt += 1
            directory = "\(parent)/\(source.name)-\(stamp.prefix(8))-\(stamp.dropFirst(8))-\(attempt)"
        }
        do throws(SystemError) { try io.mkdir(directory, FileCreation.directoryPermissions) } catch { throw .io(error) }
        do {
            let made = try write(source, into: directory, time: time, progress: progress)
            try FileCreation.syncDirectory(parent, io: io)
            return made
        } catch {
            for file in [manifestName, journalName, journalName + ".access", journalName + ".keys", journalName + ".lock"] { try? io.unlink(directory + "/" + file) }
            _ = rmdir(directory)
            if let problem = error as? Problem { throw problem }
            if let e = error as? SystemError { throw .io(e) }
            throw .damaged("\(error)")
        }
    }

    private static func write(_ source: BackupSource, into directory: String, time: Timestamp,
                              progress: ((Int, Int) -> Void)?) throws -> JournalBackup {
        let io = source.io
        let paths = JournalPaths(journal: directory + "/" + journalName)
        let size = source.journalSize
        try copy(source.journalFD, count: size, to: paths.journal, io: io) { progress?($0, 2 * size) }
        if source.accessFD >= 0 {
            // A look torn by a crash was never acknowledged: the copy ends at the last whole line.
            let prefix = try io.read(source.accessFD, count: source.accessSize, at: 0)
            let whole = prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            try PrivateFile.write(Array(prefix[..<whole]), to: AccessLog.path(paths), existing: .refuse)
        }
        if let keys = source.keys { try PrivateFile.write(keys, to: paths.keys, existing: .refuse) }
        var made = try check(paths, directory: directory, io: io) { done, _ in progress?(size + done, 2 * size) }
        made.madeAt = time
        try FileCreation.writeAtomically(made.manifest(), to: directory + "/" + manifestName,
                                         via: directory + "/." + manifestName + ".tmp", directory: directory, io: io)
        return made
    }

    /// Copies the first `count` bytes of `fd` into a new private file, synced.
    static func copy(_ fd: Int32, count: Int, to path: String, io: FileIO, copied: ((Int) -> Void)? = nil) throws(SystemError) {
        let out = try io.open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, FileCreation.filePermissions)
        defer { io.close(out) }
        var done = 0
        while done < count {
            let chunk = try io.read(fd, count: min(4 << 20, count - done), at: done)
            if chunk.isEmpty { throw SystemError(call: "read", path: path, errno: EIO) }
            try io.write(out, bytes: chunk)
            done += chunk.count
            copied?(done)
        }
        try io.fdatasync(out)
    }

    /// The journal and access log in `directory` verified: what a manifest would name.
    private static func check(_ paths: JournalPaths, directory: String, io: FileIO,
                              progress: ((Int, Int) -> Void)? = nil) throws -> JournalBackup {
        let report = try Journal.verify(paths, io: io, progress: progress)
        guard report.isSound, let id = report.journalID else {
            throw Problem.damaged(report.damage.map { "record \($0.sequence)" } ?? "torn end")
        }
        let access = try AccessLog.read(paths, io: io)
        if let line = access.brokenAt { throw Problem.accessLogBroken(line) }
        let lineStart = try lastLineStart(paths.journal, end: report.bytes, io: io)
        return JournalBackup(directory: directory, journalID: id,
                             point: Journal.ChainPoint(sequence: report.lastSequence, hash: report.lastHash, lineStart: lineStart, end: report.bytes),
                             madeAt: Timestamp(millisecondsSince1970: 0), accessEntries: access.entries.count)
    }

    private static func lastLineStart(_ path: String, end: Int, io: FileIO) throws(SystemError) -> Int {
        let fd = try io.open(path, O_RDONLY | O_CLOEXEC, 0)
        defer { io.close(fd) }
        let from = max(0, end - 1 - 1_048_576)
        let tail = try io.read(fd, count: end - 1 - from, at: from)
        return tail.lastIndex(of: 0x0A).map { from + $0 + 1 } ?? 0
    }

    func manifest() -> [UInt8] {
        var w = JSONObjectWriter()
        w.field("journal", journalID)
        w.field("seq", point.sequence)
        w.field("hash", point.hash.hex)
        w.field("lineStart", point.lineStart)
        w.field("end", point.end)
        w.field("made", madeAt.description)
        w.field("access", accessEntries)
        return w.finished() + [0x0A]
    }

    /// A backup read back: the manifest, and the copies verified against it.
    public static func read(_ directory: String, io: FileIO = SystemFileIO()) throws(Problem) -> JournalBackup {
        let bytes: [UInt8]
        do throws(SystemError) {
            let fd = try io.open(directory + "/" + manifestName, O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0)
            defer { io.close(fd) }
            bytes = try io.read(fd, count: 4096, at: 0)
        } catch {
            if error.errno == ENOENT || error.errno == ENOTDIR { throw .incomplete(directory) }
            throw .io(error)
        }
        guard let o = JSONValue.parse(Array(bytes.prefix { $0 != 0x0A })), let id = o["journal"]?.string, let seq = o["seq"]?.int,
              let hash = o["hash"]?.string.flatMap(Digest.init(hex:)), let lineStart = o["lineStart"]?.int, let end = o["end"]?.int,
              let made = o["made"]?.string.flatMap(Timestamp.init(text:)) else { throw .incomplete(directory) }
        let found: JournalBackup
        do { found = try check(JournalPaths(journal: directory + "/" + journalName), directory: directory, io: io) } catch {
            if let problem = error as? Problem { throw problem }
            if case JournalError.notFound = error { throw .incomplete(directory) }
            throw .damaged("\(error)")
        }
        guard found.journalID == id, found.point == Journal.ChainPoint(sequence: seq, hash: hash, lineStart: lineStart, end: end) else {
            throw .damaged("not the journal the manifest names")
        }
        return JournalBackup(directory: directory, journalID: id, point: found.point, madeAt: made, accessEntries: found.accessEntries)
    }
}
