import Glibc

/// The result of checking a whole journal without changing anything.
public struct VerificationReport: Equatable, Sendable {
    public enum HeadState: Equatable, Sendable {
        /// The head names the last record, with the same hash.
        case matches
        /// The head names an earlier record, with the same hash (it is written lazily).
        case behind(sequence: Int)
        /// The head names a record past the end: whole records were lost.
        case ahead(sequence: Int)
        /// There is no head file: loss of whole records at the end cannot be seen.
        case missing
    }

    public var journalID: String?
    public var records: Int
    public var bytes: Int
    public var lastSequence: Int
    public var lastHash: Digest
    public var head: HeadState
    public var damage: JournalDamage?
    public var tornTail: TornTail?

    public var isSound: Bool { damage == nil && tornTail == nil }
}

extension Journal {
    /// Checks the whole chain and the head, writing nothing. A sound journal is read once,
    /// on every core (`verifySound`); anything else a second time, line by line, to say
    /// what is wrong and where. `progress` is called now and then with (bytes read, total).
    public static func verify(_ paths: JournalPaths, io: FileIO = SystemFileIO(), witnesses: [ChainWitness] = [],
                              progress: ((Int, Int) -> Void)? = nil) throws -> VerificationReport {
        guard try io.stat(paths.journal) != nil else { throw JournalError.notFound(path: paths.journal) }
        let paths = try paths.canonical()
        let fd: Int32
        do throws(SystemError) { fd = try io.open(paths.journal, O_RDONLY, 0) } catch { throw JournalError.io(error) }
        defer { io.close(fd) }
        let lockFD = (try? io.open(paths.lock, O_RDONLY | O_NOFOLLOW, 0)) ?? -1
        defer { if lockFD >= 0 { io.close(lockFD) } }

        var head: HeadFile?
        var headUnreadable = false
        // The head, the witnesses (the whole-chain mark among them) and the size in one
        // moment: a mark read later could name an append made since (`readAll`).
        if lockFD >= 0 { try? io.flock(lockFD, LOCK_SH) }
        do { head = try HeadFile.read(paths, io: io) } catch { headUnreadable = true }
        if !headUnreadable { head = furthest(head, witnesses, paths: paths, fd: fd, io: io) }
        let size: Int
        do throws(SystemError) { size = try io.fileSize(fd) } catch { throw JournalError.io(error) }
        if lockFD >= 0 { try? io.flock(lockFD, LOCK_UN) }
        return try verifyFile(fd: fd, size: size, head: head, headUnreadable: headUnreadable, io: io, progress: progress)
    }

    /// The same check on a file this process has open, by a caller that holds the lock
    /// (taking it again through another descriptor would wait on ourselves).
    static func verifyOpenFile(fd: Int32, paths: JournalPaths, io: FileIO) throws -> VerificationReport {
        var head: HeadFile?
        var headUnreadable = false
        do { head = try HeadFile.read(paths, io: io) } catch { headUnreadable = true }
        if !headUnreadable { head = furthest(head, [], paths: paths, fd: fd, io: io) }
        let size: Int
        do throws(SystemError) { size = try io.fileSize(fd) } catch { throw JournalError.io(error) }
        return try verifyFile(fd: fd, size: size, head: head, headUnreadable: headUnreadable, io: io, progress: nil)
    }

    /// Held to the furthest witness (`head`, worked out by the caller with the size):
    /// once on every core, and line by line when that does not find it sound.
    private static func verifyFile(fd: Int32, size: Int, head: HeadFile?, headUnreadable: Bool,
                                   io: FileIO, progress: ((Int, Int) -> Void)?) throws -> VerificationReport {
        do throws(SystemError) {
            if !headUnreadable, let sound = try verifySound(fd: fd, size: size, head: head, io: io, progress: progress) {
                return sound
            }
        } catch {
            throw JournalError.io(error)
        }
        return try verifyCarefully(.file(io, fd), size: size, head: head, headUnreadable: headUnreadable, progress: progress)
    }

    /// Line by line through `ChainScanner`, which names the first damage and where it is.
    static func verifyCarefully(_ source: LineReader.Source, size: Int, head: HeadFile?, headUnreadable: Bool,
                                progress: ((Int, Int) -> Void)?) throws -> VerificationReport {
        var scanner = ChainScanner(from: .init(nextSequence: 0, lastHash: .zero), at: 0, journalID: nil,
                                   head: head, keepRecords: false)
        var nextReport = 0
        let step = 16 << 20
        do {
            _ = try LineReader(source).forEachCheckedLine(from: 0, limit: size) { line, at, checked in
                if let progress, at >= nextReport { progress(at, size); nextReport = at + step }
                return scanner.accept(line, at: at, checked: checked) { _ in }
            }
        } catch let e as SystemError {
            throw JournalError.io(e)
        }
        let outcome = scanner.finish(fileEnd: size) { _ in }
        progress?(size, size)
        var damage = outcome.damage
        if damage == nil, outcome.journalID == nil { damage = JournalDamage(sequence: 0, offset: 0, kind: .notAJournal) }
        if damage == nil, headUnreadable { damage = JournalDamage(sequence: 0, offset: 0, kind: .unreadableHead) }
        let last = outcome.position.nextSequence - 1
        let headState: VerificationReport.HeadState
        switch head.map({ $0.sequence }) {
        case nil: headState = .missing
        case let s? where s == last: headState = .matches
        case let s? where s < last: headState = .behind(sequence: s)
        case let s?: headState = .ahead(sequence: s)
        }
        return VerificationReport(journalID: outcome.journalID, records: max(last + 1, 0), bytes: size,
                                  lastSequence: last, lastHash: outcome.position.lastHash, head: headState,
                                  damage: damage, tornTail: outcome.tornTail)
    }
}
