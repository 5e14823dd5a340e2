import Glibc

/// A child process of this same binary whose standard output is read through a pipe,
/// for the torture run (no Foundation: this helper stays small and starts fast).
final class Child {
    let pid: pid_t
    private let readFD: Int32
    private var buffer: [UInt8] = []

    init(_ arguments: [String]) {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { fatalError("pipe: \(errno)") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        let argv = ([CommandLine.arguments[0]] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let rc = posix_spawn(&child, "/proc/self/exe", &actions, nil, argv, environ)
        posix_spawn_file_actions_destroy(&actions)
        guard rc == 0 else { fatalError("posix_spawn: \(rc)") }
        close(fds[1])
        pid = child
        readFD = fds[0]
    }

    /// Reads whatever is available within `milliseconds`.
    func pump(milliseconds: Int32) {
        var p = pollfd(fd: readFD, events: Int16(POLLIN), revents: 0)
        guard poll(&p, 1, milliseconds) > 0 else { return }
        var chunk = [UInt8](repeating: 0, count: 65536)
        let n = chunk.withUnsafeMutableBytes { read(readFD, $0.baseAddress, $0.count) }
        if n > 0 { buffer.append(contentsOf: chunk[0..<n]) }
    }

    /// Kills (if asked), reads to the end and reaps. Returns the complete lines.
    func finish(kill signal: Int32? = nil) -> [String] {
        if let signal { kill(pid, signal) }
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(readFD, $0.baseAddress, $0.count) }
            if n > 0 { buffer.append(contentsOf: chunk[0..<n]); continue }
            if n < 0 && errno == EINTR { continue }
            break
        }
        close(readFD)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return lines()
    }

    func lines() -> [String] {
        var parts = String(decoding: buffer, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        parts.removeLast()
        return parts
    }
}
