import Glibc

extension JournalPaths {
    /// Removes what writers killed half-way (`kill -9`, a power cut) left beside the
    /// journal: `<journal>….tmp-<pid>` — a head, a key store, a snapshot, a journal being
    /// made — and the snapshot's earlier scratch file `….parts-<pid>`, of processes that
    /// are gone. They are copies of personal data, sealed or not, and a key store's may
    /// hold the key of someone purged since: gallring must not leave them behind. A live
    /// process's (or another user's) are kept.
    public func removeDeadTemporaries(io: FileIO = SystemFileIO()) {
        let base = fileName
        guard let dir = opendir(directory) else { return }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name.hasPrefix(base + "."), let pid = Self.writer(ofTemporary: name), kill(pid, 0) != 0, errno == ESRCH {
                names.append(name)
            }
        }
        closedir(dir)
        for name in names { try? io.unlink(directory + "/" + name) }
    }

    /// The process id in a temporary's name (`.tmp-123`, `.tmp-123w`, `.parts-123`).
    static func writer(ofTemporary name: String) -> pid_t? {
        guard let dash = name.lastIndex(of: "-") else { return nil }
        let kind = name[..<dash]
        guard kind.hasSuffix(".tmp") || kind.hasSuffix(".parts") else { return nil }
        var digits = name[name.index(after: dash)...]
        if digits.hasSuffix("w") { digits = digits.dropLast() }
        guard let pid = pid_t(digits), pid > 0 else { return nil }
        return pid
    }
}
