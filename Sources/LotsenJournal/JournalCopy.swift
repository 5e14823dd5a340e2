import Glibc

/// `lotsen migrate --to`: a journal copied record for record into another store — a
/// database or a new file — with its chain: every line is written again byte for byte
/// (the format has one spelling), in the same batches, and the copy is verified after.
public enum JournalCopy {
    public enum Target {
        /// A new file: refused when one is there.
        case file(JournalPaths)
        /// A database set up for Lotsen and holding no journal yet.
        case store(JournalStore)
    }

    public struct Report: Equatable, Sendable {
        public var records: Int
        /// Of them, those the target already held (a copy cut off before, gone on from).
        public var alreadyThere: Int
        public var lastSequence: Int
        public var lastHash: Digest
    }

    public enum Problem: Error, Equatable {
        /// The target already holds a journal (or a file is there).
        case targetNotEmpty
        /// The copy, read back and verified, is not the source: where it first differs.
        case copyDiffers(sequence: Int)
    }

    /// Records per transaction into a database: whole batches, a few megabytes at a time.
    static let recordsPerTransaction = 5_000

    /// Copies what `read` hands on (the source opened, every record in order and in whole
    /// batches) into `target`, then verifies the target and holds it to the source's last
    /// hash: equal, the copy is the source byte for byte (the chain vouches for the rest).
    ///
    /// Cut off (a kill, a lost connection), a copy starts again where it stopped: a
    /// database keeps the whole batches it committed, and when they are the source's first
    /// records — its record at that point has the same hash — the rest follows. A file is
    /// written under a temporary name and linked into place only once verified.
    public static func copy(to target: Target, read: (_ deliver: ([JournalRecord]) throws -> Void) throws -> Void) throws -> Report {
        var writer = try Writer(target)
        var last: JournalRecord?
        var count = 0
        do {
            try read { batch in
                for r in batch {
                    if let resume = writer.resumeAfter, r.sequence <= resume.sequence {
                        // Already there; the point where it ends must be the source's.
                        if r.sequence == resume.sequence, r.hash != resume.hash { throw Problem.targetNotEmpty }
                        continue
                    }
                    writer.add(RecordCodec.encode(sequence: r.sequence, previous: r.previous,
                                                  draft: RecordDraft(time: r.time, author: r.author, type: r.type,
                                                                     subject: r.subject, payload: r.payload),
                                                  more: r.remainingInBatch), more: r.remainingInBatch)
                }
                count += batch.count
                last = batch.last ?? last
                if writer.pendingRecords >= recordsPerTransaction { try writer.flush() }
            }
            // A target that holds more than the source is another journal.
            if let resume = writer.resumeAfter, (last?.sequence ?? -1) < resume.sequence { throw Problem.targetNotEmpty }
            try writer.finish()
        } catch {
            writer.abandon()
            throw error
        }
        let check: VerificationReport
        switch target {
        case .file: check = try Journal.verify(writer.written)
        case .store(let store): check = try Journal.verify(store: store)
        }
        guard let last, check.isSound, check.lastSequence == last.sequence, check.lastHash == last.hash else {
            writer.abandon()
            throw Problem.copyDiffers(sequence: check.damage?.sequence ?? min(check.lastSequence + 1, last?.sequence ?? 0))
        }
        if case .file(let paths) = target, let id = check.journalID {
            try writer.linkIntoPlace(paths)
            do throws(SystemError) {
                try HeadFile(journalID: id, sequence: last.sequence, hash: last.hash).write(paths, io: SystemFileIO())
            } catch {
                throw JournalError.io(error)
            }
        }
        let held = writer.resumeAfter.map { $0.sequence + 1 } ?? 0
        return Report(records: count, alreadyThere: held, lastSequence: last.sequence, lastHash: last.hash)
    }

    /// Lines gathered until a whole number of batches is ready, then written.
    private struct Writer {
        let target: Target
        var fd: Int32 = -1
        /// Where the records are written: the target's name, or for a file a temporary one.
        var written: JournalPaths
        /// The last record a database already held from an earlier copy cut off.
        var resumeAfter: (sequence: Int, hash: Digest)?
        var pending: [UInt8] = []
        var pendingRecords = 0
        var batchOpen = false

        init(_ target: Target) throws {
            self.target = target
            switch target {
            case .file(let paths):
                written = JournalPaths(journal: paths.journal + ".copying-\(getpid())")
                try FileCreation.ensureDirectory(paths.directory, io: SystemFileIO())
                var st = Glibc.stat()
                if lstat(paths.journal, &st) == 0 { throw Problem.targetNotEmpty }
                fd = Glibc.open(written.journal, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, FileCreation.filePermissions)
                if fd < 0 { throw JournalError.io(SystemError(call: "open", path: written.journal, errno: errno)) }
            case .store(let store):
                written = JournalPaths(journal: store.location)
                if try store.size() > 0 {
                    let there = try Journal.verify(store: store)
                    guard there.isSound else { throw Problem.targetNotEmpty }
                    resumeAfter = (there.lastSequence, there.lastHash)
                }
            }
        }

        /// The verified copy under the target's name: `link` refuses a name that exists,
        /// so a file made there meanwhile is never replaced.
        mutating func linkIntoPlace(_ paths: JournalPaths) throws {
            defer { unlink(written.journal) }
            guard link(written.journal, paths.journal) == 0 else {
                if errno == EEXIST { throw Problem.targetNotEmpty }
                throw JournalError.io(SystemError(call: "link", path: paths.journal, errno: errno))
            }
            do throws(SystemError) { try FileCreation.syncDirectory(paths.directory, io: SystemFileIO()) } catch {
                throw JournalError.syncFailed(error)
            }
        }

        mutating func add(_ line: [UInt8], more: Int) {
            pending += line
            pending.append(0x0A)
            pendingRecords += 1
            batchOpen = more > 0
        }

        /// Writes what is gathered, when it ends a batch: a transaction never splits one.
        mutating func flush() throws {
            guard !batchOpen, !pending.isEmpty else { return }
            switch target {
            case .file:
                do throws(SystemError) { try SystemFileIO().write(fd, bytes: pending) } catch { throw JournalError.writeFailed(error) }
            case .store(let store):
                try store.lock(exclusive: true)
                defer { store.unlock() }
                try store.append(pending)
            }
            pending.removeAll(keepingCapacity: true)
            pendingRecords = 0
        }

        mutating func finish() throws {
            batchOpen = false
            try flush()
            guard case .file = target else { return }
            do throws(SystemError) {
                try SystemFileIO().fdatasync(fd)
                Glibc.close(fd)
                fd = -1
            } catch {
                throw JournalError.syncFailed(error)
            }
        }

        /// A copy cut short is no journal: the temporary file is removed again. A database
        /// keeps what was committed — whole batches, a sound prefix — for the next copy to
        /// go on from.
        mutating func abandon() {
            guard case .file = target else { return }
            if fd >= 0 { Glibc.close(fd) }
            fd = -1
            for companion in [written.journal, written.head, written.lock, written.journal + ".checked"] { unlink(companion) }
        }
    }
}
