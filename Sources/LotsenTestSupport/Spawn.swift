import CSpawn
import Glibc

/// Starts a program with posix_spawn and waits for it with waitpid, reading its
/// standard output. Used for tmux, whose server daemon inherits the client's
/// descriptors: Foundation's Process waits for those to close and would hang.
///
/// Tests run in parallel, so another thread's pipes are open while we spawn. The child
/// keeps none of them (close-from 3, and our own pipe is close-on-exec): a tmux server
/// that inherited a sibling test's pipe would hold it open for ever, and that test's
/// read would never end.
public func spawnAndWait(_ path: String, _ args: [String], environment: [String: String], captureOutput: Bool) -> (status: Int32, output: String) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var fds: [Int32] = [-1, -1]
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    if captureOutput {
        _ = cspawn_pipe_cloexec(&fds)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_addclose(&actions, fds[1])
    } else {
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    cspawn_addclosefrom(&actions, 3)
    let argv = ([path] + args).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { argv.forEach { free($0) }; envp.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, path, &actions, nil, argv, envp) == 0 else { return (-1, "") }
    var output: [UInt8] = []
    if captureOutput {
        close(fds[1])
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fds[0], $0.baseAddress, $0.count) }
            if n > 0 { output += chunk[0..<n]; continue }
            if n < 0 && errno == EINTR { continue }
            break
        }
        close(fds[0])
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return ((status >> 8) & 0xFF, String(decoding: output, as: UTF8.self))
}
