import LotsenJournal

/// `lotsen backup` and `lotsen restore`: their help and messages.
public struct BackupWords: Spoken {
    public let language: Language

    public var backupAbstract: String {
        say("Gör en kontrollerad säkerhetskopia av journalen och åtkomstloggen, också medan andra skriver.",
            "Make a verified backup of the journal and the access log, also while others write.")
    }
    public var backupDiscussion: String {
        say("""
            Säkerhetskopian blir en egen mapp i DIR, namngiven efter journalen och tidpunkten. \
            Den slutar vid en hel sparning (aldrig mitt i en), kontrolleras innan den godkänns och \
            skrivs aldrig över en befintlig fil. Med --list visas säkerhetskopiorna i DIR.
            """,
            """
            The backup is a directory of its own in DIR, named by the journal and the moment. It \
            ends at a whole save (never in the middle of one), is verified before it is accepted, \
            and never writes over an existing file. With --list, the backups in DIR are shown.
            """)
    }
    public var directoryArgument: String { say("Mappen som säkerhetskopiorna läggs i.", "The directory backups are put in.") }
    public var listFlag: String { say("Visa säkerhetskopiorna i mappen i stället.", "List the backups in the directory instead.") }
    public var restoreAbstract: String {
        say("Återställ journalen från en säkerhetskopia; säger först exakt vad som går förlorat.",
            "Restore the journal from a backup; first says exactly what is lost.")
    }
    public var restoreDiscussion: String {
        say("""
            Säkerhetskopians kedja kontrolleras först. Det som skrivits i journalen efter \
            säkerhetskopian räknas upp innan något ändras; den nuvarande journalen sparas bredvid \
            under ett eget namn. Åtkomstloggen behålls om den är hel. Öppna Lotsen märker bytet \
            och skriver inget mer i den gamla filen.
            """,
            """
            The backup's chain is checked first. What the journal holds after the backup is \
            counted before anything changes; the current journal is kept beside it under a name \
            of its own. The access log is kept when it is whole. Open desks notice the change and \
            write nothing more to the old file.
            """)
    }
    public var backupArgument: String { say("Säkerhetskopians mapp.", "The backup's directory.") }
    public var yesFlag: String { say("Återställ utan att fråga.", "Restore without asking.") }

    public func made(_ b: JournalBackup, path: String) -> String {
        say("Säkerhetskopia gjord och kontrollerad: \(path)\n  \(b.point.sequence) poster, \(b.accessEntries) \(b.accessEntries == 1 ? "rad" : "rader") i åtkomstloggen.",
            "Backup made and verified: \(path)\n  \(b.point.sequence) records, \(b.accessEntries) \(b.accessEntries == 1 ? "line" : "lines") of the access log.")
    }

    public func listed(_ b: JournalBackup, path: String, made: String) -> String {
        say("\(path)  \(made)  \(b.point.sequence) poster", "\(path)  \(made)  \(b.point.sequence) records")
    }
    /// Said after a backup made before the journal's latest purge.
    public func holdsPurged(_ purgedOn: String) -> String {
        say("  – gjord före gallringen \(purgedOn): har kvar gallrade personers nycklar; ta bort den när den inte längre behövs",
            "  – made before the purge on \(purgedOn): still holds purged people's keys; remove it once it is no longer needed")
    }
    /// Said after a backup older than the journal's rules keep backups.
    public func olderThanKept(_ days: Int) -> String {
        say("  – äldre än de \(days) dagar säkerhetskopior sparas: ta bort den", "  – older than the \(days) days backups are kept: remove it")
    }
    public func unusable(path: String, _ why: String) -> String {
        say("\(path)  går inte att använda: \(why)", "\(path)  cannot be used: \(why)")
    }
    public var noBackups: String { say("Inga säkerhetskopior i mappen.", "No backups in the directory.") }

