import Glibc
import LotsenCalendar
import LotsenCore
import LotsenJournal

/// What `lotsen verify` says of the snapshot beside a journal. The snapshot is a cache
/// that `find` and `show` answer from, so a verification that passed over it would
/// claim health it did not check.
public enum SnapshotCheck: Equatable, Sendable {
    /// No snapshot (it is made again on the next open).
    case none
    /// An encrypted journal's snapshot, and no key at hand to open it: the chain is
    /// checked all the same, the snapshot not.
    case locked
    /// Its checksums hold and the record it was made at is in the chain, byte for byte.
    case holds(sequence: Int)
    /// Deep: it also equals, participant by participant, a replay of the journal up to
    /// that record.
    case equalsReplay(sequence: Int)
    /// Written by another version of Lotsen (an upgrade): not damage, only of no use to
    /// this one, which makes it again on the next open.
    case otherVersion
    /// Cut short, a checksum that does not hold, or bytes that do not decode.
    case damaged
    /// Made at a record this journal does not hold (any more).
    case notInChain
    /// Deep: it says something a replay of the journal does not (it was edited).
    case differsFromReplay(sequence: Int)
    /// Its seal does not hold under the reader's key: it was changed after it was made.
    case sealBroken

    public var isSound: Bool {
        switch self {
        case .none, .locked, .holds, .equalsReplay, .otherVersion: return true
        case .damaged, .notInChain, .differsFromReplay, .sealBroken: return false
        }
    }

    /// Checks the snapshot of `paths`; with `deep`, replays the journal up to the
    /// snapshot's record and compares the two states. A sealed journal's snapshot is read
    /// through its file layer (`journalKey`), and a replay opens the records with the
    /// data keys (`ring`), read only when a replay is needed: every person's key is
    /// most of what `verify` would otherwise parse besides the chain.
    public static func run(_ paths: JournalPaths, deep: Bool, key: [UInt8]? = nil, journalKey: [UInt8]? = nil,
                           ring: () -> KeyRing? = { nil }, io journalIO: FileIO = SystemFileIO()) -> SnapshotCheck {
        let io: FileIO = journalKey.map { SealedFileIO(base: journalIO, journalKey: $0) } ?? journalIO
        guard let fd = try? io.open(Snapshot.path(paths), O_RDONLY | O_NOFOLLOW, 0) else { return .none }
        defer { io.close(fd) }
        // The seal vouches for every byte when this reader's key made it; then only the
        // header is read. When it cannot (no key at hand, no seal, another key's) the
        // contents are compared with a replay, so that cutting a seal off or forging
        // another key's id gains nothing.
        let size = (try? io.fileSize(fd)) ?? 0
        if let key, !deep {
            switch SnapshotSeal.check(fd, size: size, key: key, io: io) {
            case .broken: return .sealBroken
            case .sealed:
                switch Front.readHeader(fd, io) {
                case .success(let (header, _)):
                    return Journal.holds(header.point, paths, io: journalIO) ? .holds(sequence: header.point.sequence) : .notInChain
                case .failure(.otherVersion): return .otherVersion
                case .failure: return .damaged
                }
            case .cannotTell: break
            }
        }
        let snapshot: Snapshot.Opened
        switch Snapshot.read(paths, io: io) {
        case .success(let s): snapshot = s
        case .failure(.missing): return .none
        case .failure(.doesNotMatch): return .notInChain
        case .failure(.otherVersion): return .otherVersion
        case .failure(.damaged): return .damaged
        }
        guard Journal.holds(snapshot.point, paths, io: journalIO) else { return .notInChain }
        if let key, SnapshotSeal.check(fd, size: size, key: key, io: io) == .broken { return .sealBroken }
        var replayed = LotsenState()
        var undecodable: [Int] = []
        let ring = ring()
        let limit = snapshot.point.sequence
        do {
            let (journal, _) = try Journal.open(paths, access: .readOnly, io: journalIO, clock: { Timestamp(millisecondsSince1970: 0) }) { batch in
                for r in batch where r.sequence <= limit { Workspace.fold(r, ring: ring, into: &replayed, undecodable: &undecodable) }
            }
            journal.close()
        } catch {
            return .notInChain
        }
        return replayed == snapshot.state ? .equalsReplay(sequence: limit) : .differsFromReplay(sequence: limit)
    }
}
