import Foundation
import Glibc

/// A fresh directory under the system's temp dir, removed when released. Tests use it
/// instead of the user's home so they never touch real data.
public final class TemporaryDirectory: @unchecked Sendable {
    public let path: String

    public init(_ label: String = "lotsen") {
        var template = Array((NSTemporaryDirectory() + "/\(label)-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { fatalError("mkdtemp failed: \(errno)") }
        // Its canonical name (no `//`, no links): the one Lotsen reports journals by.
        guard let real = realpath(made, nil) else { fatalError("realpath failed: \(errno)") }
        defer { free(real) }
        path = String(cString: real)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    public func file(_ name: String) -> String { path + "/" + name }
}

/// Reads and writes whole files as bytes.
public enum Bytes {
    public static func read(_ path: String) -> [UInt8] {
        (FileManager.default.contents(atPath: path)).map { [UInt8]($0) } ?? []
    }

    /// Overwrites the file in place (same inode), as damage on disk would: a handle that
    /// already has the file open sees the new bytes.
    public static func write(_ bytes: [UInt8], to path: String) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        precondition(fd >= 0, "open \(path): \(errno)")
        defer { close(fd) }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, bytes.count - done) }
            precondition(n > 0, "write \(path): \(errno)")
            done += n
        }
    }

    public static func permissions(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? nil
    }
}
