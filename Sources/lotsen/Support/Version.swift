import CBuildInfo

/// Lotsen's version: the number is written here and nowhere else (the package's control
/// file, the man pages and `--version` read it from the built binary); the commit comes
/// from the build (`make release`, `make deb`), or is left out of a plain `swift build`.
enum LotsenVersion {
    static let number = "0.2.0"

    static var commit: String { String(cString: lotsen_build_commit()) }

    /// "0.2.0 (3f9c2ab41d07)", or "0.2.0" when the build did not say.
    static var text: String { commit.isEmpty ? number : "\(number) (\(commit))" }
}
