import Glibc
import LotsenCalendar
import LotsenJournal

/// `lotsen migrate --encrypt`: a journal in the clear written again, record by record and
/// batch by batch, into a new sealed journal beside it — same times, authors, types and
/// subjects, every payload sealed — verified, and put in place with its key store; the old
/// file is kept under another name until the administrator removes it.
public enum JournalEncryption {
    public enum Problem: Error, Equatable, Sendable {
        /// Already sealed: nothing to do.
        case alreadySealed
        /// Damage (mend it first: `lotsen repair`).
        case damaged(JournalDamage)
        /// Records the journal keeps for itself (a repair's `journal.lost`) cannot be
        /// carried over.
        case holdsLostRecords
        /// Another desk wrote while the copy was made: run it again.
        case changedMeanwhile
    }

    public struct Outcome: Sendable, Equatable {
        public var records: Int
        public var keptAs: String
    }

    public static func migrate(_ paths: JournalPaths, master: MasterKey, journalID: String, keptAs: String,
                               io: FileIO = SystemFileIO()) throws -> Outcome {
        let paths = try paths.canonical()
        if KeyStore.exists(paths) { throw Problem.alreadySealed }
        var batches: [[JournalRecord]] = []
        let (old, report) = try Journal.open(paths, access: .readOnly, io: io, clock: { Timestamp(millisecondsSince1970: 0) }) { batches.append($0) }
        old.close()
        if let damage = report.damage { throw Problem.damaged(damage) }
        let records = batches.joined().filter { $0.sequence > 0 }
        if records.contains(where: { $0.type == JournalLost.type }) { throw Problem.holdsLostRecords }
        guard let header = batches.first?.first, header.sequence == 0, let size = old.chainPoint?.end else { throw Problem.changedMeanwhile }

        let target = JournalPaths(journal: paths.journal + ".encrypting-\(io.processID())")
        for file in [target.journal, target.keys, target.lock, target.head] { try? io.unlink(file) }
        var ring = try KeyStore.create(for: target, master: master, io: io)
        // Batch by batch as they were written: the same framing in the new journal.
        let plain = batches.map { $0.filter { $0.sequence > 0 }.map {
            RecordDraft(time: $0.time, author: $0.author, type: $0.type, subject: $0.subject, payload: $0.payload)
        } }
        var sealed = try ring.seal(Array(plain.joined()), storingNewKeysIn: target, master: master)[...]
        let journal = try Journal.create(target, id: journalID, time: header.time, author: header.author, io: io, clock: { header.time })
        journal.headInterval = 1_000_000
        do {
            for batch in plain where !batch.isEmpty {
                try journal.append(Array(sealed.prefix(batch.count)))
                sealed = sealed.dropFirst(batch.count)
            }
            journal.close()
            let check = try Journal.verify(target, io: io)
            guard check.isSound, check.lastSequence == records.count else { throw JournalError.damaged(check.damage!) }
            try JournalRepair.apply(target.journal, to: paths, keepingDamagedAs: keptAs, unchangedFrom: size,
                                    companions: [(target.keys, paths.keys)], io: io)
        } catch let e as JournalError {
            for file in [target.journal, target.keys, target.lock, target.head, target.journal + ".checked"] { try? io.unlink(file) }
            if case .io(let s) = e, s.errno == EAGAIN { throw Problem.changedMeanwhile }
            throw e
        }
        for file in [target.lock, target.head, target.journal + ".checked"] { try? io.unlink(file) }
        return Outcome(records: records.count, keptAs: keptAs)
    }
}
