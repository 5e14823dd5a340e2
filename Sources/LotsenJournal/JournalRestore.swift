import Glibc
import LotsenCalendar

extension JournalBackup {
    /// What a restore would lose, worked out before it is done (and said before asking).
    public struct Comparison: Sendable, Equatable {
        /// The journal the backup would replace: nil when there is none (lost).
        public var current: VerificationReport?
        /// Records in the current journal after the backup's last one. nil when the current
        /// journal is missing, damaged, or does not continue the backup.
        public var lost: Int?
        /// The current journal holds the backup's last record byte for byte.
        public var continues: Bool
        /// When the journal is missing or damaged: the last record its head checkpoint
        /// names, the least it had reached.
        public var headSequence: Int?
    }

    /// The current journal against this backup. Another journal's backup is refused.
    public func compared(to paths: JournalPaths, io: FileIO = SystemFileIO()) throws(Problem) -> Comparison {
        let head = Journal.headSequence(paths, io: io)
        guard (try? io.stat(paths.journal)) ?? nil != nil, let report = try? Journal.verify(paths, io: io) else {
            return Comparison(current: nil, lost: nil, continues: false, headSequence: head)
        }
        if let id = report.journalID, id != journalID { throw .otherJournal(backup: journalID, current: id) }
        let continues = report.lastSequence >= point.sequence && Journal.holds(point, paths, io: io)
        return Comparison(current: report, lost: continues && report.isSound ? report.lastSequence - point.sequence : nil,
                          continues: continues, headSequence: report.isSound ? nil : head)
    }

    /// Puts the backup's journal in place under the journal's lock. The current file, if
    /// any, keeps a second name (`keptAs`) before the copy takes the journal's name in one
    /// rename, so that killed at any moment the journal's name holds a whole journal. The
    /// snapshot and the whole-chain mark of the old file go; the head is written for the
    /// new one. The access log is kept when it is whole — looks after the backup happened
    /// — and taken from the backup when it is missing or broken.
    ///
    /// The backup's files, opened by whoever may read them (on a shared desk the caller,
    /// who owns the backup) and then read by descriptor while the service writes.
    public struct Files {
        let journal: Int32
        let access: Int32
        let keys: Int32
        let io: FileIO
        public func close() {
            io.close(journal)
            if access >= 0 { io.close(access) }
            if keys >= 0 { io.close(keys) }
        }
    }

    public func open(io: FileIO = SystemFileIO()) throws(Problem) -> Files {
        do throws(SystemError) {
            let journal = try io.open(paths.journal, O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0)
            let access = (try? io.open(AccessLog.path(paths), O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0)) ?? -1
            let keys = (try? io.open(paths.keys, O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0)) ?? -1
            return Files(journal: journal, access: access, keys: keys, io: io)
        } catch {
            throw .io(error)
        }
    }

    /// - Returns: whether the access log came from the backup.
    @discardableResult
    public func restore(_ files: Files, to target: JournalPaths, keepingCurrentAs keptAs: String) throws(Problem) -> Bool {
        let io = files.io
        let paths: JournalPaths
        do throws(JournalError) { paths = try target.canonical() } catch { throw .journal(error) }
        do throws(SystemError) {
            try FileCreation.ensureDirectory(paths.directory, io: io)
            let lockFD = try Journal.openLockFile(paths, io: io, writable: true)
            defer { io.close(lockFD) }
            try io.flock(lockFD, LOCK_EX)
            defer { try? io.flock(lockFD, LOCK_UN) }
            let temp = paths.journal + ".restoring-\(io.processID())"
            try? io.unlink(temp)
            do throws(SystemError) { try JournalBackup.copy(files.journal, count: point.end, to: temp, io: io) } catch {
                try? io.unlink(temp)
                throw error
            }
            if (try io.stat(paths.journal)) != nil, Glibc.link(paths.journal, keptAs) != 0 {
                try? io.unlink(temp)
                throw SystemError(call: "link", path: keptAs, errno: errno)
            }
            try io.rename(temp, paths.journal)
            try? io.unlink(paths.journal + ".snapshot")
            try? io.unlink(WholeChainMark.path(paths))
            try HeadFile(journalID: journalID, sequence: point.sequence, hash: point.hash).write(paths, io: io)
            let access = try? AccessLog.read(paths)
            var accessRestored = false
            // The log only grows: fewer looks than the backup's means it was lost or cut.
            if accessEntries > 0, files.access >= 0, access == nil || access?.brokenAt != nil || access!.entries.count < accessEntries {
                let from = files.access
                let restoring = AccessLog.path(paths) + ".restoring-\(io.processID())"
                try? io.unlink(restoring)
                try JournalBackup.copy(from, count: try io.fileSize(from), to: restoring, io: io)
                if (try io.stat(AccessLog.path(paths))) != nil { try? io.rename(AccessLog.path(paths), keptAs + ".access") }
                try io.rename(restoring, AccessLog.path(paths))
                accessRestored = true
            }
            // The key store is kept when there is one: it holds every key the backup's records
            // need, and a purged person's key must stay destroyed. When it was lost, the backup's.
            if files.keys >= 0, (try io.stat(paths.keys)) == nil {
                let restoring = paths.keys + ".restoring-\(io.processID())"
                try? io.unlink(restoring)
                try JournalBackup.copy(files.keys, count: try io.fileSize(files.keys), to: restoring, io: io)
                try io.rename(restoring, paths.keys)
            }
            try FileCreation.syncDirectory(paths.directory, io: io)
            return accessRestored
        } catch {
            throw .io(error)
        }
    }
}
