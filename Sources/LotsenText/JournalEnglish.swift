import Glibc
import LotsenJournal

enum JournalEnglish: JournalWords {
    static func n(_ x: Int) -> String { NumberText.integer(x, .en) }

    static func damage(_ d: JournalDamage) -> String {
        let place = "record \(n(d.sequence)) (byte \(n(d.offset)))"
        switch d.kind {
        case .unreadable(let part):
            return "The journal is damaged at \(place): the line cannot be read as a record (\(part))."
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
        case .notFound(let path): return "There is no journal at \(path). Create one with `lotsen init`."
        case .alreadyExists(let path): return "A journal already exists at \(path)."
        case .readOnly(let r): return "Nothing was saved. " + readOnly(r)
        case .damaged(let d): return "Nothing was saved. " + damage(d)
        case .invalidDraft(let i, let reason): return "Nothing was saved: entry \(i + 1) of the save is invalid (\(reason))."
        case .io(let s): return "The journal could not be read or locked: \(system(s))."
        case .writeFailed(let s): return "Nothing was saved: the write failed (\(system(s))). The journal is now read-only."
        case .syncFailed(let s):
            return "Nothing was saved: the disk did not confirm the write (\(system(s))). The journal is now read-only; the attempt was not repeated."
        }
    }

    static func system(_ e: SystemError) -> String {
        let what: String
        switch e.errno {
        case ENOSPC, EDQUOT: what = "the disk is full"
        case EIO: what = "an input/output error on the disk"
        case EROFS: what = "the file system is read-only"
        case EACCES, EPERM: what = "permission denied"
        case ENOENT: what = "no such file or directory"
        case ENOTDIR: what = "part of the path is not a directory"
        default: what = String(cString: strerror(e.errno))
        }
        return e.path.map { "\(what): \($0)" } ?? what
    }

    static func verification(_ r: VerificationReport, path: String) -> String {
        var lines: [String] = []
        if let d = r.damage {
            lines.append(damage(d))
        } else if let t = r.tornTail {
            lines.append(tornTail(t))
        } else {
            lines.append("The journal is sound.")
        }
        lines.append("  File:     \(path) (\(NumberText.bytes(r.bytes, .en)))")
        if let id = r.journalID { lines.append("  Journal:  \(id)") }
        lines.append("  Records:  \(n(max(r.lastSequence, 0))) checked in an unbroken chain")
        switch r.head {
        case .matches: lines.append("  Checkpoint: matches the last record")
        case .behind(let s): lines.append("  Checkpoint: record \(n(s)) (written lazily)")
        case .ahead(let s): lines.append("  Checkpoint: record \(n(s)), past the end of the journal")
        case .missing: lines.append("  Checkpoint: missing – whole records lost at the end cannot be detected")
        }
        return lines.joined(separator: "\n")
    }

    static func progress(percent: Int) -> String { "Checking the journal … \(percent) %" }
}
