import Foundation
import LotsenTestSupport
import Testing

/// Encryption at rest (issue 26, point 1): no person in the clear in any file Lotsen
/// writes; the wrong key refused with nothing written; migrate and rotate round trips.
@Suite("Encryption at rest")
struct EncryptionTests {
    /// Every file in `dir` and below, as bytes.
    func files(_ dir: String) -> [(String, [UInt8])] {
        let e = FileManager.default.enumerator(atPath: dir)
        var out: [(String, [UInt8])] = []
        while let name = e?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: dir + "/" + name, isDirectory: &isDirectory), !isDirectory.boolValue {
                out.append((name, Bytes.read(dir + "/" + name)))
            }
        }
        return out
    }

    /// What would name a person: the whole name, the personnummer with and without its
    /// dash, the phone as written. (Each has a space, a dash or twelve digits: none can
    /// turn up by chance in base64.)
    func clues(_ export: String) -> [String] {
        export.split(whereSeparator: \.isNewline).dropFirst().flatMap { row -> [String] in
            let cells = row.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            guard cells.count > 5 else { return [] }
            return [cells[2] + " " + cells[3], cells[1], cells[1].replacingOccurrences(of: "-", with: "")] + (cells[5].isEmpty ? [] : [cells[5]])
        }
    }

    func contains(_ bytes: [UInt8], _ text: String) -> Bool { Data(bytes).range(of: Data(text.utf8)) != nil }

    @Test("the demo: no name, personnummer or phone of anyone in the journal, snapshot, access log, key store or a backup")
    func nothingInTheClear() throws {
        let cli = CLI()
        #expect(try cli.run("demo").status == 0)
        let export = try cli.run("export", "participants").stdout
        let clues = clues(export)
        #expect(clues.count > 300, "every person's clues: \(clues.count)")
        #expect(try cli.run("show", clues[0]).status == 0, "a look, and a snapshot")
        #expect(try cli.run("note", clues[0], "Ringde om praktiken på lagret").status == 0)
        #expect(try cli.run("backup", cli.dir.file("backups")).status == 0)
        let written = files(cli.dir.file("data")) + files(cli.dir.file("backups"))
        #expect(Set(written.map { ($0.0 as NSString).pathExtension }).isSuperset(of: ["jsonl", "snapshot", "access", "keys"]), "\(written.map(\.0))")
        for (name, bytes) in written {
            let data = Data(bytes)
            for clue in clues + ["Ringde om praktiken"] {
                let found = data.range(of: Data(clue.utf8)) != nil
                #expect(!found, "\(clue) in \(name)")
            }
        }
        // The test can fail: the export, which is for people, holds them.
        let inExport = contains(Array(export.utf8), clues[1])
        #expect(inExport)
    }

    @Test("a wrong key file or passphrase: a clear message, exit 4, nothing read or written")
    func wrongKey() throws {
        let cli = try CLI().ready()
        let before = cli.bytes, keys = Bytes.read(cli.journal + ".keys")
        let keyFile = cli.dir.file("config/lotsen/master.key")
        let right = Bytes.read(keyFile)
        Bytes.write(Array(repeating: 7, count: 32), to: keyFile)
        let wrong = try cli.run("note", "sara", "Ringde")
        #expect(wrong.status == 4 && wrong.stderr.contains("Nyckelfilen passar inte") && !wrong.stdout.contains("Sara"), "\(wrong.stderr)")
        try FileManager.default.removeItem(atPath: keyFile)
        let missing = try cli.run(["show", "sara"], lang: "en_GB.UTF-8")
        #expect(missing.status == 4 && missing.stderr.contains("key file is missing") && !missing.stdout.contains("Sara"), "\(missing.stderr)")
        // verify needs no key: the chain is checked; the encrypted snapshot is said to be out of reach, not damaged.
        #expect(FileManager.default.fileExists(atPath: cli.journal + ".snapshot"))
        let keyless = try cli.run("verify")
        #expect(keyless.status == 0 && keyless.stdout.contains("Journalen är hel") && keyless.stdout.contains("nyckel finns inte här"), "\(keyless.stdout)")
        #expect(cli.bytes == before && Bytes.read(cli.journal + ".keys") == keys)
        Bytes.write(right, to: keyFile)
        #expect(try cli.run("show", "sara").stdout.contains("Sara Lind"))
        // The store itself gone: said, not "unreadable records".
        try FileManager.default.moveItem(atPath: cli.journal + ".keys", toPath: cli.dir.file("keys-aside"))
        let noStore = try cli.run("show", "sara")
        #expect(noStore.status == 4 && noStore.stderr.contains("(.keys) saknas"), "\(noStore.stderr)")
    }

    @Test("migrate --encrypt: the same answers, nothing left in the clear but the old file kept; rotate changes only the key store")
    func migrateAndRotate() throws {
        let cli = try CLI().readyInTheClear()
        #expect(try cli.run("note", "sara", "Ringde om praktiken").status == 0)
        #expect(contains(cli.bytes, "Sara"), "in the clear before")
        let card = try cli.run("show", "sara", "--json").stdout
        let done = try cli.run("migrate", "--encrypt")
        #expect(done.status == 0 && done.stdout.contains("krypterad och kontrollerad"), "\(done.stderr)")
        #expect(try cli.run("show", "sara", "--json").stdout == card)
        #expect(try cli.run("verify").status == 0)
        let data = files(cli.dir.file("data"))
        #expect(data.filter { $0.0.contains("before-encryption") }.count == 1, "the old file kept")
        for (name, bytes) in data where !name.contains("before-encryption") {
            #expect(!contains(bytes, "Sara Lind") && !contains(bytes, "Ringde om"), "\(name)")
        }
        #expect(try cli.run("migrate", "--encrypt").stdout.contains("redan krypterad"))
        // Rotation: to a passphrase, and back to a new key file; the journal itself never changes.
        let journal = cli.bytes
        let toPhrase = try cli.run(["keys", "rotate", "--passphrase"], environment: ["LOTSEN_NEW_PASSPHRASE": "en lång fras"])
        #expect(toPhrase.status == 0, "\(toPhrase.stderr)")
        #expect(try cli.run(["show", "sara"], environment: ["LOTSEN_PASSPHRASE": "en lång fras"]).stdout.contains("Ringde om praktiken"))
        let wrong = try cli.run(["show", "sara"], environment: ["LOTSEN_PASSPHRASE": "fel fras"])
        #expect(wrong.status == 4 && wrong.stderr.contains("Fel lösenfras"))
        #expect(try cli.run(["keys", "rotate"], environment: ["LOTSEN_PASSPHRASE": "en lång fras"]).status == 0)
        #expect(try cli.run("show", "sara").stdout.contains("Ringde om praktiken"))
        #expect(cli.bytes == journal)
    }
}