    /// What restoring would do, said before asking.
    public func plan(_ b: JournalBackup, made: String, _ c: JournalBackup.Comparison, keptAs: String) -> String {
        let from = say("Säkerhetskopian från \(made) slutar vid post \(b.point.sequence).",
                       "The backup from \(made) ends at record \(b.point.sequence).")
        let loss: String
        if let current = c.current, let lost = c.lost {
            loss = lost == 0
                ? say("Journalen har inget efter den: inget går förlorat.", "The journal holds nothing after it: nothing is lost.")
                : lost == 1
                ? say("Journalen har 1 post efter den (\(current.lastSequence)): den finns inte i den återställda journalen.",
                      "The journal holds 1 record after it (\(current.lastSequence)): it is not in the restored journal.")
                : say("Journalen har \(lost) poster efter den (\(b.point.sequence + 1)–\(current.lastSequence)): de finns inte i den återställda journalen.",
                      "The journal holds \(lost) records after it (\(b.point.sequence + 1)–\(current.lastSequence)): they are not in the restored journal.")
        } else if let current = c.current {
            loss = current.isSound
                ? say("Journalen fortsätter inte säkerhetskopian (post \(b.point.sequence) skiljer sig): allt i den efter post \(b.point.sequence - 1) kan skilja sig.",
                      "The journal does not continue the backup (record \(b.point.sequence) differs): anything in it after record \(b.point.sequence - 1) may differ.")
                : say("Journalen är skadad: vad den har efter säkerhetskopian går inte att räkna säkert.",
                      "The journal is damaged: what it holds after the backup cannot be counted for sure.")
        } else if let head = c.headSequence, head > b.point.sequence {
            let n = head - b.point.sequence, range = n == 1 ? "\(head)" : "\(b.point.sequence + 1)–\(head)"
            loss = say("Journalen saknas; enligt sin kontrollpunkt hade den nått minst post \(head): \(n) \(n == 1 ? "post" : "poster") efter säkerhetskopian (\(range)) går förlorade.",
                       "The journal is missing; by its head checkpoint it had reached at least record \(head): \(n) \(n == 1 ? "record" : "records") after the backup (\(range)) \(n == 1 ? "is" : "are") lost.")
        } else {
            loss = say("Det finns ingen läsbar journal att jämföra med.", "There is no readable journal to compare with.")
        }
        let kept = c.current == nil ? "" : "\n" + say("Den nuvarande journalen sparas som \(keptAs).", "The current journal is kept as \(keptAs).")
        return from + "\n" + loss + kept
    }
    public var ask: String { say("Återställ? [j/N] ", "Restore? [y/N] ") }
    public var notRestored: String { say("Inget återställt.", "Nothing restored.") }
    public func restored(_ b: JournalBackup, _ c: JournalBackup.Comparison, keptAs: String, accessLog: Bool) -> String {
        var out = say("Journalen är återställd till post \(b.point.sequence) och kontrollerad.", "The journal is restored to record \(b.point.sequence) and verified.")
        if let lost = c.lost, lost > 0 {
            out += " " + (lost == 1 ? say("Posten som kom efter finns kvar i \(keptAs).", "The record that came after is kept in \(keptAs).")
                                    : say("De \(lost) poster som kom efter finns kvar i \(keptAs).", "The \(lost) records that came after are kept in \(keptAs)."))
        }
        if accessLog { out += " " + say("Åtkomstloggen togs från säkerhetskopian.", "The access log was taken from the backup.") }
        return out
    }

    public func problem(_ p: JournalBackup.Problem, _ lang: Language) -> String {
        switch p {
        case .incomplete(let dir):
            return say("\(dir) är ingen hel säkerhetskopia (backup.json saknas eller går inte att läsa): den kan ha avbrutits.",
                       "\(dir) is not a whole backup (backup.json is missing or unreadable): it may have been cut short.")
        case .damaged(let what):
            return say("Säkerhetskopian håller inte vid kontroll (\(what)): använd en annan.",
                       "The backup does not verify (\(what)): use another one.")
        case .accessLogBroken(let line):
            return say("Säkerhetskopians åtkomstlogg bryts vid rad \(line): använd en annan.",
                       "The backup's access log breaks at line \(line): use another one.")
        case .otherJournal(let backup, let current):
            return say("Säkerhetskopian är av journalen \(backup), inte av \(current): inget återställt.",
                       "The backup is of journal \(backup), not of \(current): nothing restored.")
        case .journal(let e): return lang.journal.error(e)
        case .io(let e): return lang.journal.system(e)
        }
    }
}

extension Language {
    public var backup: BackupWords { BackupWords(language: self) }
}
