import Glibc
import LotsenCalendar
import LotsenJSON

/// The record that stands where a damaged one was, in a mended journal: it names the
/// sequence number and the damage, and nothing of what was lost.
public enum JournalLost {
    public static let type = "journal.lost"
}

/// Mending a damaged journal without pretending: a new journal is written beside the old
/// one, in which each record that could not be read is either the original (from a
/// backup copy whose chain vouches for those very bytes) or a `journal.lost` record
/// that says what was lost; the records after it keep every field but their `prev`
/// link, which is made again. The new file is verified before anyone is told of it, and
/// put in place only on request (`apply`), with the damaged file kept beside it.
public enum JournalRepair {
    public struct Outcome: Equatable, Sendable {
        /// Where the mended journal was written.
        public var path: String
        /// Sequence numbers replaced by `journal.lost` records.
        public var lost: [Int]
        /// Sequence numbers restored byte for byte from the backup.
        public var restored: [Int]
        /// Records after the first replaced one whose link was made again.
        public var relinked: Int
        public var damage: JournalDamage
    }

    public enum Problem: Error, Equatable, Sendable {
        /// The journal is sound: nothing to mend.
        case sound
        /// Damage that reading cannot go past (not a journal, a foreign head, records
        /// lost at the end): there is nothing after it to keep.
        case cannotReadPast(JournalDamage)
        /// The backup is another journal's.
        case foreignBackup
    }

    /// Writes the mended journal to `output` (refused if it exists) and verifies it.
    public static func write(_ paths: JournalPaths, to output: String, backup: JournalPaths?,
                             author: String, time: Timestamp, io: FileIO = SystemFileIO()) throws -> Outcome {
        let (journal, report, records) = try readAll(paths, io: io)
        guard let damage = report.damage else { throw Problem.sound }
        guard !report.skipped.isEmpty else { throw Problem.cannotReadPast(damage) }
        var bySequence: [Int: JournalRecord] = [:]
        for r in records { bySequence[r.sequence] = r }
        var fromBackup: [Int: JournalRecord] = [:]
        if let backup {
            let (copy, _, backupRecords) = try readAll(backup, io: io)
            guard copy.journalID == journal.journalID else { throw Problem.foreignBackup }
            var byBackup: [Int: JournalRecord] = [:]
            for r in backupRecords { byBackup[r.sequence] = r }
            for s in report.skipped {
                let range = s.first...s.last
                // The backup's own chain vouches for its bytes; they fit where they are
                // missing only if the records on either side vouch for them too.
                guard range.allSatisfy({ byBackup[$0] != nil }),
                      byBackup[s.first]!.previous == (bySequence[s.first - 1]?.hash ?? .zero),
                      bySequence[s.last + 1].map({ $0.previous == byBackup[s.last]!.hash }) ?? true else { continue }
                for q in range { fromBackup[q] = byBackup[q] }
            }
        }
        let last = max(journal.lastSequence, report.skipped.map(\.last).max() ?? 0, records.last?.sequence ?? 0)
        var out: [UInt8] = []
        var previous = Digest.zero
        var lost: [Int] = [], restored: [Int] = []
        var relinked = 0
        var firstReplaced: Int?
        for seq in 0...last {
            let draft: RecordDraft
            let more: Int
            if let r = bySequence[seq] ?? fromBackup[seq] {
                if fromBackup[seq] != nil { restored.append(seq) }
                draft = RecordDraft(time: r.time, author: r.author, type: r.type, subject: r.subject, payload: r.payload)
                more = r.remainingInBatch
                if let f = firstReplaced, seq > f, r.previous != previous { relinked += 1 }
            } else {
                let why = report.skipped.first { ($0.first...$0.last).contains(seq) }?.damage ?? damage
                var w = JSONObjectWriter()
                w.field("sequence", seq)
                w.field("damage", why.kind.code)
                w.field("offset", why.offset)
                draft = RecordDraft(time: time, author: author, type: JournalLost.type, payload: w.finished())
                more = 0
                lost.append(seq)
                if firstReplaced == nil { firstReplaced = seq }
            }
            let line = RecordCodec.encode(sequence: seq, previous: previous, draft: draft, more: more)
            previous = Digest(hashing: line)
            out += line
            out.append(0x0A)
        }
        // Beside the journal on purpose (its name starts like the journal's own files).
        do {
            try PrivateFile.write(out, to: output, existing: .refuse)
        } catch {
            throw JournalError.io(SystemError(call: "write", path: output, errno: error.kind == .exists ? EEXIST : EIO))
        }
        let mended = JournalPaths(journal: output)
        let check = try Journal.verify(mended, io: io)
        guard check.isSound, check.lastSequence == last else {
            unlink(output)
            throw JournalError.damaged(check.damage ?? damage)
        }
        return Outcome(path: output, lost: lost, restored: restored, relinked: relinked, damage: damage)
    }

