import Foundation
import LotsenTestSupport
import Testing

/// One damaged record does not take the rest of the history with it, and `lotsen
/// repair` mends a journal beside the old one, swapped in only on request.
@Suite("lotsen repair")
struct RepairCommandTests {
    /// Sara with five notes; a backup copy after them; one note more; then note 2
    /// changed in place. Returns the CLI, the bytes before the damage, and the backup.
    func damaged() throws -> (CLI, [UInt8], String) {
        let cli = try CLI().ready()
        for n in 1...5 { #expect(try cli.run("note", "sara", "anteckning \(n)").status == 0) }
        let backup = cli.dir.file("kopia.jsonl")
        try FileManager.default.copyItem(atPath: cli.journal, toPath: backup)
        #expect(try cli.run("note", "sara", "efter kopian").status == 0)
        let sound = cli.bytes
        cli.alterRecord(4)
        try? FileManager.default.removeItem(atPath: cli.journal + ".snapshot")
        return (cli, sound, backup)
    }

    @Test("the records after a damaged one are read on and shown; the damaged one is named")
    func readOn() throws {
        let (cli, _, _) = try damaged()
        let r = try cli.run("extract", "sara")
        #expect(r.status == 1)
        #expect(r.stdout.contains("anteckning 3") && r.stdout.contains("efter kopian") && !r.stdout.contains("anteckning X"), "\(r.stdout)")
        #expect(r.stderr.contains("Post 4 kunde inte läsas och är utelämnad"), "\(r.stderr)")
    }

    @Test("without a backup: the lost record is said to be lost, the rest relinked, swapped in only with --apply")
    func mendWithoutBackup() throws {
        let (cli, _, _) = try damaged()
        let damagedBytes = cli.bytes
        let written = try cli.run("repair")
        #expect(written.status == 0 && written.stdout.contains("Förlorade, ersatta av en post som säger det: post 4"), "\(written.stdout)\(written.stderr)")
        #expect(written.stdout.contains("Inget byttes in"))
        #expect(cli.bytes == damagedBytes, "nothing is swapped in without --apply")
        let applied = try cli.run("repair", "--apply")
        #expect(applied.status == 0 && applied.stdout.contains("Den lagade journalen är inbytt"), "\(applied.stdout)\(applied.stderr)")
        #expect(try cli.run("verify").status == 0)
        let extract = try cli.run("extract", "sara")
        #expect(extract.status == 0 && extract.stdout.contains("anteckning 3") && extract.stdout.contains("efter kopian"))
        #expect(try cli.run("note", "sara", "efter lagningen").status == 0)
        // The damaged file is kept as it was.
        let kept = try FileManager.default.contentsOfDirectory(atPath: cli.dir.file("data")).filter { $0.contains(".damaged-") }
        #expect(kept.count == 1 && Bytes.read(cli.dir.file("data/" + kept[0])) == damagedBytes)
    }

    @Test("with a backup whose chain vouches for the original bytes, the journal is restored byte for byte")
    func mendFromBackup() throws {
        let (cli, sound, backup) = try damaged()
        let r = try cli.run("repair", "--from-backup", backup, "--apply")
        #expect(r.status == 0 && r.stdout.contains("Hämtade ur säkerhetskopian: post 4"), "\(r.stdout)\(r.stderr)")
        #expect(cli.bytes == sound)
        #expect(try cli.run("verify").status == 0)
    }

    @Test("a sound journal has nothing to mend; another journal's backup is refused")
    func refusals() throws {
        let cli = try CLI().ready()
        let sound = try cli.run("repair")
        #expect(sound.status == 0 && sound.stdout.contains("det finns inget att laga"))
        let other = try CLI().ready()
        let (hurt, _, _) = try damaged()
        let r = try hurt.run("repair", "--from-backup", other.journal)
        #expect(r.status == 2 && r.stderr.contains("hör till en annan journal"), "\(r.stderr)")
        let en = try cli.run(["repair"], lang: "en_GB.UTF-8")
        #expect(en.stdout.contains("nothing to mend"))
    }
}
