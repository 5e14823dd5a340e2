import Glibc

/// Real file I/O that fails on purpose: the seam the reliability tests use to prove
/// that a full disk, an I/O error or a failed sync never acknowledges a write and never
/// corrupts what was already saved. Shipped in the library (like NIO's embedded channel)
/// so that every test target and the stress helper can use the same one.
public final class FaultInjectingFileIO: FileIO {
    public enum Operation: String, Sendable, CaseIterable {
        case open, write, fdatasync, fsync, ftruncate, rename, flock, mkdir
        /// A read that fails (EIO from a failing disk), for what a half-done read lets go of.
        case read
    }

    public struct Fault: Sendable {
        public var operation: Operation
        /// Fail the call after this many successful calls of the same operation.
        public var after: Int
        public var errno: Int32
        /// For `write`: how many bytes reach the file before the failure (a short write).
        public var bytesBeforeFailure: Int
        /// Keep failing every later call too (a disk that stays full or broken).
        public var sticky: Bool

        public init(_ operation: Operation, after: Int = 0, errno: Int32, bytesBeforeFailure: Int = 0, sticky: Bool = false) {
            self.operation = operation
            self.after = after
            self.errno = errno
            self.bytesBeforeFailure = bytesBeforeFailure
            self.sticky = sticky
        }
    }

    private let base: FileIO
    private var faults: [Fault]
    private var counts: [Operation: Int] = [:]
    /// How many faults actually fired; a test that injects one expects to see it.
    public private(set) var fired = 0

    public init(base: FileIO = SystemFileIO(), faults: [Fault] = []) {
        self.base = base
        self.faults = faults
    }

    public func inject(_ fault: Fault) { faults.append(fault) }

    /// How many calls of `operation` were made so far (failed ones included).
    public func calls(_ operation: Operation) -> Int { counts[operation, default: 0] }

    private func check(_ op: Operation) -> Fault? {
        let n = counts[op, default: 0]
        counts[op] = n + 1
        guard let i = faults.firstIndex(where: { $0.operation == op && n >= $0.after }) else { return nil }
        let fault = faults[i]
        if !fault.sticky { faults.remove(at: i) }
        fired += 1
        return fault
    }

    public func open(_ path: String, _ flags: Int32, _ mode: mode_t) throws(SystemError) -> Int32 {
        // Only opens for writing can fail: a read-only file system still reads.
        if flags & (O_WRONLY | O_RDWR | O_CREAT) != 0, let f = check(.open) {
            throw SystemError(call: "open", path: path, errno: f.errno)
        }
        return try base.open(path, flags, mode)
    }

    public func close(_ fd: Int32) { base.close(fd) }

    public func pread(_ fd: Int32, _ buffer: UnsafeMutableRawBufferPointer, _ offset: Int) throws(SystemError) -> Int {
        if let f = check(.read) { throw SystemError(call: "pread", path: nil, errno: f.errno) }
        return try base.pread(fd, buffer, offset)
    }

    public func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws(SystemError) {
        if let f = check(.write) {
            let partial = min(f.bytesBeforeFailure, bytes.count)
            if partial > 0 { try base.write(fd, UnsafeRawBufferPointer(rebasing: bytes[0..<partial])) }
            throw SystemError(call: "write", path: nil, errno: f.errno)
        }
        try base.write(fd, bytes)
    }

    public func fdatasync(_ fd: Int32) throws(SystemError) {
        if let f = check(.fdatasync) { throw SystemError(call: "fdatasync", path: nil, errno: f.errno) }
        try base.fdatasync(fd)
    }

    public func fsync(_ fd: Int32) throws(SystemError) {
        if let f = check(.fsync) { throw SystemError(call: "fsync", path: nil, errno: f.errno) }
        try base.fsync(fd)
    }

    public func ftruncate(_ fd: Int32, _ size: Int) throws(SystemError) {
        if let f = check(.ftruncate) { throw SystemError(call: "ftruncate", path: nil, errno: f.errno) }
        try base.ftruncate(fd, size)
    }

    public func fileSize(_ fd: Int32) throws(SystemError) -> Int { try base.fileSize(fd) }

    public func identity(_ fd: Int32) throws(SystemError) -> FileIdentity { try base.identity(fd) }

    public func fchmod(_ fd: Int32, _ mode: mode_t) throws(SystemError) { try base.fchmod(fd, mode) }

    public func flock(_ fd: Int32, _ operation: Int32) throws(SystemError) {
        if let f = check(.flock) { throw SystemError(call: "flock", path: nil, errno: f.errno) }
        try base.flock(fd, operation)
    }

    public func rename(_ from: String, _ to: String) throws(SystemError) {
        if let f = check(.rename) { throw SystemError(call: "rename", path: to, errno: f.errno) }
        try base.rename(from, to)
    }

    public func mkdir(_ path: String, _ mode: mode_t) throws(SystemError) {
        if let f = check(.mkdir) { throw SystemError(call: "mkdir", path: path, errno: f.errno) }
        try base.mkdir(path, mode)
    }

    public func unlink(_ path: String) throws(SystemError) { try base.unlink(path) }
    public func stat(_ path: String) throws(SystemError) -> FileStatus? { try base.stat(path) }
    public func processID() -> Int32 { base.processID() }
}
