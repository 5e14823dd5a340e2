/// Encryption at rest: what a caseworker or administrator is told about keys.
public struct KeysWords: Spoken {
    public let language: Language

    public var missing: String {
        say("Journalen är krypterad men nyckelfilen bredvid den (.keys) saknas: utan den går ingenting att läsa. Lägg tillbaka den från en säkerhetskopia.",
            "The journal is encrypted but the key store beside it (.keys) is missing: without it nothing can be read. Put it back from a backup.")
    }
    public func wrongKey(passphrase: Bool) -> String {
        passphrase
            ? say("Fel lösenfras: journalens nycklar går inte att öppna med den. Inget har lästs eller skrivits.",
                  "Wrong passphrase: the journal's keys do not open with it. Nothing was read or written.")
            : say("Nyckelfilen passar inte den här journalen: dess nycklar går inte att öppna. Inget har lästs eller skrivits.",
                  "The key file does not fit this journal: its keys do not open. Nothing was read or written.")
    }
    public var needsPassphrase: String {
        say("Journalen är skyddad med en lösenfras: skriv den när Lotsen frågar, eller sätt LOTSEN_PASSPHRASE.",
            "The journal is protected by a passphrase: type it when Lotsen asks, or set LOTSEN_PASSPHRASE.")
    }
    public func needsKeyFile(_ path: String?) -> String {
        say("Journalens nyckelfil saknas\(path.map { " (\($0))" } ?? ""): utan den går journalen inte att läsa. Lägg tillbaka din kopia av den.",
            "The journal's key file is missing\(path.map { " (\($0))" } ?? ""): without it the journal cannot be read. Put your copy of it back.")
    }
    public var damaged: String {
        say("Journalens nyckelfil (.keys) är skadad eller inte en nyckelfil.", "The journal's key store (.keys) is damaged or not a key store.")
    }
    public func cannotRead(_ path: String) -> String { say("Kan inte läsa \(path).", "Cannot read \(path).") }
    public var noPassphrase: String {
        say("Ingen lösenfras: skriv den två gånger när Lotsen frågar, eller sätt LOTSEN_PASSPHRASE.",
            "No passphrase: type it twice when Lotsen asks, or set LOTSEN_PASSPHRASE.")
    }
    public var noKeyFilePlace: String {
        say("Det finns ingen plats för nyckelfilen: sätt XDG_CONFIG_HOME eller HOME.", "There is no place for the key file: set XDG_CONFIG_HOME or HOME.")
    }
    public func cannotWriteKeyFile(_ path: String) -> String {
        say("Kan inte skriva nyckelfilen \(path).", "Cannot write the key file \(path).")
    }
    public var recoveryCopyOption: String {
        say("Skriv också en kopia av huvudnyckeln hit, att förvara säkert: utan den går journalen inte att läsa om nyckelfilen går förlorad.",
            "Also write a copy of the master key here, to keep safe: without it the journal cannot be read if the key file is lost.")
    }
    public var passphraseFlag: String {
        say("Lås journalens nycklar med en lösenfras i stället för nyckelfilen.", "Lock the journal's keys with a passphrase instead of the key file.")
    }
    public var migrateAbstract: String {
        say("Skriv om en okrypterad journal till en krypterad, kontrollerad journal; den gamla sparas bredvid.",
            "Rewrite a journal in the clear into an encrypted, verified one; the old one is kept beside it.")
    }
    public var encryptFlag: String { say("Kryptera journalen (det enda migrate gör i dag).", "Encrypt the journal (all migrate does today).") }
    public var sayWhatToMigrate: String { say("Säg vad som ska göras: lotsen migrate --encrypt.", "Say what to do: lotsen migrate --encrypt.") }
    public func migrated(records: Int, keptAs: String) -> String {
        say("Journalen är krypterad och kontrollerad: \(records) poster. Den okrypterade finns kvar som \(keptAs) – ta bort den (med shred) när du har kontrollerat den nya.",
            "The journal is encrypted and verified: \(records) records. The one in the clear is kept as \(keptAs) – remove it (with shred) once you have checked the new one.")
    }
    public var alreadySealed: String { say("Journalen är redan krypterad.", "The journal is already encrypted.") }
    public var notSealed: String {
        say("Journalen är inte krypterad: kryptera den först med lotsen migrate --encrypt.", "The journal is not encrypted: encrypt it first with lotsen migrate --encrypt.")
    }
    public var holdsLostRecords: String {
        say("Journalen har lagats och har poster som säger vad som gick förlorat; de kan inte flyttas över. Gör en ny journal i stället.",
            "The journal was mended and holds records that say what was lost; those cannot be carried over. Start a new journal instead.")
    }
    public var changedMeanwhile: String {
        say("Någon skrev i journalen medan den krypterades; inget har bytts. Kör kommandot igen.",
            "Someone wrote to the journal while it was being encrypted; nothing was swapped. Run the command again.")
    }
    public var keysAbstract: String { say("Journalens nycklar.", "The journal's keys.") }
    public var rotateAbstract: String {
        say("Byt huvudnyckeln (en ny nyckelfil, eller en lösenfras); bara nyckelfilen .keys skrivs om.",
            "Change the master key (a new key file, or a passphrase); only the .keys file is rewritten.")
    }
    public var rotated: String { say("Huvudnyckeln är bytt; journalens nycklar är låsta med den nya.", "The master key is changed; the journal's keys are locked with the new one.") }
    public var passphrasePrompt: String { say("Lösenfras: ", "Passphrase: ") }
    public var passphraseAgain: String { say("Samma lösenfras igen: ", "The same passphrase again: ") }
    public var passphrasesDiffer: String { say("Lösenfraserna skiljer sig åt.", "The passphrases differ.") }
    public func keyFileMade(_ path: String) -> String {
        say("Nyckeln som låser upp journalen ligger i \(path). Förlorar du den är journalen förlorad: spara en kopia på ett säkert ställe (inte bredvid journalen).",
            "The key that unlocks the journal is in \(path). Lose it and the journal is lost: keep a copy somewhere safe (not beside the journal).")
    }
    public var passphraseWarning: String {
        say("Glömmer du lösenfrasen är journalen förlorad: ingen kan öppna den åt dig.",
            "Forget the passphrase and the journal is lost: nobody can open it for you.")
    }
}

extension Language {
    public var keys: KeysWords { KeysWords(language: self) }
}
