import Foundation

/// A child process whose output is read while it runs, and which a test can kill at a
/// moment of its choosing (the crash loop's SIGKILL).
public final class RunningProcess: @unchecked Sendable {
    private let process = Process()
    private let output = Pipe()
    /// What it said on stderr, for a test's message when it fails (a few lines at most:
    /// read once it has ended).
    private let errors = Pipe()
    private var buffer = Data()

    public init(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ["PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "LANG": "C.UTF-8", "LOTSEN_TODAY": PinnedDay.iso]
        env.merge(environment) { $1 }
        process.environment = env
        process.standardOutput = output
        process.standardError = errors
        try process.run()
    }

    public var pid: Int32 { process.processIdentifier }

    /// Waits until the output holds at least `count` lines or `timeout` seconds pass.
    public func waitForLines(_ count: Int, timeout: Double) {
        // poll, not a blocking read: a child that stops writing must not outlast the
        // deadline.
        let deadline = Date().addingTimeInterval(timeout)
        let fd = output.fileHandleForReading.fileDescriptor
        while lines().count < count && process.isRunning {
            let left = deadline.timeIntervalSinceNow
            if left <= 0 { break }
            var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, Int32(left * 1000) + 1) > 0 else { continue }
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
        }
    }

    public func kill(_ signal: Int32 = SIGKILL) {
        _ = Foundation.kill(process.processIdentifier, signal)
    }

    /// Waits for the process to end and returns every complete line it printed.
    public func finish() -> (status: Int32, lines: [String]) {
        buffer.append(output.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        return (process.terminationStatus, lines())
    }

    /// Its stderr, once it has ended (`finish`).
    public func errorOutput() -> String {
        String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }

    /// Complete lines only: a line cut by a kill was never fully said.
    public func lines() -> [String] {
        let text = String(decoding: buffer, as: UTF8.self)
        var parts = text.components(separatedBy: "\n")
        parts.removeLast()
        return parts
    }
}
