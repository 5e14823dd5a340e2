import Glibc
import LotsenCalendar
import LotsenJSON

/// One look at a person's details: who (login and caseworker), when, what and how.
public struct AccessEntry: Equatable, Sendable {
    public var time: Timestamp
    /// The Unix login that ran Lotsen.
    public var login: String
    /// The caseworker that login was, if any.
    public var caseworker: String?
    /// What was shown: `card`, `plan`, `extract`, `export`, `tasks`, `note` …
    public var what: String
    /// The participant's id (never a personnummer).
    public var subject: String
    /// Which command or screen: `show`, `tui`, `plan export` …
    public var via: String

    public init(time: Timestamp, login: String, caseworker: String?, what: String, subject: String, via: String) {
        self.time = time
        self.login = login
        self.caseworker = caseworker
        self.what = what
        self.subject = subject
        self.via = via
    }
}

/// Who looked at whom (`<journal>.access`): a hash-chained file of its own beside the
/// journal, so that reading never grows the event history, and a line changed, removed or
/// put in between breaks the chain. Every look is synced before the details are shown; a
/// look that cannot be written is an error, and the caller shows nothing (fail closed).
/// Knows lines and bytes, never the domain.
public enum AccessLog {
    public static func path(_ paths: JournalPaths) -> String { paths.journal + ".access" }

    /// Appends the looks as one write, synced, under an exclusive lock on the log itself.
    /// A torn last line (a crash during an earlier append, never acknowledged) is cut off.
    ///
    /// A journal in a database (`store`) keeps its log there, so that every desk's looks
    /// are in one log beside the records (docs/architecture.md, "The PostgreSQL store").
    public static func append(_ entries: [AccessEntry], _ paths: JournalPaths, store: JournalStore? = nil,
                              io: FileIO = SystemFileIO()) throws(SystemError) {
        guard !entries.isEmpty else { return }
        if let store { return try append(entries, to: store) }
        let file = path(paths)
        let fd = try io.open(file, O_RDWR | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        defer { io.close(fd) }
        try io.flock(fd, LOCK_EX)
        let (last, hash, end) = try Self.last(fd, io)
        var (sequence, previous) = (last, hash)
        if try io.fileSize(fd) != end { try io.ftruncate(fd, end) }
        var bytes: [UInt8] = []
        for e in entries {
            sequence += 1
            let line = encode(e, sequence: sequence, previous: previous)
            previous = Digest(hashing: line)
            bytes += line
            bytes.append(0x0A)
        }
        try bytes.withUnsafeBytes { raw in Result { () throws(SystemError) in try io.write(fd, raw) } }.get()
        try io.fdatasync(fd)
    }

    private static func append(_ entries: [AccessEntry], to store: JournalStore) throws(SystemError) {
        do throws(JournalError) {
            try store.appendAccessLog { last, hash in
                var (sequence, previous) = (last, hash)
                return entries.map { e in
                    sequence += 1
                    let line = encode(e, sequence: sequence, previous: previous)
                    previous = Digest(hashing: line)
                    return line
                }
            }
        } catch {
            throw SystemError(call: "access log: \(error)", path: store.location, errno: EIO)
        }
    }

    static func encode(_ e: AccessEntry, sequence: Int, previous: Digest) -> [UInt8] {
        var w = JSONObjectWriter()
        w.field("seq", sequence)
        w.field("prev", previous.hex)
        w.field("time", e.time.description)
        w.field("login", e.login)
        w.field("by", e.caseworker)
        w.field("what", e.what)
        w.field("subject", e.subject)
        w.field("via", e.via)
        return w.finished()
    }

    /// The last whole line's number and hash, and where it ends.
    static func last(_ fd: Int32, _ io: FileIO) throws(SystemError) -> (Int, Digest, Int) {
        let size = try io.fileSize(fd)
        guard size > 0 else { return (0, .zero, 0) }
        var start = max(0, size - 65_536)
        while true {
            var tail = [UInt8](repeating: 0, count: size - start)
            let n = try tail.withUnsafeMutableBytes { raw in Result { () throws(SystemError) in try io.pread(fd, raw, start) } }.get()
            tail.removeLast(tail.count - n)
            guard let lastNewline = tail.lastIndex(of: 0x0A) else {
                if start == 0 { return (0, .zero, 0) }
                start = max(0, start - 65_536)
                continue
            }
            let before = tail[..<lastNewline].lastIndex(of: 0x0A)
            if before == nil && start > 0 { start = max(0, start - 65_536); continue }
            let line = Array(tail[(before.map { $0 + 1 } ?? 0)..<lastNewline])
            let sequence = JSONValue.parse(line)?["seq"]?.int ?? 0
            return (sequence, Digest(hashing: line), start + lastNewline + 1)
        }
    }

    /// The log read back and checked: its entries, and the first line that breaks the
    /// chain (changed, removed, put in between, not a look), if any.
    public struct Reading: Sendable {
        public var entries: [(sequence: Int, entry: AccessEntry)] = []
        public var brokenAt: Int?
    }

    public static func read(_ paths: JournalPaths, store: JournalStore? = nil, io: FileIO = SystemFileIO()) throws(SystemError) -> Reading {
        if let store {
            do throws(JournalError) { return check(try store.accessLog()) } catch {
                throw SystemError(call: "access log: \(error)", path: store.location, errno: EIO)
            }
        }
        guard let fd = try? io.open(path(paths), O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0) else { return Reading() }
        defer { io.close(fd) }
        let size = try io.fileSize(fd)
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let n = try bytes.withUnsafeMutableBytes { raw in
                Result { () throws(SystemError) in try io.pread(fd, UnsafeMutableRawBufferPointer(rebasing: raw[done...]), done) }
            }.get()
            if n == 0 { break }
            done += n
        }
        return check(bytes[..<done].split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map(Array.init))
    }

    /// The lines checked against the chain, in order.
    static func check(_ lines: [[UInt8]]) -> Reading {
        var out = Reading()
        var previous = Digest.zero
        var lineNumber = 0
        for raw in lines {
            lineNumber += 1
            guard let o = JSONValue.parse(raw), o["seq"]?.int == lineNumber, o["prev"]?.string == previous.hex,
                  let timeText = o["time"]?.string, let time = Timestamp(text: timeText), let login = o["login"]?.string,
                  let what = o["what"]?.string, let subject = o["subject"]?.string, let via = o["via"]?.string else {
                out.brokenAt = lineNumber
                return out
            }
            out.entries.append((lineNumber, AccessEntry(time: time, login: login, caseworker: o["by"]?.string, what: what,
                                                        subject: subject, via: via)))
            previous = Digest(hashing: raw)
        }
        return out
    }
}
