import Foundation
import Glibc
import LotsenTestSupport
import Testing

/// The smaller things found while trying Lotsen from outside (issue "Nothing lost,
/// nothing hidden", point 7).
@Suite("Small things found on the way")
struct SmallThingsTests {
    @Test("a crash from an outside signal exits by that signal, says so, and prints no registers or memory", arguments: [SIGSEGV, SIGABRT, SIGBUS])
    func crash(signal: Int32) throws {
        let cli = try CLI().ready()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: cli.lotsen)
        process.arguments = ["note", "sara", "-"]
        process.environment = ["LOTSEN_JOURNAL": cli.journal, "LOTSEN_AS": "AB", "LANG": "sv_SE.UTF-8", "LOTSEN_TODAY": PinnedDay.iso,
                               "PATH": "/usr/bin:/bin", "HOME": "/nonexistent"]
        let input = Pipe(), err = Pipe()
        process.standardInput = input
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        usleep(400_000)  // waiting for the note on standard input
        kill(process.processIdentifier, signal)
        let pid = process.processIdentifier
        let watchdog = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + 10, execute: watchdog)
        defer { watchdog.cancel() }
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signal, "\(process.terminationStatus)")
        #expect(stderr.contains("Lotsen avbröts av ett internt fel") && stderr.contains("Ingen kraschlogg"), "\(stderr)")
        for leak in ["Registers", "rax", "rip", "Thread 0", "000101", "Sara", "Backtrace"] {
            #expect(!stderr.contains(leak), "\(leak) in \(stderr)")
        }
    }

    @Test("import --dry-run with bad rows exits 1 as docs/cli.md says, with counts in good Swedish and English")
    func dryRun() throws {
        let cli = try CLI().ready()
        let file = cli.dir.file("lista.csv")
        Bytes.write(Array("Personnummer;Förnamn;Efternamn\n811228-9874;Eva;Ek\n000101-2385;Bo;Fel\n".utf8), to: file)
        let sv = try cli.run("import", "participants", file, "--dry-run")
        #expect(sv.status == 1 && sv.stderr.contains("1 rad giltiga, 1 fel. Inget skrevs"), "\(sv.stderr)")
        let en = try cli.run(["import", "participants", file, "--dry-run"], lang: "en_GB.UTF-8")
        #expect(en.status == 1 && en.stderr.contains("1 row valid, 1 error."), "\(en.stderr)")
        let refused = try cli.run(["import", "participants", file], lang: "en_GB.UTF-8")
        #expect(refused.status == 2 && refused.stderr.contains("1 error. Nothing was written"), "\(refused.stderr)")
        let skipped = try cli.run(["import", "participants", file, "--skip-invalid"], lang: "en_GB.UTF-8")
        #expect(skipped.stdout.contains("1 participant registered.") && skipped.stderr.contains("1 row skipped."), "\(skipped)")
    }

    @Test("who is importing is checked before the file is read")
    func importerFirst() throws {
        let cli = try CLI().ready()
        let r = try cli.run(["import", "participants", cli.dir.file("finns-inte.csv")], author: "ZZ")
        #expect(r.status == 2 && r.stderr.contains("ZZ") && !r.stderr.contains("finns-inte.csv"), "\(r.stderr)")
    }

    @Test("the parser's own English is Swedish in Swedish")
    func parserSwedish() throws {
        let cli = try CLI().ready()
        let lang = try cli.run("find", "x", "--lang", "xx")
        #expect(lang.status == 2 && !lang.stderr.contains("Please provide") && lang.stderr.contains("Ange ett av"), "\(lang.stderr)")
        let typo = try cli.run("find", "x", "--lim", "3")
        #expect(typo.status == 2 && !typo.stderr.contains("Did you mean"), "\(typo.stderr)")
    }

    @Test("verify's text ends with a line break, sound or damaged, in both languages")
    func verifyNewline() throws {
        let cli = try CLI().ready()
        for lang in ["sv_SE.UTF-8", "en_GB.UTF-8"] {
            let r = try cli.run(["verify"], lang: lang)
            #expect(r.status == 0 && r.stdout.hasSuffix("\n") && !r.stdout.hasSuffix("\n\n"))
        }
        cli.alterRecord(2)
        for lang in ["sv_SE.UTF-8", "en_GB.UTF-8"] {
            let r = try cli.run(["verify"], lang: lang)
            #expect(r.status == 1 && r.stdout.hasSuffix("\n") && !r.stdout.hasSuffix("\n\n"), "\(r.stdout)")
        }
    }
}
