/// A journal kept in a database rather than in a file of its own (docs/architecture.md,
/// "Journal stores"). `Journal` keeps the chain — encoding, checking, batches, catching
/// up — and asks the store only for bytes, turns and durable appends, so the records are
/// the same bytes and the links the same SHA-256 in either store.
///
/// The store presents its records as the file store would hold them: each record's line
/// and a newline, one after another, each at the byte position it would have in the file.
/// A `Journal.ChainPoint` (and so a snapshot) means the same in both.
///
/// A store belongs to one journal handle and one thread.
public protocol JournalStore: AnyObject {
    /// Where the journal is, for messages (without a password).
    var location: String { get }
    /// Where the bytes of every committed record end.
    func size() throws(JournalError) -> Int
    /// Copies the bytes at `offset` into `buffer`; how many (0 at the end).
    func read(_ buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws(JournalError) -> Int
    /// A writer's turn (`exclusive`), or a pause in which no writer's turn begins. Each
    /// `lock` is ended by one `unlock`; an exclusive turn by `append` too.
    func lock(exclusive: Bool) throws(JournalError)
    func unlock()
    /// Appends whole lines (each ending in a newline) as one all-or-nothing batch, under
    /// the exclusive turn; returns only when they are durable. On a throw nothing of them
    /// was acknowledged — they may still have been kept if the answer was lost on the way.
    func append(_ lines: [UInt8]) throws(JournalError)
    /// True when another writer may have appended since the last call. Cheap: no round trip.
    func mayHaveNew() -> Bool
    /// The journal's key store (LotsenWorkspace's `KeyStore`, sealed under the master
    /// key), kept with the records so that every desk has the same; nil for a journal in
    /// the clear.
    func keyStore() throws(JournalError) -> [UInt8]?
    /// Replaces the key store. Inside a writer's turn it is part of that turn: committed
    /// with the records appended in it, or not at all.
    func replaceKeyStore(_ bytes: [UInt8]) throws(JournalError)
    /// Appends the lines `make` writes after the access log's last line (its number and
    /// hash, `.zero` and 0 when empty), in one transaction under the log's own turn;
    /// durable when it returns (`AccessLog`).
    func appendAccessLog(_ make: (_ lastSequence: Int, _ lastHash: Digest) -> [[UInt8]]) throws(JournalError)
    /// Every line of the access log, in order.
    func accessLog() throws(JournalError) -> [[UInt8]]
    /// Why it cannot write now (a lost connection), nil when it can.
    var unavailable: StoreProblem? { get }
    func close()
}

/// What a journal store reported: its own words (the database's message), and what kind
/// of trouble it is, for the user's language to say.
public struct StoreProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        /// The connection could not be made, or was lost.
        case connection
        /// The store refused the request: permissions, a broken rule.
        case refused
        /// The store is not set up for Lotsen, or for another version.
        case schema
        /// Anything else the store said.
        case other
    }

    public var kind: Kind
    public var message: String
    /// The database's error code (SQLSTATE), when it gave one.
    public var code: String?

    public init(_ kind: Kind, _ message: String, code: String? = nil) {
        self.kind = kind
        self.message = message
        self.code = code
    }

    public var description: String { message + (code.map { " (\($0))" } ?? "") }
}
