import Glibc

/// Files beside the journal that hold personal data (exports, printouts): written the
/// way the head file is — 0600 from the first byte, replaced whole, synced before we
/// say so — in a directory created 0700.
public enum PrivateFile {
    public struct Failure: Error, Equatable {
        public let path: String
        /// `strerror` of what went wrong.
        public let reason: String
    }

    public static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        do throws(SystemError) {
            try FileCreation.writeAtomically(bytes, to: path, via: path + ".tmp", directory: directory, io: SystemFileIO())
        } catch {
            throw Failure(path: path, reason: String(cString: strerror(error.errno)))
        }
    }

    public static func write(_ text: String, to path: String) throws(Failure) { try write(Array(text.utf8), to: path) }

    /// A private directory (0700) and any missing parents; an existing one is left as it is.
    public static func ensureDirectory(_ path: String) throws(Failure) {
        do throws(SystemError) { try FileCreation.ensureDirectory(path, io: SystemFileIO()) } catch {
            throw Failure(path: path, reason: String(cString: strerror(error.errno)))
        }
    }
}
