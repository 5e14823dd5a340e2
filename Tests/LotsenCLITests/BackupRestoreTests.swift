import Foundation
import LotsenJournal
import LotsenTestSupport
import Testing

/// `lotsen backup` and `lotsen restore` (issue 26, point 4): the restore drill, and
/// every way a restore must refuse and write nothing.
@Suite("Backups that restore")
struct BackupRestoreTests {
    func backups(_ cli: CLI) -> [String] {
        let dir = cli.dir.file("backups")
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted().map { dir + "/" + $0 }
    }

    func lastSequence(_ cli: CLI) throws -> Int { try Journal.verify(JournalPaths(journal: cli.journal)).lastSequence }

    @Test("the drill: back up, write more, lose the journal, restore, verify; the message counts exactly what came after")
    func drill() throws {
        let cli = try CLI().ready()
        #expect(try cli.run("show", "sara").status == 0, "a look for the access log")
        let made = try cli.run("backup", cli.dir.file("backups"))
        #expect(made.status == 0 && made.stdout.contains("kontrollerad"), "\(made.stderr)")
        let backup = try #require(backups(cli).first)
        #expect(Bytes.permissions(backup) == 0o700 && Bytes.permissions(backup + "/journal.jsonl") == 0o600)
        let atBackup = try lastSequence(cli)
        for text in ["Ringde", "Mejlade", "Träffades"] { #expect(try cli.run("note", "sara", text).status == 0) }
        try FileManager.default.removeItem(atPath: cli.journal)
        let restored = try cli.run("restore", backup, "--yes")
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(restored.stdout.contains("minst post \(atBackup + 3): 3 poster efter säkerhetskopian (\(atBackup + 1)–\(atBackup + 3)) går förlorade"),
                "\(restored.stdout)")
        #expect(try cli.run("verify").status == 0)
        #expect(try lastSequence(cli) == atBackup)
        // The chain goes on from the backup's last record.
        #expect(try cli.run("note", "sara", "Efter återställningen").status == 0)
        #expect(try cli.run("verify").status == 0 && lastSequence(cli) == atBackup + 1)
        #expect(try cli.run("log", "--participant", "sara").stdout.contains("kortet"), "the access log was kept")
    }

    @Test("onto a journal that went on: says the records it loses, asks, keeps the old file, and a no writes nothing")
    func lossCounted() throws {
        let cli = try CLI().ready()
        #expect(try cli.run("backup", cli.dir.file("backups")).status == 0)
        let backup = try #require(backups(cli).first)
        let at = try lastSequence(cli)
        for text in ["Ett", "Två"] { #expect(try cli.run("note", "sara", text).status == 0) }
        let before = cli.bytes
        let asked = try cli.run(["restore", backup], stdin: "")
        #expect(asked.status == 1 && asked.stdout.contains("Journalen har 2 poster efter den (\(at + 1)–\(at + 2))"), "\(asked.stdout)")
        #expect(cli.bytes == before, "not confirmed: nothing changed")
        let done = try cli.run("restore", backup, "--yes")
        #expect(done.status == 0 && done.stdout.contains("De 2 poster som kom efter finns kvar i"), "\(done.stdout)")
        let kept = try FileManager.default.contentsOfDirectory(atPath: cli.dir.file("data")).filter { $0.contains(".before-restore-") }
        #expect(kept.count == 1 && Bytes.read(cli.dir.file("data/" + kept[0])) == before, "the old journal kept whole")
        #expect(try lastSequence(cli) == at)
        // One record after: said as one.
        #expect(try cli.run("note", "sara", "Tre").status == 0)
        let one = try cli.run(["restore", backup], stdin: "")
        #expect(one.stdout.contains("Journalen har 1 post efter den (\(at + 1)): den finns inte"), "\(one.stdout)")
    }

    @Test("refused with a clear message and nothing written: another journal's backup, an unfinished one, a damaged one")
    func refusals() throws {
        let cli = try CLI().ready()
        let other = try CLI().ready()
        #expect(try other.run("backup", cli.dir.file("foreign")).status == 0)
        let foreign = try #require(((try? FileManager.default.contentsOfDirectory(atPath: cli.dir.file("foreign"))) ?? []).first)
        #expect(try cli.run("backup", cli.dir.file("backups")).status == 0)
        let backup = try #require(backups(cli).first)
        let before = cli.bytes
        let wrong = try cli.run("restore", cli.dir.file("foreign/" + foreign), "--yes")
        #expect(wrong.status == 2 && wrong.stderr.contains("är av journalen"), "\(wrong.stderr)")
        // A copy whose last byte changed does not verify.
        let damaged = cli.dir.file("damaged")
        try FileManager.default.copyItem(atPath: backup, toPath: damaged)
        var bytes = Bytes.read(damaged + "/journal.jsonl")
        bytes[bytes.count - 10] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: damaged + "/journal.jsonl"))
        let bad = try cli.run("restore", damaged, "--yes")
        #expect(bad.status != 0 && bad.stderr.contains("håller inte vid kontroll"), "\(bad.stderr)")
        // Cut short before its manifest: not a backup.
        try FileManager.default.removeItem(atPath: damaged + "/backup.json")
        let cut = try cli.run("restore", damaged, "--yes", lang: "en_GB.UTF-8")
        #expect(cut.status != 0 && cut.stderr.contains("is not a whole backup"), "\(cut.stderr)")
        #expect(cli.bytes == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.dir.file("data")).allSatisfy { !$0.contains("before-restore") })
        // A backup never writes over anything: a second in the same second gets its own name.
        #expect(try cli.run("backup", cli.dir.file("backups")).status == 0)
        #expect(backups(cli).count == 2)
        try Data("x".utf8).write(to: URL(fileURLWithPath: cli.dir.file("afile")))
        let onFile = try cli.run("backup", cli.dir.file("afile"))
        #expect(onFile.status != 0 && Bytes.read(cli.dir.file("afile")) == Array("x".utf8))
    }

    @Test("backup and restore are the administrator's (or coordinator's) work once someone holds that role")
    func permission() throws {
        let cli = try CLI().ready()
        #expect(try cli.run("caseworker", "add", "--initials", "AD", "--name", "Ad Min", "--org", "AME", "--role", "administrator").status == 0)
        let refused = try cli.run("backup", cli.dir.file("backups"))
        #expect(refused.status == 2 && refused.stderr.contains("säkerhetskopior"), "\(refused.stderr)")
        #expect(try cli.run(["backup", cli.dir.file("backups")], author: "AD").status == 0)
    }

    @Test("a desk with the old journal open notices the restore and writes nothing more to the old file")
    func openDeskNotices() throws {
        let cli = try CLI().ready()
        #expect(try cli.run("backup", cli.dir.file("backups")).status == 0)
        let paths = JournalPaths(journal: cli.journal)
        let (open, _) = try Journal.open(paths, access: .readWrite, clock: { .now() }) { _ in }
        defer { open.close() }
        #expect(try cli.run("note", "sara", "Efter").status == 0)
        #expect(try cli.run("restore", try #require(backups(cli).first), "--yes").status == 0)
        #expect(try open.checkReplaced())
        let draft = RecordDraft(time: .now(), author: "AB", type: "participant.noteAdded", subject: "x", payloadJSON: "{}")
        #expect(throws: JournalError.readOnly(.replaced)) { try open.append([draft]) }
        #expect(try cli.run("verify").status == 0)
    }
}
