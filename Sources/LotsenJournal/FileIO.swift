import Glibc

/// Every system call the journal makes goes through this protocol, so that tests can
/// make any one of them fail (ENOSPC, EIO, a failed fdatasync, a read-only file
/// system) and check that nothing is acknowledged and nothing is corrupted.
public protocol FileIO: AnyObject {
    func open(_ path: String, _ flags: Int32, _ mode: mode_t) throws(SystemError) -> Int32
    func close(_ fd: Int32)
    func pread(_ fd: Int32, _ buffer: UnsafeMutableRawBufferPointer, _ offset: Int) throws(SystemError) -> Int
    /// Writes all of `bytes` or throws; a short write that cannot continue is an error.
    func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws(SystemError)
    func fdatasync(_ fd: Int32) throws(SystemError)
    func fsync(_ fd: Int32) throws(SystemError)
    func ftruncate(_ fd: Int32, _ size: Int) throws(SystemError)
    func fileSize(_ fd: Int32) throws(SystemError) -> Int
    /// Which file this is and the kernel's record of its last change (`fstat`).
    func identity(_ fd: Int32) throws(SystemError) -> FileIdentity
    func fchmod(_ fd: Int32, _ mode: mode_t) throws(SystemError)
    func flock(_ fd: Int32, _ operation: Int32) throws(SystemError)
    func rename(_ from: String, _ to: String) throws(SystemError)
    func mkdir(_ path: String, _ mode: mode_t) throws(SystemError)
    func unlink(_ path: String) throws(SystemError)
    /// nil when nothing is at `path`.
    func stat(_ path: String) throws(SystemError) -> FileStatus?
    func processID() -> Int32
}

/// A file's device, inode, size and status-change time. The kernel sets the change
/// time on every write and no user can set it back (short of changing the clock), so an
/// unchanged identity means unchanged bytes.
public struct FileIdentity: Sendable, Equatable {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int
    public var changeNanoseconds: Int64
}

public struct FileStatus: Sendable, Equatable {
    public var size: Int
    public var permissions: mode_t
    public var isDirectory: Bool
    /// Which file it is: the same pair as `FileIdentity`'s.
    public var device: UInt64 = 0
    public var inode: UInt64 = 0
}

/// A failed system call: which call, on which path, and errno.
public struct SystemError: Error, Equatable, Sendable, CustomStringConvertible {
    public var call: String
    public var path: String?
    public var errno: Int32

    public init(call: String, path: String?, errno: Int32) {
        self.call = call
        self.path = path
        self.errno = errno
    }

    public var description: String {
        let reason = String(cString: strerror(errno))
        return "\(call)\(path.map { " \($0)" } ?? ""): \(reason) (errno \(errno))"
    }

    public var isNoSpace: Bool { errno == ENOSPC || errno == EDQUOT }
    public var isReadOnlyFileSystem: Bool { errno == EROFS }
    public var isPermissionDenied: Bool { errno == EACCES || errno == EPERM }
}

/// The real system calls, retrying only on EINTR.
public final class SystemFileIO: FileIO {
    public init() {}

    public func open(_ path: String, _ flags: Int32, _ mode: mode_t) throws(SystemError) -> Int32 {
        while true {
            let fd = Glibc.open(path, flags | O_CLOEXEC, mode)
            if fd >= 0 { return fd }
            if errno != EINTR { throw SystemError(call: "open", path: path, errno: errno) }
        }
    }

    public func close(_ fd: Int32) { _ = Glibc.close(fd) }

    public func pread(_ fd: Int32, _ buffer: UnsafeMutableRawBufferPointer, _ offset: Int) throws(SystemError) -> Int {
        while true {
            let n = Glibc.pread(fd, buffer.baseAddress, buffer.count, off_t(offset))
            if n >= 0 { return n }
            if errno != EINTR { throw SystemError(call: "pread", path: nil, errno: errno) }
        }
    }

