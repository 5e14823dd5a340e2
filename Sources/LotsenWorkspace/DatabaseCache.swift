import LotsenJournal

/// A desk's own files for a journal kept in a database: the snapshot it opens from, so
/// that only the records after it cross the network. Under `$XDG_CACHE_HOME/lotsen/`
/// (else `~/.cache/lotsen/`), in a 0700 directory named after the database's address
/// (a hash of it, without a password), each file 0600 and sealed like the journal's.
public enum DatabaseCache {
    /// The paths whose companions (`Snapshot.path`) are this desk's files for `location`;
    /// nil when there is no cache directory to use.
    public static func paths(for location: String, environment: [String: String]) -> JournalPaths? {
        let base: String
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            base = xdg + "/lotsen"
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            base = home + "/.cache/lotsen"
        } else {
            return nil
        }
        let name = String(Digest(hashing: Array(location.utf8)).hex.prefix(16))
        return JournalPaths(journal: base + "/db-" + name + "/journal")
    }

    /// Makes the directory (0700) when missing.
    public static func prepare(_ paths: JournalPaths) throws(PrivateFile.Failure) {
        try PrivateFile.ensureDirectory(paths.directory)
    }
}
