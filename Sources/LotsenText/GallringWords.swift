import LotsenCalendar
import LotsenCore

/// Gallring: the command's help, the list of who is due, the purge's messages and the
/// journal's entries about it.
public struct GallringWords: Spoken {
    public let language: Language

    public var abstract: String {
        say("Gallring: vem som ska gallras enligt journalens regler, och gallringen själv.",
            "Gallring (purging): who is due under the journal's rules, and the purge itself.")
    }
    public var discussion: String {
        say("""
            Utan underkommando visas vilka som ska gallras och varför. En gallring förstör \
            personens nyckel: allt om personen blir oläsligt i varje fil, och det går inte att \
            ångra. Samordnaren sätter reglerna (rules), en samordnare eller administratör \
            föreslår (propose), en administratör godkänner (purge).
            """,
            """
            Without a subcommand, lists who is due and why. A purge destroys the person's key: \
            everything about them becomes unreadable in every file, and it cannot be undone. The \
            coordinator sets the rules (rules), a coordinator or administrator proposes \
            (propose), an administrator approves (purge).
            """)
    }
    public var listAbstract: String { say("Visa vilka som ska gallras och varför.", "List who is due for gallring and why.") }
    public var rulesAbstract: String { say("Sätt journalens gallringsregler (samordnaren).", "Set the journal's retention rules (the coordinator).") }
    public var proposeAbstract: String {
        say("Föreslå att alla som ska gallras i dag gallras; en administratör godkänner.",
            "Propose purging everyone due today; an administrator approves.")
    }
    public var purgeAbstract: String {
        say("Gallra: godkänn förslaget, eller gallra alla som ska gallras när ingen andra person behövs.",
            "Purge: approve the proposal, or purge everyone due when no second person is needed.")
    }
    public var yearsOption: String { say("Antal år uppgifterna sparas (1–100).", "Years the records are kept (1–100).") }
    public var startOption: String {
        say("Räknat från: last-entry (senaste anteckningen) eller exit (avslutet).",
            "Counted from: last-entry (the last entry) or exit (the exit).")
    }
    public var researchOption: String {
        say("Forskningsundantaget: de som är födda den 5:e, 15:e eller 25:e sparas (on/off).",
            "The research exception: people born on the 5th, 15th or 25th are kept (on/off).")
    }
    public var secondPersonOption: String {
        say("Gallring kräver två personer: en föreslår, en annan godkänner (on/off).",
            "A purge needs two people: one proposes, another approves (on/off).")
    }
    public var backupDaysOption: String {
        say("Hur många dagar säkerhetskopior sparas: äldre markeras av `lotsen backup --list` (en gallring får full verkan först när de är borta).",
            "How many days backups are kept: older ones are marked by `lotsen backup --list` (a purge takes full effect only once they are gone).")
    }
    public var yesFlag: String { say("Fråga inte först (för skript).", "Do not ask first (for scripts).") }

