import LotsenCore
import LotsenJournal

enum JournalEnglish: JournalWords {
    static func n(_ x: Int) -> String { NumberText.integer(x, .en) }

    static func recordPart(_ p: RecordPart) -> String {
        switch p {
        case .start: return "does not start like a record"
        case .version: return "format version"
        case .sequence: return "sequence number"
        case .previous: return "link to the record before"
        case .time: return "time"
        case .author: return "author"
        case .type: return "type"
        case .subject: return "subject"
        case .batchCount: return "batch count"
        case .payloadKey: return "payload"
        case .payload: return "payload is not one JSON object"
        }
    }

    static func damage(_ d: JournalDamage) -> String {
        let place = "record \(n(d.sequence)) (byte \(n(d.offset)))"
        switch d.kind {
        case .unreadable(let part):
            return "The journal is damaged at \(place): the line cannot be read as a record (\(recordPart(part)))."
        case .unsupportedVersion(let v):
            return "At \(place) the journal holds a record in format \(v), which this version of Lotsen cannot read. Update Lotsen."
        case .notAJournal:
            return "The file is not a Lotsen journal: its first line is not a journal header."
        case .outOfOrder(let found):
            return "The journal is damaged at \(place): record \(n(d.sequence)) should be here, but record \(n(found)) is. A record was deleted, inserted or moved."
        case .changed:
            return "The journal is damaged at \(place): the record was changed after it was saved (it no longer matches its hash)."
        case .brokenLink:
            return "The journal is damaged at \(place): the record does not link to the one before it (the previous record's hash does not match)."
        case .batchBroken:
            return "The journal is damaged at \(place): the records of one save do not follow each other."
        case .missingAtEnd(let head):
            return "The journal was cut short: it ends before record \(n(d.sequence)), but records up to \(n(head)) were saved. Whole records are missing at the end."
        case .damagedLastRecord:
            return "The journal is damaged at \(place): the last record is incomplete although it was saved."
        case .foreignHead:
            return "The checkpoint file (.head) belongs to another journal."
        case .unreadableHead:
            return "The checkpoint file (.head) cannot be read."
        case .shrank:
            return "The journal file became shorter while it was open (after record \(n(d.sequence))). Something other than Lotsen changed it."
        }
    }

    static func tornTail(_ t: TornTail) -> String {
        let what = "The end of the journal was incomplete: \(n(t.length)) bytes from byte \(n(t.offset)) were never fully written, most likely because of a crash. They had never been acknowledged as saved."
        if let moved = t.movedTo { return what + " They were moved to \(moved)." }
        return what + " The next time Lotsen opens the journal for writing they will be moved aside."
    }

    static func readOnly(_ r: ReadOnlyReason) -> String {
        switch r {
        case .requested: return "The journal is open for reading only."
        case .cannotWrite(let e): return "The journal can only be read: \(system(e))."
        case .damaged(let d): return "The journal can only be read because it is damaged. " + damage(d)
        case .failedWrite(let e):
            return "The journal can only be read since a write failed (\(system(e))). Nothing unacknowledged was saved. Restart Lotsen once the problem is fixed."
        }
    }

    static func error(_ e: JournalError) -> String {
        switch e {
        case .notFound(let path): return "There is no journal at \(Quoted.text(path)). Create one with `lotsen init`."
        case .alreadyExists(let path): return "A journal already exists at \(path)."
        case .readOnly(let r): return "Nothing was saved. " + readOnly(r)
        case .damaged(let d): return "Nothing was saved. " + damage(d)
        case .invalidDraft(let i, let reason): return "Nothing was saved: entry \(i + 1) of the save is invalid (\(reason))."
        case .io(let s): return "The journal could not be read or locked: \(system(s))."
        case .writeFailed(let s): return "Nothing was saved: the write failed (\(system(s))). The journal is now read-only."
        case .syncFailed(let s):
            return "Nothing was saved: the disk did not confirm the write (\(system(s))). The journal is now read-only; the attempt was not repeated."
        case .path(.hardLinked(let p, let n)):
            return "The journal \(p) has \(n) names (hard links). A journal must have one name, so that everyone who writes shares one lock; remove the other links. Nothing was done."
        case .path(.companionIsLink(let p)):
            return "\(p) is a symbolic link. The journal's lock, head and snapshot files are never reached through links; remove the link. Nothing was done."
        case .path(.notARegularFile(let p)): return "\(p) is not a regular file and cannot be a journal. Nothing was done."
        }
    }

