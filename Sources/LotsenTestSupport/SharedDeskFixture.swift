import Foundation
import Glibc

/// A shared desk made for one suite with real Unix users (root only): `lotsen setup NAME`
/// with two caseworkers' logins (AB `anna`, MS `maria`), a third login nobody mapped, the
/// gateway installed in the suite's own directory; the users and every file of the desk
/// removed again when it goes.
public final class SharedDeskFixture {
    public let name: String
    public let anna: String
    public let maria: String
    public let stranger: String
    public let dir: TemporaryDirectory
    public var gateway: String { dir.file("bin/lotsen") }
    public var journal: String { "/var/lib/lotsen/\(name)/journal.jsonl" }

    public struct SetupFailed: Error, CustomStringConvertible {
        public var description: String
    }

    /// - Parameter prefix: a letter that keeps two suites' names and logins apart.
    public init(prefix: String) throws {
        let suffix = String((0..<6).map { _ in "abcdefghjkmnpqrstvwxyz".randomElement()! })
        name = prefix + suffix
        (anna, maria, stranger) = ("l\(prefix)\(suffix)a", "l\(prefix)\(suffix)m", "l\(prefix)\(suffix)x")
        dir = TemporaryDirectory("desk-" + prefix)
        for user in [anna, maria, stranger] {
            _ = try run("/usr/sbin/useradd", ["--no-create-home", "--shell", "/usr/sbin/nologin", user])
        }
        // The callers reach the gateway and a directory of their own for printouts.
        chmod(dir.path, 0o755)
        mkdir(dir.file("bin"), 0o755)
        mkdir(dir.file("out"), 0o700)
        chmod(dir.file("out"), 0o777)
        let setup = try run(BuiltProducts.path("lotsen"), [
            "setup", name, "--caseworker", "AB:Anna Bok:AF:\(anna)", "--caseworker", "MS:Maria Sand:AME:\(maria)", "--install", gateway,
        ])
        guard setup.status == 0 else { throw SetupFailed(description: setup.stderr) }
    }

    deinit {
        for user in [anna, maria, stranger] { _ = try? run("/usr/sbin/userdel", [user]) }
        for path in ["/var/lib/lotsen/\(name)", "/var/lib/lotsen/\(name).seal.key", "/var/lib/lotsen/\(name).master.key", "/etc/lotsen/\(name).conf"] {
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// The gateway as `user`, on this desk's journal by name (a host may have several).
    public func gateway(as user: String, _ args: [String], environment: [String: String] = [:]) throws -> ProcessResult {
        let journal = args.contains("--journal") ? [] : ["--journal", name]
        return try run("/usr/sbin/runuser", ["-u", user, "--", gateway] + args + journal,
                       environment: ["LANG": "sv_SE.UTF-8"].merging(environment) { $1 }, cwd: "/")
    }
}
