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
    public static func copy(to target: Target, read: (_ deliver: ([JournalRecord]) throws -> Void) throws -> Void) throws -> Report {
        var writer = try Writer(target)
        var last: JournalRecord?
        var count = 0
        do {
            try read { batch in
                for r in batch {
                    writer.add(RecordCodec.encode(sequence: r.sequence, previous: r.previous,
                                                  draft: RecordDraft(time: r.time, author: r.author, type: r.type,
                                                                     subject: r.subject, payload: r.payload),
                                                  more: r.remainingInBatch), more: r.remainingInBatch)
                }
                count += batch.count
                last = batch.last ?? last
                if writer.pendingRecords >= recordsPerTransaction { try writer.flush() }
            }
            try writer.finish()
        } catch {
            writer.abandon()
            throw error
        }
        let check: VerificationReport
        switch target {
        case .file(let paths): check = try Journal.verify(paths)
        case .store(let store): check = try Journal.verify(store: store)
        }
        guard let last, check.isSound, check.lastSequence == last.sequence, check.lastHash == last.hash else {
            throw Problem.copyDiffers(sequence: check.damage?.sequence ?? min(check.lastSequence + 1, last?.sequence ?? 0))
        }
        if case .file(let paths) = target, let id = check.journalID {
            do throws(SystemError) {
                try HeadFile(journalID: id, sequence: last.sequence, hash: last.hash).write(paths, io: SystemFileIO())
            } catch {
                throw JournalError.io(error)
            }
        }
        return Report(records: count, lastSequence: last.sequence, lastHash: last.hash)
    }

    /// Lines gathered until a whole number of batches is ready, then written.
    private struct Writer {
        let target: Target
        var fd: Int32 = -1
        var pending: [UInt8] = []
        var pendingRecords = 0
        var batchOpen = false

        init(_ target: Target) throws {
            self.target = target
            switch target {
            case .file(let paths):
                try FileCreation.ensureDirectory(paths.directory, io: SystemFileIO())
                fd = Glibc.open(paths.journal, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, FileCreation.filePermissions)
                if fd < 0 {
                    if errno == EEXIST { throw Problem.targetNotEmpty }
                    throw JournalError.io(SystemError(call: "open", path: paths.journal, errno: errno))
                }
            case .store(let store):
                if try store.size() > 0 { throw Problem.targetNotEmpty }
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
                let bytes = pending
                var failure: JournalError?
                bytes.withUnsafeBytes { raw in
                    do throws(JournalError) { try store.append(raw) } catch { failure = error }
                }
                if let failure { throw failure }
            }
            pending.removeAll(keepingCapacity: true)
            pendingRecords = 0
        }

        mutating func finish() throws {
            batchOpen = false
            try flush()
            guard case .file(let paths) = target else { return }
            do throws(SystemError) {
                try SystemFileIO().fdatasync(fd)
                Glibc.close(fd)
                fd = -1
                try FileCreation.syncDirectory(paths.directory, io: SystemFileIO())
            } catch {
                throw JournalError.syncFailed(error)
            }
        }

        /// A copy cut short is no journal: a new file is removed again. A database keeps
        /// what was committed — whole batches, a sound prefix — and refuses a second copy
        /// into it (`targetNotEmpty`): empty it by hand, as its administrator.
        mutating func abandon() {
            if case .file(let paths) = target, fd >= 0 {
                Glibc.close(fd)
                fd = -1
                unlink(paths.journal)
            }
        }
    }
}
