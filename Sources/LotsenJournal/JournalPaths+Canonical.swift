import Glibc

/// Why a path cannot be taken as the name of a journal.
public enum JournalPathProblem: Equatable, Sendable {
    /// The journal file has more than one name (a hard link): processes reaching it by
    /// different names would not agree on its lock and companion files.
    case hardLinked(path: String, links: Int)
    /// A companion file (lock, head, key store, snapshot) is a symbolic link, which is never followed.
    case companionIsLink(path: String)
    /// The journal is not a regular file (a directory, a device, a pipe).
    case notARegularFile(path: String)
}

extension JournalPaths {
    /// One name per journal, however it is reached: a symbolic link, `..`, or a path
    /// relative to another directory all resolve to the same absolute path, so every
    /// process serialises on the same lock and uses the same head and snapshot. A journal
    /// with a second hard link has no single name and is refused (the companion files
    /// are named after the journal's path, and the kernel cannot tell us the other names).
    ///
    /// A journal that does not exist yet is named by its directory's canonical path.
    public func canonical() throws(JournalError) -> JournalPaths {
        var st = Glibc.stat()
        if lstat(journal, &st) == 0 {
            guard let real = JournalPaths.realPath(journal) else {
                throw .io(SystemError(call: "realpath", path: journal, errno: errno))
            }
            var target = Glibc.stat()
            guard systemStat(real, &target) == 0 else { throw .io(SystemError(call: "stat", path: real, errno: errno)) }
            guard (target.st_mode & S_IFMT) == S_IFREG else { throw .path(.notARegularFile(path: real)) }
            if target.st_nlink > 1 { throw .path(.hardLinked(path: real, links: Int(target.st_nlink))) }
            let paths = JournalPaths(journal: real)
            try paths.refuseLinkedCompanions()
            return paths
        }
        guard errno == ENOENT else { throw .io(SystemError(call: "lstat", path: journal, errno: errno)) }
        let paths = JournalPaths(journal: JournalPaths.canonicalName(journal))
        try paths.refuseLinkedCompanions()
        return paths
    }

    /// The companion files are opened by name; none of them may be a symbolic link
    /// (one pointing at another file would have Lotsen lock, chmod or replace it).
    func refuseLinkedCompanions() throws(JournalError) {
        for path in [lock, head, keys, journal + ".snapshot"] {
            var st = Glibc.stat()
            if lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFLNK { throw .path(.companionIsLink(path: path)) }
        }
    }

    /// Where a path leads: `realpath` of it if it exists, else its directory's
    /// `realpath` and its name; when the directory does not exist yet either, absolute
    /// from the working directory (it is made later).
    static func canonicalName(_ path: String) -> String {
        if let real = realPath(path) { return real }
        let p = JournalPaths(journal: path)
        if let dir = realPath(p.directory) { return (dir == "/" ? "" : dir) + "/" + p.fileName }
        return path.hasPrefix("/") ? path : workingDirectory() + "/" + path
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = Glibc.realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func workingDirectory() -> String {
        guard let cwd = getcwd(nil, 0) else { return "." }
        defer { free(cwd) }
        return String(cString: cwd)
    }
}
