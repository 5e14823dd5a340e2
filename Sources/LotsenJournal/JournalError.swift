/// Why a journal operation did not happen. Whatever the case, nothing was acknowledged.
public enum JournalError: Error, Equatable, Sendable {
    case notFound(path: String)
    case alreadyExists(path: String)
    /// The handle does not write, and why.
    case readOnly(ReadOnlyReason)
    /// Damage was found while reading what other processes appended.
    case damaged(JournalDamage)
    /// A draft the journal refuses to write (its index in the batch and the reason).
    case invalidDraft(index: Int, reason: String)
    /// A file could not be opened, locked or read.
    case io(SystemError)
    /// Writing the batch failed; nothing was acknowledged and the handle is read-only.
    case writeFailed(SystemError)
    /// The batch was written but `fdatasync` failed: it was not acknowledged, the sync was
    /// not retried, and the handle is read-only.
    case syncFailed(SystemError)
    /// The path cannot be taken as a journal's one name (see `JournalPaths.canonical`).
    case path(JournalPathProblem)
    /// The journal's store (a database) refused or could not be reached.
    case store(StoreProblem)
}

/// Why a journal handle is read-only.
public enum ReadOnlyReason: Equatable, Sendable {
    /// Opened read-only on purpose.
    case requested
    /// The files cannot be opened for writing (read-only file system, permissions).
    case cannotWrite(SystemError)
    /// The journal is damaged in a way that must not be written past.
    case damaged(JournalDamage)
    /// A write or sync failed earlier in this session.
    case failedWrite(SystemError)
    /// The journal's name now holds another file (a restore or a repair put it there)
    /// while this handle still reads the one it replaced: writing here would be lost.
    case replaced
    /// The journal's store cannot be reached now (a lost connection); the handle writes
    /// again once it can.
    case unavailable(StoreProblem)
}
