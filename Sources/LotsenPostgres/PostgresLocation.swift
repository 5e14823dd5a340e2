/// What `--journal` names when it names a database: a libpq URI
/// (`postgresql://host/db`, `postgres://…`, `postgresql:///db?host=/run/postgresql`).
public enum PostgresLocation {
    public static func isDatabase(_ journal: String) -> Bool {
        journal.hasPrefix("postgresql://") || journal.hasPrefix("postgres://")
    }

    /// A desk waits at most this long for a server that does not answer (libpq's default
    /// is for ever): then it says so and tries again later.
    static let connectTimeoutSeconds = 5

    /// `uri` with `connect_timeout` set, unless it sets one itself.
    static func withConnectTimeout(_ uri: String) -> String {
        guard isDatabase(uri), !uri.contains("connect_timeout=") else { return uri }
        return uri + (uri.contains("?") ? "&" : "?") + "connect_timeout=\(connectTimeoutSeconds)"
    }

    /// The URI without a password (in the user part or as `password=`), for messages
    /// and for naming the desk's cache: a password is never printed or written.
    public static func printable(_ uri: String) -> String {
        guard let scheme = uri.firstRange(of: "://") else { return uri }
        var rest = String(uri[scheme.upperBound...])
        var query = ""
        if let q = rest.firstIndex(of: "?") {
            query = String(rest[q...])
            rest = String(rest[..<q])
        }
        let slash = rest.firstIndex(of: "/") ?? rest.endIndex
        var authority = String(rest[..<slash])
        let path = String(rest[slash...])
        if let at = authority.lastIndex(of: "@") {
            let user = authority[..<at]
            let host = authority[authority.index(after: at)...]
            authority = String(user.split(separator: ":", maxSplits: 1).first ?? "") + "@" + host
        }
        if !query.isEmpty {
            let kept = query.dropFirst().split(separator: "&").filter { !$0.lowercased().hasPrefix("password=") }
            query = kept.isEmpty ? "" : "?" + kept.joined(separator: "&")
        }
        return String(uri[..<scheme.upperBound]) + authority + path + query
    }
}
