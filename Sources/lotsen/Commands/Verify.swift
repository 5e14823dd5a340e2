import ArgumentParser
import Foundation
import LotsenJournal
import LotsenPostgres
import LotsenText
import LotsenWorkspace

extension Lotsen {
    /// `lotsen verify`: the whole chain and the head, read-only.
    struct Verify: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "verify", abstract: words.verifyAbstract, discussion: words.verifyDiscussion)
        }

        @OptionGroup var global: GlobalOptions
        @Flag(name: .long, help: ArgumentHelp(words.jsonFlagHelp)) var json = false
        @Flag(name: .long, help: ArgumentHelp(words.help(.verifyDeepFlag))) var deep = false

        func run() throws {
            let lang = global.language
            if let database = global.database { return try verifyDatabase(database) }
            let paths = try global.journalPaths()
            let showProgress = !json && Console.isTerminal(2)
            let progress = ProgressLine(.verify, lang: lang)
            let canonical = try? paths.canonical()
            // One master key (one passphrase asked), the journal's key read once: the
            // snapshot's witness and its check both read through it; every person's key
            // only when the check must replay.
            let master = canonical.flatMap { MasterKeys.forOpening($0, global) }
            let sealed = canonical.map { KeyStore.exists($0) } ?? false
            let journalKey = canonical.flatMap { try? KeyStore.readJournalKey($0, master: master) }
            let snapshotIO: FileIO? = sealed ? journalKey.map { SealedFileIO(journalKey: $0) } : SystemFileIO()
            let report: VerificationReport
            do {
                // The snapshot witnesses how far the chain went when it was made.
                let witnesses = canonical.flatMap { c in snapshotIO.flatMap { Snapshot.witness(c, io: $0) } }.map { [$0] } ?? []
                report = try Journal.verify(paths, witnesses: witnesses, progress: showProgress ? progress.update : nil)
            } catch let e as JournalError {
                progress.finish()
                throw CommandFailure.journal(lang.journal.error(e))
            }
            progress.finish()
            // The snapshot is what find and show answer from: checked too, never passed over.
            let snapshot = report.isSound ? canonical.map { c in
                // Without the journal's keys the chain is checked, the encrypted snapshot cannot be.
                sealed && journalKey == nil ? .locked
                    : SnapshotCheck.run(c, deep: deep, key: global.sealKey, journalKey: journalKey,
                                        ring: { try? KeyStore.read(c, master: master) })
            } ?? .none : .none
            if json {
                Console.out(try JSONOutput.encode(VerifyJSON(report, snapshot: snapshot, path: paths.journal, lang: lang)))
            } else {
                var text = lang.journal.verification(report, path: paths.journal, lang)
                let line = lang.journal.verificationLine(snapshot.line(lang))
                if report.isSound { text = snapshot.isSound ? text + "\n" + line : line + "\n" + text }
                Console.out(text)
            }
            if !report.isSound || !snapshot.isSound { throw ExitCode(1) }
        }
    }
}

extension Lotsen.Verify {
    /// The journal in a database: every record read from the header on and checked as a
    /// file's are (the database checked each link as it took it; this reads them again).
    func verifyDatabase(_ database: String) throws {
        let lang = global.language
        let location = PostgresLocation.printable(database)
        let report: VerificationReport
        do {
            let store = try PostgresJournalStore(database)
            defer { store.close() }
            report = try Journal.verify(store: store)
        } catch let e as JournalError {
            throw CommandFailure.journal(lang.journal.error(e))
        }
        if json {
            Console.out(try JSONOutput.encode(VerifyJSON(report, snapshot: .none, path: location, lang: lang)))
        } else {
            Console.out(lang.journal.verification(report, path: location, lang))
        }
        if !report.isSound { throw ExitCode(1) }
    }
}

/// `lotsen verify --json`: stable keys; `message` is in the chosen language.
struct VerifyJSON: Encodable {
    struct Damage: Encodable { var sequence: Int; var offset: Int; var kind: String; var message: String }
    struct Torn: Encodable { var offset: Int; var length: Int; var message: String }
    var sound: Bool
    var path: String
    var journal: String?
    var bytes: Int
    var lastSequence: Int
    var head: String
    var headSequence: Int?
    var damage: Damage?
    var tornTail: Torn?
    /// `none`, `locked`, `holds`, `equals-replay`, `other-version`, `damaged`, `not-in-chain`,
    /// `differs-from-replay`, `seal-broken`.
    var snapshot: String

    init(_ r: VerificationReport, snapshot check: SnapshotCheck, path: String, lang: Language) {
        sound = r.isSound && check.isSound
        switch check {
        case .none: snapshot = "none"
        case .locked: snapshot = "locked"
        case .holds: snapshot = "holds"
        case .equalsReplay: snapshot = "equals-replay"
        case .otherVersion: snapshot = "other-version"
        case .damaged: snapshot = "damaged"
        case .notInChain: snapshot = "not-in-chain"
        case .differsFromReplay: snapshot = "differs-from-replay"
        case .sealBroken: snapshot = "seal-broken"
        }
        self.path = path
        journal = r.journalID
        bytes = r.bytes
        lastSequence = r.lastSequence
        switch r.head {
        case .matches: head = "matches"; headSequence = r.lastSequence
        case .behind(let s): head = "behind"; headSequence = s
        case .ahead(let s): head = "ahead"; headSequence = s
        case .missing: head = "missing"
        }
        damage = r.damage.map { Damage(sequence: $0.sequence, offset: $0.offset, kind: JournalCodes.damage($0.kind),
                                       message: lang.journal.damage($0)) }
        tornTail = r.tornTail.map { Torn(offset: $0.offset, length: $0.length, message: lang.journal.tornTail($0)) }
    }
}

extension SnapshotCheck {
    func line(_ lang: Language) -> VerificationLine {
        let n = { (s: Int) in NumberText.integer(s, lang) }
        switch self {
        case .none: return .snapshotMissing
        case .locked: return .snapshotLocked
        case .holds(let s): return .snapshotHolds(n(s))
        case .equalsReplay(let s): return .snapshotEqualsReplay(n(s))
        case .otherVersion: return .snapshotOtherVersion
        case .damaged: return .snapshotDamaged
        case .notInChain: return .snapshotNotInChain
        case .differsFromReplay(let s): return .snapshotDiffers(n(s))
        case .sealBroken: return .snapshotSealBroken
        }
    }
}