    public func rules(_ r: RetentionRules) -> String {
        let from = r.start == .lastEntry ? say("senaste anteckningen", "the last entry") : say("avslutet", "the exit")
        var out = say("Gallringsregler: \(r.years) år efter \(from)", "Retention rules: \(r.years) years after \(from)")
        out += r.researchException ? say("; de som är födda den 5:e, 15:e och 25:e sparas", "; people born on the 5th, 15th and 25th are kept") : ""
        out += r.secondPerson ? say("; gallring kräver två personer", "; a purge needs two people") : ""
        out += r.backupDays.map { say("; säkerhetskopior sparas \($0) dagar", "; backups are kept \($0) days") } ?? ""
        return out + "."
    }
    public var noRules: String {
        say("Journalen har inga gallringsregler, så ingen ska gallras. Samordnaren sätter dem med `lotsen gallring rules --years 5 --from last-entry`.",
            "The journal has no retention rules, so nobody is due. The coordinator sets them with `lotsen gallring rules --years 5 --from last-entry`.")
    }
    public func dueCount(_ n: Int, on day: Day) -> String {
        n == 0 ? say("Ingen ska gallras \(day.iso).", "Nobody is due for gallring on \(day.iso).")
               : say("\(n) ska gallras \(day.iso):", "\(n) due for gallring on \(day.iso):")
    }
    public func dueLine(_ who: String, _ c: GallringCase, _ start: RetentionStart) -> String {
        let since = start == .lastEntry ? say("senaste anteckning \(c.since.iso)", "last entry \(c.since.iso)")
                                        : say("avslutad \(c.since.iso)", "exited \(c.since.iso)")
        return "  \(who)  " + say("\(since), gallras från \(c.due.iso)", "\(since), due from \(c.due.iso)")
    }
    public func keptForResearch(_ n: Int) -> String {
        say("\(n) till sparas enligt forskningsundantaget (födda den 5:e, 15:e eller 25:e).",
            "\(n) more are kept by the research exception (born on the 5th, 15th or 25th).")
    }
    public func proposal(_ p: GallringProposal) -> String {
        say("Förslag från \(p.stamp.author) (\(p.stamp.time.utcDay.iso)): \(p.subjects.count) personer väntar på en administratörs godkännande: `lotsen gallring purge`.",
            "Proposal by \(p.stamp.author) (\(p.stamp.time.utcDay.iso)): \(p.subjects.count) people wait for an administrator's approval: `lotsen gallring purge`.")
    }
    public var unencrypted: String {
        say("Journalen är inte krypterad: gallring förstör personens nyckel och kräver att journalen krypteras först (`lotsen migrate --encrypt`).",
            "The journal is not encrypted: a purge destroys the person's key and needs the journal encrypted first (`lotsen migrate --encrypt`).")
    }
    public func confirm(_ n: Int) -> String {
        say("Gallra \(n) personer? Allt om dem blir oläsligt för alltid; det går inte att ångra.\nSkriv ja för att gallra: ",
            "Purge \(n) people? Everything about them becomes unreadable for good; it cannot be undone.\nType yes to purge: ")
    }
    public var notConfirmed: String {
        say("Ingenting gallrades. Utan terminal: lägg till --yes.", "Nothing was purged. Without a terminal: add --yes.")
    }
    public func purged(_ n: Int) -> String {
        say("\(n) personer är gallrade: deras nycklar är förstörda.\nJournalen håller fortfarande ihop (`lotsen verify`).",
            "\(n) people purged: their keys are destroyed.\nThe journal still verifies (`lotsen verify`).")
    }
    public func proposed(_ n: Int) -> String {
        say("Förslaget om att gallra \(n) personer är sparat. En administratör godkänner med `lotsen gallring purge`.",
            "The proposal to purge \(n) people is saved. An administrator approves with `lotsen gallring purge`.")
    }
    public var backupsNote: String {
        say("Säkerhetskopior från före gallringen har kvar nycklarna; gallringen får full\nverkan när de är borttagna (`lotsen backup DIR --list` visar dem).",
            "Backups made before the purge still hold the keys; the purge takes full effect\nwhen they are removed (`lotsen backup DIR --list` shows them).")
    }
    public func filesBeside(_ paths: [String]) -> String {
        say("Filer bredvid journalen som gallringen inte når (gamla okrypterade eller undanlagda journaler); ta bort dem:\n",
            "Files beside the journal the purge does not reach (old unencrypted or set-aside journals); remove them:\n")
            + paths.map { "  \($0)" }.joined(separator: "\n")
    }

    public func problem(_ p: GallringProblem) -> String {
        switch p {
        case .noRules: return noRules
        case .nothingDue: return say("Ingen ska gallras i dag.", "Nobody is due for gallring today.")
        case .needsProposal:
            return say("Reglerna kräver två personer: föreslå först med `lotsen gallring propose`; en annan administratör godkänner.",
                       "The rules need two people: propose first with `lotsen gallring propose`; another administrator approves.")
        case .sameProposer(let who):
            return say("Reglerna kräver två personer, och förslaget är ditt (\(who)): en annan administratör godkänner det.",
                       "The rules need two people, and the proposal is yours (\(who)): another administrator approves it.")
        case .needsEncryption: return unencrypted
        }
    }

    public func describe(_ e: GallringEvent) -> String {
        switch e {
        case .rulesSet(let r): return rules(r)
        case .proposed(let s): return say("Förslag om gallring: \(s.count) personer", "Gallring proposed: \(s.count) people")
        case .purged(let p):
            let from = p.start == .lastEntry ? say("senaste anteckning", "last entry") : say("avslut", "exit")
            return say("Gallrad: \(p.years) år efter \(from) \(p.since.iso)", "Purged: \(p.years) years after \(from) \(p.since.iso)")
        }
    }
}

extension Language {
    public var gallring: GallringWords { GallringWords(language: self) }
}
