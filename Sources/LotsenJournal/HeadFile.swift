import Glibc
import LotsenJSON

/// The head checkpoint: the journal's id, its last sequence number and that record's
/// hash, kept in a separate small file. The journal can only grow, so a journal that
/// ends before the head's record lost whole records at its end — damage that no hash
/// chain can see on its own.
///
/// Written as temp file + fsync + rename + directory fsync, always after the records it
/// names were synced, so the head never points past what is durable.
struct HeadFile: Equatable {
    var journalID: String
    var sequence: Int
    var hash: Digest

    enum ReadError: Error, Equatable { case unreadable }

    func encoded() -> [UInt8] {
        var out: [UInt8] = Array(#"{"journal":"#.utf8)
        JSONText.appendString(journalID, to: &out)
        out.append(contentsOf: #","seq":"#.utf8)
        out.append(contentsOf: String(sequence).utf8)
        out.append(contentsOf: #","hash":""#.utf8)
        hash.appendHex(to: &out)
        out.append(contentsOf: "\"}\n".utf8)
        return out
    }

    static func decode(_ bytes: [UInt8]) -> HeadFile? {
        bytes.withUnsafeBytes { raw -> HeadFile? in
            var c = Cursor(bytes: raw)
            guard c.expect(#"{"journal":"#), let id = c.stringValue(),
                  c.expect(#","seq":"#), let seq = c.unsigned(),
                  c.expect(#","hash":""#), let hash = c.digest(), c.expect("\"}\n"), c.i == raw.count
            else { return nil }
            return HeadFile(journalID: id, sequence: seq, hash: hash)
        }
    }

    /// nil when there is no head file.
    static func read(_ paths: JournalPaths, io: FileIO) throws -> HeadFile? {
        let fd: Int32
        do {
            fd = try io.open(paths.head, O_RDONLY | O_NOFOLLOW, 0)
        } catch let e where e.errno == ENOENT {
            return nil
        }
        defer { io.close(fd) }
        guard let head = decode(try io.read(fd, count: 512, at: 0)) else { throw ReadError.unreadable }
        return head
    }

    func write(_ paths: JournalPaths, io: FileIO) throws(SystemError) {
        let temp = paths.head + ".tmp-\(io.processID())"
        try FileCreation.writeAtomically(encoded(), to: paths.head, via: temp, directory: paths.directory, io: io)
    }
}

/// Creating files the durable way, with private permissions.
enum FileCreation {
    static let filePermissions: mode_t = 0o600
    static let directoryPermissions: mode_t = 0o700

    /// Writes `bytes` to `temp`, syncs it, renames it over `path` and syncs the directory.
    static func writeAtomically(_ bytes: [UInt8], to path: String, via temp: String, directory: String,
                                io: FileIO) throws(SystemError) {
        let fd = try io.open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, filePermissions)
        do throws(SystemError) {
            try io.fchmod(fd, filePermissions)
            try io.write(fd, bytes: bytes)
            try io.fsync(fd)
            io.close(fd)
        } catch {
            io.close(fd)
            try? io.unlink(temp)
            throw error
        }
        do throws(SystemError) {
            try io.rename(temp, path)
        } catch {
            try? io.unlink(temp)
            throw error
        }
        try syncDirectory(directory, io: io)
    }

    static func syncDirectory(_ directory: String, io: FileIO) throws(SystemError) {
        let dfd = try io.open(directory, O_RDONLY | O_DIRECTORY, 0)
        defer { io.close(dfd) }
        try io.fsync(dfd)
    }

    /// Creates `directory` (and missing parents) with 0700. Existing directories are
    /// left as they are: the user may have chosen a shared place on purpose.
    static func ensureDirectory(_ directory: String, io: FileIO) throws(SystemError) {
        if let st = try io.stat(directory) {
            if st.isDirectory { return }
            throw SystemError(call: "mkdir", path: directory, errno: ENOTDIR)
        }
        if let slash = directory.lastIndex(of: "/"), slash != directory.startIndex {
            try ensureDirectory(String(directory[..<slash]), io: io)
        }
        do throws(SystemError) {
            try io.mkdir(directory, directoryPermissions)
        } catch let e where e.errno == EEXIST {
            return
        }
    }
}

extension Journal {
    /// The last sequence number the head file names, without opening the journal: a hint
    /// for a replay (which entries are recent), never a check. Nil without a readable head.
    public static func headSequence(_ paths: JournalPaths, io: FileIO = SystemFileIO()) -> Int? {
        (try? HeadFile.read(paths, io: io))??.sequence
    }
}