    static func systemProblem(_ p: SystemProblem) -> String {
        switch p {
        case .diskFull: return "the disk is full"
        case .ioError: return "an input/output error on the disk"
        case .readOnlyFileSystem: return "the file system is read-only"
        case .permissionDenied: return "permission denied"
        case .noSuchFile: return "no such file or directory"
        case .notADirectory: return "part of the path is not a directory"
        case .other(let text): return text
        }
    }

    static func verificationLine(_ l: VerificationLine) -> String {
        switch l {
        case .sound: return "The journal is sound."
        case .file(let path, let size): return "  File:     \(path) (\(size))"
        case .journal(let id): return "  Journal:  \(id)"
        case .records(let n): return "  Records:  \(n) checked in an unbroken chain"
        case .headMatches: return "  Checkpoint: matches the last record"
        case .headBehind(let s): return "  Checkpoint: record \(s) (written lazily)"
        case .headAhead(let s): return "  Checkpoint: record \(s), past the end of the journal"
        case .headMissing: return "  Checkpoint: missing – whole records lost at the end cannot be detected"
        case .snapshotMissing: return "  Snapshot: none (made on the next open)"
        case .snapshotHolds(let s): return "  Snapshot: record \(s); its seal and checksums hold and the record is in the chain"
        case .snapshotEqualsReplay(let s): return "  Snapshot: record \(s); the same contents as the journal replayed to it"
        case .snapshotDamaged: return "The snapshot is damaged. It is only a shortcut: remove it and a new one is made from the journal."
        case .snapshotNotInChain: return "The snapshot was made at a record the journal does not hold. Remove it and a new one is made from the journal."
        case .snapshotDiffers(let s): return "The snapshot (record \(s)) says something the journal replayed to it does not: it was changed. `find` and `show` answer from it; remove it and a new one is made from the journal."
        case .snapshotSealBroken: return "The snapshot's seal does not hold: it was changed after it was made. `find` and `show` answer from it; remove it and a new one is made from the journal."
        }
    }

    static func skipped(first: Int, last: Int) -> String {
        first == last ? "Record \(n(first)) could not be read and is left out; the records after it were read, since their own chain vouches for them. `lotsen repair` writes a mended journal beside it." : "Records \(n(first))–\(n(last)) could not be read and are left out; the records after them were read, since their own chain vouches for them. `lotsen repair` writes a mended journal beside it."
    }

    static func repairWritten(path: String, lost: [Int], restored: [Int], relinked: Int) -> String {
        var lines = ["Mended journal written and verified: \(path)"]
        if !restored.isEmpty { lines.append("  Taken from the backup: record \(restored.map(n).joined(separator: ", "))") }
        if !lost.isEmpty { lines.append("  Lost, replaced by a record that says so: record \(lost.map(n).joined(separator: ", "))") }
        if relinked == 1 { lines.append("  1 record after them had its link made again; nothing else in it changed.") }
        if relinked > 1 { lines.append("  \(n(relinked)) records after them had their link made again; nothing else in them changed.") }
        lines.append("  The damaged journal is untouched.")
        return lines.joined(separator: "\n")
    }
    static func repairAsk(keptAs: String) -> String { "Put the mended journal in place now? The damaged one is kept as \(keptAs). [y/N] " }
    static func repairApplied(keptAs: String) -> String { "The mended journal is in place. The damaged one is kept as \(keptAs)." }
    static func repairNotApplied(path: String) -> String { "Nothing was put in place. Do it later with `lotsen repair --apply`, or remove \(path)." }
    static let repairSound = "The journal is sound; there is nothing to mend."
    static func repairCannot(_ d: JournalDamage) -> String { damage(d) + " Reading cannot go past that damage, so there is nothing after it to keep; restore from a backup." }
    static let repairForeignBackup = "The backup belongs to another journal. Nothing was written."

    static func checkedWhole(_ when: String) -> String { "Journal checked whole: \(when) (since then only Lotsen's own appends)." }

    static func progress(percent: Int) -> String { "Checking the journal … \(percent) %" }
}
