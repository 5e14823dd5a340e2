import Glibc

/// Writing a file that holds personal data: created 0600 (never readable by others,
/// not even for a moment), replaced whole, and on disk before we say it is written.
public enum PrivateFile {
    public struct Failure: Error, Equatable {
        public let path: String
        /// `strerror` of what went wrong.
        public let reason: String
    }

    public static func write(_ text: String, to path: String) throws(Failure) {
        let temporary = path + ".tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure(path) }
        // An existing temporary left by a crash may have other permissions.
        _ = fchmod(fd, 0o600)
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { let f = failure(path); close(fd); unlink(temporary); throw f }
            bytes = bytes.dropFirst(n)
        }
        guard fsync(fd) == 0 else { let f = failure(path); close(fd); unlink(temporary); throw f }
        close(fd)
        guard rename(temporary, path) == 0 else { let f = failure(path); unlink(temporary); throw f }
    }

    /// A private directory (0700) for files like these; an existing one is left as it is.
    public static func ensureDirectory(_ path: String) throws(Failure) {
        if mkdir(path, 0o700) != 0 && errno != EEXIST { throw failure(path) }
    }

    static func failure(_ path: String) -> Failure { Failure(path: path, reason: String(cString: strerror(errno))) }
}
