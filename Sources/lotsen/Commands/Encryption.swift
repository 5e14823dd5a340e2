import ArgumentParser
import Foundation
import LotsenCalendar
import LotsenCore
import LotsenJournal
import LotsenText
import LotsenWorkspace

extension Lotsen {
    /// `lotsen migrate --encrypt [--passphrase]`: a journal in the clear into a new,
    /// verified, sealed one (`JournalEncryption`); the old file kept beside it.
    struct MigrateCommand: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "migrate", abstract: helpLanguage.keys.migrateAbstract)
        }
        @OptionGroup var global: GlobalOptions
        @Flag(help: ArgumentHelp(helpLanguage.keys.encryptFlag)) var encrypt = false
        @Flag(help: ArgumentHelp(helpLanguage.keys.passphraseFlag)) var passphrase = false
        @Option(help: ArgumentHelp(helpLanguage.database.migrateToHelp, valueName: "postgresql://…|" + words.pathValueName))
        var to: String?

        func run() throws {
            let ctx = global.context
            let words = ctx.lang.keys
            if let to, !encrypt { return try copy(to: to, ctx) }
            guard encrypt, to == nil else { throw CommandFailure.usage(words.sayWhatToMigrate) }
            try global.requireFile()
            let w = try ctx.open(.readOnly)
            let paths = w.journal.paths
            try ctx.require(.backups, in: w)
            w.close()
            let master = try MasterKeys.forCreating(global, passphrase: passphrase)
            let keptAs = FileStamp.beside(paths.journal, FileStamp.beforeEncryption, at: ctx.clock.now())
            do {
                let done = try JournalEncryption.migrate(paths, master: master, journalID: UUID().uuidString.lowercased(), keptAs: keptAs)
                Console.out(words.migrated(records: done.records, keptAs: Quoted.path(done.keptAs)))
                if case .file = master, let path = MasterKeys.keyFilePath(global) { Console.out(words.keyFileMade(path)) }
                if passphrase { Console.error(words.passphraseWarning) }
            } catch let e as JournalEncryption.Problem {
                switch e {
                case .alreadySealed: Console.out(words.alreadySealed)
                case .damaged(let d): throw CommandFailure.journal(ctx.lang.journal.damage(d))
                case .holdsLostRecords: throw CommandFailure.usage(words.holdsLostRecords)
                case .changedMeanwhile: throw CommandFailure.journal(words.changedMeanwhile)
                }
            } catch let e as JournalError {
                throw CommandFailure.journal(ctx.lang.journal.error(e))
            } catch let e as KeyStore.Problem {
                throw CommandFailure.keys(words.problem(e))
            }
        }
    }

    /// `lotsen keys rotate [--passphrase]`: the key store sealed again under a new master
    /// key (a new key file, or a passphrase); only the key store changes.
    struct KeysCommand: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "keys", abstract: helpLanguage.keys.keysAbstract, subcommands: [Rotate.self])
        }

        struct Rotate: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "rotate", abstract: helpLanguage.keys.rotateAbstract)
            }
            @OptionGroup var global: GlobalOptions
            @Flag(help: ArgumentHelp(helpLanguage.keys.passphraseFlag)) var passphrase = false

            func run() throws {
                let ctx = global.context
                let words = ctx.lang.keys
                // Opening proves the old master key; the lock keeps every desk's writes out meanwhile.
                let w = try ctx.open(.readWrite)
                defer { w.close() }
                try ctx.require(.backups, in: w)
                guard let ring = w.ring else { throw CommandFailure.usage(words.notSealed) }
                let next: MasterKey
                if passphrase {
                    guard let phrase = MasterKeys.passphrase(global, confirm: true, fresh: true) else { throw CommandFailure.usage(words.noPassphrase) }
                    next = .passphrase(phrase)
                } else {
                    next = .file(MasterKey.newKeyFile())
                }
                do {
                    try w.journal.underLock {
                        // Re-read under the lock: another desk may have given someone a key since.
                        let store = w.journal.store
                        let current = (try? KeyStore.read(w.journal.paths, master: w.masterKey, store: store)) ?? ring
                        if case .file(let bytes) = next, let path = MasterKeys.keyFilePath(global) {
                            // The old key file stays beside the new one until the store is sealed under it.
                            try PrivateFile.write(bytes, to: path + ".new", existing: .replace)
                            try KeyStore.write(current, w.journal.paths, master: next, store: store)
                            try FileManager.default.removeItem(atPath: path)
                            try FileManager.default.moveItem(atPath: path + ".new", toPath: path)
                        } else {
                            try KeyStore.write(current, w.journal.paths, master: next, store: store)
                        }
                    }
                } catch let e as KeyStore.Problem {
                    throw CommandFailure.keys(words.problem(e))
                }
                Console.out(words.rotated)
                if case .file = next, let path = MasterKeys.keyFilePath(global) { Console.out(words.keyFileMade(path)) }
            }
        }
    }
}
