import LotsenCore

/// Taking an entry back: what it is called, why it cannot be, and what was done.
public struct UndoWords: Spoken {
    public let language: Language

    /// What an undoable entry made, as the object of "ångra".
    public func thing(_ k: UndoableKind) -> String { entry(type: k.type) }

    /// What to do instead, for the entries nothing takes back.
    private func instead(type: String) -> String {
        switch type {
        case ParticipantEvent.Kind.participantUpdated.rawValue:
            return say("Ändra tillbaka uppgifterna (d på kortet, `lotsen edit`).", "Change the details back (d on the card, `lotsen edit`).")
        case ParticipantEvent.Kind.participantExited.rawValue:
            return say("Skriv in personen igen (x på kortet, `lotsen reregister`).", "Register the person again (x on the card, `lotsen reregister`).")
        case ParticipantEvent.Kind.participantRegistered.rawValue:
            return say("En felaktig inskrivning avslutas med en anteckning om varför.", "A mistaken registration is ended by an exit with a note saying why.")
        case MeetingEvent.Kind.meetingClosed.rawValue:
            return say("Ett stängt möte ändras aldrig; skriv en rättelse (`lotsen meeting correct`).",
                       "A closed meeting never changes; write a correction (`lotsen meeting correct`).")
        default:
            return say("Rätta den med en ny post av samma slag.", "Correct it with a new entry of the same kind.")
        }
    }

    public func refusal(_ r: UndoRefusal) -> String {
        switch r {
        case .notUndoable(let e):
            return say("Din senaste post, \(entry(type: e.type)) (#\(e.sequence)), kan inte ångras. ",
                       "Your latest entry, \(entry(type: e.type)) (#\(e.sequence)), cannot be undone. ") + instead(type: e.type)
        case .alreadyUndone(let e, let by):
            return say("#\(e.sequence) är redan ångrad (#\(by.sequence) av \(by.author)).",
                       "#\(e.sequence) is undone already (#\(by.sequence) by \(by.author)).")
        case .changedSince(let e):
            return say("\(entry(type: e.type).capitalizedFirst) (#\(e.sequence)) har ändrats sedan dess (en senare post gäller samma sak) och kan inte ångras.",
                       "\(entry(type: e.type).capitalizedFirst) (#\(e.sequence)) has changed since (a later entry is about the same thing) and cannot be undone.")
        case .notAmongYours(let n):
            return say("Den posten är inte bland dina \(n) senaste; bara den som skrev en post kan ångra den.",
                       "That entry is not among your \(n) latest; only the one who wrote an entry can undo it.")
        case .nothingToUndo:
            return say("Du har inget att ångra.", "You have nothing to undo.")
        }
    }

    /// "ångra anteckningen om Nora Berg (#412, 2026-12-03 14:32)?"
    public func question(_ k: UndoableKind, about name: String?, entry: Int, time: String) -> String {
        say("Ångra \(thing(k))\(name.map(about) ?? "") (#\(entry), \(time))?", "Undo \(thing(k))\(name.map(about) ?? "") (#\(entry), \(time))?")
    }

    public func done(_ k: UndoableKind, about name: String?, entry: Int) -> String {
        say("Ångrat: \(thing(k))\(name.map(about) ?? "") (#\(entry)).", "Undone: \(thing(k))\(name.map(about) ?? "") (#\(entry)).")
    }

    public var canUndo: String { say("kan ångras", "can be undone") }
    public var cannotUndo: String { say("kan inte ångras", "cannot be undone") }
    public func about(_ name: String) -> String { say(" om \(name)", " about \(name)") }

    /// Beside an entry in the history: "ångrad av AB 2026-12-03 14:32".
    public func undoneMark(by author: String, time: String) -> String {
        say("ångrad av \(author) \(time)", "undone by \(author) \(time)")
    }

    /// The undo entry itself, in the history.
    public func describe(_ u: Undo) -> String {
        say("Ångrade #\(u.entry): \(thing(u.kind))", "Undid #\(u.entry): \(thing(u.kind))")
    }
}

extension Language {
    public var undo: UndoWords { UndoWords(language: self) }
}
