import Foundation

/// Runs executables built by the same `swift build` as the tests.
public enum BuiltProducts {
    /// The build products directory: the test bundle sits in it.
    public static var directory: String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
        // The test runner may live inside a *.xctest bundle directory.
        while dir.path != "/" && !FileManager.default.fileExists(atPath: dir.appendingPathComponent("lotsen").path)
            && dir.pathExtension == "xctest" {
            dir = dir.deletingLastPathComponent()
        }
        return dir.path
    }

    public static func path(_ name: String) -> String { directory + "/" + name }
}

public struct ProcessResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs a process to completion with an explicit environment (never the caller's, so a
/// test cannot depend on the developer's HOME, LANG or TERM).
public func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                stdin: String? = nil, cwd: String? = nil) throws -> ProcessResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    if let cwd { process.currentDirectoryURL = URL(fileURLWithPath: cwd) }
    process.arguments = arguments
    var env = ["PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "LANG": "C.UTF-8", "LOTSEN_TODAY": PinnedDay.iso]
    env.merge(environment) { $1 }
    process.environment = env
    let out = Pipe(), err = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try? input.fileHandleForWriting.close()
    // Read both pipes before waiting, so a chatty child cannot block on a full pipe.
    let errData = Collected()
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) { errData.set(err.fileHandleForReading.readDataToEndOfFile()) }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    group.wait()
    return ProcessResult(status: process.terminationStatus,
                         stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData.get(), as: UTF8.self))
}

/// Bytes handed from a reader thread to the caller.
final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ d: Data) { lock.lock(); data = d; lock.unlock() }
    func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
}
