import ArgumentParser
import Foundation
import LotsenCore
import LotsenJournal
import LotsenPostgres
import LotsenText
import LotsenWorkspace

extension Lotsen.MigrateCommand {
    /// `lotsen migrate --to postgresql://…|FILE`: the journal copied with its chain into
    /// a database set up for Lotsen, or into a new file, and the copy verified; the
    /// source is left as it was (docs/architecture.md, "Journal stores").
    func copy(to target: String, _ ctx: CommandContext) throws {
        let w = ctx.lang.database
        // An administrator's work (as a backup is): the copy holds everyone.
        let workspace = try ctx.open(.readOnly)
        try ctx.require(.backups, in: workspace)
        let source = workspace.journal.location
        let sourcePaths = workspace.journal.paths
        // A sealed journal's records are only readable with its key store: it goes along,
        // sealed under the same master key, before the first record is written.
        let keyStore: [UInt8]? = if let store = workspace.journal.store {
            (try? store.keyStore()) ?? nil
        } else {
            FileManager.default.contents(atPath: sourcePaths.keys).map(Array.init)
        }
        workspace.close()
        let intoDatabase = PostgresLocation.isDatabase(target)
        let shownTarget = intoDatabase ? PostgresLocation.printable(target) : Quoted.path(target)
        do {
            let destination: JournalCopy.Target
            if intoDatabase {
                let store = try PostgresJournalStore(target)
                // A copy cut off before goes on (`JournalCopy`): its key store is this one.
                let there = try store.keyStore()
                if let there, there != keyStore { throw JournalCopy.Problem.targetNotEmpty }
                if there == nil, keyStore != nil, try store.size() > 0 { throw JournalCopy.Problem.targetNotEmpty }
                if there == nil, let keyStore { try store.replaceKeyStore(keyStore) }
                destination = .store(store)
            } else {
                let paths = JournalPaths(journal: target)
                if let keyStore { try copyKeyStore(keyStore, to: paths) }
                destination = .file(paths)
            }
            let progress = ProgressLine(.migrate, lang: ctx.lang)
            defer { progress.finish() }
            let total = workspace.state.lastSequence
            let report = try JournalCopy.copy(to: destination) { copy in
                let deliver: ([JournalRecord]) throws -> Void = { batch in
                    try copy(batch)
                    if let last = batch.last { progress.update(done: last.sequence, total: total) }
                }
                let (journal, opened) = if let database = global.database {
                    try Journal.open(store: PostgresJournalStore(database), cache: sourcePaths, access: .readOnly, clock: ctx.clock.now,
                                     onRecords: deliver)
                } else {
                    try Journal.open(sourcePaths, access: .readOnly, clock: ctx.clock.now, onRecords: deliver)
                }
                journal.close()
                // A damaged journal is repaired first, never copied with its damage.
                if let damage = opened.damage { throw JournalError.damaged(damage) }
            }
            progress.finish()
            if case .store(let store) = destination { store.close() }
            Console.out(w.copied(records: report.records, alreadyThere: report.alreadyThere, from: source, to: shownTarget))
        } catch JournalCopy.Problem.targetNotEmpty {
            throw CommandFailure.usage(w.targetNotEmpty(shownTarget))
        } catch JournalCopy.Problem.copyDiffers(let sequence) {
            throw CommandFailure.journal(w.copyDiffers(at: sequence))
        } catch let e as JournalError {
            throw CommandFailure.journal(ctx.lang.journal.error(e))
        }
    }

    /// The key store beside a new journal file; refused when another is there (the same
    /// one is left by a copy cut off before).
    private func copyKeyStore(_ bytes: [UInt8], to target: JournalPaths) throws {
        guard !FileManager.default.fileExists(atPath: target.journal) else { throw JournalCopy.Problem.targetNotEmpty }
        if let there = FileManager.default.contents(atPath: target.keys) {
            guard Array(there) == bytes else { throw JournalCopy.Problem.targetNotEmpty }
            return
        }
        do {
            try PrivateFile.ensureDirectory(target.directory)
            try PrivateFile.write(bytes, to: target.keys, existing: .refuse)
        } catch {
            throw CommandFailure.usage(global.language.database.targetNotEmpty(Quoted.path(target.keys)))
        }
    }
}
