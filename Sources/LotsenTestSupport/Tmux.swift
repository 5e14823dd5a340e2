import Foundation

/// A private tmux server (its own socket) with a fixed-size session, for driving the
/// real binary as a caseworker would. Waits for what the screen shows, with a
/// deadline, rather than sleeping a fixed time.
public final class Tmux {
    public let socket: String
    public static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    public init(width: Int = 80, height: Int = 24, command: String) throws {
        socket = "lotsen-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try quiet(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", command])
    }

    /// For commands that may start the server: the daemon would inherit a pipe and keep
    /// it open, so their output goes nowhere.
    private func quiet(_ args: [String]) throws {
        _ = spawnAndWait("/usr/bin/tmux", ["-L", socket] + args, environment: Tmux.environment, captureOutput: false)
    }

    deinit { try? quiet(["kill-server"]) }

    static let environment = ["TERM": "xterm-256color", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]

    @discardableResult
    public func tmux(_ args: [String]) throws -> String {
        spawnAndWait("/usr/bin/tmux", ["-L", socket] + args, environment: Tmux.environment, captureOutput: true).output
    }

    /// A second window running `command`, addressed as `:1`.
    public func newWindow(_ command: String) throws {
        try quiet(["new-window", "-d", "-t", ":1", command])
    }

    public func send(_ keys: String..., target: String = ":0") throws {
        try tmux(["send-keys", "-t", target] + keys)
    }

    /// Types text literally (åäö included).
    public func type(_ text: String, target: String = ":0") throws {
        try tmux(["send-keys", "-t", target, "-l", text])
    }

    public func screen(_ target: String = ":0") -> String {
        (try? tmux(["capture-pane", "-p", "-t", target])) ?? ""
    }

    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", ":0", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Waits until the screen satisfies `condition`; returns the seconds it took, or nil
    /// at the deadline.
    @discardableResult
    public func wait(_ target: String = ":0", seconds: Double = 5, until condition: (String) -> Bool) -> Double? {
        let start = Date()
        while Date().timeIntervalSince(start) < seconds {
            if condition(screen(target)) { return Date().timeIntervalSince(start) }
            usleep(20_000)
        }
        return nil
    }
}
