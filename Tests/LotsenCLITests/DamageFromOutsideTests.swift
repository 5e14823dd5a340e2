import Foundation
import Glibc
import LotsenTestSupport
import Testing

/// Damage anywhere in the journal is noticed even when a snapshot would let a command
/// skip reading it, and a new record is never acknowledged on top of it.
@Suite("Damage is never built upon")
struct DamageFromOutsideTests {
    /// Sara with ten notes, a snapshot written, then one byte of the fifth record
    /// changed in place (same size), as a disk or a hand in an editor would.
    func damaged() throws -> CLI {
        let cli = try CLI().ready()
        for n in 1...10 { #expect(try cli.run("note", "sara", "anteckning \(n)").status == 0) }
        #expect(try cli.run("show", "sara").status == 0)
        #expect(FileManager.default.fileExists(atPath: cli.journal + ".snapshot"))
        cli.alterRecord(4)
        return cli
    }

    @Test("with a snapshot, a record changed in the middle: show, find and export say so and exit 1")
    func readersNotice() throws {
        let cli = try damaged()
        for args in [["show", "sara"], ["find", "sara"], ["export", "participants"], ["show", "sara", "--json"]] {
            let r = try cli.run(args)
            #expect(r.status == 1 && r.stderr.contains("Journalen är skadad vid post 4"), "\(args): \(r.status) \(r.stderr)")
        }
    }

    @Test("nothing is acknowledged on top of the damage, and nothing is written")
    func writersRefuse() throws {
        let cli = try damaged()
        let before = cli.bytes
        let r = try cli.run("note", "sara", "ovanpå skadan")
        #expect(r.status == 3 && r.stderr.contains("skadad"), "\(r.stderr)")
        #expect(cli.bytes.count == before.count && cli.bytes == before, "the journal changed")
    }

    @Test("Lotsen's own appends keep the chain vouched for; show says when it was checked whole")
    func ownAppendsVouched() throws {
        let cli = try CLI().ready()
        let first = try cli.run("show", "sara")
        #expect(first.status == 0 && first.stdout.contains("Journalen kontrollerad hel: 2026-11-24"), "\(first.stdout)")
        let mark = try String(contentsOfFile: cli.journal + ".checked", encoding: .utf8)
        #expect(try cli.run("note", "sara", "en till").status == 0)
        let after = try String(contentsOfFile: cli.journal + ".checked", encoding: .utf8)
        // The same verification time: the append was made on the vouched chain, not re-verified.
        #expect(mark.split(separator: " ").last == after.split(separator: " ").last && mark != after)
        #expect(try FileManager.default.attributesOfItem(atPath: cli.journal + ".checked")[.posixPermissions] as? Int == 0o600)
    }

    @Test("whole records cut off the end with the head file gone too: the snapshot witnesses them, verify and show say so")
    func cutOffEndWithoutHead() throws {
        let cli = try CLI().ready()
        for n in 1...6 { #expect(try cli.run("note", "sara", "anteckning \(n)").status == 0) }
        #expect(try cli.run("show", "sara").status == 0)
        let lines = String(decoding: cli.bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        Bytes.write(Array((lines.dropLast(2).joined(separator: "\n") + "\n").utf8), to: cli.journal)
        for companion in [".head", ".checked"] { unlink(cli.journal + companion) }
        let verify = try cli.run("verify")
        #expect(verify.status == 1 && verify.stdout.contains("Hela poster saknas i slutet"), "\(verify.stdout)")
        let show = try cli.run("show", "sara")
        #expect(show.status == 1, "\(show.stderr)")
    }

    @Test("an encrypted journal's snapshot: a changed byte does not open, verify names it and exits 1")
    func encryptedSnapshot() throws {
        let cli = try CLI().ready()
        for n in 1...3 { #expect(try cli.run("note", "sara", "anteckning \(n)").status == 0) }
        #expect(try cli.run("show", "sara").status == 0)
        #expect(try cli.run("verify", "--deep").status == 0)
        var bytes = Bytes.read(cli.journal + ".snapshot")
        bytes[bytes.count / 2] ^= 0x01
        Bytes.write(bytes, to: cli.journal + ".snapshot")
        let json = try #require(try cli.json(try cli.run("verify", "--json")) as? [String: Any])
        #expect(json["snapshot"] as? String == "damaged" && json["sound"] as? Bool == false, "\(json)")
        // Opening rebuilds it from the journal: the answer is the journal's.
        #expect(try cli.run("show", "sara").stdout.contains("anteckning 3"))
    }

    @Test("verify checks the snapshot too: a damaged one is named, exit 1; --deep compares it with a replay")
    func verifyChecksSnapshot() throws {
        let cli = try CLI().readyInTheClear()
        for n in 1...3 { #expect(try cli.run("note", "sara", "anteckning \(n)").status == 0) }
        #expect(try cli.run("show", "sara").status == 0)
        let sound = try cli.run("verify", "--deep")
        #expect(sound.status == 0 && sound.stdout.contains("samma innehåll som journalen uppspelad dit"), "\(sound.stdout)")
        var bytes = Bytes.read(cli.journal + ".snapshot")
        bytes[bytes.count / 2] ^= 0x01
        Bytes.write(bytes, to: cli.journal + ".snapshot")
        let r = try cli.run("verify")
        // The caseworker's key sealed it, so the seal is what catches the change.
        #expect(r.status == 1 && r.stdout.contains("Ögonblicksbildens sigill stämmer inte"), "\(r.stdout)")
        let json = try #require(try cli.json(try cli.run("verify", "--json")) as? [String: Any])
        #expect(json["snapshot"] as? String == "seal-broken" && json["sound"] as? Bool == false)
    }

    @Test("the snapshot is sealed with the caseworker's key: a changed seal fails verify; a cut-off one sends verify to a replay")
    func sealedSnapshot() throws {
        let cli = try CLI().readyInTheClear()
        for n in 1...3 { #expect(try cli.run("note", "sara", "anteckning \(n)").status == 0) }
        #expect(try cli.run("show", "sara").status == 0)
        #expect(try cli.run("verify").status == 0)
        #expect(Bytes.permissions(cli.dir.file("config/lotsen/seal.key")) == 0o600)
        let sealed = Bytes.read(cli.journal + ".snapshot")
        Bytes.write(Array(sealed.dropLast(48)), to: cli.journal + ".snapshot")
        let cut = try cli.run("verify")
        #expect(cut.status == 0 && cut.stdout.contains("samma innehåll som journalen uppspelad dit"), "\(cut.stdout)")
        var changed = sealed
        changed[changed.count - 1] ^= 0x01
        Bytes.write(changed, to: cli.journal + ".snapshot")
        let broken = try cli.run(["verify"], lang: "en_GB.UTF-8")
        #expect(broken.status == 1 && broken.stdout.contains("seal does not hold"), "\(broken.stdout)")
    }
}
