import Glibc
import LotsenCalendar
import LotsenCore
import LotsenJournal

/// Gallring meets the append-only journal here (docs/privacy.md, "Gallring"): a purge's
/// records are appended like any others, but before they are, under the journal's lock,
/// the purged people's keys are destroyed in the key store. From then on every record
/// about them is noise; every hash still holds.
extension Workspace {
    /// Whether these commands destroy keys or ask for that: they need a sealed journal.
    static func purges(_ commands: [Command]) -> Bool {
        commands.contains {
            switch $0 {
            case .gallring(.propose), .gallring(.purge): return true
            default: return false
            }
        }
    }

    /// The subjects whose keys these events destroy.
    static func purgedSubjects(_ planned: [PlannedEvent]) -> [String] {
        planned.compactMap { if case .gallring(.purged) = $0.event { $0.subject?.value } else { nil } }
    }

    /// Destroys the purged subjects' keys in the key store, read afresh under the lock
    /// (another desk may have added keys since), before their records are written: a
    /// purge that fails after this has still forgotten them, never the other way round.
    /// The snapshot goes first — it holds the people under the journal's key, which stays
    /// — so that a crash anywhere in a purge leaves none behind; no desk writes another
    /// until the purge's records are in (it needs the lock this one holds).
    func destroyKeys(of subjects: [String], at time: Timestamp) throws {
        guard !subjects.isEmpty else { return }
        guard let master else { throw DomainError.gallring(.needsEncryption) }
        do throws(SystemError) {
            try io.unlink(Snapshot.path(journal.paths))
        } catch {
            if error.errno != ENOENT { throw JournalError.io(error) }
        }
        var fresh = try KeyStore.read(journal.paths, master: master, store: journal.store)
        for s in subjects { fresh.forget(s, at: time) }
        try KeyStore.write(fresh, journal.paths, master: master, store: journal.store)
        ring = fresh
    }

    /// After a purge the snapshot is written anew at once (`destroyKeys` removed the one
    /// that held the people): the next open need not replay the whole journal.
    func replaceSnapshotAfterPurge() {
        snapshotSequence = -1
        saveSnapshot()
    }

    /// Another desk's purge folded in: its keys go from this desk's memory too.
    func forgetPurged(_ recorded: RecordedEvent) {
        guard case .gallring(.purged) = recorded.event, let s = recorded.subject else { return }
        ring?.forget(s.value, at: recorded.stamp.time)
    }
}