    public func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws(SystemError) {
        var done = 0
        while done < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n > 0 { done += n; continue }
            if n < 0 && errno == EINTR { continue }
            throw SystemError(call: "write", path: nil, errno: n == 0 ? EIO : errno)
        }
    }

    public func fdatasync(_ fd: Int32) throws(SystemError) {
        // Never retried, not even on EINTR: after a failed sync the kernel may have
        // dropped the dirty pages, so a second "success" would be a lie.
        if Glibc.fdatasync(fd) != 0 { throw SystemError(call: "fdatasync", path: nil, errno: errno) }
    }

    public func fsync(_ fd: Int32) throws(SystemError) {
        if Glibc.fsync(fd) != 0 { throw SystemError(call: "fsync", path: nil, errno: errno) }
    }

    public func ftruncate(_ fd: Int32, _ size: Int) throws(SystemError) {
        while Glibc.ftruncate(fd, off_t(size)) != 0 {
            if errno != EINTR { throw SystemError(call: "ftruncate", path: nil, errno: errno) }
        }
    }

    public func fileSize(_ fd: Int32) throws(SystemError) -> Int {
        var st = Glibc.stat()
        if fstat(fd, &st) != 0 { throw SystemError(call: "fstat", path: nil, errno: errno) }
        return Int(st.st_size)
    }

    public func identity(_ fd: Int32) throws(SystemError) -> FileIdentity {
        var st = Glibc.stat()
        if fstat(fd, &st) != 0 { throw SystemError(call: "fstat", path: nil, errno: errno) }
        return FileIdentity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino), size: Int(st.st_size),
                            changeNanoseconds: Int64(st.st_ctim.tv_sec) * 1_000_000_000 + Int64(st.st_ctim.tv_nsec))
    }

    public func fchmod(_ fd: Int32, _ mode: mode_t) throws(SystemError) {
        if Glibc.fchmod(fd, mode) != 0 { throw SystemError(call: "fchmod", path: nil, errno: errno) }
    }

    public func flock(_ fd: Int32, _ operation: Int32) throws(SystemError) {
        while systemFlock(fd, operation) != 0 {
            if errno != EINTR { throw SystemError(call: "flock", path: nil, errno: errno) }
        }
    }

    public func rename(_ from: String, _ to: String) throws(SystemError) {
        if Glibc.rename(from, to) != 0 { throw SystemError(call: "rename", path: to, errno: errno) }
    }

    public func mkdir(_ path: String, _ mode: mode_t) throws(SystemError) {
        if Glibc.mkdir(path, mode) != 0 { throw SystemError(call: "mkdir", path: path, errno: errno) }
    }

    public func unlink(_ path: String) throws(SystemError) {
        if Glibc.unlink(path) != 0 { throw SystemError(call: "unlink", path: path, errno: errno) }
    }

    public func stat(_ path: String) throws(SystemError) -> FileStatus? {
        var st = Glibc.stat()
        if systemStat(path, &st) != 0 {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw SystemError(call: "stat", path: path, errno: errno)
        }
        return FileStatus(size: Int(st.st_size), permissions: st.st_mode & 0o7777,
                          isDirectory: (st.st_mode & S_IFMT) == S_IFDIR, device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
    }

    public func processID() -> Int32 { getpid() }
}

// `flock` and `stat` name both a struct and a function in Glibc; inside methods of the
// same names Swift picks the struct, so the functions are reached through these.
private func systemFlock(_ fd: Int32, _ operation: Int32) -> Int32 {
    let call: (Int32, Int32) -> Int32 = flock
    return call(fd, operation)
}

func systemStat(_ path: String, _ st: inout stat) -> Int32 {
    let call: (UnsafePointer<CChar>, UnsafeMutablePointer<stat>) -> Int32 = stat
    return path.withCString { call($0, &st) }
}

extension FileIO {
    /// Writes a whole array. (Array's `withUnsafeBytes` only rethrows untyped errors.)
    public func write(_ fd: Int32, bytes: [UInt8]) throws(SystemError) {
        var failure: SystemError?
        bytes.withUnsafeBytes { raw in
            do throws(SystemError) { try write(fd, raw) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Reads up to `count` bytes at `offset`; fewer at the end of the file.
    public func read(_ fd: Int32, count: Int, at offset: Int) throws(SystemError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var failure: SystemError?
        var n = 0
        bytes.withUnsafeMutableBytes { raw in
            do throws(SystemError) { n = try pread(fd, raw, offset) } catch { failure = error }
        }
        if let failure { throw failure }
        bytes.removeLast(count - n)
        return bytes
    }
}
