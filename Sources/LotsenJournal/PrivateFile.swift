import Glibc

/// Files beside the journal that hold personal data (exports, printouts): written the
/// way the head file is — 0600 from the first byte, replaced whole, synced before we
/// say so — in a directory created 0700.
public enum PrivateFile {
    public struct Failure: Error, Equatable {
        public enum Kind: Equatable, Sendable {
            /// A system call failed, with its errno (said in the user's language by
            /// LotsenText's `systemProblem`).
            case system(Int32)
            /// The file exists and the caller did not ask to replace it.
            case exists
            /// The path is the journal or one of its companion files.
            case journalFile
        }
        public let path: String
        public let kind: Kind
        /// The failed system call, for a message in the user's language; nil for a refusal.
        public var systemError: SystemError? { if case .system(let e) = kind { SystemError(call: "write", path: nil, errno: e) } else { nil } }
    }

    /// What to do when the file already exists.
    public enum Existing: Sendable {
        /// Replace it whole, atomically (Lotsen's own exports, `--force`).
        case replace
        /// Refuse, without a window in which another file could be overwritten: the new
        /// file is linked into place, which fails if the name is taken.
        case refuse
    }

    /// Writes `bytes` to `path`. Never through a symbolic link: the temporary file is
    /// opened with O_NOFOLLOW and put in place by name (`rename` replaces a link itself,
    /// `link` refuses a taken name). Refuses the journal of `protecting` and its
    /// companion files, however the path reaches them.
    public static func write(_ bytes: [UInt8], to path: String, existing: Existing = .replace,
                             protecting journal: JournalPaths? = nil) throws(Failure) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        if let journal, isJournalFile(path, journal) { throw Failure(path: path, kind: .journalFile) }
        var st = Glibc.stat()
        if existing == .refuse, lstat(path, &st) == 0 { throw Failure(path: path, kind: .exists) }
        let io = SystemFileIO()
        let temp = path + ".tmp-\(io.processID())"
        do throws(SystemError) {
            switch existing {
            case .replace:
                try FileCreation.writeAtomically(bytes, to: path, via: temp, directory: directory, io: io)
            case .refuse:
                try FileCreation.writeAtomically(bytes, to: temp, via: temp + "w", directory: directory, io: io)
                defer { try? io.unlink(temp) }
                if Glibc.link(temp, path) != 0 { throw SystemError(call: "link", path: path, errno: errno) }
                try FileCreation.syncDirectory(directory, io: io)
            }
        } catch where error.errno == EEXIST {
            throw Failure(path: path, kind: .exists)
        } catch {
            throw Failure(path: path, kind: .system(error.errno))
        }
    }

    public static func write(_ text: String, to path: String, existing: Existing = .replace,
                             protecting journal: JournalPaths? = nil) throws(Failure) {
        try write(Array(text.utf8), to: path, existing: existing, protecting: journal)
    }

    /// A private directory (0700) and any missing parents; an existing one is left as it is.
    public static func ensureDirectory(_ path: String) throws(Failure) {
        do throws(SystemError) { try FileCreation.ensureDirectory(path, io: SystemFileIO()) } catch {
            throw Failure(path: path, kind: .system(error.errno))
        }
    }

    /// The journal itself, a companion file (`.lock`, `.head`, `.snapshot`, `.broken-…`,
    /// temporary files), or another name for the journal's inode.
    static func isJournalFile(_ path: String, _ journal: JournalPaths) -> Bool {
        let target = JournalPaths.canonicalName(path), canonical = JournalPaths.canonicalName(journal.journal)
        if target == canonical || target.hasPrefix(canonical + ".") { return true }
        var a = Glibc.stat(), b = Glibc.stat()
        return systemStat(path, &a) == 0 && systemStat(canonical, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }
}
