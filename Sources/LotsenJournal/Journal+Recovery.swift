import Glibc

extension Journal {
    /// Moves a crash's half-written end aside to `<journal>.broken-<time>` and cuts the
    /// journal back to its last complete batch. Those bytes were never acknowledged: a
    /// batch is acknowledged only after its sync, and the head never names it.
    ///
    /// Done under the exclusive lock, after looking again: another process may have
    /// recovered the tail, or finished the write, since we first saw it.
    func recoverTornTail(_ seen: TornTail, onRecords: ([JournalRecord]) throws -> Void) throws -> TornTail? {
        try withLock(LOCK_EX) {
            guard let outcome = try catchUp(deliver: onRecords), let torn = outcome.tornTail else { return nil }
            return try moveAside(torn)
        }
    }

    /// The caller holds the exclusive lock.
    func moveAside(_ torn: TornTail) throws -> TornTail {
        do throws(SystemError) {
            let bytes = try io.read(fd, count: torn.length, at: torn.offset)
            let now = clock()
            var attempt = 0
            while try io.stat(paths.broken(at: now, attempt: attempt)) != nil { attempt += 1 }
            let target = paths.broken(at: now, attempt: attempt)
            try FileCreation.writeAtomically(bytes, to: target, via: target + ".tmp", directory: paths.directory, io: io)
            try io.ftruncate(fd, torn.offset)
            try io.fdatasync(fd)
            var moved = torn
            moved.movedTo = target
            return moved
        } catch {
            status = .readOnly(.failedWrite(error))
            throw JournalError.writeFailed(error)
        }
    }
}
