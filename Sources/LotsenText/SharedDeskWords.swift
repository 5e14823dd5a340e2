import LotsenCore

/// The shared desk: a system journal reached through the gateway, and who the caller is.
public struct SharedDeskWords: Spoken {
    public let language: Language

    public func unknownLogin(_ login: String) -> String {
        say("Inloggningen ”\(Quoted.text(login))” är inte kopplad till någon handläggare i journalen. Be administratören lägga till dig: lotsen caseworker add … --login \(Quoted.text(login)).",
            "The login “\(Quoted.text(login))” is not mapped to any caseworker in the journal. Ask the administrator to add you: lotsen caseworker add … --login \(Quoted.text(login)).")
    }

    public func notYou(claimed: String, login: String, initials: String) -> String {
        say("--as \(Quoted.text(claimed)): på det delade skrivbordet är du den du är inloggad som (\(Quoted.text(login)), \(initials)).",
            "--as \(Quoted.text(claimed)): on the shared desk you are who you are logged in as (\(Quoted.text(login)), \(initials)).")
    }

    public var noServiceUser: String {
        say("Systemanvändaren lotsen saknas eller kan inte antas; kör lotsen setup först.",
            "The lotsen system user is missing or cannot be taken on; run lotsen setup first.")
    }

    public var noneConfigured: String {
        say("Ingen journal är upprättad på den här datorn (/etc/lotsen). Administratören kör lotsen setup NAMN.",
            "No journal is set up on this host (/etc/lotsen). The administrator runs lotsen setup NAME.")
    }
    public func chooseOne(_ names: [String]) -> String {
        say("Flera journaler finns här; välj en med --journal: \(names.joined(separator: ", ")).",
            "Several journals are set up here; choose one with --journal: \(names.joined(separator: ", ")).")
    }
    public func unknownJournal(_ name: String) -> String {
        say("--journal \(Quoted.text(name)): på det delade skrivbordet väljs journalen med sitt namn i /etc/lotsen, och den finns inte.",
            "--journal \(Quoted.text(name)): on the shared desk a journal is chosen by its name in /etc/lotsen, and there is none by that name.")
    }
    public func unsafe(_ path: String) -> String {
        say("\(Quoted.path(path)) kan ändras av någon annan än root; Lotsen öppnar inte journalen förrän det är rättat.",
            "\(Quoted.path(path)) can be changed by someone other than root; Lotsen does not open the journal until that is put right.")
    }

    public func exists(_ name: String) -> String {
        say("Journalen \(Quoted.text(name)) finns redan (/etc/lotsen/\(Quoted.text(name)).conf).", "The journal \(Quoted.text(name)) exists already (/etc/lotsen/\(Quoted.text(name)).conf).")
    }
    public func badCaseworker(_ text: String) -> String {
        say("--caseworker \(Quoted.text(text)): skriv INITIALER:NAMN:ORGANISATION:INLOGGNING, till exempel AB:Anna Bok:AF:anna.",
            "--caseworker \(Quoted.text(text)): write INITIALS:NAME:ORGANISATION:LOGIN, for example AB:Anna Bok:AF:anna.")
    }
    public func cannotMake(_ path: String) -> String {
        say("Kunde inte skapa \(Quoted.path(path)); inget mer gjordes.", "Could not make \(Quoted.path(path)); nothing more was done.")
    }
    public func setUp(name: String, journal: String, caseworkers: Int, gateway: String?) -> String {
        let run = gateway.map { say(" Handläggarna kör \($0) (set-user-ID lotsen).", " Caseworkers run \($0) (set-user-ID lotsen).") } ?? ""
        return say("Delat skrivbord \(name): \(journal), \(caseworkers) handläggare.", "Shared desk \(name): \(journal), \(caseworkers) caseworkers.") + run
    }

    public var notRoot: String { say("lotsen setup körs en gång av root.", "lotsen setup is run once, by root.") }
}

extension Language {
    public var shared: SharedDeskWords { SharedDeskWords(language: self) }
}