    /// Puts a mended journal in place under the journal's lock: the damaged file is
    /// kept as `keptAs`, the mended one takes its name, and the head is written for
    /// it; the snapshot and the whole-chain mark of the old file go.
    ///
    /// - Parameters:
    ///   - unchangedFrom: the size the journal had when the new file was made from it: if
    ///     another desk appended since, nothing is swapped (their records would be lost).
    ///   - companions: files put in place in the same step, before the journal (a new
    ///     key store: `from` is renamed to `to`).
    public static func apply(_ mended: String, to paths: JournalPaths, keepingDamagedAs keptAs: String,
                             unchangedFrom size: Int? = nil, companions: [(from: String, to: String)] = [],
                             io: FileIO = SystemFileIO()) throws {
        let paths = try paths.canonical()
        let check = try Journal.verify(JournalPaths(journal: mended), io: io)
        guard check.isSound, let id = check.journalID else { throw JournalError.damaged(check.damage!) }
        let lockFD: Int32
        do throws(SystemError) { lockFD = try Journal.openLockFile(paths, io: io, writable: true) } catch { throw JournalError.io(error) }
        defer { io.close(lockFD) }
        do throws(SystemError) {
            try io.flock(lockFD, LOCK_EX)
            defer { try? io.flock(lockFD, LOCK_UN) }
            if let size {
                let fd = try io.open(paths.journal, O_RDONLY | O_CLOEXEC, 0)
                defer { io.close(fd) }
                // EAGAIN: another desk wrote meanwhile; the caller makes the new file again.
                if try io.fileSize(fd) != size { throw SystemError(call: "fstat", path: paths.journal, errno: EAGAIN) }
            }
            for c in companions { try io.rename(c.from, c.to) }
            // The damaged file gets its second name first, then the mended one takes the
            // journal's name in one rename: killed at any moment, the journal's name always
            // holds a whole journal (the damaged one or the mended one), never nothing.
            if Glibc.link(paths.journal, keptAs) != 0 { throw SystemError(call: "link", path: keptAs, errno: errno) }
            try io.rename(mended, paths.journal)
            try? io.unlink(paths.journal + ".snapshot")
            try? io.unlink(WholeChainMark.path(paths))
            try HeadFile(journalID: id, sequence: check.lastSequence, hash: check.lastHash).write(paths, io: io)
            try FileCreation.syncDirectory(paths.directory, io: io)
        } catch {
            throw JournalError.io(error)
        }
    }

    private static func readAll(_ paths: JournalPaths, io: FileIO) throws -> (Journal, Journal.OpenReport, [JournalRecord]) {
        var records: [JournalRecord] = []
        let (journal, report) = try Journal.open(paths, access: .readOnly, io: io, clock: { Timestamp(millisecondsSince1970: 0) }) {
            records += $0
        }
        journal.close()
        return (journal, report, records)
    }
}
