/// What `--journal` names when it names a database: a libpq URI
/// (`postgresql://host/db`, `postgres://…`, `postgresql:///db?host=/run/postgresql`).
public enum PostgresLocation {
    public static func isDatabase(_ journal: String) -> Bool {
        journal.hasPrefix("postgresql://") || journal.hasPrefix("postgres://")
    }

    /// What a desk needs of a connection that libpq leaves at its defaults, unless the URI
    /// says otherwise: to wait at most 5 s for a server that does not answer (the default
    /// is for ever), and over TCP to notice a connection the network lost within about
    /// half a minute at rest (the kernel's default is two hours), so that the status line
    /// says so and the desk tries again.
    static let defaults = ["connect_timeout": "5", "keepalives_idle": "15", "keepalives_interval": "5", "keepalives_count": "3"]

    /// `uri` with `defaults` added where it does not set them.
    static func withDefaults(_ uri: String) -> String {
        guard isDatabase(uri) else { return uri }
        var out = uri
        for (key, value) in defaults.sorted(by: { $0.key < $1.key }) where !uri.contains(key + "=") {
            out += (out.contains("?") ? "&" : "?") + key + "=" + value
        }
        return out
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
